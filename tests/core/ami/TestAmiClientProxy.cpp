// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient through astmanproxy: FakeAmiServer in Astmanproxy flavour and
// the recorded captures in tests/data/astmanproxy.
#include "AmiClientTestHelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using State = AmiClient::State;
using Error = AmiClient::Error;
using Result = AmiAction::Result;

namespace {

QByteArray capture(const char* name)
{
    QFile file(QStringLiteral(ATTENDANT_TEST_DATA "/astmanproxy/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A capture's bytes after the proxy's banner and the capture's own login reply.
QByteArray afterLogin(const QByteArray& recv)
{
    const qsizetype loginEnd = recv.indexOf("Message: Authentication accepted\r\n\r\n");
    return loginEnd < 0 ? QByteArray() : recv.mid(loginEnd + 36);
}

void useProxy(FakeAmiServer& server)
{
    server.setFlavour(FakeAmiServer::Flavour::Astmanproxy); // users desk1, desk2
}

} // namespace

class TestAmiClientProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoDetectsProxyFromLateBanner_data();
    void autoDetectsProxyFromLateBanner();
    void forcedProxyModeOmitsEventsInLogin();
    void neverSendsActionEvents();
    void foreignRepliesAndListItemsDropped();
    void twoDesksOnOneProxy();
    void recordedTwoClientsCapture();
    void resyncSignals_data();
    void resyncSignals();
    void recordedUpstreamLossCapture();
    void timeoutKeepsSessionKeepaliveDecides();
    void logoffAnsweredByGoodbyeBlock();
    void proxyShutdownMessageThenEof();
};

void TestAmiClientProxy::autoDetectsProxyFromLateBanner_data()
{
    QTest::addColumn<bool>("md5");
    QTest::newRow("plaintext") << false;
    QTest::newRow("challenge/md5 over the proxy's secret") << true;
}

void TestAmiClientProxy::autoDetectsProxyFromLateBanner()
{
    QFETCH(bool, md5);
    FakeAmiServer server;
    useProxy(server);
    server.setBannerDelayMs(200); // the proxy waits for a TLS hello first
    server.setChallenge("180428938");
    QVERIFY(server.listen());
    ClientFixture f(server,
        md5 ? AmiConnectionSettings::AuthMode::Md5Challenge : AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy loggedIn(f.client.get(), &AmiClient::loggedIn);
    QSignalSpy banner(f.client.get(), &AmiClient::bannerReceived);
    // Ready although no FullyBooted ever comes.
    QVERIFY(f.connectAndWaitReady());
    QCOMPARE(banner.count(), 1);
    QCOMPARE(banner[0][0].toString(), QStringLiteral("Asterisk Call Manager Proxy/1.22pre081119"));
    QVERIFY(f.client->isProxy());
    QCOMPARE(loggedIn.count(), 1);
    const QList<AmiMessage> logins = server.receivedActions("Login");
    QCOMPARE(logins.size(), 1);
    QVERIFY(!logins[0].contains("Events")); // ignored by the proxy, and it would mislead
    if (md5) {
        QCOMPARE(logins[0].rawValue("Key").toByteArray(),
            QCryptographicHash::hash("180428938desk1pass", QCryptographicHash::Md5).toHex());
    }
    // ActionID-first replies with Server: still correlate.
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);
    QCOMPARE(ping->response.value("Server"), QStringLiteral("127.0.0.1"));
}

void TestAmiClientProxy::forcedProxyModeOmitsEventsInLogin()
{
    // A profile flag forces proxy mode even if the banner were unusual.
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.settings.proxyMode = AmiConnectionSettings::ProxyMode::Astmanproxy;
    f.settings.eventMask = QStringLiteral("off");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QVERIFY(f.connectAndWaitReady());
    QVERIFY(f.client->isProxy());
    QVERIFY(!server.receivedActions("Login").value(0).contains("Events"));
}

void TestAmiClientProxy::neverSendsActionEvents()
{
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QVERIFY(f.connectAndWaitReady());
    auto events = track(f.client->send(AmiRequest("Events").set("EventMask", QStringLiteral("off"))));
    auto lower = track(f.client->send(AmiRequest("events").set("EventMask", QStringLiteral("on"))));
    QTRY_COMPARE(events->finishedCount, 1);
    QTRY_COMPARE(lower->finishedCount, 1);
    QCOMPARE(events->result, Result::Invalid);
    QCOMPARE(lower->result, Result::Invalid);
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QVERIFY(server.receivedActions("Events").isEmpty());
    QVERIFY(!server.receivedBytes().contains("EventMask"));
}

void TestAmiClientProxy::foreignRepliesAndListItemsDropped()
{
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QVERIFY(f.connectAndWaitReady());
    server.sendForeignReplies("B-ping-1");
    server.sendEvent("UserEvent", {{"Privilege", "user,all"}, {"UserEvent", "ProxyLabTick"}});
    QTRY_COMPARE(events.count(), 1);
    QCOMPARE(events[0][0].value<AmiMessage>().value("UserEvent"), QStringLiteral("ProxyLabTick"));
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);
    QCOMPARE(events.count(), 1);
}

void TestAmiClientProxy::twoDesksOnOneProxy()
{
    // Every reply goes to every client of the proxy (08-two-clients).
    FakeAmiServer server;
    useProxy(server);
    server.setHandler("ExtensionStateList", [](const AmiMessage& a) {
        const QByteArrayView id = a.actionId();
        QByteArray bytes = FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", id},
            {"EventList", "start"}, {"Message", "Extension Statuses will follow"}});
        for (const char* exten : {"1000", "1001", "1002"}) {
            bytes += FakeAmiServer::packet({{"Event", "ExtensionStatus"}, {"ActionID", id}, {"Exten", exten},
                {"Context", "phones"}, {"Status", "0"}, {"StatusText", "Idle"}});
        }
        bytes += FakeAmiServer::packet({{"Event", "ExtensionStateListComplete"}, {"ActionID", id},
            {"EventList", "Complete"}, {"ListItems", "3"}});
        return bytes;
    });
    server.setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()},
            {"Message", "Originate successfully queued"}});
    });
    QVERIFY(server.listen());
    ClientFixture desk1(server, AmiConnectionSettings::AuthMode::Plaintext);
    desk1.settings.username = QStringLiteral("desk1");
    desk1.apply();
    desk1.client->setSecret(QStringLiteral("desk1pass"));
    ClientFixture desk2(server, AmiConnectionSettings::AuthMode::Plaintext);
    desk2.settings.username = QStringLiteral("desk2");
    desk2.apply();
    desk2.client->setSecret(QStringLiteral("desk2pass"));
    QVERIFY(desk1.connectAndWaitReady());
    QVERIFY(desk2.connectAndWaitReady());
    QVERIFY(desk1.client->actionIdPrefix() != desk2.client->actionIdPrefix());
    QSignalSpy events1(desk1.client.get(), &AmiClient::eventReceived);
    QSignalSpy events2(desk2.client.get(), &AmiClient::eventReceived);

    auto list
        = track(desk1.client->send(AmiRequest("ExtensionStateList", AmiRequest::Completion::EventList)));
    auto ping2 = track(desk2.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(list->finishedCount, 1);
    QTRY_COMPARE(ping2->finishedCount, 1);
    QCOMPARE(list->result, Result::Success);
    QCOMPARE(list->events.size(), 3);
    QCOMPARE(ping2->result, Result::Success);

    // desk1's Originate: the OriginateResponse (a broadcast event) reaches both.
    QByteArray originateId;
    auto originate
        = track(desk1.client->send(AmiRequest("Originate").set("Channel", QStringLiteral("PJSIP/1001"))));
    QTRY_COMPARE(originate->finishedCount, 1);
    originateId = originate->actionId;
    server.sendRaw(FakeAmiServer::packet({{"Event", "OriginateResponse"}, {"Privilege", "call,all"},
        {"ActionID", originateId}, {"Response", "Success"}, {"Channel", "PJSIP/1001-00000001"},
        {"Reason", "4"}, {"Server", "127.0.0.1"}}));
    QTRY_COMPARE(events1.count(), 1);
    QTRY_COMPARE(events2.count(), 1);
    QCOMPARE(events1[0][0].value<AmiMessage>().actionId(), QByteArrayView(originateId));
    // None of desk1's list items leaked into desk2's events, nor its replies into desk2's actions.
    auto ping2b = track(desk2.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping2b->finishedCount, 1);
    QCOMPARE(events2.count(), 1);
    QCOMPARE(events1.count(), 1);
}

