// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/ContactFileReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QThread>

namespace {

bool isVCard(const ContactFileRead::Request& request, const QString& text)
{
    if (request.format != ContactFileRead::Format::Auto)
        return request.format == ContactFileRead::Format::VCard;
    return request.path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)
        || request.path.endsWith(QLatin1String(".vcard"), Qt::CaseInsensitive)
        || QStringView(text).left(64).trimmed().startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
}

} // namespace

ContactFileRead ContactFileRead::read(const Request& request, const std::function<void()>& beforeParsing)
{
    ContactFileRead r;
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.errorText = file.errorString();
        return r;
    }
    r.size = file.size();
    if (r.size > request.maxBytes) {
        r.status = Status::TooLarge;
        return r;
    }
    // The file may grow while it is read: never more than the limit.
    const QByteArray bytes = file.read(request.maxBytes + 1);
    if (bytes.size() > request.maxBytes) {
        r.size = qMax(r.size, qint64(bytes.size()));
        r.status = Status::TooLarge;
        return r;
    }
    r.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    if (r.hash == request.lastHash) {
        r.status = Status::Unchanged;
        return r;
    }
    if (beforeParsing)
        beforeParsing();
    r.parsedOn = QThread::currentThread();
    const QString text = decodeContactFile(bytes);
    r.result = isVCard(request, text) ? parseVCardContacts(text, request.sourceId, request.limits)
                                      : parseCsvContacts(text, request.sourceId, request.limits);
    r.status = r.result.cancelled ? Status::Cancelled
        : r.result.tooManyEntries ? Status::TooManyEntries
                                  : Status::Parsed;
    return r;
}
