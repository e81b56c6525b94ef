// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceRooms.h"

#include "core/conference/ConferenceStore.h"

namespace {

bool digitsOnly(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QStringList ConferenceRooms::parse(const QString& text)
{
    QStringList rooms;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype dash = part.indexOf(u'-');
        if (dash < 0) {
            if (digitsOnly(part) && !rooms.contains(part))
                rooms.append(part);
            continue;
        }
        const QString from = part.left(dash).trimmed();
        const QString to = part.mid(dash + 1).trimmed();
        if (!digitsOnly(from) || !digitsOnly(to) || from.size() != to.size())
            continue;
        // Same width: "0850-0859" keeps its leading zero.
        for (qlonglong n = from.toLongLong(); n <= to.toLongLong() && rooms.size() < MaxRooms; ++n) {
            const QString room = QStringLiteral("%1").arg(n, int(from.size()), 10, QLatin1Char('0'));
            if (!rooms.contains(room))
                rooms.append(room);
        }
    }
    return rooms;
}

QString ConferenceRooms::firstFree(const QStringList& rooms, const ConferenceStore* store)
{
    for (const QString& room : rooms) {
        if (!store || !store->room(room))
            return room;
    }
    return {};
}

ConferenceRooms::Check ConferenceRooms::check(const QString& text)
{
    Check c;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    qsizetype total = 0;
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        c.part = part;
        const qsizetype dash = part.indexOf(u'-');
        if (dash < 0) {
            if (!digitsOnly(part)) {
                c.problem = Problem::NotANumber;
                return c;
            }
            ++total;
            continue;
        }
        const QString from = part.left(dash).trimmed();
        const QString to = part.mid(dash + 1).trimmed();
        if (!digitsOnly(from) || !digitsOnly(to))
            c.problem = Problem::NotANumber;
        else if (from.size() != to.size())
            c.problem = Problem::UnequalWidths;
        else if (to.toLongLong() < from.toLongLong())
            c.problem = Problem::Backwards;
        else
            total += to.toLongLong() - from.toLongLong() + 1;
        if (c.problem != Problem::None)
            return c;
        if (total > MaxRooms) {
            c.problem = Problem::TooMany;
            return c;
        }
    }
    c.part.clear();
    c.count = parse(text).size();
    return c;
}
