// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ModelRoles.h"
#include "core/pbx/ExtensionState.h"

#include <QStandardItemModel>

// Models filled through the ModelRoles contract, the way the core models
// expose them: one column, everything in roles.
namespace UiFixtures {

struct Ext
{
    QString number;
    QString name;
    Pbx::ExtensionState state;
    QString group;
    QString peerNumber = {};
    QString peerName = {};
    qint64 callStartMs = 0;
    int mailboxNew = 0;
    int held = 0;
};

inline QStandardItem* extensionItem(const Ext& e, const QString& server = QStringLiteral("main"))
{
    auto* item = new QStandardItem;
    item->setData(server, ExtensionRoles::ServerId);
    item->setData(e.number, ExtensionRoles::Number);
    item->setData(QStringLiteral("phones"), ExtensionRoles::Context);
    item->setData(e.name, ExtensionRoles::Name);
    item->setData(int(e.state), ExtensionRoles::State);
    item->setData(Pbx::extensionStateCode(e.state), ExtensionRoles::StatusCode);
    item->setData(QString(QStringLiteral("PJSIP/") + e.number + QStringLiteral("&Custom:DND") + e.number
                      + QStringLiteral(",CustomPresence:") + e.number),
        ExtensionRoles::Hint);
    item->setData(QString(QStringLiteral("PJSIP/") + e.number), ExtensionRoles::Device);
    item->setData(e.peerNumber, ExtensionRoles::PeerNumber);
    item->setData(e.peerName, ExtensionRoles::PeerName);
    item->setData(e.callStartMs, ExtensionRoles::CallStartMs);
    item->setData(e.callStartMs > 0 ? 1 : 0, ExtensionRoles::ActiveCalls);
    item->setData(e.held, ExtensionRoles::HeldCalls);
    item->setData(e.mailboxNew, ExtensionRoles::MailboxNew);
    item->setData(0, ExtensionRoles::MailboxOld);
    item->setData(e.group, ExtensionRoles::Group);
    item->setData(e.state != Pbx::ExtensionState::Unavailable, ExtensionRoles::Reachable);
    item->setData(QString(server + u'/' + e.number + QStringLiteral("@phones")), ExtensionRoles::Key);
    item->setData(e.name.isEmpty() ? e.number : e.name, Qt::DisplayRole);
    return item;
}

// One extension per state, in two groups, plus the operator (1000).
inline QStandardItemModel* officeExtensions(QObject* parent, qint64 nowMs)
{
    using S = Pbx::ExtensionState;
    auto* m = new QStandardItemModel(parent);
    const QList<Ext> list {
        {QStringLiteral("1000"), QStringLiteral("Operator"), S::InUse, QStringLiteral("Reception"),
            QStringLiteral("5551234"), QStringLiteral("Zoë Customer"), nowMs - 65000},
        {QStringLiteral("1001"), QStringLiteral("Alice Adams"), S::Idle, QStringLiteral("Sales")},
        {QStringLiteral("1002"), QStringLiteral("Bob Brown"), S::Ringing, QStringLiteral("Sales"),
            QStringLiteral("1003"), QStringLiteral("Carol Clark"), nowMs - 4000},
        {QStringLiteral("1003"), QStringLiteral("Carol Clark"), S::InUse, QStringLiteral("Sales"),
            QStringLiteral("1002"), QStringLiteral("Bob Brown"), nowMs - 4000, 3},
        {QStringLiteral("1004"), QStringLiteral("Dave Davis"), S::InUseRinging, QStringLiteral("Sales"),
            QStringLiteral("1005"), QStringLiteral("Eve Evans"), nowMs - 200000},
        {QStringLiteral("1005"), QStringLiteral("Eve Evans"), S::Busy, QStringLiteral("Support")},
        {QStringLiteral("1006"), QStringLiteral("Frank Foster"), S::DoNotDisturb, QStringLiteral("Support")},
        {QStringLiteral("1007"), QStringLiteral("Grace Green"), S::OnHold, QStringLiteral("Support"),
            QStringLiteral("5559876"), QString(), nowMs - 30000, 0, 1},
        {QStringLiteral("1008"), QStringLiteral("Heidi Hill"), S::InUseOnHold, QStringLiteral("Support"),
            QStringLiteral("1009"), QStringLiteral("Ivan Irwin"), nowMs - 3700000, 1, 1},
        {QStringLiteral("1009"), QStringLiteral("Ivan Irwin"), S::Unavailable, QStringLiteral("Support")},
        {QStringLiteral("1010"), QString(), S::Unknown, QStringLiteral("Support")},
    };
    for (const Ext& e : list)
        m->appendRow(extensionItem(e));
    return m;
}

struct Call
{
    QString key;
    QString callerNumber;
    QString callerName;
    QString calleeNumber;
    QString calleeName;
    QString callerChannel;
    QString calleeChannel;
    qint64 startMs;
    qint64 answeredMs;
    bool ringing = false;
    bool hold = false;
    QString queue = {};
};

inline QStandardItem* callItem(const Call& c, const QString& server = QStringLiteral("main"))
{
    auto* item = new QStandardItem;
    item->setData(server, CallRoles::ServerId);
    item->setData(c.key, CallRoles::Key);
    item->setData(c.callerNumber, CallRoles::CallerNumber);
    item->setData(c.callerName, CallRoles::CallerName);
    item->setData(c.calleeNumber, CallRoles::CalleeNumber);
    item->setData(c.calleeName, CallRoles::CalleeName);
    item->setData(c.callerChannel, CallRoles::CallerChannel);
    item->setData(c.calleeChannel, CallRoles::CalleeChannel);
    item->setData(c.startMs, CallRoles::StartMs);
    item->setData(c.answeredMs, CallRoles::AnsweredMs);
    item->setData(c.hold, CallRoles::OnHold);
    item->setData(c.ringing, CallRoles::Ringing);
    item->setData(c.queue, CallRoles::Queue);
    return item;
}

// The operator talks to an outside caller; 1003 rings 1002.
inline QStandardItemModel* officeCalls(QObject* parent, qint64 nowMs)
{
    auto* m = new QStandardItemModel(parent);
    m->appendRow(callItem({QStringLiteral("main/1795737818.43"), QStringLiteral("5551234"),
        QStringLiteral("Zoë Customer"), QStringLiteral("1000"), QStringLiteral("Operator"),
        QStringLiteral("PJSIP/trunk-00000012"), QStringLiteral("PJSIP/1000-00000013"), nowMs - 70000,
        nowMs - 65000, false, false, QStringLiteral("support")}));
    m->appendRow(
        callItem({QStringLiteral("main/1795737820.50"), QStringLiteral("1003"), QStringLiteral("Carol Clark"),
            QStringLiteral("1002"), QStringLiteral("Bob Brown"), QStringLiteral("PJSIP/1003-00000020"),
            QStringLiteral("PJSIP/1002-00000021"), nowMs - 4000, 0, true}));
    return m;
}

inline QStandardItemModel* parkedCalls(QObject* parent, qint64 nowMs)
{
    auto* m = new QStandardItemModel(parent);
    auto* item = new QStandardItem;
    item->setData(QStringLiteral("main"), ParkedCallRoles::ServerId);
    item->setData(QStringLiteral("main/701"), ParkedCallRoles::Key);
    item->setData(QStringLiteral("701"), ParkedCallRoles::Space);
    item->setData(QStringLiteral("default"), ParkedCallRoles::Lot);
    item->setData(QStringLiteral("5550001"), ParkedCallRoles::CallerNumber);
    item->setData(QStringLiteral("Mallory Moss"), ParkedCallRoles::CallerName);
    item->setData(QStringLiteral("1000"), ParkedCallRoles::ParkerNumber);
    item->setData(nowMs - 42000, ParkedCallRoles::ParkedAtMs);
    item->setData(nowMs + 3 * 60000, ParkedCallRoles::TimeoutMs);
    item->setData(QStringLiteral("PJSIP/trunk-00000030"), ParkedCallRoles::Channel);
    m->appendRow(item);
    return m;
}

inline QStandardItemModel* queues(QObject* parent, qint64 nowMs)
{
    auto* m = new QStandardItemModel(parent);
    auto member = [&](const QString& name, const QString& iface, bool paused, const QString& reason,
                      bool inCall, int taken) {
        auto* item = new QStandardItem;
        item->setData(QStringLiteral("main"), QueueRoles::ServerId);
        item->setData(QString(QStringLiteral("main/support/") + iface), QueueRoles::Key);
        item->setData(QStringLiteral("support"), QueueRoles::Queue);
        item->setData(true, QueueRoles::IsMember);
        item->setData(name, QueueRoles::MemberName);
        item->setData(iface, QueueRoles::MemberInterface);
        item->setData(inCall ? 2 : 1, QueueRoles::MemberStatus);
        item->setData(paused, QueueRoles::Paused);
        item->setData(reason, QueueRoles::PausedReason);
        item->setData(inCall, QueueRoles::InCall);
        item->setData(taken, QueueRoles::CallsTaken);
        m->appendRow(item);
    };
    auto caller
        = [&](int pos, const QString& number, const QString& name, qint64 since, const QString& channel) {
              auto* item = new QStandardItem;
              item->setData(QStringLiteral("main"), QueueRoles::ServerId);
              item->setData(QString(QStringLiteral("main/support/caller/") + number), QueueRoles::Key);
              item->setData(QStringLiteral("support"), QueueRoles::Queue);
              item->setData(false, QueueRoles::IsMember);
              item->setData(number, QueueRoles::CallerNumber);
              item->setData(name, QueueRoles::CallerName);
              item->setData(pos, QueueRoles::Position);
              item->setData(since, QueueRoles::WaitingSinceMs);
              item->setData(channel, QueueRoles::CallerChannel);
              m->appendRow(item);
          };
    // Waiting with every agent busy or paused: no member's phone rings.
    caller(1, QStringLiteral("5552222"), QStringLiteral("Niaj Nolan"), nowMs - 95000,
        QStringLiteral("PJSIP/trunk-00000040"));
    caller(2, QStringLiteral("5553333"), QString(), nowMs - 12000, QStringLiteral("PJSIP/trunk-00000041"));
    member(QStringLiteral("Carol Clark"), QStringLiteral("PJSIP/1003"), false, QString(), true, 7);
    member(
        QStringLiteral("Eve Evans"), QStringLiteral("PJSIP/1005"), true, QStringLiteral("lunch"), false, 3);
    member(QStringLiteral("Alice Adams"), QStringLiteral("PJSIP/1001"), false, QString(), false, 11);
    return m;
}

} // namespace UiFixtures
