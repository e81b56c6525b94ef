// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// Vocabulary shared by the voicemail room: folders as app_voicemail numbers
// them (mailbox_folders[] in apps/app_voicemail.c) and the errors of spool
// operations. Errors are enums here; the ui turns them into words.
namespace Voicemail {
Q_NAMESPACE

enum class Folder
{
    Inbox = 0,
    Old = 1,
    Work = 2,
    Family = 3,
    Friends = 4,
    Cust1 = 5,
    Cust2 = 6,
    Cust3 = 7,
    Cust4 = 8,
    Cust5 = 9,
    Deleted = 10,
    Urgent = 11,
};
Q_ENUM_NS(Folder)

enum class Error
{
    None,
    LockTimeout, // someone else held the folder lock for the whole timeout
    LockStale, // the lock file is older than SpoolLock::kStaleAfterMs: left by a crashed holder
    LockFailed, // the lock file could not be created (permissions, filesystem without links)
    FolderFull, // destination already holds maxmsg messages
    MessageNotFound, // no message with that identity in the folder (moved or deleted meanwhile)
    DamagedMessage, // the message has no readable msgNNNN.txt; Asterisk would not see it either
    NoAudio, // the message has no audio file (save audio as)
    IoError, // link/copy/rename/unlink failed
    InvalidTarget, // same folder, unknown mailbox name, bad path
    PbxRefused, // the PBX answered the Voicemail* action with a failure
};
Q_ENUM_NS(Error)

// Every folder in app_voicemail's order.
QList<Folder> allFolders();
// Directory name on disk ("INBOX", "Old", "Cust1", ...).
QString folderName(Folder folder);
// Case-insensitive like get_folder_by_name().
std::optional<Folder> folderFromName(QStringView name);
// English description of an error for logs; the ui translates the enum itself.
QString errorText(Error error);
// Order of "1001@default" keys: by context, then numbers numerically ("999"
// before "1000"), names after them alphabetically.
bool mailboxKeyLess(const QString& a, const QString& b);

} // namespace Voicemail
