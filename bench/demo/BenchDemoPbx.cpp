// SPDX-License-Identifier: GPL-3.0-or-later
// Load mode of the demo PBX: how fast it generates call events for a big
// office, and how fast they reach a client over loopback TCP. Simulated time
// (MockClock) is advanced one second per iteration at the asked rate.
#include "MockClock.h"
#include "core/ami/AmiParser.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpSocket>

#include <benchmark/benchmark.h>

namespace {

void BM_DemoLoadGenerate(benchmark::State& state)
{
    MockClock clock;
    DemoPbx pbx(nullptr, &clock);
    pbx.setLoad(int(state.range(0)), double(state.range(1)));
    if (!pbx.start()) {
        state.SkipWithError("cannot start");
        return;
    }
    const quint64 before = pbx.world()->publishedCount();
    for (auto _ : state)
        clock.advance(1000); // one simulated second
    const quint64 events = pbx.world()->publishedCount() - before;
    state.SetItemsProcessed(qint64(events));
    state.counters["events_per_sim_second"] = double(events) / double(state.iterations());
}
BENCHMARK(BM_DemoLoadGenerate)->Args({5000, 2000})->Unit(benchmark::kMillisecond);

void BM_DemoLoadOverTcp(benchmark::State& state)
{
    MockClock clock;
    DemoPbx pbx(nullptr, &clock);
    pbx.setLoad(int(state.range(0)), double(state.range(1)));
    if (!pbx.start()) {
        state.SkipWithError("cannot start");
        return;
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, pbx.serverPort());
    socket.write("Action: Login\r\nUsername: demo\r\nSecret: demo\r\n\r\n");
    AmiParser parser;
    qint64 received = 0;
    auto drain = [&](QByteArrayView until) {
        for (;;) {
            if (!socket.bytesAvailable() && !QSignalSpy(&socket, &QTcpSocket::readyRead).wait(5000))
                return false;
            parser.feed(socket.readAll());
            while (parser.hasMessages()) {
                const AmiMessage m = parser.takeMessage();
                received += m.isEvent() ? 1 : 0;
                if (m.actionId() == until)
                    return true;
            }
        }
    };
    socket.write("Action: Ping\r\nActionID: warm\r\n\r\n");
    if (!drain("warm")) {
        state.SkipWithError("no login");
        return;
    }
    int n = 0;
    received = 0;
    for (auto _ : state) {
        clock.advance(1000);
        const QByteArray id = "sync-" + QByteArray::number(++n);
        socket.write("Action: Ping\r\nActionID: " + id + "\r\n\r\n");
        drain(id); // every event of that second has arrived and been parsed
    }
    state.SetItemsProcessed(received);
    state.counters["events_per_sim_second"] = double(received) / double(state.iterations());
}
BENCHMARK(BM_DemoLoadOverTcp)->Args({5000, 2000})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
