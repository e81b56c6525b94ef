// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiMessage.h"

#include <QStringDecoder>

#include <cstring>

namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x == y)
            continue;
        if (x >= 'A' && x <= 'Z')
            x = char(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

AmiMessage AmiMessage::banner(QByteArrayView line)
{
    AmiMessage m;
    m.m_bytes = line.toByteArray();
    m.m_size = quint32(line.size());
    m.m_kind = Kind::Banner;
    return m;
}

void AmiMessage::clear()
{
    m_bytes = QByteArray();
    m_offset = 0;
    m_size = 0;
    m_fields.clear();
    m_eventField = m_responseField = m_actionIdField = m_actionField = -1;
    m_keyMask = 0;
    m_eventNameHash = nameHash("", 0);
    m_outputPos = 0;
    m_outputLen = 0;
    m_skippedLines = 0;
    m_kind = Kind::Empty;
}

void AmiMessage::noteKnownKey(
    const char* key, qsizetype keyLen, quint16 tag, const char* value, qsizetype valueLen)
{
    const QByteArrayView k(key, keyLen);
    const qint32 index = qint32(m_fields.size() - 1);
    // Header order is not fixed (astmanproxy puts ActionID first): the first
    // of Response, Event and Action decides the kind.
    auto note = [&](qint32& field, QByteArrayView name, Kind kindOfField) {
        if (field >= 0 || tag != tagOf(name.data(), name.size()) || !equalsIgnoreCase(k, name))
            return false;
        field = index;
        if (m_kind == Kind::Other && kindOfField != Kind::Other)
            m_kind = kindOfField;
        return true;
    };
    if (keyLen == 5) {
        if (note(m_eventField, "Event", Kind::Event))
            m_eventNameHash = nameHash(value, valueLen);
    } else if (keyLen == 6) {
        note(m_actionField, "Action", Kind::Action);
    } else {
        note(m_responseField, "Response", Kind::Response);
        note(m_actionIdField, "ActionID", Kind::Other);
    }
}

qsizetype AmiMessage::keyLength(const Field& f) const
{
    if (f.keyLen != LongKey)
        return f.keyLen;
    // Only blanks lie between the colon and the value.
    qsizetype colon = qsizetype(f.valuePos) - 1;
    while (base()[colon] != ':')
        --colon;
    return colon - qsizetype(f.keyPos);
}

QByteArrayView AmiMessage::keyAt(qsizetype i) const
{
    const Field& f = m_fields[i];
    return QByteArrayView(base() + f.keyPos, keyLength(f));
}

QByteArrayView AmiMessage::rawValueAt(qsizetype i) const
{
    const Field& f = m_fields[i];
    return QByteArrayView(base() + f.valuePos, f.valueLen);
}

QString AmiMessage::valueAt(qsizetype i) const
{
    return decode(rawValueAt(i));
}

qsizetype AmiMessage::find(QByteArrayView key, quint16 length, quint16 tag, qsizetype from) const
{
    // Hot: every consumer looks up several keys of every event. The length
    // and the first and last letters rule out nearly every other key
    // before a byte is compared.
    const char* bytes = base();
    for (qsizetype i = from; i < m_fields.size(); ++i) {
        const Field& f = m_fields[i];
        if (f.keyLen != length || f.keyTag != tag)
            continue;
        if (length == LongKey && keyLength(f) != key.size())
            continue;
        // Asterisk spells the keys the way the callers do: try the exact bytes first.
        const QByteArrayView candidate(bytes + f.keyPos, key.size());
        if (key.isEmpty() || std::memcmp(candidate.data(), key.data(), size_t(key.size())) == 0
            || equalsIgnoreCase(candidate, key))
            return i;
    }
    return -1;
}

void AmiMessage::indexesOf(const QByteArrayView* keys, qsizetype count, qsizetype* out) const
{
    // Each wanted key is chained into the slot of its key bit; a field whose
    // slot holds no wanted key is passed over with one table read (keys of
    // the same length and first and last letters share a slot: ChannelState
    // and CallerIDName). An empty or very long key is searched on its own.
    constexpr qsizetype Max = 16;
    if (count > Max) {
        for (qsizetype k = 0; k < count; ++k)
            out[k] = indexOf(keys[k]);
        return;
    }
    qint8 first[64];
    qint8 next[Max];
    std::memset(first, -1, sizeof first);
    qsizetype left = 0;
    for (qsizetype k = count - 1; k >= 0; --k) {
        const quint16 length = shortLength(keys[k].size());
        const quint16 tag = tagOf(keys[k].data(), keys[k].size());
        const bool searchAlone = length == 0 || length == LongKey;
        out[k] = searchAlone ? indexOf(keys[k]) : -1;
        if (searchAlone || (m_keyMask & keyBit(length, tag)) == 0)
            continue; // found already, or not in this message
        const quint32 slot = keySlot(length, tag);
        next[k] = first[slot];
        first[slot] = qint8(k);
        ++left;
    }
    const char* bytes = base();
    for (qsizetype i = 0; i < m_fields.size() && left > 0; ++i) {
        const Field& f = m_fields[i];
        for (qint8 k = first[keySlot(f.keyLen, f.keyTag)]; k >= 0; k = next[k]) {
            const QByteArrayView key = keys[k];
            if (out[k] >= 0 || f.keyLen != key.size() || f.keyTag != tagOf(key.data(), key.size()))
                continue;
            const QByteArrayView candidate(bytes + f.keyPos, key.size());
            if (std::memcmp(candidate.data(), key.data(), size_t(key.size())) == 0
                || equalsIgnoreCase(candidate, key)) {
                out[k] = i; // the same key may be wanted twice (in two cases): no break
                --left;
            }
        }
    }
}

QByteArrayView AmiMessage::rawValue(QByteArrayView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? QByteArrayView() : rawValueAt(i);
}

QString AmiMessage::value(QByteArrayView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? QString() : valueAt(i);
}

QString AmiMessage::value(QByteArrayView key, const QString& fallback) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? fallback : valueAt(i);
}

