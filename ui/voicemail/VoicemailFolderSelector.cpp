// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailFolderSelector.h"

#include "ui/voicemail/VoicemailErrorText.h"

using Voicemail::Folder;

VoicemailFolderSelector::VoicemailFolderSelector(QWidget* parent)
    : QComboBox(parent)
{
    for (Folder f : Voicemail::allFolders())
        addItem(VoicemailErrorText::folderTitle(f), int(f));
    setAccessibleName(tr("Folder"));
}

Folder VoicemailFolderSelector::folder() const
{
    return Folder(currentData().toInt());
}

void VoicemailFolderSelector::setFolder(Folder folder)
{
    setCurrentIndex(findData(int(folder)));
}

void VoicemailFolderSelector::setFolderQuietly(Folder folder)
{
    const QSignalBlocker quiet(this);
    setFolder(folder);
}

void VoicemailFolderSelector::showCounts(const VoicemailStore& store, const QString& mailboxKey)
{
    for (int i = 0; i < count(); ++i) {
        const Folder f = Folder(itemData(i).toInt());
        const int n = int(store.messages(mailboxKey, f).size());
        //: Folder name and how many messages it holds
        setItemText(i, tr("%1 (%2)").arg(VoicemailErrorText::folderTitle(f)).arg(n));
    }
}

Folder VoicemailFolderSelector::openingFolder(const VoicemailStore::Counts& counts)
{
    return counts.inbox == 0 && counts.urgent > 0 ? Folder::Urgent : Folder::Inbox;
}
