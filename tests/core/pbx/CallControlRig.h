// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeAmiServer.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"

#include <QObject>

#include <initializer_list>

// What the CallControl tests share: a FakeAmiServer on loopback, a logged-in
// AmiClient, the PbxState it feeds and the CallControl under test, made anew
// for every test function (call setUpRig() from init(), tearDownRig() from cleanup()).
class CallControlRig : public QObject
{
protected:
    void setUpRig();
    void tearDownRig();
    void connectClient();

    static Profile operatorProfile();
    // The packet as it went over the wire, with the client-chosen ActionID
    // line taken out (its value is the client's business).
    static QByteArray wireWithoutActionId(const AmiMessage& m);
    static QByteArray lines(std::initializer_list<const char*> l);
    // The recorded messages of `name` after the reply to its `nth` action
    // `action` up to and including the stop spec, recorded ActionIDs replaced.
    static QByteArray recorded(const QString& name, const QString& fromSpec, const QString& toSpec,
        const QByteArray& recordedId = {}, const QByteArray& clientId = {});

    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
};
