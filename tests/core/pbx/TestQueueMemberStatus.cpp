// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"

#include <QTest>

// A queue member's status (PbxState::memberStatus) on the recorded flows.
using Pbx::ExtensionState;

class TestQueueMemberStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueMemberStatus_data();
    void queueMemberStatus();
    void queueMemberStatusAfterRestart();
};

void TestQueueMemberStatus::queueMemberStatus_data()
{
    using Status = Pbx::QueueMember::Status;
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<Status>("status");
    QTest::newRow("Carol rings for the queue caller") << "QueueMemberStatus[Interface=PJSIP/1003]#1"
                                                      << "PJSIP/1003" << Status::Ringing;
    QTest::newRow("QueueStatus during the call: Carol in use") << "QueueStatusComplete#1"
                                                               << "PJSIP/1003" << Status::InUse;
    QTest::newRow("call done: Carol free again") << "QueueMemberStatus[Interface=PJSIP/1003]#3"
                                                 << "PJSIP/1003" << Status::NotInUse;
}

void TestQueueMemberStatus::queueMemberStatus()
{
    using Status = Pbx::QueueMember::Status;
    QFETCH(QString, stop);
    QFETCH(QString, interface);
    QFETCH(Status, status);
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    const Pbx::Queue* q = pbx.queue(QStringLiteral("support"));
    QVERIFY(q);
    const auto it = std::find_if(q->members.cbegin(), q->members.cend(),
        [&](const Pbx::QueueMember& m) { return m.interface == interface; });
    QVERIFY(it != q->members.cend());
    QCOMPARE(pbx.memberStatus(*it), status);
}

void TestQueueMemberStatus::queueMemberStatusAfterRestart()
{
    // After "core restart now" the phones read Unavailable until they
    // register again (07-after-restart-reconnect: every phone hint Status 4).
    // The resync's DeviceStateList says so for each device (the recorded
    // item of the never-registered PJSIP/1006, here for Bob's PJSIP/1002),
    // while QueueStatus may still repeat app_queue's last word (Status 1).
    using Status = Pbx::QueueMember::Status;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    const QList<AmiMessage> queueStatus = Transcript::load(QStringLiteral("02-QueueStatus"));
    const auto applyQueueStatus = [&] {
        for (const AmiMessage& m : queueStatus) {
            if (m.isEvent() && m.contains("ActionID"))
                pbx.apply(m);
        }
    };
    applyQueueStatus();
    const auto bob = [&] {
        const Pbx::Queue* q = pbx.queue(QStringLiteral("support"));
        return q && !q->members.isEmpty() ? pbx.memberStatus(q->members.first()) : Status::Unknown;
    };
    QCOMPARE(pbx.queue(QStringLiteral("support"))->members.first().name, QStringLiteral("Bob"));
    QCOMPARE(bob(), Status::NotInUse);

    QVERIFY(Transcript::replay(pbx, QStringLiteral("07-after-restart-reconnect")));
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::Unavailable);
    pbx.beginSync();
    const QList<AmiMessage> devices = Transcript::load(QStringLiteral("02-DeviceStateList"));
    const qsizetype unregistered
        = Transcript::find(devices, QStringLiteral("DeviceStateChange[Device=PJSIP/1006]#1"));
    QVERIFY(unregistered > 0);
    pbx.apply(Transcript::withValue(devices[unregistered], "Device", QStringLiteral("PJSIP/1002")));
    applyQueueStatus();
    pbx.endSync(PbxState::Category::Devices | PbxState::Category::Queues);
    QCOMPARE(pbx.queue(QStringLiteral("support"))->members.first().status, 1);
    QCOMPARE(bob(), Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestQueueMemberStatus)
#include "TestQueueMemberStatus.moc"
