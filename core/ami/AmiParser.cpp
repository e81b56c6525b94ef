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

// "Response: Follows" (the value starts at v); only for 8-letter keys.
bool isFollows(QByteArrayView line, qsizetype v)
{
    // The first letter before a call.
    return (uchar(line[0]) | 0x20) == 'r' && equalsIgnoreCase(line.first(8), "Response")
        && equalsIgnoreCase(line.sliced(v), "Follows");
}

// Where the line starting at from ends (its '\n', or -1 if it has not all
// arrived) and its first colon (or -1): one pass over the bytes for both,
// 16 at a time where SSE2 is there. For lines inside a Follows block.
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

// Bit k set: byte k of the block is a '\n' (newlines) or a ':' (colons).
struct BlockMasks
{
    quint64 newlines;
    quint64 colons;
};

constexpr qsizetype BlockSize = 64;

// The masks of the 64 bytes at p (all readable).
inline BlockMasks scanBlock(const char* p)
{
    quint64 n = 0;
    quint64 c = 0;
#ifdef __SSE2__
    const __m128i newlines = _mm_set1_epi8('\n');
    const __m128i colons = _mm_set1_epi8(':');
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + qsizetype(16) * k));
        n |= quint64(uint(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newlines)))) << (16 * k);
        c |= quint64(uint(_mm_movemask_epi8(_mm_cmpeq_epi8(v, colons)))) << (16 * k);
    }
#else
    for (int k = 0; k < BlockSize; ++k) {
        n |= quint64(p[k] == '\n') << k;
        c |= quint64(p[k] == ':') << k;
    }
#endif
    return {n, c};
}

// The same for the last count (< 64) bytes of the data: never reads past them.
BlockMasks scanTail(const char* p, qsizetype count)
{
    alignas(16) char block[BlockSize] = {};
    std::memcpy(block, p, size_t(count));
    return scanBlock(block);
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
    while (m_scan < m_buffer.size() && m_status == Status::Ok) {
        if (!m_follows) {
            parseHeaderRun();
            if (!m_follows)
                return; // the rest has not all arrived, or an error
        } else if (!parseOneFollowsLine()) {
            return;
        }
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
    if (colon == 8 && isFollows(line, v)) {
        m_follows = true;
        m_followsStart = -1;
    }
}

bool AmiParser::otherLine(QByteArrayView line, qsizetype lineStart, qsizetype colon)
{
    if (line.isEmpty()) {
        endOfMessage(lineStart);
        return m_status == Status::Ok;
    }
    parseHeaderLine(line, lineStart, colon);
    return !m_follows;
}

void AmiParser::parseHeaderRun()
{
    // The hot loop: the newline and colon bits of 64 bytes at a time, then
    // a few steps per "Key: Value" line, inline. Returns at a "Response:
    // Follows", an error, or at the first line that has not all arrived
    // (m_scan is its start).
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype colon = -1; // first colon of the line at m_scan, once seen
    for (qsizetype block = m_scan; block < size; block += BlockSize) {
        const BlockMasks masks
            = size - block >= BlockSize ? scanBlock(data + block) : scanTail(data + block, size - block);
        quint64 newlines = masks.newlines;
        quint64 colons = masks.colons;
        while (newlines != 0) {
            const int bit = int(qCountTrailingZeroBits(newlines));
            const quint64 upTo = (quint64(1) << bit) - 1; // this line's bits in the block
            if (colon < 0 && (colons & upTo) != 0)
                colon = block + qCountTrailingZeroBits(colons & upTo);
            newlines &= newlines - 1;
            colons &= ~(upTo | (quint64(1) << bit));
            const qsizetype newline = block + bit;
            const qsizetype lineStart = std::exchange(m_scan, newline + 1);
            const qsizetype lineEnd = newline - (newline > lineStart && data[newline - 1] == '\r' ? 1 : 0);
            const qsizetype keyLen = colon - lineStart;
            colon = -1;
            if (keyLen <= 0) {
                if (!otherLine(QByteArrayView(data + lineStart, lineEnd - lineStart), lineStart,
                        keyLen < 0 ? -1 : 0))
                    return;
                continue;
            }
            qsizetype v = lineStart + keyLen + 1;
            while (v < lineEnd && (data[v] == ' ' || data[v] == '\t'))
                ++v;
            const quint32 base = quint32(m_consumed);
            m_current.addField(
                data + lineStart, quint32(lineStart) - base, keyLen, quint32(v) - base, quint32(lineEnd - v));
            if (keyLen == 8
                && isFollows(QByteArrayView(data + lineStart, lineEnd - lineStart), v - lineStart)) {
                m_follows = true;
                m_followsStart = -1;
                return;
            }
        }
        if (colon < 0 && colons != 0)
            colon = block + qCountTrailingZeroBits(colons);
    }
}

bool AmiParser::parseOneFollowsLine()
{
    const char* data = m_buffer.constData();
    qsizetype colon;
    const qsizetype newline = scanLine(data, m_scan, m_buffer.size(), colon);
    if (newline < 0)
        return false;
    const qsizetype lineStart = m_scan;
    qsizetype lineEnd = newline;
    if (lineEnd > lineStart && data[lineEnd - 1] == '\r')
        --lineEnd;
    m_scan = newline + 1;
    parseFollowsLine(
        QByteArrayView(data + lineStart, lineEnd - lineStart), lineStart, colon < 0 ? -1 : colon - lineStart);
    return m_status == Status::Ok;
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
