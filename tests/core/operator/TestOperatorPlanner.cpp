// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorPlanner.h"

#include <QTest>

// Channel names and call shapes as in the Asterisk 22 recordings
// (tests/data/ami/22.10.1, 03-* and 04-*): a trunk caller talking to the
// operator, two phones talking to each other, a phone ringing another.
namespace {

using S = Pbx::ExtensionState;
using K = OperatorChoice::Kind;
using R = OperatorChoice::Refusal;
using Op = CallControl::Operation;
using Key = OperatorKeys::Key;

const QString kServer = QStringLiteral("main");

OperatorCall call(const char* key, const char* caller, const char* callerName, const char* callerNumber,
    const char* callee, const char* calleeName, const char* calleeNumber, bool ringing = false)
{
    OperatorCall c;
    c.serverId = kServer;
    c.key = QString::fromLatin1(key);
    c.callerChannel = QString::fromLatin1(caller);
    c.callerName = QString::fromUtf8(callerName);
    c.callerNumber = QString::fromLatin1(callerNumber);
    c.calleeChannel = QString::fromLatin1(callee);
    c.calleeName = QString::fromUtf8(calleeName);
    c.calleeNumber = QString::fromLatin1(calleeNumber);
    c.ringing = ringing;
    return c;
}

// The outside caller talks to the operator (caller: trunk, callee: operator).
OperatorCall operatorCall()
{
    return call("main/1795737818.43", "PJSIP/trunk-00000012", "ACME Corp", "0612345678",
        "PJSIP/1000-00000013", "Operator", "1000");
}

// 1001 called 1003; they talk (the operator is not in it).
OperatorCall colleaguesCall()
{
    return call("main/1795737900.8", "PJSIP/1001-00000008", "Alice Adams", "1001", "PJSIP/1003-00000009",
        "Carol Clark", "1003");
}

// 1004 rings 1002, not yet answered.
OperatorCall ringingCall()
{
    return call("main/1795737950.10", "PJSIP/1004-0000000a", "Dave Dunn", "1004", "PJSIP/1002-00000005",
        "Bob Baker", "1002", true);
}

OperatorTile tile(const char* number, const char* name, S state)
{
    OperatorTile t;
    t.serverId = kServer;
    t.number = QString::fromLatin1(number);
    t.name = QString::fromUtf8(name);
    t.device = QStringLiteral("PJSIP/") + t.number;
    t.state = state;
    return t;
}

OperatorSituation situation(const OperatorCall& mine = {}, const OperatorCall& tileCall = {},
    const OperatorCall& ringing = {},
    Profile::BlindTransferMethod method = Profile::BlindTransferMethod::Redirect)
{
    Profile p;
    p.operatorDevice = QStringLiteral("PJSIP/1000");
    p.operatorExtension = QStringLiteral("1000");
    p.blindTransferMethod = method;
    OperatorSituation s = OperatorSituation::of(p);
    s.mine = mine;
    s.tileCall = tileCall;
    s.ringing = ringing;
    return s;
}

QList<K> kinds(const QList<OperatorChoice>& choices)
{
    QList<K> out;
    for (const OperatorChoice& c : choices)
        out.append(c.kind);
    return out;
}

WaitingCallers::Caller niajInSupport()
{
    return {kServer, QStringLiteral("PJSIP/trunk-00000040"), QStringLiteral("Niaj Nolan"),
        QStringLiteral("0698765432"), QStringLiteral("support"), 1000};
}

} // namespace

class TestOperatorPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownPhoneIsNeverCalled();
    void idleTileOffersACall();
    void ringingTileOffersPickupOfItsCaller();
    void operatorsCallCanGoToTheTile();
    void blindTransferActionHandsOverTheOperatorsChannel();
    void talkingTileCanBeSupervised();
    void callMenuOfTheOperatorsCall();
    void callMenuOfSomeoneElsesCall();
    void keys_data();
    void keys();
    void numbersFromOutsideAreUntrusted();
    void keysNeedTheirOperation();
};

void TestOperatorPlanner::ownPhoneIsNeverCalled()
{
    const OperatorTile me = tile("1000", "Operator", S::Idle);
    QVERIFY(OperatorPlanner::isOperatorPhone(me, situation()));
    QCOMPARE(OperatorPlanner::callTile(me, situation()).refusal, R::OwnPhone);
    const QList<OperatorChoice> menu = OperatorPlanner::tileMenu(me, situation(operatorCall()));
    QCOMPARE(menu.size(), 1);
    QVERIFY(!menu.first().isAllowed());
    QCOMPARE(menu.first().refusal, R::OwnPhone);
    // By extension too: a hint on another device still names the operator's extension.
    OperatorTile byNumber = me;
    byNumber.device = QStringLiteral("PJSIP/1000b");
    QVERIFY(OperatorPlanner::isOperatorPhone(byNumber, situation()));
}

