// SPDX-License-Identifier: GPL-3.0-or-later
// PbxState throughput on a realistic stream: the recorded Asterisk 22 call
// 03-call-originate-1000-to-1002 (all 101 events: Newchannel … VarSet,
// Newexten, Cdr, RTCP … Hangup), replayed for many extensions with fresh
// channel names, uniqueids and bridge ids, 100 calls interleaved at a time.
#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"
#include "core/pbx/PbxState.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

namespace {

constexpr int Extensions = 5000;
constexpr int ConcurrentCalls = 100;

QByteArray readTranscript(const char* name)
{
    QFile f(
        QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + QLatin1String(name) + QStringLiteral(".recv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return f.readAll();
}

// The event blocks of the recorded call (banner and responses dropped).
QList<QByteArray> callTemplate()
{
    const QByteArray raw = readTranscript("03-call-originate-1000-to-1002");
    QList<QByteArray> blocks;
    qsizetype pos = raw.indexOf("\r\n") + 2; // after the banner line
    while (pos < raw.size()) {
        const qsizetype end = raw.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const QByteArray block = raw.mid(pos, end - pos + 4);
        if (block.startsWith("Event:"))
            blocks.append(block);
        pos = end + 4;
    }
    return blocks;
}

QByteArray instantiate(QByteArray block, int call, int caller, int callee)
{
    const QByteArray n = QByteArray::number(call);
    block.replace("PJSIP/1000-00000004", QByteArray("PJSIP/" + QByteArray::number(caller) + "-a" + n));
    block.replace("PJSIP/1002-00000005", QByteArray("PJSIP/" + QByteArray::number(callee) + "-b" + n));
    block.replace("1795737750.26", QByteArray("1800000000." + QByteArray::number(2 * call)));
    block.replace("1795737750.27", QByteArray("1800000000." + QByteArray::number(2 * call + 1)));
    block.replace("d302bd5b-befa-4be1-8085-3fd67fcc6b3b", QByteArray("bridge-" + n));
    block.replace("Exten: 1000\r\n", QByteArray("Exten: " + QByteArray::number(caller) + "\r\n"));
    block.replace("Exten: 1002\r\n", QByteArray("Exten: " + QByteArray::number(callee) + "\r\n"));
    block.replace("PJSIP/1000\r\n", QByteArray("PJSIP/" + QByteArray::number(caller) + "\r\n"));
    block.replace("PJSIP/1002\r\n", QByteArray("PJSIP/" + QByteArray::number(callee) + "\r\n"));
    block.replace("CallerIDNum: 1000\r\n", QByteArray("CallerIDNum: " + QByteArray::number(caller) + "\r\n"));
    block.replace("CallerIDNum: 1002\r\n", QByteArray("CallerIDNum: " + QByteArray::number(callee) + "\r\n"));
    return block;
}

// calls complete calls, ConcurrentCalls of them interleaved event by event.
QList<AmiMessage> makeStream(int calls)
{
    const QList<QByteArray> tmpl = callTemplate();
    QByteArray wire = "Asterisk Call Manager/11.0.0\r\n";
    for (int base = 0; base < calls; base += ConcurrentCalls) {
        const int batch = std::min(ConcurrentCalls, calls - base);
        for (const QByteArray& block : tmpl) {
            for (int k = 0; k < batch; ++k) {
                const int call = base + k;
                const int caller = 10000 + (2 * call) % Extensions;
                wire += instantiate(block, call, caller, caller + 1);
            }
        }
    }
    AmiParser parser;
    parser.setMaxMessageSize(1 << 20);
    parser.feed(wire);
    QList<AmiMessage> out;
    parser.takeMessages(out);
    out.removeIf([](const AmiMessage& m) { return !m.isEvent(); });
    return out;
}

void seedHints(PbxState& state)
{
    for (int i = 0; i < Extensions + 1; ++i) {
        AmiMessage m;
        m.append("Event", QByteArrayView("ExtensionStatus"));
        m.append("Exten", QString::number(10000 + i));
        m.append("Context", QStringLiteral("phones"));
        m.append("Hint", QStringLiteral("PJSIP/") + QString::number(10000 + i));
        m.append("Status", QByteArrayView("0"));
        m.append("StatusText", QByteArrayView("Idle"));
        state.apply(m);
    }
}

void BM_ApplyCallStream(benchmark::State& bs)
{
    static const QList<AmiMessage> stream = makeStream(1000);
    PbxState pbx(QStringLiteral("bench"));
    seedHints(pbx);
    // A listener per signal, as the models have (cheap slots).
    qint64 signals = 0;
    QObject::connect(&pbx, &PbxState::extensionChanged, [&signals] { ++signals; });
    QObject::connect(&pbx, &PbxState::callChanged, [&signals] { ++signals; });
    QObject::connect(&pbx, &PbxState::channelChanged, [&signals] { ++signals; });
    for (auto _ : bs) {
        for (const AmiMessage& m : stream)
            pbx.apply(m);
    }
    if (!pbx.channels().isEmpty())
        bs.SkipWithError("calls left behind");
    bs.SetItemsProcessed(bs.iterations() * stream.size());
    bs.counters["events_per_pass"] = double(stream.size());
    benchmark::DoNotOptimize(signals);
}
BENCHMARK(BM_ApplyCallStream)->Unit(benchmark::kMillisecond);

void BM_ApplyUnknownEvents(benchmark::State& bs)
{
    // VarSet, Cdr, RTCP…: the bulk of a real stream, must cost next to nothing.
    static const QList<AmiMessage> noise = [] {
        QList<AmiMessage> all = makeStream(100);
        all.removeIf([](const AmiMessage& m) {
            const QByteArrayView e = m.eventName();
            return !(e == "VarSet" || e == "Cdr" || e == "RTCPSent" || e == "RTCPReceived" || e == "DialState"
                || e == "HangupRequest" || e == "SoftHangupRequest");
        });
        return all;
    }();
    PbxState pbx(QStringLiteral("bench"));
    for (auto _ : bs) {
        for (const AmiMessage& m : noise)
            pbx.apply(m);
    }
    bs.SetItemsProcessed(bs.iterations() * noise.size());
}
BENCHMARK(BM_ApplyUnknownEvents);

void BM_ResyncHintsAndChannels(benchmark::State& bs)
{
    // 5,000 hints + 500 channels as list items, then endSync: the in-memory
    // part of a resync (the AMI round trips come on top).
    QList<AmiMessage> items;
    for (int i = 0; i < Extensions; ++i) {
        AmiMessage m;
        m.append("Event", QByteArrayView("ExtensionStatus"));
        m.append("ActionID", QByteArrayView("sync-1"));
        m.append("Exten", QString::number(10000 + i));
        m.append("Context", QStringLiteral("phones"));
        m.append("Hint", QStringLiteral("PJSIP/") + QString::number(10000 + i));
        m.append("Status", QByteArrayView(i % 10 == 0 ? "1" : "0"));
        m.append("StatusText", QByteArrayView("Idle"));
        items.append(m);
    }
    for (int i = 0; i < 500; ++i) {
        AmiMessage m;
        m.append("Event", QByteArrayView("CoreShowChannel"));
        m.append("ActionID", QByteArrayView("sync-3"));
        m.append("Channel",
            QStringLiteral("PJSIP/%1-%2").arg(10000 + 10 * (i / 2)).arg(i, 8, 16, QLatin1Char('0')));
        m.append("ChannelState", QByteArrayView("6"));
        m.append("CallerIDNum", QString::number(10000 + 10 * (i / 2)));
        m.append("CallerIDName", QStringLiteral("User %1").arg(i));
        m.append("ConnectedLineNum", QByteArrayView("<unknown>"));
        m.append("ConnectedLineName", QByteArrayView("<unknown>"));
        m.append("Context", QStringLiteral("phones"));
        m.append("Exten", QByteArrayView("s"));
        m.append("Uniqueid", QStringLiteral("1800000000.%1").arg(i));
        m.append("Linkedid", QStringLiteral("1800000000.%1").arg(i - i % 2));
        m.append("Application", QByteArrayView("Dial"));
        m.append("Duration", QByteArrayView("00:01:05"));
        m.append("BridgeId", QStringLiteral("bridge-%1").arg(i / 2));
        items.append(m);
    }
    for (auto _ : bs) {
        PbxState pbx(QStringLiteral("bench"));
        pbx.beginSync();
        for (const AmiMessage& m : items)
            pbx.apply(m);
        pbx.endSync(PbxState::Category::Extensions | PbxState::Category::Channels);
        benchmark::DoNotOptimize(pbx.channels().size());
    }
    bs.SetItemsProcessed(bs.iterations() * items.size());
}
BENCHMARK(BM_ResyncHintsAndChannels)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
