// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

// Voicemail counts of one mailbox ("1004@default"). newCount includes urgent
// messages, as MessageWaiting's New does (MailboxCount reports them apart).
struct Mailbox
{
    QString id;
    int newCount = 0;
    int oldCount = 0;
    int urgentCount = 0; // known from MailboxCount only; 0 otherwise
    QString fullName; // from VoicemailUsersList

    QString number() const { return id.section(QLatin1Char('@'), 0, 0); }
    QString context() const
    {
        const QString c = id.section(QLatin1Char('@'), 1);
        return c.isEmpty() ? QStringLiteral("default") : c;
    }

    friend bool operator==(const Mailbox&, const Mailbox&) = default;
};

} // namespace Pbx
