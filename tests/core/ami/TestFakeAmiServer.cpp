// SPDX-License-Identifier: GPL-3.0-or-later
// The fake is only worth its tests if it is faithful: a raw socket sends the
// exact bytes a recorded client sent, and must get back the exact bytes the
// real Asterisk 22.10.1 / astmanproxy sent.
#include "FakeAmiServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

QByteArray readData(const QString& relative)
{
    QFile file(QStringLiteral(ATTENDANT_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFakeAmiServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysRecordedBytes_data();
    void replaysRecordedBytes();
    void recordsActionsAndRunsHandlers();
};

void TestFakeAmiServer::replaysRecordedBytes_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<bool>("proxy");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<bool>("replayTranscript");
    QTest::addColumn<bool>("serverCloses");

    const QByteArray none;
    QTest::newRow("md5 login, Ping, Logoff")
        << "ami/22.10.1/01-login-md5-challenge" << false << QByteArray("497062806") << false << true;
    QTest::newRow("md5 login with a bad key")
        << "ami/22.10.1/01-login-md5-bad-key" << false << QByteArray("133088475") << false << true;
    QTest::newRow("bad secret") << "ami/22.10.1/01-login-bad-secret" << false << none << false << true;
    QTest::newRow("unknown user") << "ami/22.10.1/01-login-unknown-user" << false << none << false << true;
    QTest::newRow("actions before login")
        << "ami/22.10.1/05-action-before-login" << false << none << false << true;
    QTest::newRow("unknown action, events off") << "ami/22.10.1/02-Queues" << false << none << false << true;
    QTest::newRow("replayed ExtensionStateList")
        << "ami/22.10.1/02-ExtensionStateList" << false << none << true << true;
    QTest::newRow("replayed Command output")
        << "ami/22.10.1/02-Command-pjsip-show-endpoints" << false << none << true << true;
    QTest::newRow("astmanproxy login replies")
        << "astmanproxy/02-login.proxy" << true << none << false << false;
    QTest::newRow("astmanproxy challenge") << "astmanproxy/03-challenge.proxy-desk1-proxysecret" << true
                                           << QByteArray("719885386") << false << false;
    QTest::newRow("astmanproxy Goodbye block")
        << "astmanproxy/09-logoff.proxy-desk1" << true << none << false << true;
}

void TestFakeAmiServer::replaysRecordedBytes()
{
    QFETCH(QString, recording);
    QFETCH(bool, proxy);
    QFETCH(QByteArray, challenge);
    QFETCH(bool, replayTranscript);
    QFETCH(bool, serverCloses);
    const QByteArray sent = readData(recording + QLatin1String(".sent"));
    const QByteArray expected = readData(recording + QLatin1String(".recv"));
    QVERIFY(!sent.isEmpty());
    QVERIFY(!expected.isEmpty());

    FakeAmiServer server;
    if (proxy)
        server.setFlavour(FakeAmiServer::Flavour::Astmanproxy);
    if (!challenge.isEmpty())
        server.setChallenge(challenge);
    if (replayTranscript)
        QVERIFY(server.loadTranscript(QStringLiteral(ATTENDANT_TEST_DATA "/") + recording));
    server.setAuthFailureDelayMs(10);
    QVERIFY(server.listen());

    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_VERIFY(!received.isEmpty()); // the banner, before we speak
    socket.write(sent);
    if (serverCloses)
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
    else
        QTRY_VERIFY(received.size() >= expected.size());
    QCOMPARE(received, expected);
}

void TestFakeAmiServer::recordsActionsAndRunsHandlers()
{
    FakeAmiServer server;
    server.setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    QVERIFY(server.listen());
    QSignalSpy actions(&server, &FakeAmiServer::actionReceived);
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_VERIFY(received.endsWith("\r\n"));
    socket.write("Action: Login\r\nActionID: l\r\nUsername: panel\r\nSecret: panelpass\r\nEvents: off\r\n\r\n"
                 "Action: Redirect\r\nActionID: r1\r\nChannel: PJSIP/1002-00000004\r\nExten: 1003\r\n"
                 "Context: phones\r\nPriority: 1\r\n\r\n");
    QTRY_COMPARE(actions.count(), 2);
    QTRY_VERIFY(received.endsWith("Message: Redirect successful\r\n\r\n"));
    QVERIFY(received.contains("Response: Success\r\nActionID: r1\r\n"));
    QVERIFY(!received.contains("FullyBooted")); // Events: off
    const QList<AmiMessage> redirects = server.receivedActions("redirect");
    QCOMPARE(redirects.size(), 1);
    QCOMPARE(redirects[0].value("Channel"), QStringLiteral("PJSIP/1002-00000004"));
    QCOMPARE(server.loggedInCount(), 1);
    QCOMPARE(server.connectionCount(), 1);

    // Pushed events reach the logged-in client only if its events are on.
    server.sendEvent("Hangup", {{"Channel", "PJSIP/1002-00000004"}});
    server.sendRaw("Event: Raw\r\n\r\n");
    QTRY_VERIFY(received.endsWith("Event: Raw\r\n\r\n"));
    QVERIFY(!received.contains("Event: Hangup"));
}

QTEST_GUILESS_MAIN(TestFakeAmiServer)
#include "TestFakeAmiServer.moc"
