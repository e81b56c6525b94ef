// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's window, shown, fed by the demo PBX in load mode over real
// TCP: 5,000 extensions and 2,000 events/s for 60 s by default
// (ATTENDANT_BENCH_SECONDS, ATTENDANT_BENCH_EXTENSIONS, ATTENDANT_BENCH_RATE).
// The demo PBX runs on its own thread, or in its own process with
// ATTENDANT_BENCH_DEMO_PBX=path/to/attendant-demo-pbx, so only Attendant's
// own work is on the main thread being measured. On the offscreen platform unless a display is
// set: under Xvfb (`xvfb-run -a -s '-screen 0 1920x1080x24'`) it paints to a
// real X server. ATTENDANT_BENCH_SCREENSHOT=file.png saves the window at the end.
//
// Reported counters (times from server.start()):
//   resync_ms         logged in → PbxSync complete (Ready)
//   ready_ms          start → Ready
//   board_ms          Ready → the first repaint of a correct board: a tile
//                     for every extension, laid out (the view's scroll range
//                     at least the smallest it had in the second half of the
//                     settle time; live calls' own lines only add to both)
//   startup_stall_ms  longest main-thread stall from start to board_ms
//   startup_stall_cpu_ms  the most main-thread CPU in one gap until then
//   startup_cpu_ms    main-thread CPU from start to board_ms
// and for the `seconds` after that (measured from ATTENDANT_BENCH_SETTLE_MS,
// default 15 s, after Ready):
//   max_stall_ms      longest gap of a 5 ms precise timer on the main thread, minus 5 ms
//   max_stall_cpu_ms  main-thread CPU within that gap (≪ the gap: waiting, not working)
//   most_cpu_in_stall_ms  the most main-thread CPU in any one gap: Attendant's longest work
//   stalls_over_50ms  gaps over 50 ms
//   paint_p50_ms / paint_p99_ms / paint_max_ms
//                     event to screen: for each repaint that shows a tile on
//                     screen changed, from the first AMI event received after
//                     the model flush before that change to the repaint's end
//   repaints, paints_timed  repaints of the board, those that showed a change
//   events, events_per_s  AMI events received by the client
//   cpu_per_event_us  main-thread CPU time per event received
//   rss_mib / peak_rss_mib  resident memory at the end / peak (VmHWM)
#include "WindowProbes.h"
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
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <utility>

namespace {

using namespace WindowProbes;

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

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

// The simulated PBX: in its own process when ATTENDANT_BENCH_DEMO_PBX names
// the attendant-demo-pbx binary (so memory and CPU counted are Attendant's
// alone, as with a real PBX), else on its own thread of this process.
class DemoServer final
{
public:
    DemoServer(int extensions, int rate)
    {
        const QString binary = qEnvironmentVariable("ATTENDANT_BENCH_DEMO_PBX");
        if (binary.isEmpty())
            startThread(extensions, rate);
        else
            startProcess(binary, extensions, rate);
    }
    ~DemoServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
        if (m_thread.isRunning()) {
            QMetaObject::invokeMethod(
                &m_context, [&] { delete m_demo; }, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        }
    }

    quint16 port = 0;

private:
    void startThread(int extensions, int rate)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                m_demo = new DemoPbx;
                m_demo->setLoad(extensions, rate);
                if (m_demo->start())
                    port = m_demo->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    void startProcess(const QString& binary, int extensions, int rate)
    {
        m_process.start(binary,
            {QStringLiteral("--extensions"), QString::number(extensions),
                QStringLiteral("--events-per-second"), QString::number(rate)});
        // "Listening on 127.0.0.1:PORT"
        static const QRegularExpression listening(QStringLiteral("Listening on .*:(\\d+)"));
        while (port == 0 && m_process.waitForReadyRead(30000)) {
            while (m_process.canReadLine()) {
                const auto match = listening.match(QString::fromUtf8(m_process.readLine()));
                if (match.hasMatch())
                    port = quint16(match.captured(1).toUInt());
            }
        }
    }

    QThread m_thread;
    QObject m_context;
    DemoPbx* m_demo = nullptr;
    QProcess m_process;
};

// The window as the application composes it, on one server.
struct Desk
{
    explicit Desk(quint16 port)
        : settings(dir.filePath(QStringLiteral("bench.ini")))
        , server(configFor(port))
        , control(server.client(), server.state())
    {
        server.setSecret(QStringLiteral("demo"));
        extensionModel.addServer(server.state());
        callModel.addServer(server.state());
        parkedModel.addServer(server.state());
        queueModel.addServer(server.state());
        control.setProfile(profile);
        actions.addServer(server.config().id, &control);
        window.setExtensionModel(&extensionModel);
        window.setCallModel(&callModel);
        window.setParkedModel(&parkedModel);
        window.setQueueModel(&queueModel);
        window.setOperatorDevice(profile.operatorDevice, profile.operatorExtension);
        window.addServerStatus(server.config().displayName, server.client());
        window.resize(1500, 940);
        window.show();
    }
    static PbxServerConfig configFor(quint16 port)
    {
        PbxServerConfig config;
        config.id = QStringLiteral("demo");
        config.displayName = QStringLiteral("Demo PBX");
        config.connection.host = QStringLiteral("127.0.0.1");
        config.connection.port = port;
        config.connection.username = QStringLiteral("demo");
        return config;
    }
    TileView* view() const { return window.board()->view(); }

