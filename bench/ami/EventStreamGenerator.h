// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

// Builds a synthetic but realistic AMI event stream in memory, for the
// parser and loopback benchmarks. Every event copies the header names and
// order of the real Asterisk 22.10.1 events in tests/data/ami/22.10.1/03-call-*
// (Newchannel, Newstate, VarSet, Newexten, DialBegin, DialEnd, BridgeEnter,
// BridgeLeave, Hangup, ExtensionStatus, DeviceStateChange), with CRLF framing,
// a Timestamp header (timestampevents = yes) and caller names some of which
// are non-ASCII UTF-8. The stream is a sequence of calls between extensions,
// so channel names, unique ids and bridge ids move on like a busy PBX's.
// Deterministic: the same seed gives the same bytes.
class EventStreamGenerator final
{
public:
    struct Stats
    {
        qint64 events = 0;
        qint64 bytes = 0;
        qint64 headers = 0;
        qint64 nonAsciiEvents = 0; // events carrying a UTF-8 caller name
    };

    explicit EventStreamGenerator(quint32 seed = 20261127);

    // The banner line (no blank line after it, as Asterisk sends it).
    static QByteArray banner();
    // Exactly eventCount events, appended to out.
    void generate(qint64 eventCount, QByteArray& out);
    // Convenience: banner + eventCount events.
    QByteArray stream(qint64 eventCount);

    const Stats& stats() const { return m_stats; }

private:
    struct Leg
    {
        QByteArray channel;
        QByteArray exten;
        QByteArray name;
        QByteArray uniqueid;
        bool nonAscii = false;
    };

    quint32 nextRandom();
    void appendHeader(QByteArray& out, const char* key, QByteArrayView value);
    void beginEvent(QByteArray& out, const char* name, const char* privilege);
    void endEvent(QByteArray& out);
    void appendChannel(QByteArray& out, const char* prefix, const Leg& leg, const Leg& connected,
        const char* state, const char* stateDesc, const QByteArray& exten);
    void appendBridge(QByteArray& out, int numChannels);
    // One whole call (about 40 events) between two extensions.
    void appendCall(QByteArray& out);

    quint32 m_random;
    qint64 m_epochMicros = 1795737750600926; // the transcripts' clock
    quint32 m_uniqueSeq = 26;
    quint32 m_channelSeq = 4;
    QByteArray m_bridgeId;
    QByteArray m_linkedid;
    qint64 m_eventsLeft = 0;
    qsizetype m_currentStart = 0;
    bool m_currentHasNonAscii = false;
    Stats m_stats;
};
