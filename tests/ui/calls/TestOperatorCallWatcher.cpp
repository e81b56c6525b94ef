// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "ui/calls/OperatorCallWatcher.h"

#include <QSignalSpy>
#include <QTest>

using UiFixtures::Call;

class TestOperatorCallWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incomingAnsweredThenEnded();
    void incomingMissed();
    void outgoingIsNotMissed();
    void otherPeoplesCallsAreIgnored();
};

namespace {

Call incoming(const QString& key)
{
    return {key, QStringLiteral("5551234"), QStringLiteral("Zoë Customer"), QStringLiteral("1000"),
        QStringLiteral("Operator"), QStringLiteral("PJSIP/trunk-00000012"),
        QStringLiteral("PJSIP/1000-00000013"), 1000, 0, true, false, QStringLiteral("support")};
}

} // namespace

void TestOperatorCallWatcher::incomingAnsweredThenEnded()
{
    QStandardItemModel calls;
    OperatorCallWatcher w;
    w.setOperatorDevice(QStringLiteral("PJSIP/1000"));
    w.setCallModel(&calls);
    QSignalSpy ringing(&w, &OperatorCallWatcher::incomingRinging);
    QSignalSpy answered(&w, &OperatorCallWatcher::answered);
    QSignalSpy ended(&w, &OperatorCallWatcher::ended);
    QSignalSpy missed(&w, &OperatorCallWatcher::missedCountChanged);

    calls.appendRow(UiFixtures::callItem(incoming(QStringLiteral("main/1"))));
    QVERIFY(ringing.wait()); // coalesced scan, reached by waiting
    const auto info = ringing.first().at(0).value<OperatorCallWatcher::CallInfo>();
    QCOMPARE(info.number, QStringLiteral("5551234"));
    QCOMPARE(info.name, QStringLiteral("Zoë Customer"));
    QCOMPARE(info.queue, QStringLiteral("support"));
    QVERIFY(info.incoming);

    calls.item(0)->setData(false, CallRoles::Ringing);
    calls.item(0)->setData(qint64(2000), CallRoles::AnsweredMs);
    QVERIFY(answered.wait());
    calls.removeRow(0);
    QVERIFY(ended.wait());
    QVERIFY(ended.first().at(0).value<OperatorCallWatcher::CallInfo>().answered);
    QCOMPARE(missed.size(), 0);
    QCOMPARE(w.missedCount(), 0);
}

void TestOperatorCallWatcher::incomingMissed()
{
    QStandardItemModel calls;
    OperatorCallWatcher w;
    w.setOperatorDevice(QStringLiteral("PJSIP/1000"));
    w.setCallModel(&calls);
    QSignalSpy missed(&w, &OperatorCallWatcher::missedCountChanged);
    calls.appendRow(UiFixtures::callItem(incoming(QStringLiteral("main/1"))));
    w.scanNow();
    calls.removeRow(0);
    QVERIFY(missed.wait());
    QCOMPARE(w.missedCount(), 1);
    calls.appendRow(UiFixtures::callItem(incoming(QStringLiteral("main/2"))));
    w.scanNow();
    calls.removeRow(0);
    w.scanNow();
    QCOMPARE(w.missedCount(), 2);
    w.resetMissed();
    QCOMPARE(w.missedCount(), 0);
    QCOMPARE(missed.last().at(0).toInt(), 0);
}

void TestOperatorCallWatcher::outgoingIsNotMissed()
{
    QStandardItemModel calls;
    OperatorCallWatcher w;
    w.setOperatorDevice(QStringLiteral("PJSIP/1000"));
    w.setCallModel(&calls);
    QSignalSpy ringing(&w, &OperatorCallWatcher::incomingRinging);
    QSignalSpy ended(&w, &OperatorCallWatcher::ended);
    // The operator dials 1002 (Originate): the operator's channel is the caller.
    calls.appendRow(UiFixtures::callItem({QStringLiteral("main/3"), QStringLiteral("1000"),
        QStringLiteral("Operator"), QStringLiteral("1002"), QStringLiteral("Bob"),
        QStringLiteral("PJSIP/1000-00000001"), QStringLiteral("PJSIP/1002-00000002"), 1000, 0, true}));
    w.scanNow();
    calls.removeRow(0);
    w.scanNow();
    QCOMPARE(ringing.size(), 0);
    QCOMPARE(ended.size(), 1);
    const auto info = ended.first().at(0).value<OperatorCallWatcher::CallInfo>();
    QVERIFY(!info.incoming);
    QCOMPARE(info.number, QStringLiteral("1002"));
    QCOMPARE(w.missedCount(), 0);
}

void TestOperatorCallWatcher::otherPeoplesCallsAreIgnored()
{
    QStandardItemModel calls;
    OperatorCallWatcher w;
    w.setOperatorDevice(QStringLiteral("PJSIP/1000"));
    w.setCallModel(&calls);
    QSignalSpy ringing(&w, &OperatorCallWatcher::incomingRinging);
    QSignalSpy ended(&w, &OperatorCallWatcher::ended);
    // PJSIP/10001 must not count as the operator's PJSIP/1000.
    calls.appendRow(UiFixtures::callItem(
        {QStringLiteral("main/4"), QStringLiteral("1003"), QString(), QStringLiteral("10001"), QString(),
            QStringLiteral("PJSIP/1003-00000001"), QStringLiteral("PJSIP/10001-00000002"), 1000, 0, true}));
    w.scanNow();
    calls.removeRow(0);
    w.scanNow();
    QCOMPARE(ringing.size(), 0);
    QCOMPARE(ended.size(), 0);
}

QTEST_MAIN(TestOperatorCallWatcher)
#include "TestOperatorCallWatcher.moc"
