// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ModelRoles.h"
#include "core/operator/CallLookup.h"
#include "core/operator/OperatorCall.h"
#include "core/operator/WaitingCallers.h"

#include <QAbstractListModel>
#include <QTest>

// Which channel of a call is whose, and finding calls in a call model:
// channel names as in the Asterisk 22 recordings (tests/data/ami/22.10.1, 03-*).
namespace {

// Rows of role → value, as CallModel and QueueModel give them.
class RowModel final : public QAbstractListModel
{
public:
    using Row = QHash<int, QVariant>;
    explicit RowModel(QList<Row> rows)
        : m_rows(std::move(rows))
    { }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return index.isValid() ? m_rows.at(index.row()).value(role) : QVariant();
    }

private:
    QList<Row> m_rows;
};

RowModel::Row callRow(const char* key, const char* caller, const char* callee, qint64 answeredMs, bool onHold,
    qint64 startMs = 0)
{
    return {{CallRoles::ServerId, QStringLiteral("main")}, {CallRoles::Key, QString::fromLatin1(key)},
        {CallRoles::CallerChannel, QString::fromLatin1(caller)},
        {CallRoles::CalleeChannel, QString::fromLatin1(callee)},
        {CallRoles::CallerName, QStringLiteral("ACME Corp")},
        {CallRoles::CallerNumber, QStringLiteral("0612345678")},
        {CallRoles::CalleeName, QStringLiteral("Operator")},
        {CallRoles::CalleeNumber, QStringLiteral("1000")}, {CallRoles::AnsweredMs, answeredMs},
        {CallRoles::OnHold, onHold}, {CallRoles::Ringing, answeredMs == 0}, {CallRoles::StartMs, startMs}};
}

} // namespace

class TestOperatorCall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channelsBelongToTheirDevice_data();
    void channelsBelongToTheirDevice();
    void sides();
    void partyNamesOnce();
    void operatorCallPrefersTheAnsweredOneNotOnHold();
    void callOfAPhoneAndWhatRingsIt();
    void longestWaitingSkipsTheOperatorsOwnRinging();
};

void TestOperatorCall::channelsBelongToTheirDevice_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("belongs");
    QTest::newRow("its channel") << QStringLiteral("PJSIP/1000-00000013") << QStringLiteral("PJSIP/1000")
                                 << true;
    QTest::newRow("a longer device") << QStringLiteral("PJSIP/10001-00000013") << QStringLiteral("PJSIP/1000")
                                     << false;
    QTest::newRow("the device itself")
        << QStringLiteral("PJSIP/1000") << QStringLiteral("PJSIP/1000") << false;
    QTest::newRow("no device") << QStringLiteral("PJSIP/1000-00000013") << QString() << false;
}

void TestOperatorCall::channelsBelongToTheirDevice()
{
    QFETCH(QString, channel);
    QFETCH(QString, device);
    QFETCH(bool, belongs);
    QCOMPARE(OperatorCall::isChannelOf(channel, device), belongs);
}

void TestOperatorCall::sides()
{
    RowModel model({callRow("main/1795737818.43", "PJSIP/trunk-00000012", "PJSIP/1000-00000013", 5, false)});
    const OperatorCall c = OperatorCall::fromIndex(model.index(0, 0));
    QVERIFY(c.isValid());
    QCOMPARE(c.channelOf(QStringLiteral("PJSIP/1000")), QStringLiteral("PJSIP/1000-00000013"));
    QCOMPARE(c.otherChannel(QStringLiteral("PJSIP/1000")), QStringLiteral("PJSIP/trunk-00000012"));
    QCOMPARE(c.otherParty(QStringLiteral("PJSIP/1000")), QStringLiteral("ACME Corp 0612345678"));
    // The trunk side talks to the operator.
    QCOMPARE(c.otherParty(QStringLiteral("PJSIP/trunk")), QStringLiteral("Operator 1000"));
    // Not in the call: the caller is the one moved.
    QVERIFY(c.channelOf(QStringLiteral("PJSIP/1001")).isEmpty());
    QCOMPARE(c.otherChannel(QStringLiteral("PJSIP/1001")), QStringLiteral("PJSIP/trunk-00000012"));
    QCOMPARE(c.calleeDevice(), QStringLiteral("PJSIP/1000"));
    QVERIFY(!OperatorCall::fromIndex(QModelIndex()).isValid());
}

