// SPDX-License-Identifier: GPL-3.0-or-later
// A flood: the busy demo office's events, a minute of office time at once,
// through ChaosProxy to the real PbxServer, until a million events (100,000
// in the default run) went through. A witness client connected straight to
// the office reads the same events. At the end, with the office quiet:
// the client under test and the witness counted the same events and agree
// on the state and on the extension board (0 differences, lost, duplicated);
// against a fresh client no call is lost or duplicated (the live drift of
// docs/reliability.md is reported, not asserted). Time and resident memory
// are reported.
//
// ATTENDANT_CHAOS_FLOOD_EVENTS=n floods n events.
#include "ChaosBoard.h"
#include "ChaosDesk.h"
#include "ChaosOffice.h"
#include "ChaosProxy.h"
#include "ProcessProbe.h"
#include "core/ami/AmiClient.h"

#include <QElapsedTimer>
#include <QTest>

namespace {
constexpr qint64 BurstMs = 60000; // office time generated at once (about 9,000 events)

qint64 eventsToFlood()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariableIntValue("ATTENDANT_CHAOS_FLOOD_EVENTS", &ok);
    return ok && n > 0 ? n : 100000;
}
} // namespace

class TestChaosFlood final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floodThroughTheProxy();
};

void TestChaosFlood::floodThroughTheProxy()
{
    quietClientLogs();
    ChaosOffice office(23, 40, 150);
    QVERIFY(office.start());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(office.port()));
    ChaosDesk desk(proxy.port());
    ChaosDesk witness(office.port());
    for (ChaosDesk* d : {&desk, &witness}) {
        d->setKeepalive(3600000, 3600000); // a client busy with a flood is not a dead link
        d->start();
        QVERIFY(d->waitReady());
    }
    qint64 deskEvents = 0;
    qint64 witnessEvents = 0;
    connect(desk.server()->client(), &AmiClient::eventReceived, this, [&] { ++deskEvents; });
    connect(witness.server()->client(), &AmiClient::eventReceived, this, [&] { ++witnessEvents; });
    const int links = proxy.acceptedCount();

    const qint64 target = eventsToFlood();
    const qint64 rssBefore = ProcessProbe::residentKiB();
    QElapsedTimer wall;
    wall.start();
    while (deskEvents < target) {
        office.advance(BurstMs);
        QVERIFY(desk.barrier());
        QVERIFY(witness.barrier());
    }
    const double seconds = wall.elapsed() / 1000.0;
    const qint64 rssAfter = ProcessProbe::residentKiB();

    QCOMPARE(proxy.acceptedCount(), links); // never lost the link
    QCOMPARE(deskEvents, witnessEvents);
    const StateDiff withWitness = compareStates(desk.state(), witness.state());
    ChaosBoard deskBoard(desk);
    ChaosBoard witnessBoard(witness);
    const StateDiff boards = compareBoards(deskBoard, witnessBoard);
    const std::unique_ptr<ChaosDesk> fresh = ChaosDesk::startFresh(office.port());
    QVERIFY(fresh);
    const StateDiff drift = compareStates(desk.state(), fresh->state());
    ChaosBoard freshBoard(*fresh);
    const StateDiff boardDrift = compareBoards(deskBoard, freshBoard);
    qInfo("flood: %lld events (%.1f office minutes) in %.1f s, %.0f events/s; RSS %lld -> %lld KiB; "
          "against the witness: %d differences, %d lost, %d duplicated, board %d of %d tiles differ; "
          "against a fresh client: %d differences (live drift), %d lost, %d duplicated, board %d",
        deskEvents, office.demoTimeMs() / 60000.0, seconds, double(deskEvents) / seconds, rssBefore, rssAfter,
        withWitness.differences, withWitness.lost, withWitness.duplicated, boards.differences,
        deskBoard.tileCount(), drift.differences, drift.lost, drift.duplicated, boardDrift.differences);
    if (!drift.isClean() || boardDrift.differences > 0)
        qInfo("%s\n%s", qPrintable(drift.describe()), qPrintable(boardDrift.sample.join(QLatin1Char('\n'))));
    QVERIFY2(withWitness.isClean(), qPrintable(withWitness.describe()));
    QVERIFY2(boards.isClean(), qPrintable(boards.describe()));
    QCOMPARE(drift.lost, 0);
    QCOMPARE(drift.duplicated, 0);
    QVERIFY(deskBoard.tileCount() > 0);
}

QTEST_GUILESS_MAIN(TestChaosFlood)
#include "TestChaosFlood.moc"
