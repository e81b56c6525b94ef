// SPDX-License-Identifier: GPL-3.0-or-later
// 100 cuts at seeded random byte offsets of the PBX → client stream, over
// real loopback TCP, between the real PbxServer and the demo PBX serving a
// busy office: during login, in the middle of the resync's event lists, in
// the live event stream, mid-line or at a message's end. After every cut the
// client reconnects and resyncs; at a quiet moment its state must equal a
// fresh client's: no difference, no lost call, no duplicated call.
//
// ATTENDANT_CHAOS_CUTS=n runs n cuts instead of 100 (see docs/reliability.md).
#include "ChaosBoard.h"
#include "ChaosDesk.h"
#include "ChaosOffice.h"
#include "ChaosProxy.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxSync.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Direction = ChaosProxy::Direction;

namespace {
constexpr quint32 OfficeSeed = 19;
constexpr int Extensions = 40;
constexpr double EventsPerSecond = 150;
constexpr quint32 CutSeed = 1919;

int cutsToRun()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ATTENDANT_CHAOS_CUTS", &ok);
    return ok && n > 0 ? n : 100;
}

// Where the cut fell, as the client saw it and as the bytes say.
struct CutTally
{
    int cuts = 0;
    int login = 0; // not logged in yet
    int resync = 0; // logged in, lists being read
    int live = 0; // resync done, live events
    int midLine = 0; // the last byte through was not a line end
    int messageEnd = 0; // cut right after a blank line
    int differences = 0;
    int lost = 0;
    int duplicated = 0;
    int dirtyRounds = 0;
    int boardDifferences = 0; // rows of the extension board shown differently from a fresh client's
    int boardRounds = 0; // rounds with such rows
    QStringList boardSample;
};
} // namespace

class TestChaosCuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cutsAtRandomOffsets();
    void cutsOfTheClientsRequests();

private:
    qint64 pickOffset(QRandomGenerator& rng, int round) const;
    void classify(const QByteArray& tail);
    bool oneCut(qint64 offset, Direction direction = Direction::ServerToClient);
    void reportLiveDrift();
    void reportBoard() const;

    std::unique_ptr<ChaosOffice> m_office;
    std::unique_ptr<ChaosProxy> m_proxy;
    std::unique_ptr<ChaosDesk> m_desk;
    std::unique_ptr<ChaosDesk> m_witness; // connected straight to the office, never cut
    std::unique_ptr<ChaosBoard> m_board; // the desk's extension board
    qint64 m_loginBytes = 0; // a login's bytes up to FullyBooted, measured
    qint64 m_syncBytes = 0; // a login and the whole resync, measured
    qint64 m_requestBytes = 0; // what the client sends for them
    CutTally m_tally;
};

void TestChaosCuts::initTestCase()
{
    quietClientLogs();
    m_office = std::make_unique<ChaosOffice>(OfficeSeed, Extensions, EventsPerSecond);
    QVERIFY(m_office->start());
    m_office->advance(60000); // a minute into the working day: calls, queue, parked calls
    m_proxy = std::make_unique<ChaosProxy>();
    QVERIFY(m_proxy->listen(m_office->port()));
    m_desk = std::make_unique<ChaosDesk>(m_proxy->port());
    m_witness = std::make_unique<ChaosDesk>(m_office->port(), QStringLiteral("chaos"));
    m_witness->start();
    QVERIFY(m_witness->waitReady());
    m_desk->start();
    connect(
        m_desk->server()->client(), &AmiClient::loggedIn, this,
        [this] { m_loginBytes = m_proxy->liveForwarded(Direction::ServerToClient); },
        Qt::SingleShotConnection);
    QVERIFY(m_desk->waitReady());
    m_syncBytes = m_proxy->liveForwarded(Direction::ServerToClient);
    m_requestBytes = m_proxy->liveForwarded(Direction::ClientToServer);
    qInfo("office: %d extensions, %zu calls; login %lld bytes, login and resync %lld bytes", Extensions,
        size_t(m_desk->state().callIds().size()), m_loginBytes, m_syncBytes);
    QVERIFY(m_syncBytes > m_loginBytes);
    const StateDiff first = m_desk->compareWithFresh(m_office->port());
    QVERIFY2(first.isClean(), qPrintable(first.describe()));
    m_board = std::make_unique<ChaosBoard>(*m_desk);
}