void TestAmiClientProxy::recordedTwoClientsCapture()
{
    // desk2's real stream: desk1's Ping replies, UserEvent reply, 29 list
    // items and their Complete, interleaved with broadcast UserEvents.
    const QByteArray recv = capture("08-two-clients.proxy-desk2.recv");
    QVERIFY(!recv.isEmpty());
    const QByteArray stream = afterLogin(recv);
    QVERIFY(!stream.isEmpty());
    int broadcast = 0;
    {
        AmiParser parser;
        parser.feed(stream);
        QList<AmiMessage> all;
        parser.takeMessages(all);
        for (const AmiMessage& m : std::as_const(all))
            broadcast += (m.isEvent() && m.contains("Privilege")) ? 1 : 0;
    }
    QVERIFY(broadcast > 0);

    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk2");
    f.apply();
    f.client->setSecret(QStringLiteral("desk2pass"));
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QSignalSpy resync(f.client.get(), &AmiClient::resyncRequired);
    QVERIFY(f.connectAndWaitReady());
    server.sendRaw(stream);
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);
    QCOMPARE(events.count(), broadcast);
    for (const QList<QVariant>& args : std::as_const(events))
        QVERIFY(args[0].value<AmiMessage>().eventName() != "ExtensionStatus");
    QCOMPARE(resync.count(), 0);
    QCOMPARE(f.client->state(), State::LoggedIn);
}