void TestOperatorPlanner::idleTileOffersACall()
{
    const QList<OperatorChoice> menu
        = OperatorPlanner::tileMenu(tile("1005", "Erin Evans", S::Idle), situation());
    QCOMPARE(kinds(menu), QList<K> {K::CallExtension});
    QCOMPARE(menu.first().request.operation, Op::Call);
    QCOMPARE(menu.first().request.number, QStringLiteral("1005"));
    QCOMPARE(menu.first().request.origin, CallControl::NumberOrigin::Operator);
    QCOMPARE(menu.first().target, QStringLiteral("Erin Evans"));
}

void TestOperatorPlanner::ringingTileOffersPickupOfItsCaller()
{
    const QList<OperatorChoice> menu
        = OperatorPlanner::tileMenu(tile("1002", "Bob Baker", S::Ringing), situation({}, {}, ringingCall()));
    QCOMPARE(kinds(menu), (QList<K> {K::CallExtension, K::PickupRinging}));
    const OperatorChoice& pickup = menu.at(1);
    QCOMPARE(pickup.request.operation, Op::Pickup);
    QCOMPARE(pickup.request.channel, QStringLiteral("PJSIP/1004-0000000a"));
    QCOMPARE(pickup.request.number, QStringLiteral("1002"));
    QCOMPARE(pickup.who, QStringLiteral("Dave Dunn 1004"));
    QCOMPARE(pickup.target, QStringLiteral("Bob Baker"));
}

void TestOperatorPlanner::operatorsCallCanGoToTheTile()
{
    const QList<OperatorChoice> menu
        = OperatorPlanner::tileMenu(tile("1005", "Erin Evans", S::Idle), situation(operatorCall()));
    QCOMPARE(kinds(menu),
        (QList<K> {K::CallExtension, K::TransferHere, K::AttendedTransferHere, K::TransferToVoicemail}));
    // Redirect moves the caller; Atxfer runs on the operator's own channel.
    QCOMPARE(menu.at(1).request.operation, Op::BlindTransfer);
    QCOMPARE(menu.at(1).request.channel, QStringLiteral("PJSIP/trunk-00000012"));
    QCOMPARE(menu.at(1).request.number, QStringLiteral("1005"));
    QCOMPARE(menu.at(1).who, QStringLiteral("ACME Corp 0612345678"));
    QCOMPARE(menu.at(2).request.operation, Op::AttendedTransfer);
    QCOMPARE(menu.at(2).request.channel, QStringLiteral("PJSIP/1000-00000013"));
    QCOMPARE(menu.at(3).request.operation, Op::TransferToVoicemail);
    QCOMPARE(menu.at(3).request.channel, QStringLiteral("PJSIP/trunk-00000012"));
    QCOMPARE(menu.at(3).request.number, QStringLiteral("1005"));
}

void TestOperatorPlanner::blindTransferActionHandsOverTheOperatorsChannel()
{
    const OperatorChoice c = OperatorPlanner::transfer(
        situation(operatorCall(), {}, {}, Profile::BlindTransferMethod::BlindTransferAction),
        QStringLiteral("1005"), QStringLiteral("Erin Evans"), false);
    QCOMPARE(c.kind, K::TransferHere);
    QCOMPARE(c.request.channel, QStringLiteral("PJSIP/1000-00000013"));
    QCOMPARE(OperatorPlanner::transfer(situation(), QStringLiteral("1005"), QString(), false).refusal,
        R::NoCallToTransfer);
}

void TestOperatorPlanner::talkingTileCanBeSupervised()
{
    const OperatorTile alice = tile("1001", "Alice Adams", S::InUse);
    const QList<OperatorChoice> menu
        = OperatorPlanner::tileMenu(alice, situation(operatorCall(), colleaguesCall()));
    QCOMPARE(kinds(menu),
        (QList<K> {K::CallExtension, K::TransferHere, K::AttendedTransferHere, K::TransferToVoicemail,
            K::Listen, K::Whisper, K::Barge, K::ParkTheirCaller, K::HangupTheirCall}));
    QCOMPARE(menu.at(4).request.device, QStringLiteral("PJSIP/1001"));
    QCOMPARE(menu.at(5).request.operation, Op::Whisper);
    QCOMPARE(menu.at(6).request.operation, Op::Barge);
    // Park moves the party Alice talks to; the operator's channel hears the space.
    QCOMPARE(menu.at(7).request.channel, QStringLiteral("PJSIP/1003-00000009"));
    QCOMPARE(menu.at(7).request.operatorChannel, QStringLiteral("PJSIP/1000-00000013"));
    QCOMPARE(menu.at(7).who, QStringLiteral("Carol Clark 1003"));
    QCOMPARE(menu.at(8).request.channel, QStringLiteral("PJSIP/1001-00000008"));
    // In use but its call not (yet) known: supervision only.
    QCOMPARE(kinds(OperatorPlanner::tileMenu(alice, situation())),
        (QList<K> {K::CallExtension, K::Listen, K::Whisper, K::Barge}));
}

