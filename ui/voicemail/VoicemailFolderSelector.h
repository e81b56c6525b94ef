// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailStore.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QComboBox>

// The folder chooser of the voicemail browser: every app_voicemail folder by
// its name for people, with how many messages it holds in the open mailbox.
class VoicemailFolderSelector final : public QComboBox
{
    Q_OBJECT
public:
    explicit VoicemailFolderSelector(QWidget* parent = nullptr);

    Voicemail::Folder folder() const;
    void setFolder(Voicemail::Folder folder);
    // Without currentIndexChanged: for the browser choosing the folder itself.
    void setFolderQuietly(Voicemail::Folder folder);
    // "New (2)", "Old (0)", … for mailboxKey.
    void showCounts(const VoicemailStore& store, const QString& mailboxKey);

    // Where a mailbox opens: its new messages (INBOX, or Urgent when only urgent ones are new).
    static Voicemail::Folder openingFolder(const VoicemailStore::Counts& counts);
};
