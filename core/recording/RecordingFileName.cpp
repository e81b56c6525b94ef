// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingFileName.h"

QString RecordingFileName::sanitize(const QString& part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const bool plain
            = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c == u'+' || c == u'.';
        out.append(plain ? c : QChar(u'_'));
    }
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
