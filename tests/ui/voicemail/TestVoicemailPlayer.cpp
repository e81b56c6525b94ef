// SPDX-License-Identifier: GPL-3.0-or-later
// Real playback through Qt Multimedia's GStreamer backend. The CI machine has
// no sound card and no PulseAudio: GStreamer's autoaudiosink then falls back
// to a fake sink that still runs on the clock, so duration, position and
// end-of-media behave as on a desk (the test environment pins
// QT_MEDIA_BACKEND=gstreamer; Qt 6.4's ffmpeg backend stalls without a device).
#include "ui/voicemail/VoicemailPlayer.h"

#include "core/voicemail/ListeningProgress.h"
#include "core/voicemail/VoicemailSpool.h"

#include "../../core/voicemail/SpoolFixture.h"
#include "MockClock.h"

#include <QAudioOutput>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using Voicemail::Folder;

namespace {

VoicemailMessage fixtureMessage(const char* mailbox, Folder folder, int index)
{
    const auto list = VoicemailSpool::scanFolder(
        SpoolFixture::realSpool(), QStringLiteral("default"), QLatin1String(mailbox), folder);
    for (const VoicemailMessage& m : list) {
        if (m.index == index)
            return m;
    }
    return {};
}

// A copy of a real recording, changed by edit, as the only audio of a new (INBOX) message.
VoicemailMessage brokenCopy(
    const QTemporaryDir& dir, const std::function<QByteArray(QByteArray)>& edit, VoicemailMessage m = {})
{
    if (m.index < 0)
        m = fixtureMessage("1001", Folder::Inbox, 1); // ACME Corp, 3 s
    const QString path = dir.path() + QStringLiteral("/msg0001.wav");
    if (!SpoolFixture::writeFile(path, edit(SpoolFixture::readAll(m.audioPaths.first()))))
        return {};
    m.audioPaths = {path};
    return m;
}

// The sentence the player shows, at most once, and that nothing was counted as heard.
void checkFailedUnheard(const VoicemailPlayer& player, const QSignalSpy& started, const QSignalSpy& heard,
    const QSignalSpy& failed, const char* words)
{
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), player.statusText());
    QVERIFY2(player.statusText().contains(QLatin1String(words)), qPrintable(player.statusText()));
    QVERIFY(player.statusText().contains(QLatin1String("stays unheard")));
    QCOMPARE(started.size(), 0);
    QCOMPARE(heard.size(), 0);
}

} // namespace

class TestVoicemailPlayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void playsFixtureToTheEnd();
    void markHeardOnlyForNewMessagesAndWhenEnabled_data();
    void markHeardOnlyForNewMessagesAndWhenEnabled();
    void keyboardControls();
    void volume();
    void messageWithoutAudio();
    void gsmOnlySaysSoPlainly();
    void vanishedAudioFile();
    void damagedRecordingIsNotHeard();
    void cutOffRecordingIsNotHeard();
    void stuckPlaybackIsNotHeard();
    void heardOnlyAfterAudioPlayed();
};

void TestVoicemailPlayer::playsFixtureToTheEnd()
{
    const VoicemailMessage m = fixtureMessage("1001", Folder::Inbox, 1); // ACME Corp, duration=3
    QCOMPARE(m.info.duration(), 3);
    VoicemailPlayer player;
    QSignalSpy started(&player, &VoicemailPlayer::playbackStarted);
    player.setMessage(m);
    QVERIFY(player.canPlay());
    QCOMPARE(player.source(), m.audioPaths.first());
    QVERIFY(player.statusText().isEmpty());
    QMediaPlayer* media = player.mediaPlayer();
    // Selecting loads nothing (Qt 6.4's setSource can deadlock: docs/reliability.md); Play does.
    QVERIFY(media->source().isEmpty());
    player.play();
    QCOMPARE(media->source(), QUrl::fromLocalFile(m.audioPaths.first()));
    QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 0, 10000);
    // The media's length agrees with what Asterisk wrote into msgNNNN.txt (whole seconds).
    QVERIFY2(qAbs(media->duration() - m.info.duration() * 1000) < 1000,
        qPrintable(QString::number(media->duration())));
    QTRY_VERIFY_WITH_TIMEOUT(media->position() > 0, 10000);
    // "Started" means audio really played (a second of it), not that Play was pressed.
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QVERIFY(media->position() >= 1000);
    QTRY_COMPARE_WITH_TIMEOUT(media->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
    QCOMPARE(media->playbackState(), QMediaPlayer::StoppedState);
    QCOMPARE(started.size(), 1);
}

void TestVoicemailPlayer::markHeardOnlyForNewMessagesAndWhenEnabled_data()
{
    QTest::addColumn<QString>("mailbox");
    QTest::addColumn<Folder>("folder");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("heard");
    QTest::newRow("INBOX, enabled") << QStringLiteral("1004") << Folder::Inbox << true << 1;
    QTest::newRow("INBOX, disabled") << QStringLiteral("1004") << Folder::Inbox << false << 0;
    QTest::newRow("Urgent, enabled") << QStringLiteral("1002") << Folder::Urgent << true << 1;
    QTest::newRow("Old, enabled") << QStringLiteral("1002") << Folder::Old << true << 0;
}

