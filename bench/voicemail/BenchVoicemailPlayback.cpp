// SPDX-License-Identifier: GPL-3.0-or-later
// Time to first audio (target ≤ 100 ms): from the receptionist's "play" to
// the player running, through VoicemailPlayer (format probe + QMediaPlayer on
// GStreamer), on a message of the real fixture spool.
//  - Cold: setMessage() + play() on a message not loaded yet (the usual case:
//    select and press Enter) until the media is loaded and playing.
//  - FirstPosition: until the first positionChanged() > 0 — this includes
//    Qt's position polling interval, so it is an upper bound.
#include "ui/voicemail/VoicemailPlayer.h"

#include "core/voicemail/VoicemailSpool.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace {

VoicemailMessage message()
{
    return VoicemailSpool::scanFolder(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool"),
        QStringLiteral("default"), QStringLiteral("1001"), Voicemail::Folder::Inbox)
        .value(1);
}

template <typename Done>
double measure(VoicemailPlayer& player, const VoicemailMessage& m, Done done)
{
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QMediaPlayer* media = player.mediaPlayer();
    bool reached = false;
    auto check = [&] {
        if (!reached && done(media)) {
            reached = true;
            loop.quit();
        }
    };
    const auto c1
        = QObject::connect(media, &QMediaPlayer::playbackStateChanged, &loop, check, Qt::QueuedConnection);
    const auto c2
        = QObject::connect(media, &QMediaPlayer::mediaStatusChanged, &loop, check, Qt::QueuedConnection);
    const auto c3
        = QObject::connect(media, &QMediaPlayer::positionChanged, &loop, check, Qt::QueuedConnection);
    QElapsedTimer t;
    t.start();
    player.setMessage(m);
    player.play();
    check();
    if (!reached) {
        guard.start(5000);
        loop.exec();
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    player.clear();
    return reached ? seconds : -1.0;
}

// One player for the whole run, as the browser has one for its lifetime.
VoicemailPlayer& sharedPlayer()
{
    static VoicemailPlayer* player = [] {
        auto* p = new VoicemailPlayer;
        p->setMarkHeardOnPlay(false);
        return p;
    }();
    return *player;
}

void BM_TimeToPlaying(benchmark::State& state)
{
    VoicemailPlayer& player = sharedPlayer();
    const VoicemailMessage m = message();
    for (auto _ : state) {
        const double s = measure(player, m, [](QMediaPlayer* media) {
            return media->playbackState() == QMediaPlayer::PlayingState
                && (media->mediaStatus() == QMediaPlayer::LoadedMedia
                    || media->mediaStatus() == QMediaPlayer::BufferedMedia
                    || media->mediaStatus() == QMediaPlayer::BufferingMedia);
        });
        if (s < 0) {
            state.SkipWithError("playback did not start");
            break;
        }
        state.SetIterationTime(s);
    }
}
BENCHMARK(BM_TimeToPlaying)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_TimeToFirstPosition(benchmark::State& state)
{
    VoicemailPlayer& player = sharedPlayer();
    const VoicemailMessage m = message();
    for (auto _ : state) {
        const double s = measure(player, m, [](QMediaPlayer* media) { return media->position() > 0; });
        if (s < 0) {
            state.SkipWithError("position never advanced");
            break;
        }
        state.SetIterationTime(s);
    }
}
BENCHMARK(BM_TimeToFirstPosition)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char** argv)
{
    // Headless like CI: no display, no sound card (GStreamer falls back to a fake sink on the clock).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
