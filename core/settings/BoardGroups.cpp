// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/BoardGroups.h"

#include <QSettings>

#include <algorithm>

QString BoardGroups::usableName(const QString& name, const QString& renaming) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return {};
    for (const QString& g : m_order) {
        if (g.compare(trimmed, Qt::CaseInsensitive) == 0 && g != renaming)
            return {};
    }
    return trimmed;
}

bool BoardGroups::addGroup(const QString& name)
{
    const QString usable = usableName(name);
    if (usable.isEmpty())
        return false;
    m_order.append(usable);
    return true;
}

bool BoardGroups::renameGroup(const QString& from, const QString& to)
{
    const qsizetype at = m_order.indexOf(from);
    const QString usable = usableName(to, from);
    if (at < 0 || usable.isEmpty() || usable == from)
        return false;
    m_order[at] = usable;
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (*it == from)
            *it = usable;
    }
    return true;
}

bool BoardGroups::removeGroup(const QString& name)
{
    if (!m_order.removeOne(name))
        return false;
    m_members.removeIf([&](const auto& member) { return member.value() == name; });
    return true;
}

bool BoardGroups::moveGroup(const QString& name, int delta)
{
    const qsizetype at = m_order.indexOf(name);
    const qsizetype to = at + delta;
    if (at < 0 || to < 0 || to >= m_order.size())
        return false;
    m_order.move(at, to);
    return true;
}

void BoardGroups::moveToGroup(const QString& number, const QString& group)
{
    if (number.isEmpty())
        return;
    if (group.isEmpty()) {
        m_members.remove(number);
        return;
    }
    // Names are unique ignoring case: "Sales" joins a group called "sales".
    const auto same = [&](const QString& g) { return g.compare(group, Qt::CaseInsensitive) == 0; };
    const auto existing = std::find_if(m_order.cbegin(), m_order.cend(), same);
    if (existing == m_order.cend()) {
        m_order.append(group);
        m_members.insert(number, group);
    } else {
        m_members.insert(number, *existing);
    }
}

bool BoardGroups::setFavourite(const QString& number, bool favourite)
{
    if (number.isEmpty() || favourite == m_favourites.contains(number))
        return false;
    if (favourite)
        m_favourites.append(number);
    else
        m_favourites.removeAll(number);
    return true;
}

void BoardGroups::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("favourites"), m_favourites);
    settings.setValue(QStringLiteral("groupOrder"), m_order);
    settings.beginGroup(QStringLiteral("groups"));
    settings.remove(QString());
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

BoardGroups BoardGroups::read(QSettings& settings)
{
    BoardGroups b;
    b.m_favourites = settings.value(QStringLiteral("favourites")).toStringList();
    for (const QString& g : settings.value(QStringLiteral("groupOrder")).toStringList()) {
        if (!b.usableName(g).isEmpty())
            b.m_order.append(g.simplified());
    }
    settings.beginGroup(QStringLiteral("groups"));
    const QStringList numbers = settings.childKeys();
    for (const QString& number : numbers) {
        const QString group = settings.value(number).toString().simplified();
        // A profile written before groupOrder (or by hand) names groups only here.
        if (!group.isEmpty())
            b.moveToGroup(number, group);
    }
    settings.endGroup();
    return b;
}