void TestChaosCuts::cleanupTestCase()
{
    m_board.reset();
    m_desk.reset();
    m_witness.reset();
    m_proxy.reset();
    m_office.reset();
}

qint64 TestChaosCuts::pickOffset(QRandomGenerator& rng, int round) const
{
    // A quarter in the login, half in the resync's lists, a quarter live.
    switch (round % 4) {
    case 0:
        return rng.bounded(qint64(0), m_loginBytes + 1);
    case 1:
    case 2:
        return rng.bounded(m_loginBytes, m_syncBytes);
    default:
        return rng.bounded(m_syncBytes, m_syncBytes + 60000);
    }
}

void TestChaosCuts::classify(const QByteArray& tail)
{
    ++m_tally.cuts;
    const AmiClient* client = m_desk->server()->client();
    if (!client->isLoggedIn())
        ++m_tally.login;
    else if (!m_desk->server()->sync()->isComplete())
        ++m_tally.resync;
    else
        ++m_tally.live;
    if (tail.endsWith("\r\n\r\n"))
        ++m_tally.messageEnd;
    else if (!tail.endsWith('\n'))
        ++m_tally.midLine;
}

bool TestChaosCuts::oneCut(qint64 offset, Direction direction)
{
    m_proxy->cutNextConnectionAt(direction, offset);
    QSignalSpy cut(m_proxy.get(), &ChaosProxy::cut);
    // The office is busy until the cut, then quiet: the resync after it must
    // give exactly what a fresh client reads (the drift of live events after
    // a resync is measured on the never-cut client).
    QMetaObject::Connection quiet
        = connect(m_proxy.get(), &ChaosProxy::cut, this, [this] { m_office->setTraffic(false); });
    m_office->setTraffic(true);
    m_desk->server()->client()->reconnectNow();
    const bool wasCut = waitUntil([&] { return !cut.isEmpty(); });
    disconnect(quiet);
    if (!wasCut)
        return false;
    // The client noticed once it connects again.
    const int accepted = m_proxy->acceptedCount();
    if (!waitUntil([&] { return m_proxy->acceptedCount() > accepted; }))
        return false;
    // Back and resynchronised.
    if (!m_desk->waitReady() || !m_desk->barrier())
        return false;
    const std::unique_ptr<ChaosDesk> fresh = ChaosDesk::startFresh(m_office->port());
    if (!fresh)
        return false;
    const StateDiff diff = compareStates(m_desk->state(), fresh->state());
    m_tally.differences += qMax(0, diff.differences);
    m_tally.lost += diff.lost;
    m_tally.duplicated += diff.duplicated;
    ChaosBoard freshBoard(*fresh);
    const StateDiff board = compareBoards(*m_board, freshBoard);
    if (!board.isClean()) {
        // The tiles read more than the dump (who dials whom, which call a tile describes): compared too.
        ++m_tally.boardRounds;
        m_tally.boardDifferences += board.differences;
        if (m_tally.boardSample.isEmpty())
            m_tally.boardSample = board.sample;
    }
    if (!diff.isClean()) {
        ++m_tally.dirtyRounds;
        qWarning("after a cut at byte %lld: %s", offset, qPrintable(diff.describe()));
    }
    return true;
}

