// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/MessageInfo.h"

#include <QStringDecoder>

namespace {

QString decode(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(bytes);
    if (!utf8.hasError())
        return s;
    return QString::fromLatin1(bytes);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

QByteArray trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b).toByteArray();
}

} // namespace

// "key=>value" means "key=value" to Asterisk's config reader (and to parse()):
// a value that starts with '>' is written after a space so that it stays.
QByteArray MessageInfo::keyLine(const Line& line)
{
    return line.key + (line.value.startsWith('>') ? "= " : "=") + line.value + '\n';
}

MessageInfo::Line MessageInfo::parseLine(
    QByteArrayView rawView, bool& inMessage, bool& sawSection, int& fields)
{
    Line line;
    line.raw = rawView.toByteArray();
    const QByteArray t = trimmed(rawView);
    // Only whole-line comments: "callerchan=Local/1001@x-00000002;2" is a real
    // channel name whose ";2" must stay, although Asterisk's config reader
    // would cut it.
    if (t.isEmpty() || t.startsWith(';') || t.startsWith('#')) {
        line.inMessage = inMessage;
    } else if (t.startsWith('[')) {
        const qsizetype close = t.indexOf(']');
        const QByteArray name = close > 0 ? trimmed(QByteArrayView(t).sliced(1, close - 1)) : QByteArray();
        inMessage = name.compare("message", Qt::CaseInsensitive) == 0;
        sawSection = sawSection || inMessage;
        line.inMessage = false;
    } else {
        const qsizetype eq = t.indexOf('=');
        line.inMessage = inMessage;
        if (eq > 0) {
            QByteArray key = trimmed(QByteArrayView(t).first(eq));
            // "key => value" is the same as "key = value" in Asterisk configs.
            QByteArrayView rest = QByteArrayView(t).sliced(eq + 1);
            if (rest.startsWith('>'))
                rest = rest.sliced(1);
            line.key = key.toLower();
            line.value = trimmed(rest);
            if (inMessage)
                ++fields;
        }
    }
    return line;
}

MessageInfo MessageInfo::parse(QByteArrayView bytes)
{
    MessageInfo info;
    if (bytes.contains('\0')) {
        info.m_status = Status::Binary;
        return info;
    }
    if (bytes.toByteArray().trimmed().isEmpty()) {
        info.m_status = Status::Empty;
        return info;
    }

    bool sawSection = false;
    bool inMessage = false;
    int fields = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView rawView = bytes.sliced(pos, end - pos);
        // "\r\n", and "\r\r\n" from a file converted twice, end the line: a
        // carriage return kept in a line we write back would be cut on the next
        // read, and writing would not be repeatable (fuzz_message_info).
        while (rawView.endsWith('\r'))
            rawView.chop(1);
        pos = end + 1;

        info.m_lines.append(parseLine(rawView, inMessage, sawSection, fields));
    }
    if (!sawSection)
        info.m_status = Status::NoMessageSection;
    else if (fields == 0)
        info.m_status = Status::NoFields;
    else
        info.m_status = Status::Ok;
    return info;
}

QByteArray MessageInfo::serialize() const
{
    QByteArray out;
    if (m_lines.isEmpty() || m_status != Status::Ok) {
        out = ";\n; Message Information file\n;\n[message]\n";
        for (const Line& l : m_lines) {
            if (l.inMessage && !l.key.isEmpty())
                out += keyLine(l);
        }
        return out;
    }
    for (const Line& l : m_lines) {
        if (!l.key.isEmpty() && l.inMessage)
            out += keyLine(l);
        else
            out += l.raw + '\n';
    }
    return out;
}

