// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTestClient.h"
#include "DemoTestOffice.h"
#include "MockClock.h"
#include "demo/DemoChanSpy.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QFile>
#include <QTest>

#include <memory>

// The demo PBX runs an Originate with Application ChanSpy like Asterisk 22
// (tests/data/ami/22.10.1/04-chanspy): the spyer's leg, ChanSpyStart naming
// both channels, ChanSpyStop when either side hangs up, and no ChanSpyStart
// at all while the target device has no call (ChanSpy waits).
namespace {

const QString Transcripts = QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/");
const QString Spyer = QStringLiteral("PJSIP/1000-");

QList<AmiMessage> parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    AmiParser parser;
    parser.feed(f.readAll());
    QList<AmiMessage> out;
    parser.takeMessages(out);
    return out;
}

// The spyer's side of the recording: its channel's events (VarSet and RTCP
// left out: the demo does not model media statistics), its Dial events, the
// ChanSpy events, its OriginateResponse, its phone's states and its Cdr.
QList<QStringList> spyerTrace(const QList<AmiMessage>& all, QByteArrayView actionId)
{
    QList<QStringList> trace;
    for (const AmiMessage& m : all) {
        const QByteArrayView name = m.eventName();
        if (!m.isEvent() || name == "VarSet" || name.startsWith("RTCP"))
            continue;
        const bool relevant = m.value("Channel").startsWith(Spyer) || m.value("DestChannel").startsWith(Spyer)
            || m.value("SpyerChannel").startsWith(Spyer)
            || (name == "OriginateResponse" && m.actionId() == actionId)
            || (name == "ExtensionStatus" && m.value("Exten") == QLatin1String("1000"))
            || (name == "DeviceStateChange" && m.value("Device") == QLatin1String("PJSIP/1000"));
        if (!relevant)
            continue;
        QStringList keys {QString::fromLatin1(name)};
        for (qsizetype i = 0; i < m.size(); ++i)
            keys.append(QString::fromLatin1(m.keyAt(i)));
        trace.append(keys);
    }
    return trace;
}

bool isEvent(const AmiMessage& m, QByteArrayView name)
{
    return m.eventName() == name;
}

} // namespace

class TestDemoChanSpy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchesRecording();
    void waitsForACall();
    void spyerHangsUp();

private:
    AmiMessage spyOriginate(const QString& data) const;
    // Sends a ChanSpy Originate and returns the spyer's uniqueid (from OriginateResponse).
    QString originateSpy(DemoTestClient& client, const AmiMessage& originate);
    int count(DemoTestClient& client, QByteArrayView name);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
};

void TestDemoChanSpy::init()
{
    m_clock = std::make_unique<MockClock>();
    m_pbx = startScriptedDemo(m_clock.get());
    QVERIFY(m_pbx);
}

void TestDemoChanSpy::cleanup()
{
    m_pbx.reset();
    m_clock.reset();
}

AmiMessage TestDemoChanSpy::spyOriginate(const QString& data) const
{
    AmiMessage m;
    m.append("Action", QByteArrayView("Originate"));
    m.append("ActionID", QByteArrayView("spy-1"));
    m.append("Channel", QByteArrayView("PJSIP/1000"));
    m.append("Application", QByteArrayView("ChanSpy"));
    m.append("Data", data);
    m.append("CallerID", QByteArrayView("\"Operator\" <1000>"));
    m.append("Timeout", QByteArrayView("30000"));
    m.append("Async", QByteArrayView("true"));
    return m;
}

QString TestDemoChanSpy::originateSpy(DemoTestClient& client, const AmiMessage& originate)
{
    client.send(originate);
    if (client.nextResponse().message() != QLatin1String("Originate successfully queued"))
        return {};
    m_clock->advance(0);
    AmiMessage result;
    if (!client.waitFor([](const AmiMessage& m) { return isEvent(m, "OriginateResponse"); }, &result))
        return {};
    return result.valueIs("Response", "Success") ? result.value("Uniqueid") : QString();
}

int TestDemoChanSpy::count(DemoTestClient& client, QByteArrayView name)
{
    if (!client.sync())
        return -1;
    int n = 0;
    for (const AmiMessage& m : client.received())
        n += isEvent(m, name) ? 1 : 0;
    return n;
}

