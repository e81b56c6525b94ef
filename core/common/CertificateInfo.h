// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QSslCertificate;

// What a person needs to decide about a certificate the system does not
// trust (AMI over TLS, LDAPS/StartTLS): who it names, who signed it, how long
// it is valid, the exact verification errors and its SHA-256 fingerprint,
// which is what gets pinned once the person accepts it.
struct CertificateInfo
{
    QString peer; // "pbx.example.org:5039", "ldaps://dir.example.org"
    QByteArray sha256; // hex, lower case
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList errors; // as the TLS library words them

    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:…", the form openssl and browsers show.
    QString fingerprintText() const { return formatFingerprint(sha256); }

    static CertificateInfo fromCertificate(
        const QSslCertificate& certificate, const QString& peer, const QStringList& errors);
    // DER bytes (as libldap hands them over); null info when they are no certificate.
    static CertificateInfo fromDer(const QByteArray& der, const QString& peer, const QStringList& errors);
    static QString formatFingerprint(QByteArrayView sha256Hex);
    // True when the certificate's SHA-256 equals the pin (hex, any case, ':' allowed).
    static bool matchesPin(const QByteArray& der, QByteArrayView pin);
    static QByteArray normalisedPin(QByteArrayView pin);
};

Q_DECLARE_METATYPE(CertificateInfo)
