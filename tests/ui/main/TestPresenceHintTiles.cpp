// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 1: with the hints docs/admin.md recommends
// ("PJSIP/1004,CustomPresence:1004", as in the 08–13 recordings) every action
// on a tile must still find the tile's phone and its calls.
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/CallModel.h"
#include "core/models/ExtensionModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"
#include "ui/main/OperatorActions.h"

#include <QTest>

class TestPresenceHintTiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actionsFindThePhone();
};

void TestPresenceHintTiles::actionsFindThePhone()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    ExtensionModel tiles(nullptr, &clock);
    tiles.addServer(&pbx);
    CallModel calls(nullptr, &clock);
    calls.addServer(&pbx);
    OperatorActions actions;
    actions.setCallModel(&calls);

    const QModelIndex alice = tiles.indexOf(&pbx, QStringLiteral("1001@phones"));
    const QModelIndex dave = tiles.indexOf(&pbx, QStringLiteral("1004@phones"));
    QCOMPARE(alice.data(ExtensionRoles::Hint).toString(), QStringLiteral("PJSIP/1001,CustomPresence:1001"));
    // What "connect two tiles" originates from, and what Listen/Whisper spy on.
    QCOMPARE(OperatorActions::deviceOfTile(alice), QStringLiteral("PJSIP/1001"));
    QCOMPARE(OperatorActions::deviceOfTile(dave), QStringLiteral("PJSIP/1004"));

    // 1001 calls 1004, Dave's phone rings: F8 on Dave's tile finds the call.
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("12-cdr-noanswer-voicemail"));
    const qsizetype ringing
        = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=1004,Status=8]#1"));
    QVERIFY(ringing >= 0);
    for (qsizetype i = 0; i <= ringing; ++i)
        pbx.apply(events[i]);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    const QModelIndex ring = actions.callOfTile(dave, true);
    QVERIFY2(ring.isValid(), "F8: the selected extension is ringing");
    QVERIFY(ring.data(CallRoles::CallerChannel).toString().startsWith(QLatin1String("PJSIP/1001-")));
    // Hang-up of a tile's call finds Alice's call too.
    const QModelIndex hers = actions.callOfTile(alice);
    QVERIFY(hers.isValid());
    QCOMPARE(hers.data(CallRoles::Key), ring.data(CallRoles::Key));
}

QTEST_MAIN(TestPresenceHintTiles)
#include "TestPresenceHintTiles.moc"
