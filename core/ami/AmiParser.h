// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QByteArray>
#include <QList>

// Pure, incremental AMI framing: bytes in (split anywhere), messages out. No
// socket, no clock. The owner of the connection feeds every read and drains
// the messages; the same bytes split differently give the same messages.
//
// Bytes are copied once, into a chunk the messages then share (see
// AmiMessage): while a message of a chunk is alive the parser never writes
// into that chunk again, it starts a new one with the unfinished tail; once
// every message of it is gone, it reuses the chunk.
//
// Understands the banner line, CRLF (and bare LF) framing, the legacy
// "Response: Follows" block that ends in "--END COMMAND--", and colon-less
// lines astmanproxy may glue onto a message. A message that grows past
// maxMessageSize() is an error: the owner should close the connection.
class AmiParser final
{
public:
    enum class Status
    {
        Ok,
        MessageTooLarge,
    };

    static constexpr qsizetype DefaultMaxMessageSize = qsizetype(1024) * 1024;

    explicit AmiParser(qsizetype maxMessageSize = DefaultMaxMessageSize);

    qsizetype maxMessageSize() const { return m_maxMessageSize; }
    void setMaxMessageSize(qsizetype bytes) { m_maxMessageSize = bytes; }

    // Parses what it can; complete messages are appended to the queue.
    // After MessageTooLarge the parser stays failed until reset().
    Status feed(QByteArrayView bytes);
    // The same, for up to maxBytes that read(char* to, qsizetype maxBytes)
    // writes straight into the parser's buffer (a socket read: no copy in
    // between); read returns how many it wrote (<= 0: none). The pointer is
    // only valid during the call.
    template <class Read>
    Status feedWith(qsizetype maxBytes, Read&& read)
    {
        if (m_status != Status::Ok || maxBytes <= 0)
            return m_status;
        char* to = prepareAppend(maxBytes);
        const qint64 got = read(to, maxBytes);
        return commitAppend(maxBytes, got > 0 ? qsizetype(got) : 0);
    }

    bool hasMessages() const { return m_head < m_ready.size(); }
    AmiMessage takeMessage();
    // Moves every complete message into out (cheaper than one by one).
    void takeMessages(QList<AmiMessage>& out);

    Status status() const { return m_status; }
    // Bytes received but not yet part of a complete message.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_consumed; }
    // Total colon-less lines skipped so far (for diagnostics).
    qsizetype skippedLines() const { return m_totalSkipped; }

    void reset();

private:
    // Makes room for maxBytes at the end of the buffer (in a chunk no message reads).
    char* prepareAppend(qsizetype maxBytes);
    // Keeps the first got of them and parses.
    Status commitAppend(qsizetype maxBytes, qsizetype got);
    void parseLines();
    // Header lines until a Follows block, an error or the unfinished end.
    void parseHeaderRun();
    // An empty line, or one without a key (colon: 0, or -1 for none); false to stop the run.
    bool otherLine(QByteArrayView line, qsizetype lineStart, qsizetype colon);
    // One line of a Follows block; false if it has not all arrived (or an error).
    bool parseOneFollowsLine();
    // colon: first ':' in the line, or -1.
    void parseFollowsLine(QByteArrayView line, qsizetype lineStart, qsizetype colon);
    void parseHeaderLine(QByteArrayView line, qsizetype lineStart, qsizetype colon);
    void endOfMessage(qsizetype lineStart);
    // Adds "Key: Value" (colon at the given offset); returns the value's offset in line.
    qsizetype addField(QByteArrayView line, qsizetype lineStart, qsizetype colon);
    void finishMessage(qsizetype endPos);
    void startMessage(qsizetype pos);

    QByteArray m_buffer;
    qsizetype m_consumed = 0; // start of the message being assembled
    qsizetype m_scan = 0; // start of the next line not yet looked at
    qsizetype m_maxMessageSize;

    // Message being assembled (positions relative to m_consumed).
    AmiMessage m_current;
    bool m_follows = false; // inside a "Response: Follows" block
    qsizetype m_followsStart = -1; // output start, relative
    bool m_sawBanner = false;

    QList<AmiMessage> m_ready;
    qsizetype m_head = 0;
    qsizetype m_totalSkipped = 0;
    Status m_status = Status::Ok;
};
