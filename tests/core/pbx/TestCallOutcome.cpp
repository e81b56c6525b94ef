// SPDX-License-Identifier: GPL-3.0-or-later
// CallControl with CallFollower, AttendedTransferWatch and DialplanCheck: success
// and failure decided from what the PBX state shows afterwards.
#include "CallControlRig.h"
#include "FakeAmiServer.h"
#include "Transcript.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/CallFollower.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using Op = CallControl::Operation;
using Failure = CallControl::Failure;

class TestCallOutcome : public CallControlRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void attendedTransferCompleted();
    void attendedTransferCancelled();
    void attendedTransferFailsWhenCallEnds();
    void callSucceedsWhenTheOtherPartyRings();
    void callToUnregisteredPhoneFails();
    void originateOfUnregisteredPhoneFails();
    void listenSucceedsOnlyWhenChanSpyStarts();
    void listenFailsWhenChanSpyNeverStarts();
    void listenFailsWhenChanSpyWaitsForNobody();
    void spyTargetMustBeAPlainDevice();
    void voicemailTransferRefusedWhenExtensionMissing();
    void voicemailTransferFailsWhenCallerIsHungUp();
    void voicemailTransferSucceedsWhenCallerStays();
};

void TestCallOutcome::attendedTransferCompleted()
{
    // 04-atxfer-attended-transfer replayed: 1000 calls 1002, announces it to
    // 1003 (Atxfer) and hangs up: AttendedTransfer Success names the
    // consultation leg Local/1003@phones-0000000c;1 as the target.
    QVERIFY(m_server->loadTranscript(
        QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/04-atxfer-attended-transfer")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy outcome(m_control, &CallControl::attendedTransferFinished);
    m_control->call(QStringLiteral("1002"));
    QVERIFY(ok.wait());
    const quint64 id
        = m_control->attendedTransfer(QStringLiteral("PJSIP/1000-00000013"), QStringLiteral("1003"));
    QVERIFY(outcome.wait());
    QCOMPARE(outcome.size(), 1);
    QCOMPARE(outcome.first().at(0).toULongLong(), id);
    QCOMPARE(
        outcome.first().at(1).value<CallControl::TransferOutcome>(), CallControl::TransferOutcome::Completed);
}

void TestCallOutcome::attendedTransferCancelled()
{
    // The recorded Atxfer up to the consultation leg ringing 1003; then that
    // leg hangs up (the consulted person declines): no AttendedTransfer.
    const QString rec = QStringLiteral("04-atxfer-attended-transfer");
    m_server->sendRaw(recorded(rec, QStringLiteral("Newchannel[Channel=PJSIP/1000-00000013]#1"), {}));
    m_server->setHandler("Atxfer", [rec](const AmiMessage& a) {
        return recorded(rec, QStringLiteral("ActionID=04-atxfer-attended-trans-3"),
            QStringLiteral("Newchannel[Channel=PJSIP/1003-00000015]#1"), "04-atxfer-attended-trans-3",
            a.actionId().toByteArray());
    });
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("PJSIP/1000-00000013")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy outcome(m_control, &CallControl::attendedTransferFinished);
    m_control->attendedTransfer(QStringLiteral("PJSIP/1000-00000013"), QStringLiteral("1003"));
    QVERIFY(ok.wait());
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("Local/1003@phones-0000000c;1")));
    m_server->sendRaw(recorded(rec, QStringLiteral("Hangup[Channel=Local/1003@phones-0000000c;1]#1"), {}));
    QVERIFY(outcome.wait());
    QCOMPARE(
        outcome.first().at(1).value<CallControl::TransferOutcome>(), CallControl::TransferOutcome::Cancelled);
}

void TestCallOutcome::attendedTransferFailsWhenCallEnds()
{
    const QString rec = QStringLiteral("04-atxfer-attended-transfer");
    m_server->sendRaw(recorded(rec, QStringLiteral("Newchannel[Channel=PJSIP/1000-00000013]#1"), {}));
    m_server->setHandler("Atxfer", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Atxfer successfully queued"}});
    });
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("PJSIP/1000-00000013")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy outcome(m_control, &CallControl::attendedTransferFinished);
    m_control->attendedTransfer(QStringLiteral("PJSIP/1000-00000013"), QStringLiteral("1003"));
    QVERIFY(ok.wait());
    m_server->sendRaw(recorded(rec, QStringLiteral("Hangup[Channel=PJSIP/1000-00000013]#1"), {}));
    QVERIFY(outcome.wait());
    QCOMPARE(
        outcome.first().at(1).value<CallControl::TransferOutcome>(), CallControl::TransferOutcome::Failed);
    QVERIFY(!outcome.first().at(2).toString().isEmpty());
}

