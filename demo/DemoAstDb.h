// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QList>
#include <QString>

#include <optional>

class DemoWorld;

// Asterisk's database (ASTDB) and the DB* manager actions as Asterisk 22
// answers them (11-astdb-forward-dnd, 02-DBGet, 02-DBPut): keys "/Family/Key"
// in SQLite's order, DBGet and DBGetTree as lists with the ActionID last in
// each item, no event for any change. func_devstate and func_presencestate
// keep their values here too (families CustomDevstate and CustomPresence),
// as Asterisk does. The entries live in DemoWorld.
class DemoAstDb final
{
public:
    // What one DB* action answers: an error text, or a message (and, for a
    // list, its items carrying the ActionID and the Complete event's name).
    struct Reply
    {
        QString error;
        QByteArray message;
        QByteArray completeName; // non-empty: a list
        QList<AmiMessage> items;
    };

    static void put(DemoWorld& world, const QString& family, const QString& key, const QString& value);
    static std::optional<QString> get(const DemoWorld& world, const QString& family, const QString& key);
    static bool remove(DemoWorld& world, const QString& family, const QString& key);

    static Reply dbPut(DemoWorld& world, const AmiMessage& request);
    static Reply dbGet(const DemoWorld& world, const AmiMessage& request);
    static Reply dbDel(DemoWorld& world, const AmiMessage& request);
    static Reply dbDelTree(DemoWorld& world, const AmiMessage& request);
    static Reply dbGetTree(const DemoWorld& world, const AmiMessage& request);
};
