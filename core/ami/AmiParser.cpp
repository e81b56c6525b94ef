// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiParser.h"

#include <QtAlgorithms>

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

constexpr QByteArrayView BannerPrefix("Asterisk Call Manager");
constexpr QByteArrayView EndCommand("--END COMMAND--");

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

bool isLegacyHeaderKey(QByteArrayView key)
{
    return equalsIgnoreCase(key, "Privilege") || equalsIgnoreCase(key, "ActionID")
        || equalsIgnoreCase(key, "Message") || equalsIgnoreCase(key, "Server");
}

// Where the line starting at from ends (its '\n', or -1 if it has not all
// arrived) and its first colon (or -1): one pass over the bytes for both,
// 16 at a time where SSE2 is there.
qsizetype scanLine(const char* data, qsizetype from, qsizetype size, qsizetype& colon)
{
    colon = -1;
    qsizetype i = from;
#ifdef __SSE2__
    const __m128i newlines = _mm_set1_epi8('\n');
    const __m128i colons = _mm_set1_epi8(':');
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const uint n = uint(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newlines)));
        uint c = colon < 0 ? uint(_mm_movemask_epi8(_mm_cmpeq_epi8(v, colons))) : 0u;
        if (n != 0) {
            const uint at = qCountTrailingZeroBits(n);
            c &= (1u << at) - 1u;
            if (c != 0)
                colon = i + qCountTrailingZeroBits(c);
            return i + at;
        }
        if (c != 0)
            colon = i + qCountTrailingZeroBits(c);
    }
#endif
    for (; i < size; ++i) {
        if (data[i] == '\n')
            return i;
        if (data[i] == ':' && colon < 0)
            colon = i;
    }
    return -1;
}

} // namespace

AmiParser::AmiParser(qsizetype maxMessageSize)
    : m_maxMessageSize(maxMessageSize)
{ }

AmiParser::Status AmiParser::feed(QByteArrayView bytes)
{
    return feedWith(bytes.size(), [bytes](char* to, qsizetype) {
        std::memcpy(to, bytes.data(), size_t(bytes.size()));
        return qint64(bytes.size());
    });
}

char* AmiParser::prepareAppend(qsizetype maxBytes)
{
    const qsizetype tail = m_buffer.size() - m_consumed;
    if (!m_buffer.isDetached()) {
        // Messages handed out still read this chunk (or there is none yet):
        // a new one, with the unfinished message carried over.
        QByteArray next;
        next.reserve(qMax(tail + maxBytes, qsizetype(64) * 1024));
        next.append(m_buffer.constData() + m_consumed, tail);
        m_buffer = std::move(next);
        m_scan -= m_consumed;
        m_consumed = 0;
    } else if (m_consumed > 0 && (m_consumed == m_buffer.size() || m_consumed > qsizetype(64) * 1024)) {
        // Drop what earlier messages used before growing the buffer.
        m_buffer.remove(0, m_consumed);
        m_scan -= m_consumed;
        m_consumed = 0;
    }
    const qsizetype size = m_buffer.size();
    m_buffer.resize(size + maxBytes);
    return m_buffer.data() + size;
}

AmiParser::Status AmiParser::commitAppend(qsizetype maxBytes, qsizetype got)
{
    m_buffer.resize(m_buffer.size() - maxBytes + got);
    parseLines();
    if (m_status == Status::Ok && m_buffer.size() - m_consumed > m_maxMessageSize)
        m_status = Status::MessageTooLarge;
    return m_status;
}

AmiMessage AmiParser::takeMessage()
{
    if (m_head >= m_ready.size())
        return {};
    AmiMessage m = std::move(m_ready[m_head++]);
    if (m_head == m_ready.size()) {
        m_ready.clear();
        m_head = 0;
    }
    return m;
}

void AmiParser::takeMessages(QList<AmiMessage>& out)
{
    if (m_head == 0 && out.isEmpty()) {
        out.swap(m_ready);
    } else {
        for (qsizetype i = m_head; i < m_ready.size(); ++i)
            out.append(std::move(m_ready[i]));
        m_ready.clear();
    }
    m_head = 0;
}

