// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiParser.h"

#include <cstring>

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

} // namespace

AmiParser::AmiParser(qsizetype maxMessageSize)
    : m_maxMessageSize(maxMessageSize)
{ }

AmiParser::Status AmiParser::feed(QByteArrayView bytes)
{
    if (m_status != Status::Ok)
        return m_status;
    // Drop what earlier messages used before growing the buffer.
    if (m_consumed > 0 && (m_consumed == m_buffer.size() || m_consumed > qsizetype(64) * 1024)) {
        m_buffer.remove(0, m_consumed);
        m_scan -= m_consumed;
        m_consumed = 0;
    }
    m_buffer.append(bytes);
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
    m_current = AmiMessage();
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
    m_current.m_raw = QByteArray(m_buffer.constData() + m_consumed, length);
    // Decided once here instead of by a key scan in every isEvent()/isResponse().
    m_current.m_kind = m_current.kind();
    m_current.m_kindKnown = true;
    m_ready.append(std::move(m_current));
}

void AmiParser::parseLines()
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();

    while (m_scan < size) {
        const void* hit = std::memchr(data + m_scan, '\n', size_t(size - m_scan));
        if (!hit)
            break;
        const qsizetype lineStart = m_scan;
        const qsizetype newline = static_cast<const char*>(hit) - data;
        qsizetype lineEnd = newline;
        if (lineEnd > lineStart && data[lineEnd - 1] == '\r')
            --lineEnd;
        m_scan = newline + 1;
        const QByteArrayView line(data + lineStart, lineEnd - lineStart);
        if (m_follows)
            parseFollowsLine(line, lineStart);
        else if (line.isEmpty())
            endOfMessage(lineStart);
        else
            parseHeaderLine(line, lineStart);
        if (m_status != Status::Ok)
            return;
    }
}

void AmiParser::parseFollowsLine(QByteArrayView line, qsizetype lineStart)
{
    // Legacy Command output: raw lines (even empty ones, even with colons)
    // until "--END COMMAND--", which may trail the last line.
    if (m_followsStart < 0) {
        const qsizetype colon = line.indexOf(':');
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

void AmiParser::parseHeaderLine(QByteArrayView line, qsizetype lineStart)
{
    // memchr: QByteArrayView::indexOf(char) is an out-of-line call per line.
    const void* colonHit = std::memchr(line.data(), ':', size_t(line.size()));
    const qsizetype colon = colonHit ? static_cast<const char*>(colonHit) - line.data() : -1;
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
    if (colon == 8 && equalsIgnoreCase(line.first(8), "Response")
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
    m_current.m_fields.append(
        {quint32(lineStart) - base, quint32(colon), quint32(lineStart + v) - base, quint32(line.size() - v)});
    return v;
}
