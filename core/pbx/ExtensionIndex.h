// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Extension.h"

#include <QHash>
#include <QLatin1StringView>
#include <QSet>
#include <QStringList>

// Which extensions a device, a number or a presence provider reaches, kept
// by ExtensionStore as extensions come, change their hint and go: a device
// state or a presence note then touches its extensions without a walk over
// all of them (20,000 in a large office).
class ExtensionIndex final
{
public:
    static constexpr QLatin1StringView CustomPresencePrefix {"CustomPresence:"};

    void add(const Pbx::Extension& e) { update(e, true); }
    void remove(const Pbx::Extension& e) { update(e, false); }
    void clear();
    // Before one more extension: grows the indexes ahead of the store's table.
    void growAhead();

    // Extensions with this device in their hint ("PJSIP/1001").
    const QStringList& ofDevice(const QString& device) const { return valueOf(m_devices, device); }
    // Extensions with this number ("1004" → "1004@phones").
    const QStringList& ofNumber(const QString& number) const { return valueOf(m_numbers, number); }
    // Every extension whose hint may name this provider (compare its hint to be
    // sure): the provider's own number's, and the few that name another.
    QStringList presenceCandidates(const QString& presentity) const;

private:
    void update(const Pbx::Extension& e, bool add);
    static bool hasOwnPresence(const Pbx::Extension& e);
    static const QStringList& valueOf(const QHash<QString, QStringList>& hash, const QString& key);

    QHash<QString, QStringList> m_devices; // hint device → extension keys
    QHash<QString, QStringList> m_numbers; // "1001" → extension keys
    // Extensions whose hint names another presence provider than
    // "CustomPresence:<their number>" (those are found by number).
    QSet<QString> m_otherPresence;
};
