// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QSettings;

// How the receptionist arranged the board: the groups they made, in their
// order, which extension is in which group, and the favourites shown first.
// Extensions nobody put in a group stay in the board's default group. Keyed
// by extension number, like the profile file always was ("favourites",
// "[groups] 1002=Sales"); "groupOrder" lists the groups, empty ones too.
class BoardGroups final
{
public:
    // The groups in the receptionist's order.
    QStringList groups() const { return m_order; }
    QStringList favourites() const { return m_favourites; }
    // Extension number → group.
    QMap<QString, QString> members() const { return m_members; }
    QString groupOf(const QString& number) const { return m_members.value(number); }
    bool isFavourite(const QString& number) const { return m_favourites.contains(number); }

    // Empty, blank or taken (case-insensitively) names are refused: false.
    bool addGroup(const QString& name);
    bool renameGroup(const QString& from, const QString& to);
    // Its extensions go back to the default group.
    bool removeGroup(const QString& name);
    // One place earlier (-1) or later (+1) in the order; false at an end.
    bool moveGroup(const QString& name, int delta);
    // Puts an extension in a group (made if new; a group whose name differs only
    // in case is the same group); empty: back to the default group.
    void moveToGroup(const QString& number, const QString& group);
    // Adds or removes a favourite; false when nothing changed.
    bool setFavourite(const QString& number, bool favourite);
    // The name as it would be stored, or empty when refused.
    QString usableName(const QString& name, const QString& renaming = {}) const;

    void write(QSettings& settings) const;
    static BoardGroups read(QSettings& settings);
    bool operator==(const BoardGroups&) const = default;

private:
    QStringList m_order;
    QMap<QString, QString> m_members;
    QStringList m_favourites;
};
