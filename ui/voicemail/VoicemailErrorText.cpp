// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailErrorText.h"

#include <algorithm>
#include <climits>

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
    case Error::LockStale:
        return tr("The voicemail folder is blocked by a lock file left behind by a program that stopped "
                  "(older than 10 minutes).");
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

QString VoicemailErrorText::age(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 120)
        return tr("%n second(s)", nullptr, int(s));
    if (s < 120 * 60)
        return tr("%n minute(s)", nullptr, int(s / 60));
    if (s < 48 * 3600)
        return tr("%n hour(s)", nullptr, int(s / 3600));
    return tr("%n day(s)", nullptr, int(std::min<qint64>(s / 86400, INT_MAX)));
}

QString VoicemailErrorText::describeLock(Error error, const QString& lockPath, qint64 ageMs)
{
    if (lockPath.isEmpty() || (error != Error::LockTimeout && error != Error::LockStale))
        return describe(error);
    if (ageMs < 0)
        return tr("The voicemail folder was locked by %1 (waited 5 seconds); the lock is gone now. "
                  "Try again.")
            .arg(lockPath);
    if (error == Error::LockStale)
        return tr("The voicemail folder is blocked by the lock file %1, left %2 ago. Voicemail holds "
                  "this lock for a moment only, so the program that took it has most likely stopped. "
                  "If no voicemail process (Asterisk) is running on this spool, remove that file to "
                  "clear the lock.")
            .arg(lockPath, age(ageMs));
    return tr("The voicemail folder stayed locked for 5 seconds by the lock file %1 (taken %2 ago), "
              "probably by the phone system or another desk. Try again in a moment. If it stays locked "
              "and no voicemail process (Asterisk) is running on this spool, remove that file.")
        .arg(lockPath, age(ageMs));
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
