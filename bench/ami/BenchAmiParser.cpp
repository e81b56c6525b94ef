// SPDX-License-Identifier: GPL-3.0-or-later
// AmiParser throughput on a generated 1,000,000-event stream held in memory.
// Floor (issue 2): >= 1.5 M events/s parsed into messages.
#include "EventStreamGenerator.h"
#include "PeakMemory.h"

#include "core/ami/AmiParser.h"

#include <benchmark/benchmark.h>

#include <QList>

namespace {

// ATTENDANT_BENCH_EVENTS overrides the 1,000,000 events (e.g. a smaller run under callgrind).
const qint64 EventCount = qEnvironmentVariableIsSet("ATTENDANT_BENCH_EVENTS")
    ? qEnvironmentVariableIntValue("ATTENDANT_BENCH_EVENTS")
    : 1000000;

struct Stream
{
    QByteArray bytes;
    EventStreamGenerator::Stats stats;
};

const Stream& stream()
{
    static const Stream s = [] {
        EventStreamGenerator generator;
        Stream out;
        out.bytes = generator.stream(EventCount);
        out.stats = generator.stats();
        return out;
    }();
    return s;
}

void reportStream(benchmark::State& state, const Stream& s, qint64 messages)
{
    const double iterations = double(state.iterations());
    state.SetItemsProcessed(state.iterations() * s.stats.events);
    state.SetBytesProcessed(state.iterations() * s.bytes.size());
    state.counters["events"] = double(s.stats.events);
    state.counters["avg_bytes/event"] = double(s.stats.bytes) / double(s.stats.events);
    state.counters["avg_headers/event"] = double(s.stats.headers) / double(s.stats.events);
    state.counters["utf8_events"] = double(s.stats.nonAsciiEvents);
    state.counters["stream_MiB"] = double(s.bytes.size()) / (1024.0 * 1024.0);
    // Includes the stream itself (held in memory for the whole run).
    state.counters["peak_rss_MiB"] = peakRssMiB();
    if (qint64(double(messages) / iterations) != s.stats.events + 1) // + the banner
        state.SkipWithError("parser returned a different number of messages than were generated");
}

// Feed in fixed-size chunks (as reads from a socket would) and drain every
// message, as AmiClient does after each read.
void BM_ParseStream(benchmark::State& state)
{
    const Stream& s = stream();
    const qsizetype chunk = state.range(0);
    qint64 messages = 0;
    QList<AmiMessage> drained;
    for (auto _ : state) {
        AmiParser parser;
        const char* data = s.bytes.constData();
        const qsizetype size = s.bytes.size();
        for (qsizetype pos = 0; pos < size; pos += chunk) {
            if (parser.feed(QByteArrayView(data + pos, std::min(chunk, size - pos)))
                != AmiParser::Status::Ok) {
                state.SkipWithError("parser failed");
                return;
            }
            parser.takeMessages(drained);
            messages += drained.size();
            benchmark::DoNotOptimize(drained.data());
            drained.clear();
        }
    }
    reportStream(state, s, messages);
}
BENCHMARK(BM_ParseStream)->Arg(4 * 1024)->Arg(64 * 1024)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same, plus what every consumer does with an event: look at its name
// and at one header found by case-insensitive lookup.
void BM_ParseStreamAndInspect(benchmark::State& state)
{
    const Stream& s = stream();
    const qsizetype chunk = state.range(0);
    qint64 messages = 0;
    qint64 withChannel = 0;
    QList<AmiMessage> drained;
    for (auto _ : state) {
        AmiParser parser;
        const char* data = s.bytes.constData();
        const qsizetype size = s.bytes.size();
        for (qsizetype pos = 0; pos < size; pos += chunk) {
            parser.feed(QByteArrayView(data + pos, std::min(chunk, size - pos)));
            parser.takeMessages(drained);
            for (const AmiMessage& m : std::as_const(drained)) {
                benchmark::DoNotOptimize(m.eventName().size());
                if (!m.rawValue("uniqueid").isEmpty())
                    ++withChannel;
            }
            messages += drained.size();
            drained.clear();
        }
    }
    benchmark::DoNotOptimize(withChannel);
    reportStream(state, s, messages);
}
BENCHMARK(BM_ParseStreamAndInspect)->Arg(64 * 1024)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
