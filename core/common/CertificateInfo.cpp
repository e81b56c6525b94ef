// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/CertificateInfo.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace {

QString names(const QSslCertificate& c, bool issuer)
{
    // "CN=…, O=…": enough to recognise a PBX's own self-signed certificate.
    QStringList parts;
    for (const auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization,
             QSslCertificate::OrganizationalUnitName}) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        if (!values.isEmpty())
            parts.append(values.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1String(" / "));
}

} // namespace

CertificateInfo CertificateInfo::fromCertificate(
    const QSslCertificate& certificate, const QString& peer, const QStringList& errors)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.peer = peer;
    info.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    info.subject = names(certificate, false);
    info.issuer = names(certificate, true);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.errors = errors;
    return info;
}

CertificateInfo CertificateInfo::fromDer(
    const QByteArray& der, const QString& peer, const QStringList& errors)
{
    return fromCertificate(QSslCertificate(der, QSsl::Der), peer, errors);
}

QString CertificateInfo::formatFingerprint(QByteArrayView sha256Hex)
{
    const QByteArray upper = sha256Hex.toByteArray().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < upper.size(); i += 2)
        pairs.append(QString::fromLatin1(upper.mid(i, 2)));
    return pairs.join(u':');
}

bool CertificateInfo::matchesPin(const QByteArray& der, QByteArrayView pin)
{
    const QByteArray wanted = normalisedPin(pin);
    return !der.isEmpty() && !wanted.isEmpty()
        && QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex() == wanted;
}

QByteArray CertificateInfo::normalisedPin(QByteArrayView pin)
{
    return pin.toByteArray().replace(':', QByteArray()).trimmed().toLower();
}