const MessageInfo::Line* MessageInfo::find(QByteArrayView key) const
{
    for (const Line& l : m_lines) {
        if (l.inMessage && !l.key.isEmpty() && key.compare(l.key, Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

bool MessageInfo::contains(QByteArrayView key) const
{
    return find(key) != nullptr;
}

QByteArray MessageInfo::rawValue(QByteArrayView key) const
{
    const Line* l = find(key);
    return l ? l->value : QByteArray();
}

QString MessageInfo::value(QByteArrayView key) const
{
    const Line* l = find(key);
    return l ? decode(l->value) : QString();
}

void MessageInfo::setValue(const QByteArray& key, const QString& text)
{
    // A value is one line: a line break from outside (a caller name) must not
    // add a key or a section to the file (found by fuzz_message_info).
    QString value = text;
    value.replace(u'\r', u' ').replace(u'\n', u' ').replace(QChar(0), u' ');
    const QByteArray k = key.toLower();
    for (Line& l : m_lines) {
        if (l.inMessage && l.key == k) {
            l.value = value.toUtf8();
            return;
        }
    }
    if (m_status != Status::Ok) {
        // A fresh or unusable file becomes a new one with Asterisk's header.
        m_lines.clear();
        m_lines.append({";", {}, {}, false});
        m_lines.append({"; Message Information file", {}, {}, false});
        m_lines.append({";", {}, {}, false});
        m_lines.append({"[message]", {}, {}, false});
        m_status = Status::Ok;
    }
    // Append after the last line of [message].
    qsizetype at = m_lines.size();
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines[i].inMessage || m_lines[i].raw.trimmed().compare("[message]", Qt::CaseInsensitive) == 0) {
            at = i + 1;
            break;
        }
    }
    Line line;
    line.key = k;
    line.value = value.toUtf8();
    line.raw = k + '=' + line.value;
    line.inMessage = true;
    m_lines.insert(at, line);
}

QList<QByteArray> MessageInfo::keys() const
{
    QList<QByteArray> out;
    for (const Line& l : m_lines) {
        if (l.inMessage && !l.key.isEmpty())
            out.append(l.key);
    }
    return out;
}

QString MessageInfo::callerName() const
{
    QString name;
    QString number;
    splitCallerId(callerId(), &name, &number);
    return name;
}

QString MessageInfo::callerNumber() const
{
    QString name;
    QString number;
    splitCallerId(callerId(), &name, &number);
    return number;
}

qint64 MessageInfo::origTime() const
{
    bool ok = false;
    const qint64 t = rawValue("origtime").toLongLong(&ok);
    return ok && t >= 0 ? t : -1;
}

bool MessageInfo::isUrgent() const
{
    return value("flag").compare(QLatin1String("Urgent"), Qt::CaseInsensitive) == 0;
}

int MessageInfo::duration() const
{
    bool ok = false;
    const int d = rawValue("duration").toInt(&ok);
    return ok && d >= 0 ? d : -1;
}

QString MessageInfo::identity() const
{
    QString id = msgId(); // not const: returned by move
    if (!id.isEmpty())
        return id;
    const qint64 t = origTime();
    if (t < 0 && callerId().isEmpty())
        return {};
    return QString::number(t) + u'|' + callerId();
}

void MessageInfo::splitCallerId(const QString& callerId, QString* name, QString* number)
{
    QString n;
    QString num;
    const QString s = callerId.trimmed();
    const qsizetype lt = s.lastIndexOf(u'<');
    const qsizetype gt = s.lastIndexOf(u'>');
    if (lt >= 0 && gt > lt) {
        num = s.mid(lt + 1, gt - lt - 1).trimmed();
        n = s.left(lt).trimmed();
    } else {
        // No brackets: digits (and dial characters) are a number, anything else a name.
        bool numeric = !s.isEmpty();
        for (QChar c : s) {
            if (!(c.isDigit() || c == u'+' || c == u'*' || c == u'#' || c == u'-' || c == u' ')) {
                numeric = false;
                break;
            }
        }
        (numeric ? num : n) = s;
    }
    if (n.size() >= 2 && n.startsWith(u'"') && n.endsWith(u'"'))
        n = n.mid(1, n.size() - 2);
    *name = n;
    *number = num;
}