void TestAmiClientProxy::resyncSignals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    const QByteArray accepted(
        "Response: Success\r\nMessage: Authentication accepted\r\nServer: 127.0.0.1\r\n\r\n");
    const QByteArray booted("Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\nServer: "
                            "127.0.0.1\r\n\r\n");
    const QByteArray tick("Event: FakeTick\r\nPrivilege: system,all\r\nTick: 2\r\nServer: 127.0.0.1\r\n\r\n");
    QTest::newRow("unsolicited Authentication accepted") << accepted << 1;
    QTest::newRow("FullyBooted mid-session") << booted << 1;
    QTest::newRow("banner glued onto an event") << QByteArray("Asterisk Call Manager/11.0.0\r\n" + tick) << 1;
    QTest::newRow("all three, one upstream re-login")
        << QByteArray("Asterisk Call Manager/11.0.0\r\n" + accepted + booted + tick) << 1;
    QTest::newRow("someone else's login reply") << QByteArray("ActionID: login-desk2\r\nResponse: Success\r\n"
                                                              "Message: Authentication accepted\r\n\r\n")
                                                << 0;
    QTest::newRow("an ordinary event") << tick << 0;
}

void TestAmiClientProxy::resyncSignals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy resync(f.client.get(), &AmiClient::resyncRequired);
    QVERIFY(f.connectAndWaitReady());
    server.sendRaw(bytes);
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(resync.count(), expected);
    QCOMPARE(f.client->state(), State::LoggedIn);
}

void TestAmiClientProxy::recordedUpstreamLossCapture()
{
    // 13-upstream-loss: after the gap the proxy glued Asterisk's banner onto a
    // FakeTick, then sent "Authentication accepted" and FullyBooted.
    const QByteArray stream = afterLogin(capture("13-upstream-loss.client.recv"));
    QVERIFY(stream.contains("Asterisk Call Manager/11.0.0\r\nEvent: FakeTick"));
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy resync(f.client.get(), &AmiClient::resyncRequired);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QVERIFY(f.connectAndWaitReady());
    server.sendRaw(stream);
    QVERIFY(resync.wait(5000));
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(resync.count(), 1);
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
        [](const QList<QVariant>& args) { return args[0].value<AmiMessage>().eventName() == "FakeTick"; }));
    QCOMPARE(f.client->state(), State::LoggedIn);
}

void TestAmiClientProxy::timeoutKeepsSessionKeepaliveDecides()
{
    // Upstream gone: the proxy keeps the socket open and answers nothing.
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.settings.pingIntervalMs = 20000;
    f.settings.pingTimeoutMs = 10000;
    f.settings.actionTimeoutMs = 5000;
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QVERIFY(f.connectAndWaitReady());
    server.setSilent(true);
    auto list = track(f.client->send(AmiRequest("CoreShowChannels", AmiRequest::Completion::EventList)));
    QTRY_COMPARE(server.receivedActions("CoreShowChannels").size(), 1);
    f.clock.advance(5000);
    QCOMPARE(list->finishedCount, 1);
    QCOMPARE(list->result, Result::Timeout);
    QCOMPARE(f.client->state(), State::LoggedIn);
    QCOMPARE(errors.count(), 0);
    f.clock.advance(15000); // 20 s of silence: Ping
    QTRY_COMPARE(server.receivedActions("Ping").size(), 1);
    f.clock.advance(10000);
    QCOMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::KeepaliveTimeout);
}

void TestAmiClientProxy::logoffAnsweredByGoodbyeBlock()
{
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QVERIFY(f.connectAndWaitReady());
    f.client->disconnectFromServer();
    QCOMPARE(f.client->state(), State::LoggingOff);
    QTRY_COMPARE(f.client->state(), State::Disconnected);
    QCOMPARE(server.receivedActions("Logoff").size(), 1);
    QCOMPARE(errors.count(), 0);
    f.clock.advance(3600000);
    QCOMPARE(f.client->state(), State::Disconnected);
}

void TestAmiClientProxy::proxyShutdownMessageThenEof()
{
    FakeAmiServer server;
    useProxy(server);
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(QStringLiteral("desk1pass"));
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QVERIFY(f.connectAndWaitReady());
    server.sendRaw("ProxyMessage: Proxy Shutting Down\r\n\r\n");
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::RemoteClosed);
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
}

QTEST_GUILESS_MAIN(TestAmiClientProxy)
#include "TestAmiClientProxy.moc"
