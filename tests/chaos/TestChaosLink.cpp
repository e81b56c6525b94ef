// SPDX-License-Identifier: GPL-3.0-or-later
// The link itself misbehaves between the real PbxServer and the demo office:
// the peer stops answering (half-open), bytes come one at a time, the PBX
// behind the address comes back as another office, and TLS sits in the path.
// After each the state must equal a fresh client's view of the same PBX.
#include "ChaosDesk.h"
#include "ChaosOffice.h"
#include "ChaosProxy.h"
#include "core/ami/AmiClient.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using Direction = ChaosProxy::Direction;
using Error = AmiClient::Error;

namespace {
constexpr quint32 OfficeSeed = 19;
constexpr quint32 OtherSeed = 7;
constexpr double EventsPerSecond = 150;

// A certificate for 127.0.0.1, made by openssl for this run.
bool makeCertificate(const QTemporaryDir& dir, QString* certFile, QString* keyFile)
{
    *certFile = dir.filePath(QStringLiteral("proxy.crt"));
    *keyFile = dir.filePath(QStringLiteral("proxy.key"));
    QProcess req;
    req.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), *keyFile,
            QStringLiteral("-out"), *certFile, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Attendant chaos"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return req.waitForFinished(60000) && req.exitCode() == 0;
}
} // namespace

class TestChaosLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void halfOpenIsDetectedByTheKeepalive();
    void slowLinkOneByteAtATime();
    void pbxComesBackAsAnotherOffice();
    void tlsInThePath();
    void tlsTerminatedByThePbx();

private:
    void expectSameAsFresh(ChaosDesk& desk, quint16 pbxPort, const QString& tlsCaFile = {});

    std::unique_ptr<ChaosOffice> m_office;
};

void TestChaosLink::initTestCase()
{
    quietClientLogs();
    m_office = std::make_unique<ChaosOffice>(OfficeSeed, 40, EventsPerSecond);
    QVERIFY(m_office->start());
    m_office->advance(60000); // calls, queue callers and parked calls
}

void TestChaosLink::expectSameAsFresh(ChaosDesk& desk, quint16 pbxPort, const QString& tlsCaFile)
{
    QVERIFY(desk.waitReady());
    QVERIFY(desk.barrier());
    const StateDiff diff = desk.compareWithFresh(pbxPort, tlsCaFile);
    QVERIFY2(diff.isClean(), qPrintable(diff.describe()));
}

void TestChaosLink::halfOpenIsDetectedByTheKeepalive()
{
    ChaosProxy proxy;
    QVERIFY(proxy.listen(m_office->port()));
    ChaosDesk desk(proxy.port());
    desk.setKeepalive(300, 300);
    desk.start();
    QVERIFY(desk.waitReady());
    // Busy office, then the network dies silently: no FIN, no RST, nothing.
    m_office->setTraffic(true);
    proxy.makeLiveHalfOpen();
    AmiClient* client = desk.server()->client();
    QList<Error> errors;
    connect(client, &AmiClient::errorOccurred, this, [&](Error error) {
        errors.append(error);
        m_office->setTraffic(false);
    });
    QVERIFY(waitUntil([&] { return !errors.isEmpty(); }));
    QCOMPARE(errors.first(), Error::KeepaliveTimeout);
    QVERIFY(waitUntil([&] { return proxy.acceptedCount() == 2; }));
    expectSameAsFresh(desk, m_office->port());
    QCOMPARE(errors.size(), 1);
}

void TestChaosLink::slowLinkOneByteAtATime()
{
    ChaosProxy proxy;
    QVERIFY(proxy.listen(m_office->port()));
    proxy.setSlowLink(0); // one byte per event loop turn, both ways
    ChaosDesk desk(proxy.port());
    desk.start();
    expectSameAsFresh(desk, m_office->port());
    qInfo("login and resync one byte at a time: %lld bytes", proxy.liveForwarded(Direction::ServerToClient));
    QVERIFY(proxy.liveForwarded(Direction::ServerToClient) > 10000);
    QCOMPARE(proxy.acceptedCount(), 1);
}