void TestCallOutcome::callSucceedsWhenTheOtherPartyRings()
{
    // 03-call-originate-1000-to-1002, replayed: success once 1002 is dialled, not at "answered".
    QVERIFY(m_server->loadTranscript(
        QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/03-call-originate-1000-to-1002")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    const quint64 id = m_control->call(QStringLiteral("1002"));
    QVERIFY(ok.wait());
    QCOMPARE(ok.first().at(0).toULongLong(), id);
    QCOMPARE(failed.size(), 0);
}

void TestCallOutcome::callToUnregisteredPhoneFails()
{
    // The operator's phone answers (OriginateResponse Success, Reason 4), but
    // Dial() cannot ring an unregistered phone: the operator's leg ends
    // without any DialBegin. The app used to say "Call connected.".
    m_control->follower()->setSettleTimeoutMs(
        20000); // far longer than the test takes, even on a busy machine
    const QString rec = QStringLiteral("03-call-originate-1000-to-1002");
    m_server->setHandler("Originate", [rec](const AmiMessage& a) {
        return recorded(rec, QStringLiteral("ActionID=03-call-originate-1000-t-2"),
            QStringLiteral("OriginateResponse#1"), "03-call-originate-1000-t-2", a.actionId().toByteArray());
    });
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->call(QStringLiteral("1006"));
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("PJSIP/1000-00000004")));
    m_server->sendRaw(recorded(rec, QStringLiteral("Hangup[Channel=PJSIP/1000-00000004]#1"), {}));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::Unreachable);
    QVERIFY(failed.first().at(3).toString().contains(QLatin1String("1006")));
    QCOMPARE(ok.size(), 0);
}

void TestCallOutcome::originateOfUnregisteredPhoneFails()
{
    // 03-originate-failures: the unregistered endpoint 1006 as the calling side.
    QVERIFY(
        m_server->loadTranscript(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/03-originate-failures")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->callBetween(QStringLiteral("PJSIP/1006"), QString(), QStringLiteral("1002"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::OriginateFailed);
    QCOMPARE(ok.size(), 0);
}

void TestCallOutcome::listenSucceedsOnlyWhenChanSpyStarts()
{
    QVERIFY(m_server->loadTranscript(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/04-chanspy")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    m_control->callBetween(
        QStringLiteral("PJSIP/1001"), QStringLiteral("\"Alice\" <1001>"), QStringLiteral("1002"));
    QVERIFY(ok.wait());
    const quint64 id = m_control->listen(QStringLiteral("PJSIP/1001"));
    QVERIFY(ok.wait());
    QCOMPARE(ok.last().at(0).toULongLong(), id);
    QCOMPARE(ok.last().at(1).value<Op>(), Op::Listen);
}

void TestCallOutcome::listenFailsWhenChanSpyNeverStarts()
{
    // The operator's leg answers (Reason 4), ChanSpy refuses and Asterisk
    // hangs the leg up: no ChanSpyStart. The app used to say "Listen: done.".
    const QString rec = QStringLiteral("04-chanspy");
    m_server->setHandler("Originate", [rec](const AmiMessage& a) {
        return recorded(rec, QStringLiteral("ActionID=04-chanspy-3"), QStringLiteral("OriginateResponse#2"),
            "04-chanspy-3", a.actionId().toByteArray());
    });
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->listen(QStringLiteral("PJSIP/1001"));
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("PJSIP/1000-00000025")));
    m_server->sendRaw(recorded(rec, QStringLiteral("Hangup[Channel=PJSIP/1000-00000025]#1"), {}));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(1).value<Op>(), Op::Listen);
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::SpyNotStarted);
    QCOMPARE(ok.size(), 0);
}