    QTemporaryDir dir;
    Settings settings;
    PbxServer server;
    ExtensionModel extensionModel;
    CallModel callModel;
    ParkedCallModel parkedModel;
    QueueModel queueModel;
    Profile profile;
    CallControl control;
    OperatorActions actions;
    MainWindow window {&settings, &actions};
};

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Login, resync and the first correct board; the counters of this phase.
void measureStartup(benchmark::State& state, Desk& desk, QElapsedTimer& clock, BoardWatch& board)
{
    double loggedInMs = -1;
    QObject::connect(desk.server.client(), &AmiClient::loggedIn, &desk.window,
        [&] { loggedInMs = double(clock.nsecsElapsed()) / 1e6; });
    QEventLoop ready;
    QObject::connect(
        desk.server.status(), &PbxServerStatus::stateChanged, &ready, [&](PbxServerStatus::State s) {
            if (s == PbxServerStatus::State::Ready && board.readyMs < 0) {
                board.readyMs = double(clock.nsecsElapsed()) / 1e6;
                ready.quit();
            }
        });
    desk.server.start();
    ready.exec();
    state.counters["ready_ms"] = board.readyMs;
    state.counters["resync_ms"] = board.readyMs - loggedInMs;
}

// The load window: stalls, event to screen, events and CPU per event, memory.
void measureLoad(benchmark::State& state, int seconds, Watchdog& watchdog, PaintProbe& probe)
{
    probe.reset();
    const qint64 eventsBefore = probe.events;
    const double cpuBefore = threadCpuMs();
    watchdog.start();
    runEventLoopFor(seconds * 1000);
    const double cpuMs = threadCpuMs() - cpuBefore;
    const double events = double(probe.events - eventsBefore);

    state.counters["max_stall_ms"] = watchdog.longest().lengthMs;
    state.counters["max_stall_cpu_ms"] = watchdog.longest().cpuMs;
    state.counters["most_cpu_in_stall_ms"] = watchdog.mostCpu();
    state.counters["stalls_over_50ms"] = watchdog.countOver(50);
    state.counters["paint_p50_ms"] = percentile(probe.samplesMs, 0.50);
    state.counters["paint_p99_ms"] = percentile(probe.samplesMs, 0.99);
    state.counters["paint_max_ms"] = percentile(probe.samplesMs, 1.0);
    state.counters["repaints"] = double(probe.repaints);
    state.counters["paints_timed"] = double(probe.samplesMs.size());
    state.counters["events"] = events;
    state.counters["events_per_s"] = events / seconds;
    state.counters["cpu_per_event_us"] = events > 0 ? cpuMs * 1e3 / events : -1;
    state.counters["rss_mib"] = procStatusMib("VmRSS:");
    state.counters["peak_rss_mib"] = procStatusMib("VmHWM:");
}

void BM_OperatorWindowUnderLoad(benchmark::State& state)
{
    const int seconds = envInt("ATTENDANT_BENCH_SECONDS", 60);
    const int extensions = envInt("ATTENDANT_BENCH_EXTENSIONS", 5000);
    const int rate = envInt("ATTENDANT_BENCH_RATE", 2000);
    // The board is correct within this time of Ready or the run says so.
    const int settleMs = envInt("ATTENDANT_BENCH_SETTLE_MS", 15000);

    for (auto _ : state) {
        DemoServer pbx(extensions, rate);
        if (pbx.port == 0) {
            state.SkipWithError("demo PBX did not start");
            break;
        }
        Desk desk(pbx.port);
        QElapsedTimer clock;
        auto* probe = new PaintProbe(&clock, desk.view());
        QObject::connect(
            desk.server.client(), &AmiClient::eventReceived, probe, [probe] { probe->eventArrived(); });
        BoardWatch board;
        probe->afterPaint = [&] { board.record(double(clock.nsecsElapsed()) / 1e6, desk.view()); };
        Watchdog watchdog(&clock);

        const double cpuAtStart = threadCpuMs();
        clock.start();
        watchdog.start();
        measureStartup(state, desk, clock, board);
        // Until the board has surely settled, then the first repaint that showed it.
        runEventLoopFor(settleMs);
        const BoardSnapshot* correct = board.correct(extensions, board.readyMs + settleMs / 2.0);
        state.counters["board_ms"] = correct ? correct->atMs - board.readyMs : -1;
        state.counters["startup_stall_ms"] = watchdog.longest(correct ? correct->atMs : 1e12).lengthMs;
        state.counters["startup_stall_cpu_ms"] = watchdog.mostCpu(correct ? correct->atMs : 1e12);
        state.counters["startup_cpu_ms"] = correct ? correct->cpuMs - cpuAtStart : -1;
        state.counters["tiles"] = desk.view()->boardModel()->tileCount();

        measureLoad(state, seconds, watchdog, *probe);
        state.SetLabel(QGuiApplication::platformName().toStdString());
        if (const QString shot = qEnvironmentVariable("ATTENDANT_BENCH_SCREENSHOT"); !shot.isEmpty())
            desk.window.grab().save(shot); // the window as the run left it
        delete probe;
        desk.server.stop();
    }
}

} // namespace

BENCHMARK(BM_OperatorWindowUnderLoad)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
