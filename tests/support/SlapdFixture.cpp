// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlapdFixture.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <tuple>
#include <unistd.h>

namespace {

// Two distinct free loopback ports (both held open while asking, so the
// kernel cannot hand out the same one twice).
std::pair<int, int> freePorts()
{
    QTcpServer a;
    QTcpServer b;
    if (!a.listen(QHostAddress::LocalHost, 0) || !b.listen(QHostAddress::LocalHost, 0))
        return {0, 0};
    return {a.serverPort(), b.serverPort()};
}

// Our own rendering of the part of Asterisk's LDAP schema (contrib/scripts/
// asterisk.ldap-schema) the directory reads, with Asterisk's OIDs
// (Digium enterprise 22736, .5.4 attribute types, .5.2 object classes).
const char* const asteriskSchema = R"(# Subset of the Asterisk LDAP schema for the Attendant tests.
attributetype ( 1.3.6.1.4.1.22736.5.4.1 NAME 'AstContext'
    DESC 'Asterisk dialplan context'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
attributetype ( 1.3.6.1.4.1.22736.5.4.2 NAME 'AstExtension'
    DESC 'Asterisk dialplan extension'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
attributetype ( 1.3.6.1.4.1.22736.5.4.7 NAME 'AstAccountCallerID'
    DESC 'Caller ID of the account: number or "Name" <number>'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
attributetype ( 1.3.6.1.4.1.22736.5.4.8 NAME 'AstAccountContext'
    DESC 'Dialplan context of the account'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
attributetype ( 1.3.6.1.4.1.22736.5.4.9 NAME 'AstAccountMailbox'
    DESC 'Voicemail box of the account'
    EQUALITY caseIgnoreMatch SUBSTR caseIgnoreSubstringsMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 )
objectclass ( 1.3.6.1.4.1.22736.5.2.1 NAME 'AsteriskExtension'
    DESC 'Asterisk dialplan extension'
    SUP top AUXILIARY
    MUST cn
    MAY ( AstContext $ AstExtension ) )
objectclass ( 1.3.6.1.4.1.22736.5.2.3 NAME 'AsteriskSIPUser'
    DESC 'Asterisk SIP account'
    SUP AsteriskExtension AUXILIARY
    MUST cn
    MAY ( AstAccountCallerID $ AstAccountContext $ AstAccountMailbox ) )
)";

// LDIF (RFC 2849) wants base64 for anything beyond plain ASCII.
QString ldifLine(const QString& attribute, const QString& value)
{
    bool safe = !value.startsWith(QLatin1Char(' ')) && !value.startsWith(QLatin1Char(':'))
        && !value.startsWith(QLatin1Char('<'));
    for (QChar c : value)
        safe = safe && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (safe)
        return attribute + QLatin1String(": ") + value + QLatin1Char('\n');
    return attribute + QLatin1String(":: ") + QString::fromLatin1(value.toUtf8().toBase64())
        + QLatin1Char('\n');
}

struct Person
{
    const char* uid;
    const char* cn;
    const char* sn;
    const char* callerId; // empty: not an AsteriskSIPUser
    const char* extraLdif; // more attribute lines, UTF-8
};

const Person people[] = {
    {"jmueller", "Jürgen Müller", "Müller", "\"Jürgen Müller\" <1001>",
        "mail: juergen.mueller@example.com\ntelephoneNumber: +49 30 1234501\nmobile: +49 170 1234501\n"
        "ou: Vertrieb\ntitle: Leiter Vertrieb\nAstAccountMailbox: 1001@default\nAstAccountContext: users\n"},
    {"asanchez", "Ana Sánchez", "Sánchez", "1002",
        "mail: ana.sanchez@example.com\ndepartmentNumber: Ventas\n"},
    {"fdurand", "François Durand", "Durand", "François Durand <1003>", "ou: Comptabilité\n"},
    {"wzhang", "张伟", "张", "1004", "mail: wei.zhang@example.com\n"},
    {"asterix", "Ast*rix (Gaul)", "Gaul", "1005", ""},
    {"pplain", "Paul Plain", "Plain", "",
        "telephoneNumber: 2000\nhomePhone: +49 30 7770\nmail: paul.plain@example.com\nou: Lager\n"},
};

} // namespace

SlapdFixture::SlapdFixture() = default;

SlapdFixture::~SlapdFixture()
{
    stop();
}

QString SlapdFixture::ldapUrl() const
{
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port);
}

QString SlapdFixture::ldapsUrl() const
{
    return QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort);
}

QString SlapdFixture::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

bool SlapdFixture::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = program + QLatin1String(" failed: ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool SlapdFixture::makeCertificates()
{
    const QString d = m_dir.path() + QLatin1Char('/');
    QFile ext(d + QLatin1String("server.ext"));
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write ") + ext.fileName();
        return false;
    }
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    // EC keys: much faster to generate than RSA, and GnuTLS/OpenSSL both take them.
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    return run(QStringLiteral("openssl"),
               QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                   + QStringList {QStringLiteral("-keyout"), d + QLatin1String("ca.key"),
                       QStringLiteral("-out"), d + QLatin1String("ca.pem"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Attendant Test CA"),
                       QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                       QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
        && run(QStringLiteral("openssl"),
            QStringList {QStringLiteral("req")} + ec
                + QStringList {QStringLiteral("-keyout"), d + QLatin1String("server.key"),
                    QStringLiteral("-out"), d + QLatin1String("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1")})
        && run(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                d + QLatin1String("server.csr"), QStringLiteral("-CA"), d + QLatin1String("ca.pem"),
                QStringLiteral("-CAkey"), d + QLatin1String("ca.key"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), d + QLatin1String("server.pem"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), d + QLatin1String("server.ext")});
}

bool SlapdFixture::writeFiles(const Options& options)
{
    const QString d = m_dir.path() + QLatin1Char('/');
    QDir().mkpath(d + QLatin1String("db"));
    return writeConfig(d, options) && writeTree(d, options);
}

// The Asterisk LDAP schema and slapd.conf (mdb, TLS, the size limit, who may read what).
bool SlapdFixture::writeConfig(const QString& d, const Options& options)
{
    QFile schema(d + QLatin1String("asterisk.schema"));
    if (!schema.open(QIODevice::WriteOnly))
        return false;
    schema.write(asteriskSchema);
    schema.close();

    QFile conf(d + QLatin1String("slapd.conf"));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    QTextStream c(&conf);
    c << "include /etc/ldap/schema/core.schema\n"
      << "include /etc/ldap/schema/cosine.schema\n"
      << "include /etc/ldap/schema/inetorgperson.schema\n"
      << "include " << d << "asterisk.schema\n"
      << "modulepath /usr/lib/ldap\nmoduleload back_mdb\n"
      << "pidfile " << d << "slapd.pid\n"
      << "TLSCACertificateFile " << d << "ca.pem\n"
      << "TLSCertificateFile " << d << "server.pem\n"
      << "TLSCertificateKeyFile " << d
      << "server.key\n"
      // Unpaged searches stop at sizeLimit; paged ones may fetch everything.
      << "sizelimit size.soft=" << options.sizeLimit << " size.hard=" << options.sizeLimit
      << " size.prtotal=unlimited\n"
      << "database mdb\nmaxsize 1073741824\n"
      << "suffix \"" << baseDn() << "\"\n"
      << "rootdn \"cn=admin," << baseDn() << "\"\n"
      << "directory " << d << "db\n"
      << "index objectClass eq\n"
      << "access to attrs=userPassword by anonymous auth by * none\n"
      << "access to attrs=mail by users read by * none\n"
      << "access to * by * read\n";
    c.flush();
    conf.close();
    return true;
}

// tree.ldif: the fixed people, then options.generatedEntries generated ones.
bool SlapdFixture::writeTree(const QString& d, const Options& options)
{
    QFile ldif(d + QLatin1String("tree.ldif"));
    if (!ldif.open(QIODevice::WriteOnly))
        return false;
    QString out;
    out += QLatin1String("dn: dc=example,dc=com\nobjectClass: dcObject\nobjectClass: organization\n"
                         "o: Example\ndc: example\n\n");
    out += QLatin1String("dn: ") + peopleDn()
        + QLatin1String("\nobjectClass: organizationalUnit\nou: people\n\n");
    out += QLatin1String("dn: ") + readerDn()
        + QLatin1String("\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: reader\n")
        + ldifLine(QStringLiteral("userPassword"), readerPassword()) + QLatin1Char('\n');
    for (const Person& p : people) {
        const QString callerId = QString::fromUtf8(p.callerId);
        out += QLatin1String("dn: uid=") + QLatin1String(p.uid) + QLatin1Char(',') + peopleDn()
            + QLatin1String("\nobjectClass: inetOrgPerson\n");
        if (!callerId.isEmpty())
            out += QLatin1String("objectClass: AsteriskSIPUser\n")
                + ldifLine(QStringLiteral("AstAccountCallerID"), callerId);
        out += QLatin1String("uid: ") + QLatin1String(p.uid) + QLatin1Char('\n')
            + ldifLine(QStringLiteral("cn"), QString::fromUtf8(p.cn))
            + ldifLine(QStringLiteral("sn"), QString::fromUtf8(p.sn));
        const QStringList extra = QString::fromUtf8(p.extraLdif).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : extra) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            out += ldifLine(line.left(colon), line.mid(colon + 2));
        }
        out += QLatin1Char('\n');
    }
    ldif.write(out.toUtf8());
    static const char* const departments[] = {"Sales", "Support", "Accounting", "Engineering", "Logistics"};
    for (int i = 0; i < options.generatedEntries; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
        const QByteArray ext = QByteArray::number(100000 + i);
        QByteArray e;
        e += "dn: uid=gen" + n
            + ",ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\n"
              "objectClass: AsteriskSIPUser\nuid: gen"
            + n + "\ncn: Generated Person " + n
            + "\nsn: Person\n"
              "AstAccountCallerID: \"Generated Person "
            + n + "\" <" + ext + ">\nmail: gen" + n + "@example.com\nou: " + departments[i % 5]
            + "\ntelephoneNumber: +49 30 " + ext + "\n\n";
        ldif.write(e);
    }
    ldif.close();
    return true;
}

bool SlapdFixture::setUp(const Options& options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/slapd"))) {
        m_error = QStringLiteral("/usr/sbin/slapd missing: run scripts/install-deps.sh");
        return false;
    }
    if (!makeCertificates())
        return false;
    if (!writeFiles(options)) {
        m_error = QStringLiteral("cannot write the fixture files in ") + m_dir.path();
        return false;
    }
    // Offline bulk load: far faster than ldapadd for 10 k / 100 k entries.
    if (!run(QStringLiteral("/usr/sbin/slapadd"),
            {QStringLiteral("-q"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("slapd.conf")),
                QStringLiteral("-l"), m_dir.filePath(QStringLiteral("tree.ldif"))}))
        return false;
    // Another process may grab a port between asking and slapd binding it: try again with new ones.
    for (int attempt = 0; attempt < 5; ++attempt) {
        std::tie(m_port, m_tlsPort) = freePorts();
        if (start())
            return true;
    }
    return false;
}

