// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailErrorText.h"

using Voicemail::Error;
using Voicemail::Folder;

QString VoicemailErrorText::describe(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::LockTimeout:
        return tr("The voicemail folder is locked by the phone system or another desk (waited 5 seconds). "
                  "Try again in a moment.");
    case Error::LockFailed:
        return tr("The voicemail folder could not be locked (no permission to write there, or the share "
                  "does not support it).");
    case Error::FolderFull:
        return tr("The destination folder is full. Delete or move some messages first.");
    case Error::MessageNotFound:
        return tr("The message is no longer there; someone else moved or deleted it.");
    case Error::DamagedMessage:
        return tr("The message's information file is damaged or missing, so it cannot be moved.");
    case Error::NoAudio:
        return tr("This message has no recording to save.");
    case Error::IoError:
        return tr("A file could not be written in the voicemail folder.");
    case Error::InvalidTarget:
        return tr("That destination is not possible for this message.");
    case Error::PbxRefused:
        return tr("The phone system refused the operation.");
    }
    return {};
}

QString VoicemailErrorText::folderTitle(Folder folder)
{
    switch (folder) {
    case Folder::Inbox:
        return tr("New");
    case Folder::Old:
        return tr("Old");
    case Folder::Work:
        return tr("Work");
    case Folder::Family:
        return tr("Family");
    case Folder::Friends:
        return tr("Friends");
    case Folder::Cust1:
        return tr("Custom 1");
    case Folder::Cust2:
        return tr("Custom 2");
    case Folder::Cust3:
        return tr("Custom 3");
    case Folder::Cust4:
        return tr("Custom 4");
    case Folder::Cust5:
        return tr("Custom 5");
    case Folder::Deleted:
        return tr("Deleted");
    case Folder::Urgent:
        return tr("Urgent");
    }
    return {};
}