void TestOperatorCall::partyNamesOnce()
{
    QCOMPARE(OperatorCall::party(QStringLiteral("0612"), QStringLiteral("0612")), QStringLiteral("0612"));
    QCOMPARE(OperatorCall::party(QString(), QStringLiteral("0612")), QStringLiteral("0612"));
    QCOMPARE(OperatorCall::party(QStringLiteral("Zoë Müller"), QString()), QStringLiteral("Zoë Müller"));
    QCOMPARE(
        OperatorCall::party(QStringLiteral("ACME"), QStringLiteral("0612")), QStringLiteral("ACME 0612"));
}

void TestOperatorCall::operatorCallPrefersTheAnsweredOneNotOnHold()
{
    RowModel model({callRow("held", "PJSIP/trunk-00000010", "PJSIP/1000-00000011", 5, true),
        callRow("ringing", "PJSIP/trunk-00000014", "PJSIP/1000-00000015", 0, false),
        callRow("talking", "PJSIP/trunk-00000012", "PJSIP/1000-00000013", 7, false),
        callRow("others", "PJSIP/1001-00000008", "PJSIP/1003-00000009", 9, false)});
    CallLookup lookup;
    lookup.setCallModel(&model);
    const QString op = QStringLiteral("PJSIP/1000");
    QCOMPARE(lookup.operatorCall(QStringLiteral("main"), op).data(CallRoles::Key).toString(),
        QStringLiteral("talking"));
    QCOMPARE(lookup.operatorCall(QString(), op).data(CallRoles::Key).toString(), QStringLiteral("talking"));
    QVERIFY(!lookup.operatorCall(QStringLiteral("branch"), op).isValid());
    QCOMPARE(lookup.byKey(QStringLiteral("others")).row(), 3);
    QVERIFY(!lookup.byKey(QStringLiteral("gone")).isValid());
}

void TestOperatorCall::callOfAPhoneAndWhatRingsIt()
{
    RowModel model({callRow("talk", "PJSIP/1001-00000008", "PJSIP/1003-00000009", 9, false),
        callRow("ring", "PJSIP/1004-0000000a", "PJSIP/1002-00000005", 0, false)});
    CallLookup lookup;
    lookup.setCallModel(&model);
    const QString main = QStringLiteral("main");
    QCOMPARE(lookup.callOf(main, QStringLiteral("PJSIP/1003"), false).data(CallRoles::Key).toString(),
        QStringLiteral("talk"));
    QVERIFY(!lookup.callOf(main, QStringLiteral("PJSIP/1003"), true).isValid());
    QCOMPARE(lookup.callOf(main, QStringLiteral("PJSIP/1002"), true).data(CallRoles::Key).toString(),
        QStringLiteral("ring"));
    // The caller's phone is not rung by its own call.
    QVERIFY(!lookup.callOf(main, QStringLiteral("PJSIP/1004"), true).isValid());
    QVERIFY(!lookup.callOf(main, QString(), false).isValid());
    QVERIFY(!lookup.callOf(QStringLiteral("branch"), QStringLiteral("PJSIP/1003"), false).isValid());
}

void TestOperatorCall::longestWaitingSkipsTheOperatorsOwnRinging()
{
    RowModel calls({callRow("mine", "PJSIP/trunk-00000020", "PJSIP/1000-00000021", 0, false, 100),
        callRow("bob", "PJSIP/1004-0000000a", "PJSIP/1002-00000005", 0, false, 300)});
    RowModel queues({{{QueueRoles::ServerId, QStringLiteral("main")}, {QueueRoles::IsMember, false},
                         {QueueRoles::CallerChannel, QStringLiteral("PJSIP/trunk-00000040")},
                         {QueueRoles::CallerName, QStringLiteral("Niaj Nolan")},
                         {QueueRoles::Queue, QStringLiteral("support")}, {QueueRoles::WaitingSinceMs, 200}},
        {{QueueRoles::IsMember, true}, {QueueRoles::MemberInterface, QStringLiteral("PJSIP/1003")}}});
    WaitingCallers waiting;
    waiting.setCallModel(&calls);
    QCOMPARE(
        waiting.longestWaiting(QStringLiteral("PJSIP/1000")).channel, QStringLiteral("PJSIP/1004-0000000a"));
    waiting.setQueueModel(&queues);
    const WaitingCallers::Caller niaj = waiting.longestWaiting(QStringLiteral("PJSIP/1000"));
    QCOMPARE(niaj.channel, QStringLiteral("PJSIP/trunk-00000040"));
    QCOMPARE(niaj.queue, QStringLiteral("support"));
    // Without an operator's phone, the call ringing it is the longest waiting.
    QCOMPARE(waiting.longestWaiting(QString()).channel, QStringLiteral("PJSIP/trunk-00000020"));
}

QTEST_GUILESS_MAIN(TestOperatorCall)
#include "TestOperatorCall.moc"
