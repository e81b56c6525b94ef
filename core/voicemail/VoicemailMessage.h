// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/MessageInfo.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One message as found on disk: where it is (context/mailbox/folder/index),
// its files (msgNNNN.txt and every audio format present) and its parsed
// information. A message whose .txt is missing or unreadable is kept, marked
// damaged with the reason, so the user sees it.
class VoicemailMessage final
{
public:
    enum class Damage
    {
        None,
        MissingInfo, // audio without msgNNNN.txt (Asterisk does not count it either)
        UnreadableInfo, // the .txt exists but cannot be read (permissions, a directory, I/O)
        InvalidInfo, // the .txt was read but is not a message information file (see infoStatus)
        EmptyAudio, // a recording (msgNNNN.<fmt>) is 0 bytes; damageDetail names it. Never played.
    };

    QString context;
    QString mailbox;
    Voicemail::Folder folder = Voicemail::Folder::Inbox;
    int index = -1; // NNNN of msgNNNN
    QString folderPath; // absolute path of the folder directory
    QString infoPath; // msgNNNN.txt (may not exist when damaged)
    QStringList audioPaths; // every msgNNNN.<fmt> but .txt, sorted so that .wav comes first
    MessageInfo info;
    Damage damage = Damage::None;
    QString damageDetail; // the OS error or parser status, for the tooltip and logs

    bool isDamaged() const { return damage != Damage::None; }
    bool hasAudio() const { return !audioPaths.isEmpty(); }
    // Audio that may be handed to the player: not when a recording is empty.
    bool isPlayable() const { return hasAudio() && damage != Damage::EmptyAudio; }
    // "1001@default": how Asterisk names a mailbox (MessageWaiting, MailboxCount).
    QString mailboxKey() const { return mailbox + u'@' + context; }
    // msg_id, else origtime+callerid, else the path (damaged messages).
    QString identity() const;
    // The file the player should try first: PCM .wav, then other WAVE, then GSM.
    QString preferredAudioPath() const;

    static QString baseName(int index); // "msg0007"
    // The index of "msg0007.txt" / "msg0007.WAV", or -1 if the name is not msgNNNN.<ext>.
    static int indexFromFileName(QStringView fileName);
};

Q_DECLARE_METATYPE(VoicemailMessage)
