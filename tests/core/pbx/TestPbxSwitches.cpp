// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/pbx/PbxState.h"
#include "core/pbx/PbxSwitches.h"

#include <QSignalSpy>
#include <QTest>

class TestPbxSwitches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nightModeIsASwitch();
    void dndTogglesAreNoSwitches();
};

void TestPbxSwitches::nightModeIsASwitch()
{
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx); // 01-07 configuration: 9000 Custom:operator-dnd, 9001 Custom:nightmode
    PbxSwitches switches(&pbx);
    const QString night = QStringLiteral("9001@phones");
    QCOMPARE(switches.value(night).device, QStringLiteral("Custom:nightmode"));
    QVERIFY(!switches.value(night).on); // never set: UNKNOWN device, Idle hint
    QCOMPARE(switches.value(QStringLiteral("9000@phones")).device, QStringLiteral("Custom:operator-dnd"));
    QCOMPARE(switches.switches().size(), 2);
    QVERIFY(switches.value(QStringLiteral("1001@phones")).key.isEmpty());

    QSignalSpy changed(&switches, &PbxSwitches::switchChanged);
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("13-daynight-nightmode"));
    const qsizetype on = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=9001,Status=1]#1"));
    const qsizetype off = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=9001,Status=0]#1"));
    QVERIFY(on >= 0 && off > on);
    for (qsizetype i = 0; i <= on; ++i)
        pbx.apply(events[i]);
    QVERIFY(switches.value(night).on);
    QCOMPARE(changed.count(), 1);
    for (qsizetype i = on + 1; i <= off; ++i)
        pbx.apply(events[i]);
    QVERIFY(!switches.value(night).on);
    for (qsizetype i = off + 1; i < events.size(); ++i)
        pbx.apply(events[i]); // the dialled toggles: on, then off again
    QVERIFY(!switches.value(night).on);
    QCOMPARE(changed.count(), 4);
}

void TestPbxSwitches::dndTogglesAreNoSwitches()
{
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    PbxSwitches switches(&pbx);
    // "*761000" … "*761006" feed their extensions: only 9000 and 9001 are switches.
    QVERIFY(pbx.extension(QStringLiteral("*761002@phones")));
    const QList<Pbx::Switch> list = switches.switches();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).key, QStringLiteral("9000@phones"));
    QCOMPARE(list.at(1).key, QStringLiteral("9001@phones"));
    QSignalSpy removed(&switches, &PbxSwitches::switchRemoved);
    pbx.clear();
    QCOMPARE(removed.count(), 2);
    QVERIFY(switches.switches().isEmpty());
}

QTEST_GUILESS_MAIN(TestPbxSwitches)
#include "TestPbxSwitches.moc"
