// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/presence/PresenceNote.h"

#include <algorithm>
#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<PresenceNote::Status, const char*>, 7> Names {{
    {PresenceNote::Status::NotSet, "not_set"},
    {PresenceNote::Status::Available, "available"},
    {PresenceNote::Status::Away, "away"},
    {PresenceNote::Status::ExtendedAway, "xa"},
    {PresenceNote::Status::DoNotDisturb, "dnd"},
    {PresenceNote::Status::Chat, "chat"},
    {PresenceNote::Status::Unavailable, "unavailable"},
}};

QString base64(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

} // namespace

PresenceNote::PresenceNote(Status status, const QString& note, const QDateTime& returnAt)
    : m_status(status)
    , m_note(note)
    , m_returnAt(returnAt)
{
    if (m_returnAt.isValid())
        m_subtype = m_returnAt.toUTC().toString(Qt::ISODate);
}

PresenceNote PresenceNote::fromPbx(const QString& status, const QString& subtype, const QString& message)
{
    PresenceNote out;
    out.m_status = status.isEmpty() ? Status::NotSet : parseStatus(status.trimmed());
    out.m_note = message;
    out.m_subtype = subtype;
    // Only a full date and time with its zone is a return time; "lunch" is not.
    const QDateTime at = QDateTime::fromString(subtype.trimmed(), Qt::ISODate);
    if (at.isValid() && at.timeSpec() != Qt::LocalTime)
        out.m_returnAt = at;
    return out;
}

PresenceNote::Status PresenceNote::parseStatus(QStringView asteriskName)
{
    for (const auto& [status, name] : Names) {
        if (asteriskName.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return status;
    }
    return Status::Unknown;
}

QString PresenceNote::asteriskName(Status status)
{
    const auto it = std::find_if(
        Names.begin(), Names.end(), [status](const auto& entry) { return entry.first == status; });
    return it == Names.end() ? QString() : QLatin1String(it->second);
}

bool PresenceNote::isAway() const
{
    switch (m_status) {
    case Status::Away:
    case Status::ExtendedAway:
    case Status::DoNotDisturb:
    case Status::Unavailable:
        return true;
    case Status::NotSet:
    case Status::Available:
    case Status::Chat:
    case Status::Unknown:
        break;
    }
    return false;
}

bool PresenceNote::isOverdue(const QDateTime& now) const
{
    return isAway() && m_returnAt.isValid() && m_returnAt < now;
}

PresenceNote::Error PresenceNote::validate() const
{
    if (m_status == Status::Unknown)
        return Error::UnknownStatus;
    const bool control = std::any_of(m_note.cbegin(), m_note.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
    if (control)
        return Error::ControlCharacter;
    if (m_note.size() > MaximumNoteLength)
        return Error::NoteTooLong;
    return Error::None;
}

QString PresenceNote::setvarValue() const
{
    const QString state = asteriskName(m_status);
    if (m_note.isEmpty() && m_subtype.isEmpty())
        return state + QStringLiteral(",,");
    return state + QLatin1Char(',') + base64(m_subtype) + QLatin1Char(',') + base64(m_note)
        + QStringLiteral(",e");
}
