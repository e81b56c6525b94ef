// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "demo/DemoPbx.h"
#include "ui/dialogs/ConnectionTester.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allGood();
    void missingPermissionsAreNamed();
    void wrongSecret();
    void refused();
    void unknownHost();
    void listsTheRecordedPhones();
    void listsTheDemoOfficesPhones();

private:
    ServerConfig config(quint16 port) const;
};

ServerConfig TestConnectionTester::config(quint16 port) const
{
    ServerConfig c;
    c.id = QStringLiteral("main");
    c.host = QStringLiteral("127.0.0.1");
    c.port = port;
    c.username = QStringLiteral("panel");
    return c;
}

void TestConnectionTester::allGood()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    // Asterisk answers a parameterless action with the missing parameter, not a permission error.
    server.setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Channel not specified"}});
    });
    server.setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Channel not specified"}});
    });
    server.setHandler("QueuePause", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Need 'Interface' parameter."}});
    });
    ConnectionTester tester;
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(config(server.port()), QStringLiteral("panelpass"));
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(done.first().at(2).toStringList(), QStringList());
    // The probes carried no parameter at all: nothing could have been dialled.
    const QList<AmiMessage> originates = server.receivedActions("Originate");
    QCOMPARE(originates.size(), 1);
    QVERIFY(!originates.first().contains("Channel"));
}

void TestConnectionTester::missingPermissionsAreNamed()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    auto denied = [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    };
    server.setHandler("Originate", denied);
    server.setHandler("Redirect", denied);
    server.setHandler("QueuePause", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Need 'Interface' parameter."}});
    });
    ConnectionTester tester;
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(config(server.port()), QStringLiteral("panelpass"));
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(done.first().at(2).toStringList(),
        (QStringList {QStringLiteral("call"), QStringLiteral("originate")}));
    QVERIFY(done.first().at(1).toString().contains(QLatin1String("originate")));
}

void TestConnectionTester::wrongSecret()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setAuthFailureDelayMs(0);
    ConnectionTester tester;
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(config(server.port()), QStringLiteral("not-the-secret"));
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).toBool(), false);
    // Asterisk's own words are in the sentence.
    QVERIFY2(done.first().at(1).toString().contains(QLatin1String("Authentication failed")),
        qPrintable(done.first().at(1).toString()));
}

void TestConnectionTester::refused()
{
    // A port that was free a moment ago: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ConnectionTester tester;
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(config(port), QStringLiteral("x"));
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(done.first().at(1).toString().contains(QLatin1String("refused")),
        qPrintable(done.first().at(1).toString()));
}

void TestConnectionTester::unknownHost()
{
    ServerConfig c = config(5038);
    c.host = QStringLiteral("no-such-host.invalid");
    ConnectionTester tester;
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(c, QStringLiteral("x"));
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(done.first().at(1).toString().contains(QLatin1String("DNS")),
        qPrintable(done.first().at(1).toString()));
}

// First start offers the PBX's phones instead of assuming PJSIP/1000 (issue 17):
// the recorded ExtensionStateList has 1000-1006, 1006 unplugged (Status 4), and
// parking spaces and custom states that are no phones.
void TestConnectionTester::listsTheRecordedPhones()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    QVERIFY(server.loadTranscript(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/02-ExtensionStateList")));
    ConnectionTester tester;
    QSignalSpy phones(&tester, &ConnectionTester::phonesFound);
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(config(server.port()), QStringLiteral("panelpass"));
    QVERIFY(done.wait());
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(phones.size(), 1);
    const auto list = phones.first().at(0).value<QList<DeskPhone>>();
    QStringList got;
    for (const DeskPhone& p : list)
        got << p.device + u' ' + p.extension
                + (p.registered ? QStringLiteral(" up") : QStringLiteral(" down"));
    QCOMPARE(got,
        (QStringList {QStringLiteral("PJSIP/1000 1000 up"), QStringLiteral("PJSIP/1001 1001 up"),
            QStringLiteral("PJSIP/1002 1002 up"), QStringLiteral("PJSIP/1003 1003 up"),
            QStringLiteral("PJSIP/1004 1004 up"), QStringLiteral("PJSIP/1005 1005 up"),
            QStringLiteral("PJSIP/1006 1006 down")}));
    QCOMPARE(server.receivedActions("ExtensionStateList").size(), 1);
}

void TestConnectionTester::listsTheDemoOfficesPhones()
{
    DemoPbx demo;
    demo.setExtensionCount(12);
    QVERIFY(demo.start());
    ServerConfig c = config(demo.serverPort());
    c.host = demo.serverAddress().toString();
    c.username = QStringLiteral("demo");
    ConnectionTester tester;
    QSignalSpy phones(&tester, &ConnectionTester::phonesFound);
    QSignalSpy done(&tester, &ConnectionTester::finished);
    tester.start(c, QStringLiteral("demo"));
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(phones.size(), 1);
    const auto list = phones.first().at(0).value<QList<DeskPhone>>();
    QCOMPARE(list.size(), 12); // one per person; the DND states and parking spaces are no phones
    for (const DeskPhone& p : list)
        QCOMPARE(p.device, QStringLiteral("PJSIP/") + p.extension);
    QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const DeskPhone& p) { return p.registered; }));
}

QTEST_MAIN(TestConnectionTester)
#include "TestConnectionTester.moc"