QStringList AmiMessage::values(QByteArrayView key) const
{
    QStringList out;
    for (qsizetype i = indexOf(key); i >= 0; i = indexOf(key, i + 1))
        out.append(valueAt(i));
    return out;
}

bool AmiMessage::valueIs(QByteArrayView key, QByteArrayView what) const
{
    const qsizetype i = indexOf(key);
    return i >= 0 && equalsIgnoreCase(rawValueAt(i), what);
}

QString AmiMessage::bannerText() const
{
    return m_kind == Kind::Banner ? decode(rawView()) : QString();
}

QString AmiMessage::bannerVersion() const
{
    if (m_kind != Kind::Banner)
        return {};
    const QByteArrayView line = rawView();
    const qsizetype slash = line.lastIndexOf('/');
    return slash < 0 ? QString() : decode(line.sliced(slash + 1)).trimmed();
}

QStringList AmiMessage::outputLines() const
{
    if (m_outputLen == 0)
        return values("Output");
    QStringList lines = decode(QByteArrayView(base() + m_outputPos, m_outputLen)).split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void AmiMessage::ownBytes()
{
    if (m_offset == 0 && m_bytes.size() == qsizetype(m_size))
        return;
    m_bytes = QByteArray(base(), m_size);
    m_offset = 0;
}

AmiMessage& AmiMessage::append(QByteArrayView key, QByteArrayView value)
{
    // A parsed message shares its chunk: it gets bytes of its own first.
    ownBytes();
    const quint32 keyPos = quint32(m_bytes.size());
    m_bytes.append(key);
    m_bytes.append(": ");
    const quint32 valuePos = quint32(m_bytes.size());
    m_bytes.append(value);
    m_bytes.append("\r\n");
    m_size = quint32(m_bytes.size());
    addField(m_bytes.constData() + keyPos, keyPos, key.size(), valuePos, quint32(value.size()));
    return *this;
}

AmiMessage& AmiMessage::append(QByteArrayView key, const QString& value)
{
    return append(key, QByteArrayView(value.toUtf8()));
}

QByteArray AmiMessage::toWire() const
{
    QByteArray out;
    out.reserve(m_size + m_fields.size() * 4 + 2);
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        out.append(keyAt(i));
        out.append(": ");
        out.append(rawValueAt(i));
        out.append("\r\n");
    }
    out.append("\r\n");
    return out;
}

QString AmiMessage::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QString();
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QString::fromLatin1(bytes);
    return text;
}
