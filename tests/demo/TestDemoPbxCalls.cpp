// SPDX-License-Identifier: GPL-3.0-or-later
// DemoPbx call actions: Originate, Hangup, Park and its timeout, transfers, and
// voicemail after no answer (with app_voicemail's lock).
#include "DemoPbxRig.h"
#include "DemoTestClient.h"
#include "MockClock.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSync.h"
#include "demo/DemoCalls.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

class TestDemoPbxCalls : public DemoPbxRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void originateCall();
    void originateFailures();
    void hangupAction();
    void parkTimeoutAndPickup();
    void transfers();
    void parkerFreeAfterParking();
    void voicemailAfterNoAnswer();
    void voicemailLockHonoured();
};

void TestDemoPbxCalls::originateCall()
{
    auto client = loggedIn();
    QVERIFY(client);
    const AmiMessage request = action({{"Action", QStringLiteral("Originate")},
        {"Channel", QStringLiteral("PJSIP/1000")}, {"Context", QStringLiteral("phones")},
        {"Exten", QStringLiteral("1002")}, {"Priority", QStringLiteral("1")},
        {"CallerID", QStringLiteral("\"Operator\" <1000>")}, {"Async", QStringLiteral("true")}});
    client->send(request);
    const qsizetype before = client->received().size();
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Originate successfully queued"));
    // The response comes before any event of the call.
    for (qsizetype i = before; i < client->received().size() - 1; ++i)
        QVERIFY(client->received().at(i).eventName() != "Newchannel");
    m_clock->advance(0);
    AmiMessage result;
    QVERIFY(
        client->waitFor([](const AmiMessage& m) { return m.eventName() == "OriginateResponse"; }, &result));
    QCOMPARE(result.actionId(), request.actionId());
    QCOMPARE(result.value("Response"), QStringLiteral("Success"));
    QCOMPARE(result.value("Reason"), QStringLiteral("4"));
    AmiMessage ringing;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "DialState"; }, &ringing));
    QVERIFY(ringing.value("DestChannel").startsWith(QLatin1String("PJSIP/1002-")));
    QCOMPARE(ringing.value("DialStatus"), QStringLiteral("RINGING"));

    const QString callId = result.value("Uniqueid");
    QVERIFY(m_pbx->answer(callId));
    QVERIFY(m_pbx->hold(callId));
    QVERIFY(m_pbx->unhold(callId));
    m_clock->advance(5000);
    QVERIFY(m_pbx->hangup(callId));
    QVERIFY(client->sync());
    QStringList names;
    for (const AmiMessage& m : client->events())
        names.append(QString::fromLatin1(m.eventName()));
    QCOMPARE(names.count(QStringLiteral("BridgeEnter")), 2);
    QCOMPARE(names.count(QStringLiteral("Hangup")), 2);
    QCOMPARE(names.count(QStringLiteral("Hold")), 1);
    QCOMPARE(names.count(QStringLiteral("MusicOnHoldStart")), 1);
    QCOMPARE(names.count(QStringLiteral("Unhold")), 1);
    QVERIFY(names.indexOf(QStringLiteral("Newchannel")) < names.indexOf(QStringLiteral("DialBegin")));
    QVERIFY(names.lastIndexOf(QStringLiteral("BridgeEnter")) < names.indexOf(QStringLiteral("Hangup")));
    for (const AmiMessage& m : client->events()) {
        if (m.eventName() != "FullyBooted") {
            QVERIFY(m.contains("Privilege"));
            QVERIFY(
                QRegularExpression(QStringLiteral("^\\d+\\.\\d{6}$")).match(m.value("Timestamp")).hasMatch());
        }
    }
    QCOMPARE(m_pbx->world()->channelCount(), 0);
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1002"))->state, DemoDeviceState::NotInUse);
}

