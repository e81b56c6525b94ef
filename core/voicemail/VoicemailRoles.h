// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// Item data roles of the voicemail models. No colours or icons: the ui adds them.
namespace VoicemailMailboxRoles {
enum : int
{
    Key = Qt::UserRole + 1, // QString "1001@default"
    Context, // QString
    Mailbox, // QString
    NewCount, // int: INBOX + Urgent (what the MWI lamp shows)
    InboxCount, // int
    UrgentCount, // int
    OldCount, // int
    TotalCount, // int: every folder but Deleted
    DamagedCount, // int: messages that could not be read
    PbxOwner, // QString: the owner's full name as the PBX lists it (VoicemailUsersList), may be empty
};
} // namespace VoicemailMailboxRoles

namespace VoicemailMessageRoles {
enum : int
{
    Identity = Qt::UserRole + 1, // QString: msg_id or fallback; stable across renumbering
    MsgId, // QString
    Index, // int: NNNN of msgNNNN (changes when Asterisk renumbers)
    MailboxKey, // QString
    Folder, // int: Voicemail::Folder
    CallerName, // QString
    CallerNumber, // QString
    CallerId, // QString: as written ("\"Name\" <num>")
    OrigTimeMs, // qint64: recorded at, ms since the epoch (-1 unknown)
    DurationSec, // int (-1 unknown)
    Urgent, // bool
    Damaged, // bool
    DamageDetail, // QString: parser status or OS error (English, for tooltips/logs); EmptyAudio: the file
                  // name
    DamageKind, // int: VoicemailMessage::Damage
    HasAudio, // bool
    AudioPath, // QString: the file to play first (PCM .wav preferred)
    Message, // QVariant<VoicemailMessage>
    SortKey, // per column: a value that sorts right (time as number, duration as number)
};
} // namespace VoicemailMessageRoles
