// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPbxRig.h"

#include "DemoTestOffice.h"

#include "core/ami/AmiParser.h"

#include <QFile>
#include <QHostAddress>
#include <QTest>

const QString DemoPbxRig::Transcripts = QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/");

QByteArray DemoPbxRig::readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<AmiMessage> DemoPbxRig::parseAll(const QByteArray& bytes)
{
    AmiParser parser;
    parser.feed(bytes);
    QList<AmiMessage> out;
    parser.takeMessages(out);
    return out;
}

QStringList DemoPbxRig::keysOf(const AmiMessage& m)
{
    QStringList keys;
    for (qsizetype i = 0; i < m.size(); ++i)
        keys.append(QString::fromLatin1(m.keyAt(i)));
    return keys;
}

QByteArray DemoPbxRig::normalized(const AmiMessage& m)
{
    AmiMessage out;
    for (qsizetype i = 0; i < m.size(); ++i) {
        const QByteArrayView key = m.keyAt(i);
        const bool varying
            = key == "Timestamp" || key == "Challenge" || key == "Uptime" || key == "LastReload";
        out.append(key, varying ? QByteArrayView("*") : m.rawValueAt(i));
    }
    return out.toWire();
}

QList<AmiMessage> DemoPbxRig::withActionId(const QList<AmiMessage>& all, QByteArrayView id)
{
    QList<AmiMessage> out;
    for (const AmiMessage& m : all) {
        if (m.actionId() == id)
            out.append(m);
    }
    return out;
}

QString DemoPbxRig::hintsOf(const QList<AmiMessage>& events, const QStringList& phones)
{
    static const QList<QByteArrayView> Markers {"DialBegin", "BridgeEnter", "Hangup", "QueueCallerJoin",
        "AgentCalled", "QueueCallerLeave", "AgentConnect", "AgentComplete", "QueueCallerAbandon"};
    QStringList out;
    for (const AmiMessage& m : events) {
        if (m.eventName() == "ExtensionStatus" && phones.contains(m.value("Exten")))
            out.append(m.value("Exten") + QLatin1Char('=') + m.value("Status"));
        else if (Markers.contains(m.eventName()))
            out.append(QString::fromLatin1(m.eventName()));
    }
    return out.join(QLatin1Char(' '));
}

QList<AmiMessage> DemoPbxRig::sinceLogin(const QList<AmiMessage>& events)
{
    QList<AmiMessage> out;
    for (const AmiMessage& m : events) {
        if (m.eventName() != "FullyBooted")
            out.append(m);
    }
    return out;
}

void DemoPbxRig::setUpRig()
{
    m_clock = std::make_unique<MockClock>();
    m_pbx = startScriptedDemo(m_clock.get());
    QVERIFY(m_pbx);
    m_pbx->addReadOnlyUser(QStringLiteral("readonly"), QStringLiteral("readonlypass"));
    QVERIFY(m_pbx->serverPort() != 0);
    QCOMPARE(m_pbx->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

void DemoPbxRig::tearDownRig()
{
    m_pbx.reset();
    m_clock.reset();
}

std::unique_ptr<DemoTestClient> DemoPbxRig::loggedIn(bool events)
{
    auto client = std::make_unique<DemoTestClient>();
    if (!loginAsPanel(*client, *m_pbx, events))
        return nullptr;
    return client;
}

AmiMessage DemoPbxRig::action(std::initializer_list<std::pair<const char*, QString>> headers)
{
    AmiMessage msg;
    bool first = true;
    for (const auto& [k, v] : headers) {
        msg.append(k, v);
        if (first)
            msg.append(
                "ActionID", QByteArrayView(QByteArray("t-").append(QByteArray::number(++m_actionCount))));
        first = false;
    }
    return msg;
}
