// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/MailboxStore.h"

#include "core/ami/AmiMessage.h"
#include "core/store/EventRoutes.h"

#include <QStringList>

using namespace Pbx;

MailboxStore::MailboxStore(QObject* parent)
    : PbxStore(parent)
{ }

MailboxStore::~MailboxStore() = default;

void MailboxStore::apply(const AmiMessage& event)
{
    static const EventRoutes<MailboxStore> routes {
        {"MessageWaiting", [](MailboxStore& s, const AmiMessage& m) { s.handleMessageWaiting(m); }},
        {"VoicemailUserEntry", [](MailboxStore& s, const AmiMessage& m) { s.handleVoicemailUserEntry(m); }},
    };
    routes.dispatch(*this, event);
}

const Mailbox* MailboxStore::mailbox(const QString& id) const
{
    auto it = m_mailboxes.constFind(id);
    return it == m_mailboxes.cend() ? nullptr : &*it;
}

void MailboxStore::handleMessageWaiting(const AmiMessage& m)
{
    const QString id = m.value("Mailbox");
    if (id.isEmpty())
        return;
    // MessageWaiting's New counts urgent messages too; keep the urgent part
    // we may know from MailboxCount as long as it still fits.
    const int newCount = m.rawValue("New").toInt();
    const int urgent = std::min(m_mailboxes.value(id).urgentCount, newCount);
    setMailbox(id, newCount, m.rawValue("Old").toInt(), urgent, nullptr);
}

void MailboxStore::handleVoicemailUserEntry(const AmiMessage& m)
{
    const QString box = m.value("VoiceMailbox");
    if (box.isEmpty())
        return;
    QString context = m.value("VMContext");
    if (context.isEmpty())
        context = QStringLiteral("default");
    const QString id = box + QLatin1Char('@') + context;
    const QString fullName = m.value("Fullname");
    const int newCount = m.rawValue("NewMessageCount").toInt();
    const int urgent = std::min(m_mailboxes.value(id).urgentCount, newCount);
    setMailbox(id, newCount, m.rawValue("OldMessageCount").toInt(), urgent, &fullName);
}

void MailboxStore::applyMailboxCount(const AmiMessage& response)
{
    const QString id = response.value("Mailbox");
    if (id.isEmpty() || !response.contains("NewMessages"))
        return;
    const int urgent = response.rawValue("UrgMessages").toInt();
    setMailbox(id, response.rawValue("NewMessages").toInt() + urgent,
        response.rawValue("OldMessages").toInt(), urgent, nullptr);
}

void MailboxStore::setMailbox(
    const QString& id, int newCount, int oldCount, int urgent, const QString* fullName)
{
    Mailbox& mb = m_mailboxes[id];
    if (isSyncing())
        m_seen.insert(id);
    const Mailbox before = mb;
    mb.id = id;
    mb.newCount = newCount;
    mb.oldCount = oldCount;
    mb.urgentCount = urgent;
    if (fullName)
        mb.fullName = *fullName;
    if (before == mb)
        return;
    Q_EMIT mailboxChanged(id);
}

void MailboxStore::syncBegun()
{
    m_seen.clear();
}

void MailboxStore::syncEnded(Categories refreshed)
{
    if (!refreshed.testFlag(Category::Mailboxes))
        return;
    const QStringList ids = m_mailboxes.keys();
    for (const QString& id : ids) {
        if (!m_seen.contains(id)) {
            m_mailboxes.remove(id);
            Q_EMIT mailboxChanged(id);
        }
    }
}

void MailboxStore::clearAll()
{
    m_mailboxes.clear();
}

void MailboxStore::dump(QStringList& lines) const
{
    // No urgent split: a fresh start may not know it.
    for (const Mailbox& mb : m_mailboxes) {
        lines.append(QStringLiteral("mailbox %1 new=%2 old=%3")
                         .arg(mb.id, QString::number(mb.newCount), QString::number(mb.oldCount)));
    }
}
