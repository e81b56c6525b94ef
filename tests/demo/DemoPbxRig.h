// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoTestClient.h"
#include "MockClock.h"

#include "core/ami/AmiMessage.h"
#include "demo/DemoPbx.h"

#include <QObject>

#include <memory>

// What the DemoPbx tests share: a started DemoPbx on the mock clock, made anew
// for every test function (setUpRig() from init(), tearDownRig() from
// cleanup()), logged-in clients, numbered actions, and the helpers that
// compare its bytes with the recordings.
class DemoPbxRig : public QObject
{
protected:
    void setUpRig();
    void tearDownRig();
    std::unique_ptr<DemoTestClient> loggedIn(bool events = true);
    AmiMessage action(std::initializer_list<std::pair<const char*, QString>> headers);

    static const QString Transcripts;
    static QByteArray readFile(const QString& path);
    static QList<AmiMessage> parseAll(const QByteArray& bytes);
    static QStringList keysOf(const AmiMessage& m);
    // Wire bytes with the values that differ per run (time, random challenge) masked.
    static QByteArray normalized(const AmiMessage& m);
    static QList<AmiMessage> withActionId(const QList<AmiMessage>& all, QByteArrayView id);
    // The hint states (ExtensionStatus "exten=status") of the given phones between
    // the channel events that frame them, in order; the queue and agent events too.
    static QString hintsOf(const QList<AmiMessage>& events, const QStringList& phones);
    static QList<AmiMessage> sinceLogin(const QList<AmiMessage>& events);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
    int m_actionCount = 0;
};
