// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLabel>

// Shown instead of the voicemail browser when the spool cannot be read, so
// nobody waits for messages that cannot come.
class VoicemailSpoolNotice final : public QLabel
{
    Q_DECLARE_TR_FUNCTIONS(VoicemailSpoolNotice)
public:
    // Nullptr when the spool is a readable folder.
    static VoicemailSpoolNotice* forUnreadable(const QString& spoolRoot);

private:
    explicit VoicemailSpoolNotice(const QString& text);
};
