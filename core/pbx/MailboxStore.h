// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Mailbox.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QSet>
#include <QString>

// Voicemail counts and configured names of the mailboxes ("1004@default"):
// MessageWaiting live, VoicemailUserEntry items of VoicemailUsersList, or
// MailboxCount replies where that list is refused.
class MailboxStore final : public PbxStore
{
    Q_OBJECT
public:
    explicit MailboxStore(QObject* parent = nullptr);
    ~MailboxStore() override;

    void apply(const AmiMessage& event) override;
    void dump(QStringList& lines) const override;
    // A MailboxCount reply (Response with Mailbox/UrgMessages/NewMessages/OldMessages).
    void applyMailboxCount(const AmiMessage& response);

    const QHash<QString, Pbx::Mailbox>& mailboxes() const { return m_mailboxes; } // by "1004@default"
    const Pbx::Mailbox* mailbox(const QString& id) const;

Q_SIGNALS:
    // Counts or name changed, or the mailbox is gone.
    void mailboxChanged(const QString& mailbox);

protected:
    void syncBegun() override;
    void syncEnded(Categories refreshed) override;
    void clearAll() override;

private:
    void handleMessageWaiting(const AmiMessage& m);
    void handleVoicemailUserEntry(const AmiMessage& m);
    void setMailbox(const QString& id, int newCount, int oldCount, int urgent, const QString* fullName);

    QHash<QString, Pbx::Mailbox> m_mailboxes;
    QSet<QString> m_seen;
};
