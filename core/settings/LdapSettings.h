// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// Which LDAP attribute feeds which contact field. Empty = not read.
struct LdapAttributeMap
{
    QString name = QStringLiteral("cn");
    // Asterisk's "1001" or "\"Name\" <1001>"; gives the extension (and a name fallback).
    QString callerId = QStringLiteral("AstAccountCallerID");
    // A plain extension attribute (Active Directory: ipPhone).
    QString extension;
    QString uid = QStringLiteral("uid");
    QString mail = QStringLiteral("mail");
    QString workPhone = QStringLiteral("telephoneNumber");
    QString mobile = QStringLiteral("mobile");
    QString otherPhone; // homePhone in the inetOrgPerson preset
    // First one present wins.
    QStringList department = {QStringLiteral("ou"), QStringLiteral("departmentNumber")};
    QString title = QStringLiteral("title");
    QString mailbox = QStringLiteral("AstAccountMailbox");
    QString context = QStringLiteral("AstAccountContext");

    // eBox/Zentyal with Asterisk's LDAP schema (the default).
    static LdapAttributeMap zentyal();
    // A plain inetOrgPerson tree: cn, telephoneNumber as the extension, mobile, homePhone, uid, mail, ou.
    static LdapAttributeMap inetOrgPerson();
    // Active Directory: displayName, ipPhone as the extension, telephoneNumber, mobile,
    // sAMAccountName, mail, department.
    static LdapAttributeMap activeDirectory();

    // The attribute list sent with the search (no duplicates, no empties).
    QStringList requestedAttributes() const;
    // Attributes the server-side search matches the typed text against.
    QStringList searchAttributes() const;
};

// One LDAP directory as configured by the user. The bind password is not
// here: it lives in SecretStore under secretKey() and is handed to
// LdapDirectory::setBindPassword().
struct LdapSettings
{
    // The presets of docs/admin.md ("The company directory (LDAP)").
    enum class Preset
    {
        Zentyal,
        InetOrgPerson,
        ActiveDirectory,
    };

    enum class Scope
    {
        Base,
        OneLevel,
        Subtree,
    };
    enum class Encryption
    {
        None, // ldap:// in clear text (only sensible on loopback)
        StartTls, // ldap:// upgraded with StartTLS; fails if the server cannot
        Ldaps, // implied by an ldaps:// URL
    };

    QString sourceId = QStringLiteral("ldap");
    QString url = QStringLiteral("ldap://localhost"); // ldap://host:port or ldaps://host:port
    Encryption encryption = Encryption::StartTls; // ignored for ldaps:// URLs
    // Certificates are always verified (LDAP_OPT_X_TLS_REQUIRE_CERT = demand);
    // a private CA is trusted by naming its PEM file here.
    QString caCertificateFile;
    // SHA-256 (hex) of a certificate the user accepted explicitly: accepted
    // instead of verification only when the server shows exactly this one.
    QByteArray pinnedCertificateSha256;
    QString bindDn; // empty = anonymous bind
    QString baseDn;
    Scope scope = Scope::Subtree;
    QString filter = QStringLiteral("(objectClass=AsteriskSIPUser)");
    int sizeLimit = 0; // entries, 0 = server's limit
    int timeLimitSeconds = 60; // per page, 0 = server's limit
    int pageSize = 500; // RFC 2696 paged results; 0 = no paging
    int networkTimeoutSeconds = 10; // connect timeout
    LdapAttributeMap attributes;
    // Last good result (no secrets). Empty = <CacheLocation>/directory/<sourceId>.json.
    QString cacheFile;
    // Retry when the server is unreachable: initial delay, doubled per attempt up to the maximum.
    int retryInitialMs = 2000;
    int retryMaxMs = 5 * 60 * 1000;

    // Filter and attribute mapping of a preset; everything else default.
    static LdapSettings fromPreset(Preset preset);
    // Key of the bind password in SecretStore.
    QString secretKey() const { return QStringLiteral("ldap/") + sourceId; }
    bool isLdaps() const { return url.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive); }
};
Q_DECLARE_METATYPE(LdapSettings)
