// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/SpoolLock.h"
#include "core/voicemail/VoicemailMessage.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QList>
#include <QString>

class Clock;

// File-level spool work, synchronous and free of QObject so it runs on a
// worker thread (VoicemailStore) or straight from a benchmark. Every change
// follows what app_voicemail does with file storage:
//  - the folder lock (SpoolLock) around every index read and change;
//  - a message enters a folder at LAST_MSG_INDEX + 1, where the last index is
//    the highest msgNNNN with a .txt (last_message_index());
//  - a full folder (maxmsg, default 100) refuses the message (ERROR_MAX_MSGS),
//    except Deleted, which drops its oldest message and shifts the rest down
//    (save_to_folder() with box 10);
//  - the source is compacted afterwards (close_mailbox()/resequence_mailbox()):
//    msgNNNN numbers stay 0..n-1 without a gap;
//  - files of one message travel together. Into a folder: audio first, the
//    .txt last, because Asterisk only counts .txt files, so the message
//    appears there complete or not at all. Out of a folder: the .txt first,
//    then the audio (vm_delete()'s order), so it vanishes the same way.
//    Renumbering renames audio then .txt (rename_file()).
// Locks are taken source first, destination second, as close_mailbox() does
// when it saves heard messages to Old; Asterisk never holds them the other way
// round, so this order cannot deadlock with it.
namespace VoicemailSpool {

struct Config
{
    QString root = QStringLiteral("/var/spool/asterisk/voicemail");
    SpoolLock::Mode lockMode = SpoolLock::Mode::LockFile;
    int lockTimeoutMs = 5000; // ast_lock_path(): 5 s
    const Clock* clock = nullptr; // ages of lock files; nullptr = Clock::system()
    int maxMessages = 100; // voicemail.conf maxmsg (MAXMSG)
    int maxDeletedMessages = 0; // voicemail.conf backupdeleted: 0 = delete for good
};

// Where a message was when the user saw it; the index is only a hint —
// operations look it up again by identity under the lock.
struct MessageRef
{
    QString context;
    QString mailbox;
    Voicemail::Folder folder = Voicemail::Folder::Inbox;
    QString identity;
    int indexHint = -1;

    static MessageRef of(const VoicemailMessage& message);
};

struct Result
{
    Voicemail::Error error = Voicemail::Error::None;
    QString detail; // path or OS error for logs and tooltips (lock errors: the lock file's path)
    int newIndex = -1; // where the message landed (move, copy)
    bool ok() const { return error == Voicemail::Error::None; }
};

QString folderPath(
    const QString& root, const QString& context, const QString& mailbox, Voicemail::Folder folder);

// Every message of one folder, sorted by index, damaged ones included. Files
// whose names are not msgNNNN.<ext> are ignored, as Asterisk ignores them.
QList<VoicemailMessage> scanFolder(
    const QString& root, const QString& context, const QString& mailbox, Voicemail::Folder folder);
// Contexts and mailboxes present under root: pairs (context, mailbox).
QList<QPair<QString, QString>> listMailboxes(const QString& root);
// Highest index with a .txt, -1 for none (last_message_index()). Call with the lock held.
int lastMessageIndex(const QString& folderPath);

Result moveMessage(const Config& config, const MessageRef& ref, Voicemail::Folder to);
// Copies into another (or the same) mailbox; the .txt is copied unchanged, as
// VoicemailForward's copy_message()/copy_plain_file() do: msg_id and
// origmailbox (the mailbox that first received it) stay as they were.
Result copyMessage(const Config& config, const MessageRef& ref, const QString& toContext,
    const QString& toMailbox, Voicemail::Folder toFolder);
// Deleted folder when config.maxDeletedMessages > 0 (and the message is not
// already there), otherwise removes the files; then closes the gap.
Result deleteMessage(const Config& config, const MessageRef& ref);
// Copies the preferred audio file to target (overwriting it).
Result saveAudio(const Config& config, const MessageRef& ref, const QString& targetPath);

} // namespace VoicemailSpool
