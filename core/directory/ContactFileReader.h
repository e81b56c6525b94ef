// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/ContactFileParser.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <functional>

class QThread;

// One read of a contact file, as FileDirectory asks for it on its worker
// thread: the file is read only up to its size limit, hashed, and parsed only
// when its content differs from the last read.
struct ContactFileRead
{
    enum class Format
    {
        Auto, // vCard for .vcf/.vcard or a file starting with BEGIN:VCARD, else CSV
        Csv,
        VCard,
    };
    enum class Status
    {
        Parsed,
        Unchanged, // same bytes as lastHash: nothing parsed
        Unreadable, // errorText says why
        TooLarge, // over maxBytes: not read
        TooManyEntries, // over limits.maxEntries: the contacts are not used
        Cancelled,
    };

    struct Request
    {
        QString path;
        QString sourceId;
        Format format = Format::Auto;
        QByteArray lastHash;
        qint64 maxBytes = 0;
        ContactFileLimits limits;
    };

    Status status = Status::Unreadable;
    QByteArray hash; // of the bytes read (Parsed, Unchanged, TooManyEntries)
    qint64 size = 0; // bytes on disk
    QString errorText;
    ContactFileResult result;
    const QThread* parsedOn = nullptr; // the thread that ran the parser

    // beforeParsing runs once the content is known to have changed.
    static ContactFileRead read(const Request& request, const std::function<void()>& beforeParsing = {});
};

Q_DECLARE_METATYPE(ContactFileRead)
