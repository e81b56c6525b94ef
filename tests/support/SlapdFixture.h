// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real OpenLDAP slapd (Debian's /usr/sbin/slapd) for the tests: its own
// slapd.conf, mdb database, certificates and schema in a temporary directory,
// listening on 127.0.0.1 only (ldap:// with StartTLS and ldaps://, random
// free ports). The packaged slapd service is never touched.
//
// Tree: dc=example,dc=com with ou=people holding inetOrgPerson entries
// (most also AsteriskSIPUser, UTF-8 names) and cn=reader,dc=example,dc=com as
// a bind DN. Anonymous users can read everything but mail; bound users mail too.
class SlapdFixture final
{
public:
    struct Options
    {
        int generatedEntries = 0; // extra AsteriskSIPUser entries, loaded with slapadd before start
        int sizeLimit = 1000; // server size limit for unpaged searches (paged ones are unlimited)
    };

    SlapdFixture();
    ~SlapdFixture();
    Q_DISABLE_COPY_MOVE(SlapdFixture)

    // Writes everything, loads the tree and starts the server. False + errorString() on failure.
    bool setUp(const Options& options);
    bool setUp() { return setUp(Options {}); }
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString ldapUrl() const; // ldap://127.0.0.1:<port>
    QString ldapsUrl() const; // ldaps://127.0.0.1:<port>
    QString caFile() const; // PEM of the CA that signed the server certificate
    QString directory() const { return m_dir.path(); }
    // CPU seconds slapd has used so far (for benchmarks), -1 when not running.
    double serverCpuSeconds() const;

    static QString baseDn() { return QStringLiteral("dc=example,dc=com"); }
    static QString peopleDn() { return QStringLiteral("ou=people,dc=example,dc=com"); }
    static QString readerDn() { return QStringLiteral("cn=reader,dc=example,dc=com"); }
    static QString readerPassword() { return QStringLiteral("reader-s3cret"); }
    // How many AsteriskSIPUser / inetOrgPerson entries the fixed part of the tree holds.
    static int fixedSipUsers() { return 5; }
    static int fixedPeople() { return 6; }

private:
    bool run(const QString& program, const QStringList& args);
    bool writeFiles(const Options& options);
    static bool writeConfig(const QString& dir, const Options& options);
    static bool writeTree(const QString& dir, const Options& options);
    bool makeCertificates();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_slapd;
    int m_port = 0;
    int m_tlsPort = 0;
    QString m_error;
};
