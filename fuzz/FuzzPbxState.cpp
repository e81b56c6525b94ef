// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for PbxState: arbitrary AMI event sequences applied to the
// picture of a PBX (every store: calls, extensions, queues, parking, mailboxes).
//
// The input is an AMI stream (seeds: the real Asterisk 22 recordings); its
// last byte steers where a resync bracket starts. Besides crashes and
// sanitizer reports, each input checks what the board relies on:
//  - the same events give the same state (two PbxStates, one canonical dump),
//    and the states derived event by event are those derived from scratch;
//  - every call's channels exist, and every channel belongs to a listed call;
//  - a resync whose lists report nothing leaves no extension, channel, call,
//    parked call or queue behind (no line that no event list would confirm);
//  - clear() leaves exactly a fresh state.
#include "FuzzCheck.h"
#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"
#include "core/common/Clock.h"
#include "core/pbx/PbxState.h"

#include <QList>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

// Time stands still: the dump has no wall-clock fields, and nothing here
// runs an event loop, so timers never fire.
class FrozenTimer final : public ClockTimer
{
public:
    using ClockTimer::ClockTimer;
    void start(qint64) override { m_active = true; }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    void setSingleShot(bool) override { }

private:
    bool m_active = false;
};

class FrozenClock final : public Clock
{
public:
    qint64 currentMSecsSinceEpoch() const override { return 1'765'000'000'000; }
    qint64 monotonicMSecs() const override { return 1'000; }
    ClockTimer* createTimer(QObject* parent) override { return new FrozenTimer(parent); }
};

QList<AmiMessage> parseAll(QByteArrayView stream)
{
    AmiParser parser(qsizetype(64) * 1024);
    QList<AmiMessage> messages;
    parser.feed(stream);
    while (parser.hasMessages()) {
        AmiMessage message = parser.takeMessage();
        message.ownBytes();
        messages.append(message);
    }
    return messages;
}

void applyOne(PbxState& state, const AmiMessage& message)
{
    if (message.kind() == AmiMessage::Kind::Event)
        state.apply(message);
    else if (message.kind() == AmiMessage::Kind::Response && message.contains("Mailbox"))
        state.applyMailboxCount(message);
}

// Reads what the models read, so that the accessors run on fuzzed state too.
void checkConsistent(const PbxState& state)
{
    QSet<QString> inCalls;
    for (const QString& linkedid : state.callIds()) {
        const QStringList channels = state.channelsOfCall(linkedid);
        FUZZ_CHECK(!channels.isEmpty());
        for (const QString& uniqueid : channels) {
            FUZZ_CHECK(state.channels().contains(uniqueid));
            inCalls.insert(uniqueid);
        }
        (void)state.call(linkedid);
    }
    for (auto it = state.channels().cbegin(); it != state.channels().cend(); ++it)
        FUZZ_CHECK(inCalls.contains(it.key()));
    for (auto it = state.extensions().cbegin(); it != state.extensions().cend(); ++it) {
        (void)state.activity(it.key());
        (void)state.displayName(it.key());
        (void)state.reachability(it.key());
    }
}

bool emptyOfLiveThings(const PbxState& state)
{
    return state.extensions().isEmpty() && state.channels().isEmpty() && state.callIds().isEmpty()
        && state.parkedCalls().isEmpty() && state.queues().isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static FrozenClock clock;
    const QByteArrayView stream(reinterpret_cast<const char*>(data), qsizetype(size - 1));
    const QList<AmiMessage> messages = parseAll(stream);
    // The last byte: where the resync bracket begins (0..255 of the way through).
    const qsizetype bracketAt = messages.size() * qsizetype(data[size - 1]) / 256;

    PbxState state(QStringLiteral("fuzz"), nullptr, &clock);
    PbxState twin(QStringLiteral("fuzz"), nullptr, &clock);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i == bracketAt) {
            state.beginSync();
            twin.beginSync();
        }
        applyOne(state, messages[i]);
        applyOne(twin, messages[i]);
    }
    const PbxState::Categories everything = PbxState::Categories(0x7f);
    if (bracketAt < messages.size()) {
        state.endSync(everything);
        twin.endSync(everything);
    }
    FUZZ_CHECK(state.dumpCanonical() == twin.dumpCanonical());
    checkConsistent(state);
    // What was derived event by event (DND from devices, toggles, presence) is
    // what a derivation from scratch gives: another pattern and back re-derives all.
    twin.setDndDevicePattern(QStringLiteral("Custom:FuzzOther%1"));
    twin.setDndDevicePattern(QLatin1String(PbxState::DefaultDndDevicePattern));
    FUZZ_CHECK(state.dumpCanonical() == twin.dumpCanonical());

    // A resync in which every list answers empty.
    state.beginSync();
    state.endSync(everything);
    FUZZ_CHECK(emptyOfLiveThings(state));
    checkConsistent(state);

    const PbxState fresh(QStringLiteral("fuzz"), nullptr, &clock);
    twin.clear();
    FUZZ_CHECK(twin.dumpCanonical() == fresh.dumpCanonical());
    return 0;
}
