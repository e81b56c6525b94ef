// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingFileName.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QString plainCharacters(const QString& part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const bool plain
            = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c == u'+' || c == u'.';
        out.append(plain ? c : QChar(u'_'));
    }
    return out;
}

} // namespace

QString RecordingFileName::sanitize(const QString& part)
{
    QString out = plainCharacters(part);
    // No hidden files and no "..": a leading dot becomes '_'.
    while (out.startsWith(u'.'))
        out[0] = u'_';
    return out;
}

QString RecordingFileName::make(const QString& pattern, const QString& caller, const QString& callee,
    const QDateTime& when, const QString& uniqueid)
{
    QString name = pattern.isEmpty() ? QString::fromLatin1(DefaultTemplate) : pattern;
    name.replace(QLatin1String("{caller}"), caller.isEmpty() ? QStringLiteral("unknown") : caller);
    name.replace(QLatin1String("{callee}"), callee.isEmpty() ? QStringLiteral("unknown") : callee);
    name.replace(QLatin1String("{date}"), when.toString(QStringLiteral("yyyyMMdd")));
    name.replace(QLatin1String("{time}"), when.toString(QStringLiteral("HHmmss")));
    name.replace(QLatin1String("{uniqueid}"), uniqueid);
    name = sanitize(name);
    if (!name.contains(u'.'))
        name += QStringLiteral(".wav"); // without an extension MixMonitor writes raw audio
    return name;
}

namespace {

const QStringList& placeholders()
{
    static const QStringList names {QStringLiteral("caller"), QStringLiteral("callee"),
        QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("uniqueid")};
    return names;
}

QString withoutExtension(const QString& name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

// The template as a pattern over sanitised names: literal text as make() leaves it.
QRegularExpression templatePattern(const QString& pattern)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z]+)\\}"));
    QString re = QStringLiteral("^");
    qsizetype at = 0;
    for (auto it = token.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        re += QRegularExpression::escape(plainCharacters(pattern.mid(at, m.capturedStart() - at)));
        const QString name = m.captured(1);
        if (name == u"date")
            re += QStringLiteral("(?<date>\\d{8})");
        else if (name == u"time")
            re += QStringLiteral("(?<time>\\d{6})");
        else if (name == u"uniqueid")
            re += QStringLiteral("(?<uniqueid>\\d+(?:\\.\\d+)?)");
        else if (placeholders().contains(name))
            re += QStringLiteral("(?<%1>[^/]+?)").arg(name);
        else
            re += QRegularExpression::escape(m.captured(0));
        at = m.capturedEnd();
    }
    re += QRegularExpression::escape(plainCharacters(pattern.mid(at))) + QStringLiteral("\\z");
    return QRegularExpression(re);
}

} // namespace

std::optional<RecordingFileName::Parts> RecordingFileName::parse(
    const QString& pattern, const QString& fileName)
{
    const QString base = withoutExtension(pattern.isEmpty() ? QString::fromLatin1(DefaultTemplate) : pattern);
    const QRegularExpressionMatch m = templatePattern(base).match(withoutExtension(fileName));
    if (!m.hasMatch())
        return std::nullopt;
    Parts parts;
    parts.caller = m.captured(u"caller");
    parts.callee = m.captured(u"callee");
    parts.uniqueid = m.captured(u"uniqueid");
    const QString date = m.captured(u"date");
    if (!date.isEmpty()) {
        const QDate d = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
        const QString time = m.captured(u"time");
        const QTime t = time.isEmpty() ? QTime(0, 0) : QTime::fromString(time, QStringLiteral("HHmmss"));
        if (!d.isValid() || !t.isValid())
            return std::nullopt;
        parts.when = QDateTime(d, t);
    }
    return parts;
}

RecordingFileName::Problem RecordingFileName::check(const QString& pattern)
{
    if (pattern.trimmed().isEmpty())
        return Problem::Empty;
    if (pattern.contains(u'/') || pattern.contains(u'\\'))
        return Problem::Directory;
    static const QRegularExpression token(QStringLiteral("\\{([^}]*)\\}"));
    bool any = false;
    for (auto it = token.globalMatch(pattern); it.hasNext();) {
        if (!placeholders().contains(it.next().captured(1)))
            return Problem::UnknownPlaceholder;
        any = true;
    }
    return any ? Problem::None : Problem::NoPlaceholder;
}
