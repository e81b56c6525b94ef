// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/conference/ConferenceStore.h"
#include "core/models/ConferenceMemberModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Members of room 8500 as the recorded sessions (08-confbridge-*) change them.
class TestConferenceMemberModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsMutesAndLeaves();
    void anotherRoomIsNotShown();
};

void TestConferenceMemberModel::joinsMutesAndLeaves()
{
    ConferenceStore store;
    ConferenceMemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoom(&store, QStringLiteral("8500")); // before it exists: rows come with the joins
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("08-confbridge-admin-actions"));
    const qsizetype mute = Transcript::find(events, QStringLiteral("ConfbridgeMute#1"));
    QVERIFY(mute > 0);
    for (qsizetype i = 0; i <= mute; ++i)
        store.apply(events.at(i));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Operator"));
    QVERIFY(model.index(0, 0).data(ConferenceMemberModel::AdminRole).toBool());
    QCOMPARE(model.index(1, 0).data(ConferenceMemberModel::NumberRole).toString(), QStringLiteral("1001"));
    QVERIFY(model.index(1, 0).data(ConferenceMemberModel::MutedRole).toBool());
    QVERIFY(!model.index(1, 0).data(ConferenceMemberModel::TalkingRole).toBool());
    QVERIFY(model.index(2, 0).data(ConferenceMemberModel::TalkingRole).toBool());
    QCOMPARE(model.channelAt(2), QStringLiteral("PJSIP/1002-00000005"));

    const qsizetype kick = Transcript::find(events, QStringLiteral("ConfbridgeLeave#1"));
    for (qsizetype i = mute + 1; i <= kick; ++i)
        store.apply(events.at(i));
    QCOMPARE(model.rowCount(), 2); // Bob kicked
    QCOMPARE(model.channelAt(1), QStringLiteral("PJSIP/1001-00000004"));
    for (qsizetype i = kick + 1; i < events.size(); ++i)
        store.apply(events.at(i));
    QCOMPARE(model.rowCount(), 0);
}

void TestConferenceMemberModel::anotherRoomIsNotShown()
{
    ConferenceStore store;
    ConferenceMemberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoom(&store, QStringLiteral("9000"));
    for (const AmiMessage& m : Transcript::liveEvents(QStringLiteral("08-confbridge-join-talk-leave")))
        store.apply(m);
    QCOMPARE(model.rowCount(), 0);
    model.setRoom(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestConferenceMemberModel)
#include "TestConferenceMemberModel.moc"