void TestChaosLink::pbxComesBackAsAnotherOffice()
{
    ChaosProxy proxy;
    QVERIFY(proxy.listen(m_office->port()));
    ChaosDesk desk(proxy.port());
    desk.start();
    QVERIFY(desk.waitReady());
    const QStringList before = desk.state().callIds();
    QVERIFY(desk.state().extension(QStringLiteral("1030@phones")));
    QVERIFY(!before.isEmpty());

    // Same address, another PBX: 24 extensions, other people, other calls.
    ChaosOffice other(OtherSeed, 24, EventsPerSecond);
    QVERIFY(other.start());
    other.advance(60000);
    proxy.setUpstreamPort(other.port());
    proxy.cutAll();
    QVERIFY(waitUntil([&] { return proxy.acceptedCount() == 2; }));
    expectSameAsFresh(desk, other.port());
    // Nothing of the first office remains: its extension 1030, its calls.
    QVERIFY(!desk.state().extension(QStringLiteral("1030@phones")));
    const std::unique_ptr<ChaosDesk> fresh = ChaosDesk::startFresh(other.port());
    QVERIFY(fresh);
    QCOMPARE(desk.state().extensions().size(), fresh->state().extensions().size());
    const QStringList after = desk.state().callIds();
    const QSet<QString> stale
        = QSet<QString>(before.cbegin(), before.cend()) & QSet<QString>(after.cbegin(), after.cend());
    QVERIFY2(stale.isEmpty(), qPrintable(QStringList(stale.cbegin(), stale.cend()).join(QLatin1Char(' '))));
    QVERIFY(!after.isEmpty());
}

void TestChaosLink::tlsInThePath()
{
    QTemporaryDir dir;
    QString certFile;
    QString keyFile;
    QVERIFY(makeCertificate(dir, &certFile, &keyFile));
    ChaosProxy proxy;
    QVERIFY(proxy.listenTls(m_office->port(), certFile, keyFile));
    ChaosDesk desk(proxy.port());
    desk.useTls(certFile);
    desk.start();
    expectSameAsFresh(desk, m_office->port());
    // A cut in the middle of the resync's lists, inside the TLS stream.
    const qint64 resync = proxy.liveForwarded(Direction::ServerToClient);
    proxy.cutNextConnectionAt(Direction::ServerToClient, resync / 2);
    m_office->setTraffic(true);
    desk.server()->client()->reconnectNow();
    QVERIFY(waitUntil([&] { return proxy.cutCount() == 1 && proxy.acceptedCount() == 3; }));
    m_office->setTraffic(false);
    expectSameAsFresh(desk, m_office->port());
    QVERIFY(desk.server()->client()->settings().tls);
}

void TestChaosLink::tlsTerminatedByThePbx()
{
    // The PBX speaks TLS itself (Asterisk's tlsenable); the proxy only forwards
    // the encrypted records, so its cuts fall inside them.
    QTemporaryDir dir;
    QString certFile;
    QString keyFile;
    QVERIFY(makeCertificate(dir, &certFile, &keyFile));
    ChaosOffice office(OfficeSeed, 40, EventsPerSecond);
    office.pbx()->setTls(certFile, keyFile);
    QVERIFY(office.start());
    office.advance(60000);
    ChaosProxy proxy;
    QVERIFY(proxy.listen(office.port()));
    QByteArray lastTail; // the bytes right before the last cut, as they crossed the proxy
    connect(
        &proxy, &ChaosProxy::cut, this, [&](Direction, qint64, const QByteArray& tail) { lastTail = tail; });
    ChaosDesk desk(proxy.port());
    desk.useTls(certFile);
    desk.start();
    expectSameAsFresh(desk, office.port(), certFile);
    // A cut in the middle of the resync's encrypted lists, and one in the live stream.
    const qint64 resync = proxy.liveForwarded(Direction::ServerToClient);
    proxy.cutNextConnectionAt(Direction::ServerToClient, resync / 2);
    office.setTraffic(true);
    desk.server()->client()->reconnectNow();
    QVERIFY(waitUntil([&] { return proxy.cutCount() == 1 && proxy.acceptedCount() == 3; }));
    office.setTraffic(false);
    expectSameAsFresh(desk, office.port(), certFile);
    office.setTraffic(true);
    proxy.cutLiveAfter(Direction::ServerToClient, 5000);
    QVERIFY(waitUntil([&] { return proxy.cutCount() == 2 && proxy.acceptedCount() == 4; }));
    office.setTraffic(false);
    expectSameAsFresh(desk, office.port(), certFile);
    // A cut three bytes into what the client sends: inside the TLS handshake,
    // whose record header (0x16, version 3.x) is what crossed, not "Act"(ion: Login).
    proxy.cutNextConnectionAt(Direction::ClientToServer, 3);
    desk.server()->client()->reconnectNow();
    QVERIFY(waitUntil([&] { return proxy.cutCount() == 3 && proxy.acceptedCount() == 6; }));
    QCOMPARE(lastTail.size(), 3);
    QCOMPARE(lastTail.at(0), '\x16');
    QCOMPARE(lastTail.at(1), '\x03');
    expectSameAsFresh(desk, office.port(), certFile);
}

QTEST_GUILESS_MAIN(TestChaosLink)
#include "TestChaosLink.moc"