bool SlapdFixture::isRunning() const
{
    return m_slapd && m_slapd->state() == QProcess::Running;
}

bool SlapdFixture::start()
{
    if (isRunning())
        return true;
    m_slapd = std::make_unique<QProcess>();
    m_slapd->setProcessChannelMode(QProcess::MergedChannels);
    // -d 0: stay in the foreground (so QProcess owns it) without debug output.
    m_slapd->start(QStringLiteral("/usr/sbin/slapd"),
        {QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("-f"),
            m_dir.filePath(QStringLiteral("slapd.conf")), QStringLiteral("-h"),
            ldapUrl() + QLatin1String("/ ") + ldapsUrl() + QLatin1Char('/')});
    if (!m_slapd->waitForStarted(5000)) {
        m_error = QStringLiteral("slapd did not start: ") + m_slapd->errorString();
        return false;
    }
    // Ready when it accepts connections; waitForFinished doubles as the poll
    // interval and notices an early exit (port taken, bad config).
    for (int attempt = 0; attempt < 500; ++attempt) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(200)) {
            probe.disconnectFromHost();
            return true;
        }
        if (m_slapd->waitForFinished(20)) {
            m_error = QStringLiteral("slapd exited: ") + QString::fromLocal8Bit(m_slapd->readAll());
            return false;
        }
    }
    m_error = QStringLiteral("slapd did not listen on ") + ldapUrl();
    stop();
    return false;
}

void SlapdFixture::stop()
{
    if (!m_slapd)
        return;
    if (m_slapd->state() != QProcess::NotRunning) {
        m_slapd->terminate();
        if (!m_slapd->waitForFinished(10000)) {
            m_slapd->kill();
            m_slapd->waitForFinished(5000);
        }
    }
    m_slapd.reset();
}

double SlapdFixture::serverCpuSeconds() const
{
    if (!isRunning())
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_slapd->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the ")" closing the command name: state is 3rd, utime 14th, stime 15th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}