void AmiParser::reset()
{
    m_buffer.clear();
    m_consumed = 0;
    m_scan = 0;
    m_current = AmiMessage();
    m_follows = false;
    m_followsStart = -1;
    m_sawBanner = false;
    m_ready.clear();
    m_head = 0;
    m_status = Status::Ok;
}

void AmiParser::startMessage(qsizetype pos)
{
    m_current.clear();
    m_follows = false;
    m_followsStart = -1;
    m_consumed = pos;
}

void AmiParser::finishMessage(qsizetype endPos)
{
    const qsizetype length = endPos - m_consumed;
    if (length > m_maxMessageSize) {
        m_status = Status::MessageTooLarge;
        return;
    }
    // No copy: the message shares the chunk (see prepareAppend()).
    m_current.m_bytes = m_buffer;
    m_current.m_offset = quint32(m_consumed);
    m_current.m_size = quint32(length);
    m_ready.append(std::move(m_current));
}

void AmiParser::parseLines()
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();

    while (m_scan < size) {
        qsizetype colon;
        const qsizetype newline = scanLine(data, m_scan, size, colon);
        if (newline < 0)
            break;
        const qsizetype lineStart = m_scan;
        qsizetype lineEnd = newline;
        if (lineEnd > lineStart && data[lineEnd - 1] == '\r')
            --lineEnd;
        m_scan = newline + 1;
        const QByteArrayView line(data + lineStart, lineEnd - lineStart);
        if (colon >= 0)
            colon -= lineStart;
        if (m_follows)
            parseFollowsLine(line, lineStart, colon);
        else if (line.isEmpty())
            endOfMessage(lineStart);
        else
            parseHeaderLine(line, lineStart, colon);
        if (m_status != Status::Ok)
            return;
    }
}

void AmiParser::parseFollowsLine(QByteArrayView line, qsizetype lineStart, qsizetype colon)
{
    // Legacy Command output: raw lines (even empty ones, even with colons)
    // until "--END COMMAND--", which may trail the last line.
    if (m_followsStart < 0) {
        if (colon > 0 && isLegacyHeaderKey(line.first(colon))) {
            addField(line, lineStart, colon);
            return;
        }
        m_followsStart = lineStart - m_consumed;
    }
    if (line.endsWith(EndCommand)) {
        const qsizetype outputEnd = lineStart + line.size() - EndCommand.size();
        m_current.m_outputPos = quint32(m_followsStart);
        m_current.m_outputLen = quint32(outputEnd - m_consumed - m_followsStart);
        m_follows = false;
    }
}

void AmiParser::endOfMessage(qsizetype lineStart)
{
    const qsizetype next = m_scan;
    // A stray blank line between messages has nothing to deliver.
    if (!m_current.m_fields.isEmpty() || m_current.m_outputLen != 0) {
        finishMessage(lineStart);
        if (m_status != Status::Ok)
            return;
    }
    startMessage(next);
}

void AmiParser::parseHeaderLine(QByteArrayView line, qsizetype lineStart, qsizetype colon)
{
    if (colon <= 0) {
        if (line.startsWith(BannerPrefix)) {
            // The greeting, or a new upstream banner astmanproxy glued onto
            // the next message: report it in order, keep parsing.
            m_ready.append(AmiMessage::banner(line));
            m_sawBanner = true;
        } else {
            ++m_current.m_skippedLines;
            ++m_totalSkipped;
        }
        if (m_current.m_fields.isEmpty())
            startMessage(m_scan);
        return;
    }
    const qsizetype v = addField(line, lineStart, colon);
    // The first letter before a call: this runs for every line.
    if (colon == 8 && (uchar(line[0]) | 0x20) == 'r' && equalsIgnoreCase(line.first(8), "Response")
        && equalsIgnoreCase(line.sliced(v), "Follows")) {
        m_follows = true;
        m_followsStart = -1;
    }
}

qsizetype AmiParser::addField(QByteArrayView line, qsizetype lineStart, qsizetype colon)
{
    qsizetype v = colon + 1;
    while (v < line.size() && (line[v] == ' ' || line[v] == '\t'))
        ++v;
    const quint32 base = quint32(m_consumed);
    m_current.addField(line.data(), quint32(lineStart) - base, colon, quint32(lineStart + v) - base,
        quint32(line.size() - v));
    return v;
}
