// SPDX-License-Identifier: GPL-3.0-or-later
// The chaos proxy does what its faults say, byte for byte, over real
// loopback sockets: the chaos tests (tests/chaos) rely on it.
#include "ChaosProxy.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Direction = ChaosProxy::Direction;

namespace {
constexpr int WaitMs = 10000;

// The upstream: accepts connections and keeps them.
struct Upstream
{
    QTcpServer server;
    QList<QTcpSocket*> sockets;

    bool listen()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket* s = server.nextPendingConnection())
                sockets.append(s);
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QTcpSocket* last() const { return sockets.isEmpty() ? nullptr : sockets.last(); }
};

// Reads until `bytes` arrived or the socket closed.
QByteArray readUntil(QTcpSocket& socket, qsizetype bytes, bool* closed = nullptr)
{
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.size() >= bytes || socket.state() == QAbstractSocket::UnconnectedState;
        },
        WaitMs);
    got += socket.readAll();
    if (closed)
        *closed = socket.state() == QAbstractSocket::UnconnectedState;
    return got;
}
} // namespace

class TestChaosProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsBothWays();
    void cutAtOffset_data();
    void cutAtOffset();
    void cutLiveAfter();
    void halfOpenKeepsSocketsAndForwardsNothing();
    void slowLinkForwardsOneByteAtATime();
    void newUpstreamForNewConnections();

private:
    bool connectClient(QTcpSocket& client, ChaosProxy& proxy, Upstream& up);
};

bool TestChaosProxy::connectClient(QTcpSocket& client, ChaosProxy& proxy, Upstream& up)
{
    const qsizetype before = up.sockets.size();
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    return client.waitForConnected(WaitMs)
        && QTest::qWaitFor([&] { return up.sockets.size() > before; }, WaitMs);
}

void TestChaosProxy::forwardsBothWays()
{
    Upstream up;
    QVERIFY(up.listen());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(up.server.serverPort()));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, proxy.port());
    client.write("Action: Ping\r\n\r\n"); // may reach the proxy before its upstream answers: it waits there
    QTRY_COMPARE_WITH_TIMEOUT(up.sockets.size(), 1, WaitMs);
    QCOMPARE(readUntil(*up.last(), 16), QByteArray("Action: Ping\r\n\r\n"));
    up.last()->write("Response: Success\r\n\r\n");
    QCOMPARE(readUntil(client, 21), QByteArray("Response: Success\r\n\r\n"));
    QCOMPARE(proxy.acceptedCount(), 1);
    QCOMPARE(proxy.liveConnectionCount(), 1);
    QCOMPARE(proxy.liveForwarded(Direction::ServerToClient), 21);
}

void TestChaosProxy::cutAtOffset_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("offset");
    QTest::newRow("server to client, before the first byte") << Direction::ServerToClient << 0;
    QTest::newRow("server to client, mid-line") << Direction::ServerToClient << 7;
    QTest::newRow("server to client, at the end of a line") << Direction::ServerToClient << 19;
    QTest::newRow("client to server, mid-line") << Direction::ClientToServer << 3;
}

void TestChaosProxy::cutAtOffset()
{
    QFETCH(Direction, direction);
    QFETCH(int, offset);
    Upstream up;
    QVERIFY(up.listen());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(up.server.serverPort()));
    QSignalSpy cuts(&proxy, &ChaosProxy::cut);
    proxy.cutNextConnectionAt(direction, offset);
    QTcpSocket client;
    QVERIFY(connectClient(client, proxy, up));
    const QByteArray message("Response: Success\r\nMessage: Pong\r\n\r\n");
    QTcpSocket* sender = direction == Direction::ServerToClient ? up.last() : &client;
    QTcpSocket* receiver = direction == Direction::ServerToClient ? &client : up.last();
    sender->write(message);
    bool closed = false;
    // Exactly `offset` bytes arrive, then the connection is gone on both sides.
    QCOMPARE(readUntil(*receiver, message.size(), &closed), message.first(offset));
    QVERIFY(closed);
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QAbstractSocket::UnconnectedState, WaitMs);
    QCOMPARE(cuts.size(), 1);
    QCOMPARE(cuts.first().at(1).toLongLong(), offset);
    QCOMPARE(cuts.first().at(2).toByteArray(), message.first(offset).right(4));
    QCOMPARE(proxy.cutCount(), 1);
    // One connection only: the next one works.
    QTcpSocket again;
    QVERIFY(connectClient(again, proxy, up));
    up.last()->write(message);
    QCOMPARE(readUntil(again, message.size()), message);
}