void TestOperatorPlanner::callMenuOfTheOperatorsCall()
{
    const QList<OperatorChoice> menu = OperatorPlanner::callMenu(operatorCall(), situation());
    QCOMPARE(kinds(menu), (QList<K> {K::Park, K::Hangup, K::CancelTransfer}));
    QCOMPARE(menu.at(0).request.channel, QStringLiteral("PJSIP/trunk-00000012"));
    QCOMPARE(menu.at(0).request.operatorChannel, QStringLiteral("PJSIP/1000-00000013"));
    QCOMPARE(menu.at(1).request.channel, QStringLiteral("PJSIP/1000-00000013"));
    QCOMPARE(menu.at(2).request.operation, Op::CancelAttendedTransfer);
    QCOMPARE(menu.at(2).who, QStringLiteral("ACME Corp 0612345678"));
}

void TestOperatorPlanner::callMenuOfSomeoneElsesCall()
{
    const QList<OperatorChoice> menu = OperatorPlanner::callMenu(colleaguesCall(), situation());
    QCOMPARE(kinds(menu), (QList<K> {K::ParkCaller, K::ListenCallee, K::HangupCaller}));
    QCOMPARE(menu.at(0).request.channel, QStringLiteral("PJSIP/1001-00000008"));
    QVERIFY(menu.at(0).request.operatorChannel.isEmpty());
    QCOMPARE(menu.at(1).request.device, QStringLiteral("PJSIP/1003"));
    QCOMPARE(menu.at(1).target, QStringLiteral("Carol Clark 1003"));
    QCOMPARE(menu.at(2).request.channel, QStringLiteral("PJSIP/1001-00000008"));
}

void TestOperatorPlanner::keys_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<OperatorTile>("selected");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("operatorTalks");
    QTest::addColumn<OperatorChoice>("expected");

    const OperatorTile none;
    const OperatorTile erin = tile("1005", "Erin Evans", S::Idle);
    const OperatorTile bob = tile("1002", "Bob Baker", S::Ringing);
    const OperatorTile alice = tile("1001", "Alice Adams", S::InUse);
    const auto refused = [](R r) { return OperatorChoice::refuse(r); };
    const auto made = [](K k, Op op, const char* channel, const char* number) {
        OperatorRequest r;
        r.operation = op;
        r.channel = QString::fromLatin1(channel);
        r.number = QString::fromLatin1(number);
        return OperatorChoice::make(k, r, {});
    };

    QTest::newRow("F3 calls the tile")
        << Key::Call << erin << QString() << false << made(K::CallExtension, Op::Call, "", "1005");
    QTest::newRow("F3 calls the typed number") << Key::Call << none << QStringLiteral("0612345678") << false
                                               << made(K::CallNumber, Op::Call, "", "0612345678");
    QTest::newRow("F3 with nothing") << Key::Call << none << QString() << false
                                     << refused(R::NothingSelected);
    QTest::newRow("F3 on the own phone")
        << Key::Call << tile("1000", "Operator", S::Idle) << QString() << false << refused(R::OwnPhone);
    QTest::newRow("F4 hangs up the operator's call")
        << Key::Hangup << erin << QString() << true << made(K::Hangup, Op::Hangup, "PJSIP/1000-00000013", "");
    QTest::newRow("F4 hangs up the tile's call")
        << Key::Hangup << alice << QString() << false
        << made(K::HangupTheirCall, Op::Hangup, "PJSIP/1001-00000008", "");
    QTest::newRow("F4 with no call") << Key::Hangup << erin << QString() << false
                                     << refused(R::NoCallToHangUp);
    QTest::newRow("F5 to the tile") << Key::Transfer << erin << QString() << true
                                    << made(K::TransferHere, Op::BlindTransfer, "PJSIP/trunk-00000012",
                                           "1005");
    QTest::newRow("F5 to the typed number")
        << Key::Transfer << none << QStringLiteral("0612") << true
        << made(K::TransferHere, Op::BlindTransfer, "PJSIP/trunk-00000012", "0612");
    QTest::newRow("F5 without a call")
        << Key::Transfer << erin << QString() << false << refused(R::NoCallToTransfer);
    QTest::newRow("F5 without a target")
        << Key::Transfer << none << QString() << true << refused(R::NothingSelected);
    QTest::newRow("F6 to the tile") << Key::AttendedTransfer << erin << QString() << true
                                    << made(K::AttendedTransferHere, Op::AttendedTransfer,
                                           "PJSIP/1000-00000013", "1005");
    QTest::newRow("F7 parks the operator's caller")
        << Key::Park << none << QString() << true << made(K::Park, Op::Park, "PJSIP/trunk-00000012", "");
    QTest::newRow("F7 without a call") << Key::Park << none << QString() << false << refused(R::NoCallToPark);
    QTest::newRow("F8 picks up the ringing tile")
        << Key::Pickup << bob << QString() << false
        << made(K::PickupRinging, Op::Pickup, "PJSIP/1004-0000000a", "1002");
    QTest::newRow("F8 on a tile not ringing")
        << Key::Pickup << erin << QString() << false << refused(R::NotRinging);
    QTest::newRow("F9 brings the longest waiting")
        << Key::Answer << none << QString() << false
        << made(K::TakeWaitingCaller, Op::TakeWaitingCaller, "PJSIP/trunk-00000040", "");
}

