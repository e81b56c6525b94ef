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
    m.m_raw = line.toByteArray();
    m.m_kind = Kind::Banner;
    m.m_kindKnown = true;
    return m;
}

AmiMessage::Kind AmiMessage::kind() const
{
    if (m_kindKnown)
        return m_kind;
    // Header order is not fixed (astmanproxy puts ActionID first), so look at every key.
    Kind k = m_fields.isEmpty() ? Kind::Empty : Kind::Other;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QByteArrayView key = keyAt(i);
        if (equalsIgnoreCase(key, "Response")) {
            k = Kind::Response;
            break;
        }
        if (equalsIgnoreCase(key, "Event")) {
            k = Kind::Event;
            break;
        }
        if (equalsIgnoreCase(key, "Action")) {
            k = Kind::Action;
            break;
        }
    }
    return k;
}

QByteArrayView AmiMessage::keyAt(qsizetype i) const
{
    const Field& f = m_fields[i];
    return QByteArrayView(m_raw.constData() + f.keyPos, f.keyLen);
}

QByteArrayView AmiMessage::rawValueAt(qsizetype i) const
{
    const Field& f = m_fields[i];
    return QByteArrayView(m_raw.constData() + f.valuePos, f.valueLen);
}

QString AmiMessage::valueAt(qsizetype i) const
{
    return decode(rawValueAt(i));
}

qsizetype AmiMessage::indexOf(QByteArrayView key, qsizetype from) const
{
    // Hot: every consumer looks up several keys of every event. Compare
    // lengths first, without building a view per field.
    const char* raw = m_raw.constData();
    const quint32 length = quint32(key.size());
    for (qsizetype i = from; i < m_fields.size(); ++i) {
        const Field& f = m_fields[i];
        if (f.keyLen == length && equalsIgnoreCase(QByteArrayView(raw + f.keyPos, length), key))
            return i;
    }
    return -1;
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
    return m_kind == Kind::Banner ? decode(m_raw) : QString();
}

QString AmiMessage::bannerVersion() const
{
    if (m_kind != Kind::Banner)
        return {};
    const qsizetype slash = m_raw.lastIndexOf('/');
    return slash < 0 ? QString() : decode(QByteArrayView(m_raw).sliced(slash + 1)).trimmed();
}

QStringList AmiMessage::outputLines() const
{
    if (m_outputLen == 0)
        return values("Output");
    QStringList lines = decode(QByteArrayView(m_raw.constData() + m_outputPos, m_outputLen)).split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

AmiMessage& AmiMessage::append(QByteArrayView key, QByteArrayView value)
{
    m_kindKnown = false;
    Field f;
    f.keyPos = quint32(m_raw.size());
    f.keyLen = quint32(key.size());
    m_raw.append(key);
    m_raw.append(": ");
    f.valuePos = quint32(m_raw.size());
    f.valueLen = quint32(value.size());
    m_raw.append(value);
    m_raw.append("\r\n");
    m_fields.append(f);
    return *this;
}

AmiMessage& AmiMessage::append(QByteArrayView key, const QString& value)
{
    return append(key, QByteArrayView(value.toUtf8()));
}

QByteArray AmiMessage::toWire() const
{
    QByteArray out;
    out.reserve(m_raw.size() + m_fields.size() * 4 + 2);
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