void TestVoicemailPlayer::markHeardOnlyForNewMessagesAndWhenEnabled()
{
    QFETCH(QString, mailbox);
    QFETCH(Folder, folder);
    QFETCH(bool, enabled);
    QFETCH(int, heard);
    const VoicemailMessage m = fixtureMessage(mailbox.toLatin1().constData(), folder, 0);
    VoicemailPlayer player;
    player.setMarkHeardOnPlay(enabled);
    QSignalSpy started(&player, &VoicemailPlayer::playbackStarted);
    QSignalSpy heardSpy(&player, &VoicemailPlayer::heardRequested);
    player.setMessage(m);
    QCOMPARE(heardSpy.size(), 0); // loading is not listening
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QCOMPARE(heardSpy.size(), heard);
    if (heard)
        QCOMPARE(heardSpy.at(0).at(0).value<VoicemailMessage>().identity(), m.identity());
    player.pause();
}

void TestVoicemailPlayer::keyboardControls()
{
    const VoicemailMessage m = fixtureMessage("1001", Folder::Old, 0); // the longest fixture, ~4.3 s
    VoicemailPlayer player;
    player.setMarkHeardOnPlay(false);
    player.show();
    player.setFocus();
    player.setMessage(m);
    QMediaPlayer* media = player.mediaPlayer();
    QTest::keyClick(&player, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(media->playbackState(), QMediaPlayer::PlayingState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 4000, 10000);
    QTest::keyClick(&player, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(media->playbackState(), QMediaPlayer::PausedState, 10000);
    media->setPosition(0);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() < 500, 10000);
    const qint64 from = media->position();
    QTest::keyClick(&player, Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() >= std::min(from + 4900, media->duration() - 100), 10000);
    QTest::keyClick(&player, Qt::Key_Left);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() < 500, 10000);
}

void TestVoicemailPlayer::volume()
{
    VoicemailPlayer player;
    player.setVolume(25);
    QCOMPARE(player.mediaPlayer()->audioOutput()->volume(), 0.25f);
}

void TestVoicemailPlayer::messageWithoutAudio()
{
    VoicemailMessage m = fixtureMessage("1006", Folder::Inbox, 0);
    m.audioPaths.clear();
    VoicemailPlayer player;
    QSignalSpy started(&player, &VoicemailPlayer::playbackStarted);
    player.setMessage(m);
    QVERIFY(!player.canPlay());
    QVERIFY(player.statusText().contains(QLatin1String("no recording")));
    player.play();
    QCOMPARE(player.mediaPlayer()->playbackState(), QMediaPlayer::StoppedState);
    QCOMPARE(started.size(), 0);
}

void TestVoicemailPlayer::gsmOnlySaysSoPlainly()
{
    // Asterisk's wav49 format: a RIFF/WAVE file with format tag 0x31 (GSM 6.10), extension "WAV".
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/msg0000.WAV");
    QByteArray fmt(
        "WAVEfmt "
        "\x14\x00\x00\x00\x31\x00\x01\x00\x40\x1f\x00\x00\x59\x06\x00\x00\x41\x00\x00\x00\x02\x00\x40\x01",
        28);
    QByteArray frames(65 * 50, '\0'); // one second of (silent) GSM frames
    QByteArray data = "fact" + QByteArray("\x04\x00\x00\x00\x40\x1f\x00\x00", 8) + "data"
        + QByteArray("\xb2\x0c\x00\x00", 4) + frames;
    QByteArray body = fmt + data;
    QByteArray riff = "RIFF";
    const quint32 size = quint32(body.size());
    for (int i = 0; i < 4; ++i)
        riff.append(char((size >> (8 * i)) & 0xff));
    QVERIFY(SpoolFixture::writeFile(path, riff + body));

    VoicemailMessage m = fixtureMessage("1004", Folder::Inbox, 0);
    m.audioPaths = {path};
    VoicemailPlayer player;
    player.setMessage(m);
    QCOMPARE(player.source(), path);
    player.play();
    // This machine has no GSM decoder (gstreamer1.0-plugins-bad is not installed): the player says so.
    QTRY_VERIFY_WITH_TIMEOUT(player.statusText().contains(QLatin1String("GSM")), 15000);
    QVERIFY(player.statusText().contains(QLatin1String("no GSM decoder")));
}

