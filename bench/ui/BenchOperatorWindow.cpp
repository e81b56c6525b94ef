// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's window, shown (offscreen), fed by the demo PBX in load mode
// over real TCP: 5,000 extensions and 2,000 events/s for 60 s by default
// (ATTENDANT_BENCH_SECONDS, ATTENDANT_BENCH_EXTENSIONS, ATTENDANT_BENCH_RATE).
// The demo PBX runs on its own thread so only Attendant's own work is on the
// main thread being measured.
//
// Reported counters:
//   max_stall_ms      longest gap of a 5 ms precise timer on the main thread, minus 5 ms
//   paint_p50_ms / paint_p99_ms / paint_max_ms
//                     per repaint of the board: time from the oldest AMI event
//                     received since the previous repaint to the end of this one
//   events            AMI events received by the client
//   rss_mib / peak_rss_mib  resident memory at the end / peak (VmHWM)
#include "core/models/CallModel.h"
#include "core/models/ExtensionModel.h"
#include "core/models/ParkedCallModel.h"
#include "core/models/QueueModel.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/settings/Settings.h"
#include "demo/DemoPbx.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double procStatusMib(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Times the board's repaints: the oldest unpainted event's age when the
// repaint that follows it has finished (a zero timer runs right after it).
class PaintProbe final : public QObject
{
public:
    PaintProbe(QElapsedTimer* clock, QObject* parent)
        : QObject(parent)
        , m_clock(clock)
    { }

    void eventArrived()
    {
        ++events;
        if (m_pendingSince < 0)
            m_pendingSince = m_clock->nsecsElapsed();
    }

    // Starts the measured window: what came before (login, resync) is not counted.
    void reset()
    {
        m_pendingSince = -1;
        samplesMs.clear();
    }

    QList<double> samplesMs;
    qint64 events = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_pendingSince >= 0) {
            const qint64 since = m_pendingSince;
            m_pendingSince = -1;
            QTimer::singleShot(
                0, this, [this, since] { samplesMs.append(double(m_clock->nsecsElapsed() - since) / 1e6); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer* m_clock;
    qint64 m_pendingSince = -1;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

void BM_OperatorWindowUnderLoad(benchmark::State& state)
{
    const int seconds = envInt("ATTENDANT_BENCH_SECONDS", 60);
    const int extensions = envInt("ATTENDANT_BENCH_EXTENSIONS", 5000);
    const int rate = envInt("ATTENDANT_BENCH_RATE", 2000);

    for (auto _ : state) {
        // The simulated PBX on its own thread.
        QThread pbxThread;
        pbxThread.start();
        QObject pbxContext;
        pbxContext.moveToThread(&pbxThread);
        DemoPbx* demo = nullptr;
        quint16 port = 0;
        QMetaObject::invokeMethod(
            &pbxContext,
            [&] {
                demo = new DemoPbx;
                demo->setLoad(extensions, rate);
                if (demo->start())
                    port = demo->serverPort();
            },
            Qt::BlockingQueuedConnection);
        if (port == 0) {
            state.SkipWithError("demo PBX did not start");
            break;
        }

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("bench.ini")));
        PbxServerConfig config;
        config.id = QStringLiteral("demo");
        config.displayName = QStringLiteral("Demo PBX");
        config.connection.host = QStringLiteral("127.0.0.1");
        config.connection.port = port;
        config.connection.username = QStringLiteral("demo");
        PbxServer server(config);
        server.setSecret(QStringLiteral("demo"));
        ExtensionModel extensionModel;
        CallModel callModel;
        ParkedCallModel parkedModel;
        QueueModel queueModel;
        extensionModel.addServer(server.state());
        callModel.addServer(server.state());
        parkedModel.addServer(server.state());
        queueModel.addServer(server.state());
        Profile profile;
        CallControl control(server.client(), server.state());
        control.setProfile(profile);
        OperatorActions actions;
        actions.addServer(config.id, &control);
        MainWindow window(&settings, &actions);
        window.setExtensionModel(&extensionModel);
        window.setCallModel(&callModel);
        window.setParkedModel(&parkedModel);
        window.setQueueModel(&queueModel);
        window.setOperatorDevice(profile.operatorDevice, profile.operatorExtension);
        window.addServerStatus(config.displayName, server.client());
        window.resize(1500, 940);
        window.show();

        QElapsedTimer clock;
        clock.start();
        PaintProbe probe(&clock, nullptr);
        window.board()->view()->viewport()->installEventFilter(&probe);
        QObject::connect(
            server.client(), &AmiClient::eventReceived, &probe, [&probe] { probe.eventArrived(); });

        // Ready first (login + full resync of 5,000 hints), measured separately.
        QEventLoop ready;
        QObject::connect(
            server.status(), &PbxServerStatus::stateChanged, &ready, [&ready](PbxServerStatus::State s) {
                if (s == PbxServerStatus::State::Ready)
                    ready.quit();
            });
        server.start();
        ready.exec();
        const double readyMs = double(clock.nsecsElapsed()) / 1e6;

        // The watchdog: any main-thread stall shows as a late tick.
        QTimer watchdog;
        watchdog.setTimerType(Qt::PreciseTimer);
        watchdog.setInterval(5);
        qint64 last = clock.nsecsElapsed();
        double maxStallMs = 0;
        QObject::connect(&watchdog, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            maxStallMs = std::max(maxStallMs, double(now - last) / 1e6 - 5.0);
            last = now;
        });
        probe.reset();
        const qint64 eventsBefore = probe.events;
        watchdog.start();
        QEventLoop run;
        QTimer::singleShot(seconds * 1000, &run, &QEventLoop::quit);
        run.exec();
        watchdog.stop();

        state.counters["ready_ms"] = readyMs;
        state.counters["max_stall_ms"] = maxStallMs;
        state.counters["paint_p50_ms"] = percentile(probe.samplesMs, 0.50);
        state.counters["paint_p99_ms"] = percentile(probe.samplesMs, 0.99);
        state.counters["paint_max_ms"] = percentile(probe.samplesMs, 1.0);
        state.counters["repaints"] = double(probe.samplesMs.size());
        state.counters["events"] = double(probe.events - eventsBefore);
        state.counters["events_per_s"] = double(probe.events - eventsBefore) / seconds;
        state.counters["rss_mib"] = procStatusMib("VmRSS:");
        state.counters["peak_rss_mib"] = procStatusMib("VmHWM:");

        window.board()->view()->viewport()->removeEventFilter(&probe);
        server.stop();
        QMetaObject::invokeMethod(
            &pbxContext, [&] { delete demo; }, Qt::BlockingQueuedConnection);
        pbxThread.quit();
        pbxThread.wait();
    }
}

} // namespace

BENCHMARK(BM_OperatorWindowUnderLoad)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