void TestOperatorPlanner::keys()
{
    QFETCH(Key, key);
    QFETCH(OperatorTile, selected);
    QFETCH(QString, typed);
    QFETCH(bool, operatorTalks);
    QFETCH(OperatorChoice, expected);
    OperatorSituation s = situation(operatorTalks ? operatorCall() : OperatorCall());
    if (selected.number == QLatin1String("1001"))
        s.tileCall = colleaguesCall();
    if (selected.number == QLatin1String("1002"))
        s.ringing = ringingCall();
    const OperatorChoice c = OperatorPlanner::forKey(key, selected, typed, s, niajInSupport());
    QCOMPARE(c.kind, expected.kind);
    QCOMPARE(c.refusal, expected.refusal);
    if (!c.isAllowed())
        return;
    QCOMPARE(c.request.operation, expected.request.operation);
    QCOMPARE(c.request.channel, expected.request.channel);
    QCOMPARE(c.request.number, expected.request.number);
}

void TestOperatorPlanner::numbersFromOutsideAreUntrusted()
{
    // A number typed on the board goes through the dialable rule like one from outside.
    OperatorChoice c = OperatorPlanner::forKey(
        Key::Call, {}, QStringLiteral("0612345678"), situation(), WaitingCallers::Caller());
    QCOMPARE(c.request.origin, CallControl::NumberOrigin::Untrusted);
    c = OperatorPlanner::callNumber(QStringLiteral("1002"), CallControl::NumberOrigin::Untrusted);
    QCOMPARE(c.request.origin, CallControl::NumberOrigin::Untrusted);
    c = OperatorPlanner::transfer(situation(operatorCall()), QStringLiteral("0612"), QStringLiteral("0612"),
        false, CallControl::NumberOrigin::Untrusted);
    QCOMPARE(c.request.origin, CallControl::NumberOrigin::Untrusted);
    // F9 says which queue and which PBX the caller waits on.
    c = OperatorPlanner::takeWaiting(niajInSupport());
    QCOMPARE(c.queue, QStringLiteral("support"));
    QCOMPARE(c.serverId, kServer);
    QCOMPARE(c.who, QStringLiteral("Niaj Nolan 0698765432"));
    QCOMPARE(OperatorPlanner::takeWaiting({}).refusal, R::NobodyWaiting);
}

void TestOperatorPlanner::keysNeedTheirOperation()
{
    QCOMPARE(OperatorKeys::all().size(), 7);
    QCOMPARE(OperatorKeys::operation(Key::Answer), Op::TakeWaitingCaller);
    QCOMPARE(OperatorKeys::operation(Key::Transfer), Op::BlindTransfer);
    QCOMPARE(OperatorKeys::settingsName(Key::AttendedTransfer), QStringLiteral("attendedTransfer"));
    QCOMPARE(OperatorKeys::defaultShortcut(Key::Answer), QStringLiteral("F9"));
}

QTEST_GUILESS_MAIN(TestOperatorPlanner)
#include "TestOperatorPlanner.moc"