void TestVoicemailPlayer::vanishedAudioFile()
{
    QTemporaryDir dir;
    VoicemailMessage m = fixtureMessage("1006", Folder::Inbox, 1);
    const QString path = dir.path() + QStringLiteral("/msg0001.wav");
    QVERIFY(QFile::copy(m.audioPaths.first(), path));
    m.audioPaths = {path};
    QVERIFY(QFile::remove(path)); // Asterisk renumbered or deleted it after the listing was made
    VoicemailPlayer player;
    player.setMessage(m);
    QVERIFY(!player.canPlay());
    QVERIFY(player.statusText().contains(QLatin1String("no longer there")));
}

void TestVoicemailPlayer::damagedRecordingIsNotHeard()
{
    // A RIFF/WAVE header that says PCM with 0 channels: the probe accepts it,
    // GStreamer goes "Playing" and then fails with a stream error.
    QTemporaryDir dir;
    const VoicemailMessage m = brokenCopy(dir, [](QByteArray wav) {
        wav[22] = 0;
        wav[23] = 0;
        return wav;
    });
    QVERIFY(m.index >= 0);
    VoicemailPlayer player;
    QSignalSpy started(&player, &VoicemailPlayer::playbackStarted);
    QSignalSpy heard(&player, &VoicemailPlayer::heardRequested);
    QSignalSpy failed(&player, &VoicemailPlayer::playbackFailed);
    player.setMessage(m);
    QVERIFY(player.canPlay());
    player.play();
    QVERIFY(failed.wait(15000));
    QTest::qWait(300); // the backend repeats its error; it is said once
    checkFailedUnheard(player, started, heard, failed, "damaged or cannot be read");
}

void TestVoicemailPlayer::cutOffRecordingIsNotHeard()
{
    // Only the 44-byte header of a real recording (an interrupted copy): the
    // player goes Playing and straight to the end at 0:00, without an error.
    QTemporaryDir dir;
    const VoicemailMessage m = brokenCopy(dir, [](const QByteArray& wav) { return wav.left(44); });
    QVERIFY(m.index >= 0);
    VoicemailPlayer player;
    QSignalSpy started(&player, &VoicemailPlayer::playbackStarted);
    QSignalSpy heard(&player, &VoicemailPlayer::heardRequested);
    QSignalSpy failed(&player, &VoicemailPlayer::playbackFailed);
    player.setMessage(m);
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaPlayer()->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
    QCOMPARE(player.mediaPlayer()->position(), 0);
    checkFailedUnheard(player, started, heard, failed, "empty or cut off");
}

void TestVoicemailPlayer::stuckPlaybackIsNotHeard()
{
    // Playback that says Playing and stays at 0:00 without any error, as with
    // no sound device or a spool share that stopped answering. Made real here
    // with a named pipe that delivers the recording's header and then nothing.
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/msg0000.wav");
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    VoicemailMessage m = fixtureMessage("1004", Folder::Inbox, 0);
    const QByteArray header
        = SpoolFixture::readAll(m.audioPaths.first()).left(256); // what the format probe reads
    m.audioPaths = {path};
    int writer = -1;
    std::thread feeder([&] {
        writer = ::open(QFile::encodeName(path).constData(), O_WRONLY); // waits for the first reader
        if (writer >= 0 && ::write(writer, header.constData(), size_t(header.size())) != header.size())
            ::close(std::exchange(writer, -1));
    });
    MockClock clock;
    VoicemailPlayer player(nullptr, &clock);
    QSignalSpy started(&player, &VoicemailPlayer::playbackStarted);
    QSignalSpy heard(&player, &VoicemailPlayer::heardRequested);
    QSignalSpy failed(&player, &VoicemailPlayer::playbackFailed);
    player.setMessage(m); // the format probe reads the header
    feeder.join();
    QVERIFY(writer >= 0);
    QVERIFY(player.canPlay());
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaPlayer()->playbackState(), QMediaPlayer::PlayingState, 10000);
    QTest::qWait(500); // real time passes too: nothing arrives
    QCOMPARE(player.mediaPlayer()->position(), 0);
    QCOMPARE(failed.size(), 0);
    clock.advance(ListeningProgress::kStallTimeoutMs);
    checkFailedUnheard(player, started, heard, failed, "Nothing can be heard");
    ::close(writer); // the pipe ends: GStreamer gives up and the player can be torn down
}

void TestVoicemailPlayer::heardOnlyAfterAudioPlayed()
{
    // The real recording: heard is asked once about a second has played, not at Play.
    const VoicemailMessage m = fixtureMessage("1001", Folder::Inbox, 1); // 3 s
    VoicemailPlayer player;
    QSignalSpy heard(&player, &VoicemailPlayer::heardRequested);
    player.setMessage(m);
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.mediaPlayer()->playbackState(), QMediaPlayer::PlayingState, 10000);
    QCOMPARE(heard.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 10000);
    QVERIFY(player.mediaPlayer()->position() >= ListeningProgress::kHeardAfterMs);
    QVERIFY(player.statusText().isEmpty());
    player.pause();
}

QTEST_MAIN(TestVoicemailPlayer)
#include "TestVoicemailPlayer.moc"
