// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The file a call recording goes to, from a template:
// {caller} {callee} {date} (yyyyMMdd) {time} (HHmmss) {uniqueid}, e.g. the
// default "{date}-{time}-{caller}-{callee}-{uniqueid}.wav". The result is a
// plain relative name (MixMonitor puts it in the monitor spool): every
// character other than letters, digits, '-', '_', '.' and '+' becomes '_',
// so a caller ID can never climb out of the folder or break the header.
class RecordingFileName final
{
public:
    static constexpr const char* DefaultTemplate = "{date}-{time}-{caller}-{callee}-{uniqueid}.wav";

    static QString make(const QString& pattern, const QString& caller, const QString& callee,
        const QDateTime& when, const QString& uniqueid);
    static QString sanitize(const QString& part);
};
