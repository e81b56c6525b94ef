// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 4 on screen: a queue member's phone status is shown as a
// word and a symbol, and heard by a screen reader; it used to read
// "Available" whatever app_queue said.
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/ModelRoles.h"
#include "core/models/QueueModel.h"
#include "core/pbx/PbxState.h"
#include "ui/calls/QueueMemberText.h"
#include "ui/calls/QueuePanel.h"

#include <QListView>
#include <QPalette>
#include <QTest>

using Status = Pbx::QueueMember::Status;

class TestQueueMemberText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStatusHasItsWords();
    void panelShowsTheStatus_data();
    void panelShowsTheStatus();
    void unregisteredAfterRestart();
};

void TestQueueMemberText::everyStatusHasItsWords()
{
    QSet<QString> words;
    for (int code = 0; code <= 8; ++code)
        words.insert(QueueMemberText::status(Pbx::QueueMember::statusFromCode(code)));
    QCOMPARE(words.size(), 9);
    QCOMPARE(QueueMemberText::status(Status::Invalid), QStringLiteral("No such phone"));
    QCOMPARE(QueueMemberText::status(Pbx::QueueMember::statusFromCode(42)), QStringLiteral("Status unknown"));
}

namespace {

QModelIndex memberRow(QListView* view, const QString& name)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(QueueRoles::MemberName).toString() == name)
            return i;
    }
    return {};
}

} // namespace

void TestQueueMemberText::panelShowsTheStatus_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("subtitle");
    QTest::addColumn<int>("glyph");
    QTest::newRow("Carol rings for the queue caller") << "QueueMemberStatus[Interface=PJSIP/1003]#1"
                                                      << "Ringing · support" << int(StateStyle::Glyph::Bell);
    QTest::newRow("Carol on the call") << "QueueStatusComplete#1"
                                       << "On a call · support" << int(StateStyle::Glyph::Dot);
    QTest::newRow("Carol free again") << "QueueMemberStatus[Interface=PJSIP/1003]#3"
                                      << "Available · support" << int(StateStyle::Glyph::Ring);
    QTest::newRow("Carol paused for lunch, phone free")
        << "QueueMemberPause#1"
        << "Paused: lunch · Available · support" << int(StateStyle::Glyph::Ring);
}

void TestQueueMemberText::panelShowsTheStatus()
{
    QFETCH(QString, stop);
    QFETCH(QString, subtitle);
    QFETCH(int, glyph);

    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    QueueModel model(nullptr, &clock);
    model.addServer(&pbx);
    QueuePanel panel(nullptr, &clock);
    panel.setQueueModel(&model);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    auto* view = panel.findChild<QListView*>(QStringLiteral("queueMembersView"));
    QVERIFY(view);
    const QModelIndex carol = memberRow(view, QStringLiteral("Carol"));
    QVERIFY(carol.isValid());
    const TwoLineDelegate::Lines l = QueueMemberText::lines(carol, QPalette());
    QCOMPARE(l.subtitle, subtitle);
    QVERIFY(l.glyph);
    QCOMPARE(int(*l.glyph), glyph);
    QCOMPARE(carol.data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Carol, ") + subtitle + u", " + l.right);
}

void TestQueueMemberText::unregisteredAfterRestart()
{
    // After a restart the resync's DeviceStateList says Bob's phone is not
    // registered (the recorded UNAVAILABLE item of PJSIP/1006, for PJSIP/1002);
    // QueueStatus repeats app_queue's Status 1. The panel says Unavailable.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    QueueModel model(nullptr, &clock);
    model.addServer(&pbx);
    QueuePanel panel(nullptr, &clock);
    panel.setQueueModel(&model);
    Transcript::seed(pbx);
    Transcript::applyList(
        pbx, QStringLiteral("02-QueueStatus"), "02-QueueStatus-2", int(PbxState::Category::Queues));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    auto* view = panel.findChild<QListView*>(QStringLiteral("queueMembersView"));
    QVERIFY(view);
    QCOMPARE(QueueMemberText::lines(memberRow(view, QStringLiteral("Bob")), QPalette()).subtitle,
        QStringLiteral("Available · support"));

    const QList<AmiMessage> devices = Transcript::load(QStringLiteral("02-DeviceStateList"));
    const qsizetype unregistered
        = Transcript::find(devices, QStringLiteral("DeviceStateChange[Device=PJSIP/1006]#1"));
    QVERIFY(unregistered > 0);
    pbx.apply(Transcript::withValue(devices[unregistered], "Device", QStringLiteral("PJSIP/1002")));
    Transcript::applyList(
        pbx, QStringLiteral("02-QueueStatus"), "02-QueueStatus-2", int(PbxState::Category::Queues));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    const QModelIndex bob = memberRow(view, QStringLiteral("Bob"));
    QCOMPARE(QueueMemberText::lines(bob, QPalette()).subtitle, QStringLiteral("Unavailable · support"));
    QVERIFY(bob.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Unavailable")));
}

QTEST_MAIN(TestQueueMemberText)
#include "TestQueueMemberText.moc"