void TestChaosProxy::cutLiveAfter()
{
    Upstream up;
    QVERIFY(up.listen());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(up.server.serverPort()));
    QTcpSocket client;
    QVERIFY(connectClient(client, proxy, up));
    up.last()->write("abcdef");
    QCOMPARE(readUntil(client, 6), QByteArray("abcdef"));
    proxy.cutLiveAfter(Direction::ServerToClient, 2);
    up.last()->write("ghijkl");
    bool closed = false;
    QCOMPARE(readUntil(client, 6, &closed), QByteArray("gh"));
    QVERIFY(closed);
}

void TestChaosProxy::halfOpenKeepsSocketsAndForwardsNothing()
{
    Upstream up;
    QVERIFY(up.listen());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(up.server.serverPort()));
    QTcpSocket client;
    QVERIFY(connectClient(client, proxy, up));
    QPointer<QTcpSocket> stuckUpstream = up.last();
    proxy.makeLiveHalfOpen();
    QCOMPARE(proxy.liveConnectionCount(), 0);
    stuckUpstream->write("Event: Newchannel\r\n\r\n");
    client.write("Action: Ping\r\n\r\n");
    // A second connection carries its bytes end to end; by then the first
    // one's bytes would have arrived too, had they been forwarded.
    QTcpSocket other;
    QVERIFY(connectClient(other, proxy, up));
    up.last()->write("Response: Success\r\n\r\n");
    QCOMPARE(readUntil(other, 21), QByteArray("Response: Success\r\n\r\n"));
    other.write("Action: Ping\r\n\r\n");
    QCOMPARE(readUntil(*up.last(), 16), QByteArray("Action: Ping\r\n\r\n"));
    QCOMPARE(client.bytesAvailable(), 0);
    QCOMPARE(stuckUpstream->bytesAvailable(), 0);
    // Nobody was told: both sockets of the stuck connection are still open.
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(stuckUpstream->state(), QAbstractSocket::ConnectedState);
    // Even when the client gives up, the server side hears nothing.
    client.abort();
    up.last()->write("x");
    QCOMPARE(readUntil(other, 1), QByteArray("x"));
    QCOMPARE(stuckUpstream->state(), QAbstractSocket::ConnectedState);
}

void TestChaosProxy::slowLinkForwardsOneByteAtATime()
{
    Upstream up;
    QVERIFY(up.listen());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(up.server.serverPort()));
    proxy.setSlowLink(1);
    QTcpSocket client;
    QVERIFY(connectClient(client, proxy, up));
    const QByteArray banner("Asterisk Call Manager/11.0.0\r\n");
    up.last()->write(banner);
    QByteArray got;
    int reads = 0;
    qint64 largestRead = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (client.bytesAvailable() > 0) {
                largestRead = qMax(largestRead, client.bytesAvailable());
                got += client.readAll();
                ++reads;
            }
            return got.size() == banner.size();
        },
        WaitMs));
    QCOMPARE(got, banner);
    QCOMPARE(largestRead, 1); // never two bytes at once
    QCOMPARE(reads, banner.size());
    proxy.setSlowLink(-1);
    up.last()->write(banner);
    QCOMPARE(readUntil(client, banner.size()), banner);
}

void TestChaosProxy::newUpstreamForNewConnections()
{
    Upstream first;
    Upstream second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(first.server.serverPort()));
    QTcpSocket a;
    QVERIFY(connectClient(a, proxy, first));
    proxy.setUpstreamPort(second.server.serverPort());
    proxy.cutAll();
    QTRY_COMPARE_WITH_TIMEOUT(a.state(), QAbstractSocket::UnconnectedState, WaitMs);
    QTcpSocket b;
    QVERIFY(connectClient(b, proxy, second));
    QCOMPARE(first.sockets.size(), 1);
    QCOMPARE(second.sockets.size(), 1);
}

QTEST_GUILESS_MAIN(TestChaosProxy)
#include "TestChaosProxy.moc"