void TestChaosCuts::reportLiveDrift()
{
    // Measured, not asserted: what the never-cut client, fed only live events
    // for the whole run, shows differently from a fresh client (docs/reliability.md).
    QVERIFY(m_witness->barrier());
    const std::unique_ptr<ChaosDesk> fresh = ChaosDesk::startFresh(m_office->port());
    QVERIFY(fresh);
    const StateDiff drift = compareStates(m_witness->state(), fresh->state());
    qInfo("the never-cut client after %lld s of office time: %s", m_office->demoTimeMs() / 1000,
        qPrintable(drift.describe()));
}

void TestChaosCuts::reportBoard() const
{
    qInfo("extension board (%d tiles) against a fresh client's: %d rows differ in %d of %d rounds%s%s",
        m_board->tileCount(), m_tally.boardDifferences, m_tally.boardRounds, m_tally.cuts,
        m_tally.boardSample.isEmpty() ? "" : ", first:\n", qPrintable(m_tally.boardSample.join(u'\n')));
}

void TestChaosCuts::cutsAtRandomOffsets()
{
    QRandomGenerator rng(CutSeed);
    const int rounds = cutsToRun();
    for (int round = 0; round < rounds; ++round) {
        const qint64 offset = pickOffset(rng, round);
        QMetaObject::Connection tally = connect(m_proxy.get(), &ChaosProxy::cut, this,
            [this](Direction, qint64, const QByteArray& tail) { classify(tail); });
        const bool done = oneCut(offset);
        disconnect(tally);
        QVERIFY2(done,
            qPrintable(QStringLiteral("round %1 (cut at byte %2) did not recover").arg(round).arg(offset)));
    }
    qInfo("%d cuts: %d during login, %d during resync, %d live; %d mid-line, %d at a message end",
        m_tally.cuts, m_tally.login, m_tally.resync, m_tally.live, m_tally.midLine, m_tally.messageEnd);
    qInfo("after the cuts: %d differences, %d lost calls, %d duplicated calls (%d rounds not clean)",
        m_tally.differences, m_tally.lost, m_tally.duplicated, m_tally.dirtyRounds);
    reportBoard();
    reportLiveDrift();
    QCOMPARE(m_tally.cuts, rounds);
    QVERIFY(m_tally.login > 0 && m_tally.resync > 0 && m_tally.live > 0 && m_tally.midLine > 0);
    QCOMPARE(m_tally.differences, 0);
    QCOMPARE(m_tally.lost, 0);
    QCOMPARE(m_tally.duplicated, 0);
    QCOMPARE(m_tally.boardDifferences, 0);
}

void TestChaosCuts::cutsOfTheClientsRequests()
{
    // The other direction: the PBX gets half a Login or half a list action, then the link is gone.
    m_tally = CutTally {};
    QRandomGenerator rng(CutSeed + 1);
    const int rounds = qMax(1, cutsToRun() / 5);
    for (int round = 0; round < rounds; ++round) {
        const qint64 offset = rng.bounded(qint64(0), m_requestBytes);
        QMetaObject::Connection tally = connect(m_proxy.get(), &ChaosProxy::cut, this,
            [this](Direction, qint64, const QByteArray& tail) { classify(tail); });
        const bool done = oneCut(offset, Direction::ClientToServer);
        disconnect(tally);
        QVERIFY2(done,
            qPrintable(
                QStringLiteral("round %1 (request cut at byte %2) did not recover").arg(round).arg(offset)));
    }
    qInfo("%d cuts of the client's %lld request bytes: %d during login, %d during resync; %d mid-line; "
          "%d differences, %d lost calls, %d duplicated calls",
        m_tally.cuts, m_requestBytes, m_tally.login, m_tally.resync, m_tally.midLine, m_tally.differences,
        m_tally.lost, m_tally.duplicated);
    reportBoard();
    QCOMPARE(m_tally.cuts, rounds);
    QCOMPARE(m_tally.differences, 0);
    QCOMPARE(m_tally.lost, 0);
    QCOMPARE(m_tally.duplicated, 0);
    QCOMPARE(m_tally.boardDifferences, 0);
}

QTEST_GUILESS_MAIN(TestChaosCuts)
#include "TestChaosCuts.moc"
