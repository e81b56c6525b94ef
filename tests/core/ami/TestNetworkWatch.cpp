// SPDX-License-Identifier: GPL-3.0-or-later
// When the network comes back the reconnect should not wait out its backoff
// (item 7). The platform backend cannot be faked, so the reachability it
// would report is fed in directly; start() must cope without a backend.
#include "core/ami/NetworkWatch.h"

#include <QSignalSpy>
#include <QTest>

using R = QNetworkInformation::Reachability;

class TestNetworkWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void startsWithOrWithoutBackend();
};

void TestNetworkWatch::transitions_data()
{
    QTest::addColumn<QList<R>>("sequence");
    QTest::addColumn<int>("available");
    QTest::addColumn<int>("lost");
    QTest::newRow("first report is no change") << QList<R> {R::Online} << 0 << 0;
    QTest::newRow("cable pulled and back") << QList<R> {R::Online, R::Disconnected, R::Online} << 1 << 1;
    QTest::newRow("office LAN back (site is enough for a PBX)")
        << QList<R> {R::Site, R::Disconnected, R::Local, R::Site} << 1 << 1;
    QTest::newRow("VPN up: site to online") << QList<R> {R::Site, R::Online} << 1 << 0;
    QTest::newRow("repeats are ignored") << QList<R> {R::Online, R::Online, R::Online} << 0 << 0;
    QTest::newRow("unknown in between is not a recovery")
        << QList<R> {R::Online, R::Unknown, R::Online} << 0 << 0;
    QTest::newRow("going down to local only") << QList<R> {R::Online, R::Local} << 0 << 0;
}

void TestNetworkWatch::transitions()
{
    QFETCH(QList<R>, sequence);
    QFETCH(int, available);
    QFETCH(int, lost);
    NetworkWatch watch;
    QSignalSpy up(&watch, &NetworkWatch::networkAvailable);
    QSignalSpy down(&watch, &NetworkWatch::networkLost);
    for (R r : std::as_const(sequence))
        watch.handleReachability(r);
    QCOMPARE(up.count(), available);
    QCOMPARE(down.count(), lost);
}

void TestNetworkWatch::startsWithOrWithoutBackend()
{
    NetworkWatch watch;
    const bool started = watch.start();
    QCOMPARE(watch.isActive(), started);
    QCOMPARE(watch.start(), started); // idempotent
}

QTEST_GUILESS_MAIN(TestNetworkWatch)
#include "TestNetworkWatch.moc"
