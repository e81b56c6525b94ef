// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

// A person's presence as Asterisk keeps it for a CustomPresence: provider
// (func_presencestate: state, subtype, message), read from PresenceStatus /
// PresenceStateChange and written with Setvar PRESENCE_STATE(...).
//
// Attendant's convention for the two free fields: the message is the note
// the receptionist typed ("Out to lunch"), the subtype the return time in ISO
// 8601 UTC ("2026-12-06T14:00:00Z"), so every desk and time zone reads the
// same moment. A subtype that is no time (FreePBX's "lunch") is kept as is.
// The value is written base64-encoded (option "e"): Asterisk 22 refuses a
// comma in a plain message (10-presence-state: "Variable not set").
class PresenceNote final
{
    Q_GADGET
public:
    // ast_presence_state_val's names.
    enum class Status
    {
        NotSet, // not_set: never set (or cleared)
        Available, // available
        Away, // away
        ExtendedAway, // xa
        DoNotDisturb, // dnd
        Chat, // chat
        Unavailable, // unavailable
        Unknown, // anything else a PBX sends; shown, never written
    };
    Q_ENUM(Status)

    enum class Error
    {
        None,
        UnknownStatus, // Unknown cannot be written
        ControlCharacter, // line breaks, tabs, other control characters in the note
        NoteTooLong,
    };
    Q_ENUM(Error)

    // Room for the note in ASTDB (func_presencestate stores the raw, base64'd value there).
    static constexpr qsizetype MaximumNoteLength = 120;

    PresenceNote() = default;
    PresenceNote(Status status, const QString& note, const QDateTime& returnAt = {});
    // From an event's Status/Subtype/Message (any case).
    static PresenceNote fromPbx(const QString& status, const QString& subtype, const QString& message);

    static Status parseStatus(QStringView asteriskName);
    static QString asteriskName(Status status); // "xa"; empty for Unknown

    Status status() const { return m_status; }
    QString note() const { return m_note; }
    QDateTime returnAt() const { return m_returnAt; } // invalid = none
    QString subtype() const { return m_subtype; } // as the PBX sent it
    bool isAway() const; // anything but available/chat/not set

    // The return time has passed (and the person is still away).
    bool isOverdue(const QDateTime& now) const;

    Error validate() const;
    // The Setvar value: "away,<b64 subtype>,<b64 note>,e" (plain "available,," without text).
    QString setvarValue() const;

    friend bool operator==(const PresenceNote&, const PresenceNote&) = default;

private:
    Status m_status = Status::NotSet;
    QString m_note;
    QDateTime m_returnAt;
    QString m_subtype;
};

Q_DECLARE_METATYPE(PresenceNote)
