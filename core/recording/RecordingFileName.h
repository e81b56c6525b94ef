// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

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

    // What a file name says when it was made from this template (the
    // extension is not compared: MixMonitor may have written .WAV or .gsm).
    struct Parts
    {
        QString caller;
        QString callee;
        QDateTime when; // invalid when the template has no {date}
        QString uniqueid;
    };
    static std::optional<Parts> parse(const QString& pattern, const QString& fileName);
    // Empty when the template is usable, else why not (English; the ui has its words).
    enum class Problem
    {
        None,
        Empty,
        NoPlaceholder, // every call would write the same file
        UnknownPlaceholder, // "{calller}"
        Directory, // a '/' : MixMonitor would need folders that do not exist
    };
    static Problem check(const QString& pattern);
};
