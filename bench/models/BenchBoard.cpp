// SPDX-License-Identifier: GPL-3.0-or-later
// Main-thread work between PbxState and the window, without painting: the
// core models (ExtensionModel, QueueModel) and the board's model
// (TileBoardModel), at 1,000 to 20,000 extensions. What a window adds on
// top (layout, paint) is measured by bench/ui/BenchOperatorWindow.
//
//   BM_BoardResync/N          N hints arrive one by one (as a resync lists
//                             them), then the board is arranged once
//   BM_ExtensionEvent/N       one ExtensionStatus of a busy PBX, the frame's
//                             coalesced dataChanged (80 events a frame, i.e.
//                             5,000 events/s) and the board's forwarding
//   BM_QueueMemberEvent/N     one QueueMemberStatus in a queue of N/7 members
//                             (the demo PBX's office), flushed 80 a frame
// Time per extension (resync) and per event should not grow with N.
#include "core/ami/AmiMessage.h"
#include "core/models/ExtensionModel.h"
#include "core/models/QueueModel.h"
#include "core/pbx/PbxState.h"
#include "ui/tiles/TileBoardModel.h"

#include <QApplication>

#include <benchmark/benchmark.h>

namespace {

constexpr int EventsPerFrame = 80; // 5,000 events/s in 16 ms frames

AmiMessage extensionStatus(int exten, int status)
{
    const QString number = QString::number(exten);
    AmiMessage m;
    m.append("Event", QByteArrayView("ExtensionStatus"));
    m.append("Exten", number);
    m.append("Context", QStringLiteral("phones"));
    m.append("Hint", QStringLiteral("PJSIP/") + number);
    m.append("Status", QString::number(status));
    m.append("StatusText", status == 0 ? QStringLiteral("Idle") : QStringLiteral("InUse"));
    return m;
}

AmiMessage queueMember(const char* event, int exten, int status)
{
    const QString device = QStringLiteral("PJSIP/") + QString::number(exten);
    AmiMessage m;
    m.append("Event", QByteArrayView(event));
    m.append("Queue", QStringLiteral("support"));
    m.append("MemberName", QStringLiteral("Agent ") + QString::number(exten));
    m.append("Interface", device);
    m.append("StateInterface", device);
    m.append("Membership", QStringLiteral("static"));
    m.append("CallsTaken", QStringLiteral("0"));
    m.append("InCall", QStringLiteral("0"));
    m.append("Status", QString::number(status));
    m.append("Paused", QStringLiteral("0"));
    return m;
}

void loadExtensions(PbxState& pbx, int n)
{
    for (int i = 0; i < n; ++i)
        pbx.apply(extensionStatus(10000 + i, 0));
}

void BM_BoardResync(benchmark::State& state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        PbxState pbx(QStringLiteral("bench"));
        ExtensionModel model;
        model.addServer(&pbx);
        TileBoardModel board;
        board.setSourceModel(&model);
        loadExtensions(pbx, n);
        board.rebuildNow();
        if (board.tileCount() != n)
            state.SkipWithError("not every extension is a tile");
    }
    // Seconds per extension (printed with an SI prefix: 9.5u = 9.5 µs).
    state.counters["per_extension"] = benchmark::Counter(
        double(n) * double(state.iterations()), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_ExtensionEvent(benchmark::State& state)
{
    const int n = int(state.range(0));
    PbxState pbx(QStringLiteral("bench"));
    loadExtensions(pbx, n);
    ExtensionModel model;
    model.addServer(&pbx);
    TileBoardModel board;
    board.setSourceModel(&model);
    qint64 forwarded = 0;
    QObject::connect(&board, &QAbstractItemModel::dataChanged, [&forwarded] { ++forwarded; });
    int i = 0;
    qint64 events = 0;
    for (auto _ : state) {
        // Spread over the whole board: every event a different extension.
        for (int k = 0; k < EventsPerFrame; ++k, ++i)
            pbx.apply(extensionStatus(10000 + (i * 7919) % n, (i / n) % 2 ? 0 : 1));
        model.flushNow();
        events += EventsPerFrame;
    }
    if (forwarded == 0)
        state.SkipWithError("the board forwarded nothing");
    state.counters["per_event"]
        = benchmark::Counter(double(events), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_QueueMemberEvent(benchmark::State& state)
{
    const int n = int(state.range(0));
    const int members = n / 7;
    PbxState pbx(QStringLiteral("bench"));
    for (int i = 0; i < members; ++i)
        pbx.apply(queueMember("QueueMemberAdded", 10000 + i, 1));
    QueueModel model;
    model.addServer(&pbx);
    if (model.rowCount() != members)
        state.SkipWithError("members missing");
    int i = 0;
    qint64 events = 0;
    for (auto _ : state) {
        for (int k = 0; k < EventsPerFrame; ++k, ++i)
            pbx.apply(
                queueMember("QueueMemberStatus", 10000 + (i * 7919) % members, (i / members) % 2 ? 1 : 2));
        model.flushNow();
        events += EventsPerFrame;
    }
    state.counters["per_event"]
        = benchmark::Counter(double(events), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

} // namespace

BENCHMARK(BM_BoardResync)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtensionEvent)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QueueMemberEvent)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the board's words need a GUI application
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
