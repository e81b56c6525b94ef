// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app demo's pace: calm by default (a few calls a minute, to follow
// cause and effect), busy on request, and a pause that holds the office still
// and lets it go on where it stood.
#include "MockClock.h"
#include "demo/DemoCalls.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QSet>
#include <QTest>

class TestDemoPace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void calmIsAFewCallsAMinute();
    void busyIsBusierThanCalm();
    void pauseHoldsTheOfficeStill();

private:
    // Distinct calls seen over minutes of the office's life, sampled every second.
    QSet<QString> callsOver(DemoPbx& pbx, int minutes);
    QStringList lines(DemoPbx& pbx) const;

    std::unique_ptr<MockClock> m_clock;
};

void TestDemoPace::init()
{
    m_clock = std::make_unique<MockClock>();
}

void TestDemoPace::cleanup()
{
    m_clock.reset();
}

QSet<QString> TestDemoPace::callsOver(DemoPbx& pbx, int minutes)
{
    QSet<QString> seen;
    for (int second = 0; second < minutes * 60; ++second) {
        m_clock->advance(1000);
        const QStringList ids = pbx.calls()->callIds();
        for (const QString& id : ids)
            seen.insert(id);
    }
    return seen;
}

// Every channel and its state: what a board would show.
QStringList TestDemoPace::lines(DemoPbx& pbx) const
{
    QStringList out;
    DemoWorld* w = pbx.world();
    for (const QString& n : w->extensionNumbers()) {
        for (const DemoChannel* ch : w->channelsOf(n))
            out.append(ch->name + u' ' + QString::number(int(ch->state))
                + (ch->held ? QStringLiteral("H") : QStringLiteral("-")));
    }
    out.sort();
    return out;
}

void TestDemoPace::calmIsAFewCallsAMinute()
{
    DemoPbx calm(nullptr, m_clock.get());
    calm.setEventRate(DemoPbx::CalmEventRate);
    QVERIFY(calm.start());
    const qsizetype calls = callsOver(calm, 10).size();
    qInfo("calm: %lld calls in 10 minutes", qlonglong(calls));
    // About three a minute (the seeded calls of the first moment included).
    QVERIFY2(calls >= 10 && calls <= 60, qPrintable(QString::number(calls)));
}

void TestDemoPace::busyIsBusierThanCalm()
{
    DemoPbx calm(nullptr, m_clock.get());
    calm.setEventRate(DemoPbx::CalmEventRate);
    QVERIFY(calm.start());
    const qsizetype calmCalls = callsOver(calm, 5).size();
    calm.stop();
    DemoPbx busy(nullptr, m_clock.get());
    busy.setEventRate(DemoPbx::BusyEventRate);
    QVERIFY(busy.start());
    const qsizetype busyCalls = callsOver(busy, 5).size();
    qInfo("5 minutes: calm %lld calls, busy %lld", qlonglong(calmCalls), qlonglong(busyCalls));
    QVERIFY2(busyCalls > 2 * calmCalls, qPrintable(QStringLiteral("%1 vs %2").arg(busyCalls).arg(calmCalls)));
}

void TestDemoPace::pauseHoldsTheOfficeStill()
{
    DemoPbx pbx(nullptr, m_clock.get());
    pbx.setEventRate(DemoPbx::BusyEventRate);
    QVERIFY(pbx.start());
    m_clock->advance(20000);
    const QStringList before = lines(pbx);
    const QStringList callsBefore = pbx.calls()->callIds();
    QVERIFY(!callsBefore.isEmpty());

    pbx.setPaused(true);
    QVERIFY(pbx.isPaused());
    m_clock->advance(5 * 60000);
    QCOMPARE(lines(pbx), before); // nothing started, rang on, ended or changed
    QCOMPARE(pbx.calls()->callIds(), callsBefore);

    pbx.setPaused(false);
    const QSet<QString> after = callsOver(pbx, 3);
    int ended = 0;
    for (const QString& id : callsBefore)
        ended += pbx.calls()->callIds().contains(id) ? 0 : 1;
    int started = 0;
    for (const QString& id : after)
        started += callsBefore.contains(id) ? 0 : 1;
    QVERIFY2(ended > 0, "the calls of before the pause go on and end");
    QVERIFY2(started > 0, "new calls start again");
}

QTEST_GUILESS_MAIN(TestDemoPace)
#include "TestDemoPace.moc"