void TestCallOutcome::listenFailsWhenChanSpyWaitsForNobody()
{
    // ChanSpy on a phone without a call waits silently: the operator's leg
    // stays up, no ChanSpyStart comes. That is not "listening".
    m_control->follower()->setSpyStartTimeoutMs(300);
    const QString rec = QStringLiteral("04-chanspy");
    m_server->setHandler("Originate", [rec](const AmiMessage& a) {
        return recorded(rec, QStringLiteral("ActionID=04-chanspy-3"), QStringLiteral("OriginateResponse#2"),
            "04-chanspy-3", a.actionId().toByteArray());
    });
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->listen(QStringLiteral("PJSIP/1001"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::SpyNotStarted);
    QVERIFY(failed.first().at(3).toString().contains(QLatin1String("PJSIP/1001")));
    QCOMPARE(ok.size(), 0);
}

void TestCallOutcome::spyTargetMustBeAPlainDevice()
{
    // A raw presence hint once reached ChanSpy as "PJSIP/1001,CustomPresence:1001,q".
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->listen(QStringLiteral("PJSIP/1001,CustomPresence:1001"));
    m_control->whisper(QStringLiteral("PJSIP/1001&PJSIP/1002"));
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(2).value<Failure>(), Failure::InvalidValue);
    QCOMPARE(failed.at(1).at(2).value<Failure>(), Failure::InvalidValue);
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(m_server->receivedActions("Originate").size(), 0);
}

void TestCallOutcome::voicemailTransferRefusedWhenExtensionMissing()
{
    // Asterisk answers ShowDialPlan for a missing extension with an error
    // ("Did not find extension <exten>@<context>", pbx.c); nothing is redirected.
    m_server->setHandler("ShowDialPlan", [](const AmiMessage& a) {
        return FakeAmiServer::packet({{"Response", "Error"}, {"ActionID", a.actionId()},
            {"Message", "Did not find extension *1004@vm"}});
    });
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->transferToVoicemail(QStringLiteral("PJSIP/1002-0000000c"), QStringLiteral("1004"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::NoSuchExtension);
    const AmiMessage asked = m_server->receivedActions("ShowDialPlan").value(0);
    QCOMPARE(asked.value("Context"), QStringLiteral("vm"));
    QCOMPARE(asked.value("Extension"), QStringLiteral("*1004"));
    QCOMPARE(m_server->receivedActions("Redirect").size(), 0);
    // Asked once: the answer is remembered.
    m_control->transferToVoicemail(QStringLiteral("PJSIP/1002-0000000c"), QStringLiteral("1004"));
    QVERIFY(failed.wait());
    QCOMPARE(m_server->receivedActions("ShowDialPlan").size(), 1);
}

void TestCallOutcome::voicemailTransferFailsWhenCallerIsHungUp()
{
    // The dialplan check cannot answer (an account without the right), the
    // Redirect succeeds, and Asterisk hangs the caller up at once ("sent to
    // invalid extension"): that is a failure, not "done".
    const QString rec = QStringLiteral("04-redirect-blind-transfer");
    m_server->setHandler("ShowDialPlan", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    });
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    m_server->sendRaw(recorded(rec, QStringLiteral("Newchannel[Channel=PJSIP/1002-0000000c]#1"), {}));
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("PJSIP/1002-0000000c")));
    m_control->follower()->setRedirectWatchMs(20000); // the hang-up below comes well inside it
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->transferToVoicemail(QStringLiteral("PJSIP/1002-0000000c"), QStringLiteral("1004"));
    QTRY_COMPARE(m_server->receivedActions("Redirect").size(), 1);
    m_server->sendRaw(recorded(rec, QStringLiteral("Hangup[Channel=PJSIP/1002-0000000c]#1"), {}));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(1).value<Op>(), Op::TransferToVoicemail);
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::CallerLost);
    QCOMPARE(ok.size(), 0);
}

void TestCallOutcome::voicemailTransferSucceedsWhenCallerStays()
{
    const QString rec = QStringLiteral("04-redirect-blind-transfer");
    m_control->follower()->setRedirectWatchMs(300);
    // 02-ShowDialPlan's answer: the extension exists (a priority besides the hint).
    m_server->setHandler("ShowDialPlan", [](const AmiMessage& a) {
        return recorded(QStringLiteral("02-ShowDialPlan"), QStringLiteral("ActionID=02-ShowDialPlan-2"),
            QStringLiteral("ShowDialPlanComplete#1"), "02-ShowDialPlan-2", a.actionId().toByteArray());
    });
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    m_server->sendRaw(recorded(rec, QStringLiteral("Newchannel[Channel=PJSIP/1002-0000000c]#1"), {}));
    QTRY_VERIFY(m_state->channelByName(QStringLiteral("PJSIP/1002-0000000c")));
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->transferToVoicemail(QStringLiteral("PJSIP/1002-0000000c"), QStringLiteral("1004"));
    QVERIFY(ok.wait());
    QCOMPARE(ok.first().at(1).value<Op>(), Op::TransferToVoicemail);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_server->receivedActions("Redirect").size(), 1);
}

QTEST_GUILESS_MAIN(TestCallOutcome)
#include "TestCallOutcome.moc"