void TestDemoPbxCalls::originateFailures()
{
    auto client = loggedIn();
    QVERIFY(client);
    // Unknown technology: queued, then a failure with Reason 0.
    client->send(action({{"Action", QStringLiteral("Originate")}, {"Channel", QStringLiteral("Foo/bar")},
        {"Context", QStringLiteral("phones")}, {"Exten", QStringLiteral("1002")},
        {"Priority", QStringLiteral("1")}, {"Async", QStringLiteral("true")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Originate successfully queued"));
    m_clock->advance(0);
    AmiMessage failure;
    QVERIFY(
        client->waitFor([](const AmiMessage& m) { return m.eventName() == "OriginateResponse"; }, &failure));
    QCOMPARE(failure.value("Response"), QStringLiteral("Failure"));
    QCOMPARE(failure.value("Reason"), QStringLiteral("0"));
    QCOMPARE(failure.value("Uniqueid"), QStringLiteral("<unknown>"));

    // A target that does not exist is refused up front.
    client->send(action({{"Action", QStringLiteral("Originate")}, {"Channel", QStringLiteral("PJSIP/1000")},
        {"Context", QStringLiteral("phones")}, {"Exten", QStringLiteral("5555")},
        {"Async", QStringLiteral("true")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Extension does not exist."));

    // A phone in DND does not answer: Reason 3 once Timeout has passed, not before.
    const QString dndPhone = QStringLiteral("1004");
    QVERIFY(m_pbx->world()->extension(dndPhone)->hasDndDevice);
    QVERIFY(m_pbx->features()->setDnd(dndPhone, true));
    client->send(action({{"Action", QStringLiteral("Originate")}, {"Channel", QStringLiteral("PJSIP/1004")},
        {"Context", QStringLiteral("phones")}, {"Exten", QStringLiteral("1002")},
        {"Timeout", QStringLiteral("5000")}, {"Async", QStringLiteral("true")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Originate successfully queued"));
    m_clock->advance(4999);
    QVERIFY(client->sync());
    auto responses = [&client] {
        int n = 0;
        for (const AmiMessage& m : client->events())
            n += m.eventName() == "OriginateResponse";
        return n;
    };
    QCOMPARE(responses(), 1); // only the Foo/bar failure so far
    m_clock->advance(1);
    QVERIFY(
        client->waitFor([](const AmiMessage& m) { return m.eventName() == "OriginateResponse"; }, &failure));
    QCOMPARE(failure.value("Reason"), QStringLiteral("3"));
}

void TestDemoPbxCalls::hangupAction()
{
    auto client = loggedIn();
    QVERIFY(client);
    client->send(
        action({{"Action", QStringLiteral("Hangup")}, {"Channel", QStringLiteral("PJSIP/1002-ffffffff")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("No such channel"));

    const QString callId = m_pbx->startCall(QStringLiteral("1005"), QStringLiteral("1006"));
    QVERIFY(m_pbx->answer(callId));
    const QString name = m_pbx->world()->channel(callId)->name;
    client->send(
        action({{"Action", QStringLiteral("Hangup")}, {"Channel", name}, {"Cause", QStringLiteral("16")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Channel Hungup"));
    QVERIFY(client->waitFor(
        [&name](const AmiMessage& m) { return m.eventName() == "Hangup" && m.value("Channel") == name; }));
    QCOMPARE(m_pbx->world()->channelCount(), 0);
}

void TestDemoPbxCalls::parkTimeoutAndPickup()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startCall(QStringLiteral("1000"), QStringLiteral("1002"));
    QVERIFY(m_pbx->answer(callId));
    const QString parkee = m_pbx->world()->channel(m_pbx->calls()->call(callId)->callee)->name;
    client->send(action({{"Action", QStringLiteral("Park")}, {"Channel", parkee},
        {"TimeoutChannel", m_pbx->world()->channel(callId)->name}, {"Timeout", QStringLiteral("6000")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Park successful"));
    AmiMessage parked;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "ParkedCall"; }, &parked));
    QCOMPARE(parked.value("ParkingSpace"), QStringLiteral("701"));
    QCOMPARE(parked.value("ParkeeChannel"), parkee);

    // Timeout: ParkedCallTimeOut, and the call rings back the parker's phone.
    m_clock->advance(6000);
    AmiMessage timedOut;
    QVERIFY(
        client->waitFor([](const AmiMessage& m) { return m.eventName() == "ParkedCallTimeOut"; }, &timedOut));
    QCOMPARE(timedOut.value("ParkingSpace"), QStringLiteral("701"));
    // The space reads Idle again and the parkee runs app_dial's line from park-dial (04-park-timeout;
    // both were missing: a client fed only events kept the space InUse, issue 19's chaos run).
    AmiMessage idle;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "ExtensionStatus"; }, &idle));
    QCOMPARE(idle.value("Exten"), QStringLiteral("701"));
    QCOMPARE(idle.value("Status"), QStringLiteral("0"));
    AmiMessage dialBack;
    QVERIFY(client->waitFor(
        [&](const AmiMessage& m) { return m.eventName() == "Newexten" && m.value("Channel") == parkee; },
        &dialBack));
    QCOMPARE(dialBack.value("Context"), QStringLiteral("park-dial"));
    QCOMPARE(dialBack.value("Application"), QStringLiteral("AppDial"));
    QVERIFY(client->waitFor([](const AmiMessage& m) {
        return m.eventName() == "DialBegin"
            && m.value("DestChannel").startsWith(QLatin1String("PJSIP/1000-"));
    }));

    // Park again (answering the callback) and pick it up from 1003 by Originate to the space.
    const QString back = m_pbx->calls()->callIds().constFirst();
    QVERIFY(m_pbx->answer(back));
    QCOMPARE(m_pbx->park(back), 701);
    client->send(action({{"Action", QStringLiteral("Originate")}, {"Channel", QStringLiteral("PJSIP/1003")},
        {"Context", QStringLiteral("phones")}, {"Exten", QStringLiteral("701")},
        {"Async", QStringLiteral("true")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Originate successfully queued"));
    m_clock->advance(0);
    AmiMessage unparked;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "UnParkedCall"; }, &unparked));
    QVERIFY(unparked.value("RetrieverChannel").startsWith(QLatin1String("PJSIP/1003-")));
    QVERIFY(m_pbx->world()->parkedCall(701) == nullptr);
}

void TestDemoPbxCalls::transfers()
{
    auto client = loggedIn();
    QVERIFY(client);
    auto callBetween = [this](const char* a, const char* b) {
        const QString id = m_pbx->startCall(QLatin1String(a), QLatin1String(b));
        m_pbx->answer(id);
        return id;
    };
    // BlindTransfer: the operator sends the other party to 1003.
    QString id = callBetween("1000", "1002");
    client->send(
        action({{"Action", QStringLiteral("BlindTransfer")}, {"Channel", m_pbx->world()->channel(id)->name},
            {"Exten", QStringLiteral("1003")}, {"Context", QStringLiteral("phones")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Transfer succeeded"));
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "BlindTransfer"; }));
    QVERIFY(client->waitFor([](const AmiMessage& m) {
        return m.eventName() == "DialBegin"
            && m.value("DestChannel").startsWith(QLatin1String("PJSIP/1003-"));
    }));
    QCOMPARE(m_pbx->world()->channelsOf(QStringLiteral("1000")).size(), 0);

    // Redirect with ExtraChannel: both parties leave.
    id = callBetween("1005", "1006");
    const DemoCall* call = m_pbx->calls()->call(id);
    client->send(action(
        {{"Action", QStringLiteral("Redirect")}, {"Channel", m_pbx->world()->channel(call->callee)->name},
            {"Exten", QStringLiteral("1007")}, {"Context", QStringLiteral("phones")},
            {"Priority", QStringLiteral("1")}, {"ExtraChannel", m_pbx->world()->channel(call->caller)->name},
            {"ExtraExten", QStringLiteral("1008")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Dual Redirect successful"));
    client->send(action({{"Action", QStringLiteral("Redirect")},
        {"Channel", QStringLiteral("PJSIP/nosuch-00000000")}, {"Exten", QStringLiteral("1003")}}));
    QCOMPARE(
        client->nextResponse().message(), QStringLiteral("Channel does not exist: PJSIP/nosuch-00000000"));

    // Atxfer: hold, consultation call to 1009; when it answers, AttendedTransfer.
    id = callBetween("1000", "1010");
    client->send(action({{"Action", QStringLiteral("Atxfer")}, {"Channel", m_pbx->world()->channel(id)->name},
        {"Exten", QStringLiteral("1009")}, {"Context", QStringLiteral("phones")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Atxfer successfully queued"));
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "Hold"; }));
    AmiMessage consult;
    QVERIFY(client->waitFor(
        [](const AmiMessage& m) {
            return m.eventName() == "DialBegin"
                && m.value("DestChannel").startsWith(QLatin1String("PJSIP/1009-"));
        },
        &consult));
    QVERIFY(m_pbx->answer(consult.value("Uniqueid")));
    AmiMessage transfer;
    QVERIFY(
        client->waitFor([](const AmiMessage& m) { return m.eventName() == "AttendedTransfer"; }, &transfer));
    QCOMPARE(transfer.value("Result"), QStringLiteral("Success"));
    QVERIFY(transfer.value("TransfereeChannel").startsWith(QLatin1String("PJSIP/1010-")));
    QVERIFY(client->sync());
    QCOMPARE(m_pbx->world()->channelsOf(QStringLiteral("1000")).size(), 0);
    QCOMPARE(m_pbx->world()->channelsOf(QStringLiteral("1009")).size(), 1);
}

void TestDemoPbxCalls::parkerFreeAfterParking()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startCall(QStringLiteral("1000"), QStringLiteral("1002"));
    QVERIFY(m_pbx->answer(callId));
    const QString parker = m_pbx->world()->channel(callId)->name;
    const QString parkee = m_pbx->world()->channel(m_pbx->calls()->call(callId)->callee)->name;
    client->send(
        action({{"Action", QStringLiteral("Park")}, {"Channel", parkee}, {"TimeoutChannel", parker}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Park successful"));
    QVERIFY(client->sync());
    QCOMPARE(hintsOf(sinceLogin(client->events()), {QStringLiteral("1000"), QStringLiteral("1002")}),
        QStringLiteral("DialBegin 1002=8 1000=1 1002=1 BridgeEnter BridgeEnter BridgeEnter Hangup 1000=0"));
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1000"))->state, DemoDeviceState::NotInUse);
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1002"))->state, DemoDeviceState::InUse);

    AmiMessage parked;
    for (const AmiMessage& m : client->events()) {
        if (m.eventName() == "ParkedCall")
            parked = m;
    }
    QCOMPARE(parked.value("ParkeeChannel"), parkee);
    QCOMPARE(parked.value("ParkerDialString"), QStringLiteral("PJSIP/1000"));
    client->send(action({{"Action", QStringLiteral("ParkedCalls")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Parked calls will follow"));
    const QList<AmiMessage> list = client->listUntil("ParkedCallsComplete");
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().value("ParkeeChannel"), parkee);
    QCOMPARE(list.first().value("ParkerDialString"), QStringLiteral("PJSIP/1000"));
    int compared = 0;
    for (const AmiMessage& rec :
        parseAll(readFile(Transcripts + QStringLiteral("04-park-and-retrieve.recv")))) {
        if (rec.eventName() != "ParkedCall")
            continue;
        QCOMPARE(keysOf(rec.actionId().isEmpty() ? parked : list.first()), keysOf(rec));
        ++compared;
    }
    QCOMPARE(compared, 2); // the event and the list entry
}

void TestDemoPbxCalls::voicemailAfterNoAnswer()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString mailbox = QStringLiteral("1005");
    const QString inbox = m_pbx->spoolPath() + QStringLiteral("/default/1005/INBOX");
    const int before = int(QDir(inbox).entryList({QStringLiteral("msg*.txt")}).size());
    const QString callId = m_pbx->startCall(QStringLiteral("1001"), mailbox);
    QVERIFY(!callId.isEmpty());
    m_clock->advance(15000); // Dial(...,15)
    AmiMessage end;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "DialEnd"; }, &end));
    QCOMPARE(end.value("DialStatus"), QStringLiteral("NOANSWER"));
    m_clock->advance(10000); // the caller speaks, then hangs up
    AmiMessage mwi;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "MessageWaiting"; }, &mwi));
    QCOMPARE(mwi.value("Mailbox"), QStringLiteral("1005@default"));
    QCOMPARE(mwi.value("New").toInt(), m_pbx->world()->extension(mailbox)->newMessages);

    const QStringList txts = QDir(inbox).entryList({QStringLiteral("msg*.txt")}, QDir::Files, QDir::Name);
    QCOMPARE(txts.size(), before + 1);
    const QString base = inbox + QLatin1Char('/') + txts.last().chopped(4);
    QVERIFY(!QFile::exists(inbox + QStringLiteral("/.lock")));

    // msgNNNN.txt: the same lines, in the same order, as a real one.
    const QList<QByteArray> real
        = readFile(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool/default/1001/INBOX/msg0000.txt"))
              .split('\n');
    const QList<QByteArray> ours = readFile(base + QStringLiteral(".txt")).split('\n');
    QCOMPARE(ours.size(), real.size());
    for (qsizetype i = 0; i < real.size(); ++i)
        QCOMPARE(ours.at(i).split('=').first(), real.at(i).split('=').first());
    const QString name1001 = m_pbx->world()->extension(QStringLiteral("1001"))->name;
    QCOMPARE(QString::fromUtf8(ours.at(10)),
        QStringLiteral("callerid=\"") + name1001 + QStringLiteral("\" <1001>"));
    QVERIFY(ours.contains("origmailbox=1005"));
    const QByteArray origtime = ours.at(12).mid(9);
    QVERIFY(ours.at(14).startsWith(QByteArray("msg_id=").append(origtime).append('-')));

    // msgNNNN.wav: RIFF/WAVE PCM 16-bit mono 8000 Hz, sized by duration.
    const QByteArray wav = readFile(base + QStringLiteral(".wav"));
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 16), 16u);
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // mono
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), 8000u);
    QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 28), 16000u);
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 32), quint16(2));
    QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));
    QCOMPARE(wav.mid(36, 4), QByteArray("data"));
    const quint32 dataSize = qFromLittleEndian<quint32>(wav.constData() + 40);
    QCOMPARE(dataSize, quint32(wav.size() - 44));
    const int duration = ours.at(16).mid(9).toInt();
    QCOMPARE(int(dataSize / 16000), duration);
    // Not silence: a player has something to show.
    qint16 peak = 0;
    for (qsizetype i = 44; i + 1 < wav.size(); i += 2)
        peak = qMax<qint16>(peak, qAbs(qFromLittleEndian<qint16>(wav.constData() + i)));
    QVERIFY(peak > 1000);
}

void TestDemoPbxCalls::voicemailLockHonoured()
{
    const QString inbox = m_pbx->spoolPath() + QStringLiteral("/default/1007/INBOX");
    QVERIFY(QDir().mkpath(inbox));
    QFile lock(inbox + QStringLiteral("/.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    const QString caller = QStringLiteral("\"José García\" <1002>");
    QVERIFY(!m_pbx->leaveVoicemail(QStringLiteral("1007"), caller, 2)); // someone else holds the folder
    QVERIFY(lock.remove());
    QVERIFY(m_pbx->leaveVoicemail(QStringLiteral("1007"), caller, 2));
    const QStringList txts = QDir(inbox).entryList({QStringLiteral("msg*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(!txts.isEmpty());
    QVERIFY(readFile(inbox + QLatin1Char('/') + txts.last()).contains("callerid=\"José García\" <1002>\n"));
    QVERIFY(!QFile::exists(inbox + QStringLiteral("/.lock")));
}

QTEST_GUILESS_MAIN(TestDemoPbxCalls)
#include "TestDemoPbxCalls.moc"