// 04-chanspy: 1001 talks to 1002, the operator spies on PJSIP/1001 with "qE",
// 3 s later 1001 hangs up: ChanSpyStop, then the spyer's channel ends (E).
void TestDemoChanSpy::matchesRecording()
{
    AmiMessage originate;
    for (const AmiMessage& m : parseFile(Transcripts + QStringLiteral("04-chanspy.sent"))) {
        if (m.valueIs("Action", "Originate") && m.contains("Application"))
            originate = m;
    }
    QCOMPARE(originate.value("Data"), QStringLiteral("PJSIP/1001,qE"));
    const QString callId = m_pbx->startCall(QStringLiteral("1001"), QStringLiteral("1002"));
    QVERIFY(m_pbx->answer(callId));
    const QString spyee = m_pbx->world()->channel(callId)->name;

    DemoTestClient client;
    QVERIFY(loginAsPanel(client, *m_pbx, true));
    const QString spyer = originateSpy(client, originate);
    QVERIFY(!spyer.isEmpty());
    m_clock->advance(DemoChanSpy::StartDelayMs);
    AmiMessage start;
    QVERIFY(client.waitFor([](const AmiMessage& m) { return isEvent(m, "ChanSpyStart"); }, &start));
    QCOMPARE(start.value("SpyerUniqueid"), spyer);
    QCOMPARE(start.value("SpyeeChannel"), spyee);
    QCOMPARE(start.value("SpyeeChannelStateDesc"), QStringLiteral("Up"));
    m_clock->advance(3000);
    QVERIFY(m_pbx->hangup(callId, true));
    m_clock->advance(0);
    QVERIFY(client.sync());
    QVERIFY(!m_pbx->world()->channel(spyer));

    const QList<QStringList> expected
        = spyerTrace(parseFile(Transcripts + QStringLiteral("04-chanspy.recv")), originate.actionId());
    const QList<QStringList> actual = spyerTrace(client.received(), originate.actionId());
    QStringList expectedNames;
    QStringList actualNames;
    for (const QStringList& e : expected)
        expectedNames.append(e.first());
    for (const QStringList& e : actual)
        actualNames.append(e.first());
    QVERIFY(expectedNames.contains(QStringLiteral("ChanSpyStop")));
    QCOMPARE(actualNames, expectedNames);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i).join(QLatin1Char(',')), expected.at(i).join(QLatin1Char(',')));
}

// Nothing on PJSIP/1003: ChanSpy waits without ChanSpyStart; once 1003 is in a
// call it starts, and when that call ends it stops and waits again (no E).
void TestDemoChanSpy::waitsForACall()
{
    DemoTestClient client;
    QVERIFY(loginAsPanel(client, *m_pbx, true));
    const QString spyer = originateSpy(client, spyOriginate(QStringLiteral("PJSIP/1003,q")));
    QVERIFY(!spyer.isEmpty());
    m_clock->advance(10000);
    QCOMPARE(count(client, "ChanSpyStart"), 0);
    QVERIFY(m_pbx->world()->channel(spyer));

    const QString callId = m_pbx->startCall(QStringLiteral("1003"), QStringLiteral("1004"));
    QVERIFY(m_pbx->answer(callId));
    m_clock->advance(DemoChanSpy::PollMs);
    AmiMessage start;
    QVERIFY(client.waitFor([](const AmiMessage& m) { return isEvent(m, "ChanSpyStart"); }, &start));
    QCOMPARE(start.value("SpyeeChannel"), m_pbx->world()->channel(callId)->name);
    QCOMPARE(m_pbx->chanSpy()->spyeeOf(spyer), callId);

    QVERIFY(m_pbx->hangup(callId, false));
    m_clock->advance(DemoChanSpy::PollMs * 4);
    QCOMPARE(count(client, "ChanSpyStop"), 1);
    QCOMPARE(count(client, "ChanSpyStart"), 1);
    QVERIFY(m_pbx->world()->channel(spyer)); // still waiting: no option E
    QVERIFY(m_pbx->chanSpy()->spyeeOf(spyer).isEmpty());
}

// The operator's phone hangs up while spying: ChanSpyStop before its Hangup.
void TestDemoChanSpy::spyerHangsUp()
{
    const QString callId = m_pbx->startCall(QStringLiteral("1001"), QStringLiteral("1002"));
    QVERIFY(m_pbx->answer(callId));
    DemoTestClient client;
    QVERIFY(loginAsPanel(client, *m_pbx, true));
    const QString spyer = originateSpy(client, spyOriginate(QStringLiteral("PJSIP/1001,qB")));
    QVERIFY(!spyer.isEmpty());
    m_clock->advance(DemoChanSpy::StartDelayMs);
    QVERIFY(client.waitFor([](const AmiMessage& m) { return isEvent(m, "ChanSpyStart"); }));
    const QString spyerName = m_pbx->world()->channel(spyer)->name;

    AmiMessage hangup;
    hangup.append("Action", QByteArrayView("Hangup"));
    hangup.append("ActionID", QByteArrayView("spy-2"));
    hangup.append("Channel", spyerName);
    client.send(hangup);
    QVERIFY(client.nextResponse().valueIs("Response", "Success"));
    QVERIFY(client.sync());
    QStringList order;
    for (const AmiMessage& m : client.received()) {
        if (isEvent(m, "ChanSpyStop") || (isEvent(m, "Hangup") && m.value("Channel") == spyerName))
            order.append(QString::fromLatin1(m.eventName()));
    }
    QCOMPARE(order, (QStringList {QStringLiteral("ChanSpyStop"), QStringLiteral("Hangup")}));
    QVERIFY(m_pbx->world()->channel(callId)); // the call itself goes on
}

QTEST_GUILESS_MAIN(TestDemoChanSpy)
#include "TestDemoChanSpy.moc"
