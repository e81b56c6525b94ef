// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallControlRig.h"

#include "AmiWire.h"
#include "PanelLogin.h"
#include "Transcript.h"

#include <QTest>

Profile CallControlRig::operatorProfile()
{
    Profile p;
    p.name = QStringLiteral("Test");
    p.operatorDevice = QStringLiteral("PJSIP/1000");
    p.operatorExtension = QStringLiteral("1000");
    p.callerIdName = QStringLiteral("Operator");
    p.originateContext = QStringLiteral("phones");
    p.originateTimeoutMs = 30000;
    p.voicemailExtenPattern = QStringLiteral("*%1");
    p.voicemailContext = QStringLiteral("vm");
    p.parkingLot = QStringLiteral("default");
    return p;
}

QByteArray CallControlRig::wireWithoutActionId(const AmiMessage& m)
{
    return AmiWire::wireWithoutActionId(m);
}

QByteArray CallControlRig::lines(std::initializer_list<const char*> l)
{
    return AmiWire::lines(l);
}

void CallControlRig::setUpRig()
{
    m_server = new FakeAmiServer(this);
    QVERIFY(m_server->listen());
    m_client = new AmiClient(this);
    m_state = new PbxState(QStringLiteral("main"), this);
    // As PbxSync does once synchronised: every event reaches the state.
    connect(m_client, &AmiClient::eventReceived, m_state, &PbxState::apply);
    m_control = new CallControl(m_client, m_state, this);
    m_control->setProfile(operatorProfile());
    connectClient();
}

void CallControlRig::tearDownRig()
{
    delete m_control;
    delete m_state;
    delete m_client;
    delete m_server;
    m_control = nullptr;
    m_state = nullptr;
    m_client = nullptr;
    m_server = nullptr;
}

void CallControlRig::connectClient()
{
    QVERIFY(logInPanel(*m_server, *m_client));
}

QByteArray CallControlRig::recorded(const QString& name, const QString& fromSpec, const QString& toSpec,
    const QByteArray& recordedId, const QByteArray& clientId)
{
    // fromSpec "ActionID=<id>" = the response to that action; otherwise an event spec.
    const QList<AmiMessage> messages = Transcript::load(name);
    qsizetype from = -1;
    if (fromSpec.startsWith(QLatin1String("ActionID="))) {
        const QString id = fromSpec.mid(9);
        for (qsizetype i = 0; i < messages.size() && from < 0; ++i) {
            if (!messages[i].isEvent() && messages[i].value("ActionID") == id)
                from = i;
        }
    } else {
        from = Transcript::find(messages, fromSpec);
    }
    const qsizetype to = toSpec.isEmpty() ? from : Transcript::find(messages, toSpec);
    if (from < 0 || to < from)
        qFatal("no such range in %s", qPrintable(name));
    QByteArray out;
    for (qsizetype i = from; i <= to; ++i) {
        QByteArray raw = messages[i].raw();
        while (!raw.endsWith("\r\n\r\n"))
            raw += "\r\n";
        out += raw;
    }
    if (!recordedId.isEmpty())
        out.replace(
            QByteArray("ActionID: " + recordedId + "\r\n"), QByteArray("ActionID: " + clientId + "\r\n"));
    return out;
}
