// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAstDb.h"

#include "demo/DemoWorld.h"

#include <QStringBuilder>

namespace {

QString path(const QString& family, const QString& key)
{
    return QLatin1Char('/') % family % QLatin1Char('/') % key;
}

// ast_db_gettree's selection: the prefix itself or anything below it.
bool isUnder(const QString& entry, const QString& prefix)
{
    return prefix.isEmpty() || entry == prefix || entry.startsWith(prefix + QLatin1Char('/'));
}

DemoAstDb::Reply errorReply(const QString& text)
{
    DemoAstDb::Reply r;
    r.error = text;
    return r;
}

DemoAstDb::Reply ack(QByteArrayView message)
{
    DemoAstDb::Reply r;
    r.message = message.toByteArray();
    return r;
}

} // namespace

void DemoAstDb::put(DemoWorld& world, const QString& family, const QString& key, const QString& value)
{
    world.astdb().insert(path(family, key), value);
}

std::optional<QString> DemoAstDb::get(const DemoWorld& world, const QString& family, const QString& key)
{
    const auto it = world.astdb().constFind(path(family, key));
    if (it == world.astdb().cend())
        return std::nullopt;
    return *it;
}

bool DemoAstDb::remove(DemoWorld& world, const QString& family, const QString& key)
{
    return world.astdb().remove(path(family, key)) > 0;
}

DemoAstDb::Reply DemoAstDb::dbPut(DemoWorld& world, const AmiMessage& request)
{
    // manager_dbput: no dots in these two texts (11-astdb-forward-dnd: "No key specified").
    const QString family = request.value("Family");
    const QString key = request.value("Key");
    if (family.isEmpty())
        return errorReply(QStringLiteral("No family specified"));
    if (key.isEmpty())
        return errorReply(QStringLiteral("No key specified"));
    put(world, family, key, request.value("Val"));
    return ack("Updated database successfully");
}

DemoAstDb::Reply DemoAstDb::dbGet(const DemoWorld& world, const AmiMessage& request)
{
    const QString family = request.value("Family");
    const QString key = request.value("Key");
    if (family.isEmpty())
        return errorReply(QStringLiteral("No family specified."));
    if (key.isEmpty())
        return errorReply(QStringLiteral("No key specified."));
    const std::optional<QString> value = get(world, family, key);
    if (!value)
        return errorReply(QStringLiteral("Database entry not found"));
    Reply r = ack("Result will follow");
    r.completeName = "DBGetComplete";
    AmiMessage item;
    item.append("Event", QByteArrayView("DBGetResponse"));
    item.append("Family", family);
    item.append("Key", key);
    item.append("Val", *value);
    if (!request.actionId().isEmpty())
        item.append("ActionID", request.actionId()); // last, as Asterisk writes it
    r.items.append(item);
    return r;
}

DemoAstDb::Reply DemoAstDb::dbDel(DemoWorld& world, const AmiMessage& request)
{
    // 11-astdb-forward-dnd: "No key specified." with a dot here.
    const QString family = request.value("Family");
    const QString key = request.value("Key");
    if (family.isEmpty())
        return errorReply(QStringLiteral("No family specified."));
    if (key.isEmpty())
        return errorReply(QStringLiteral("No key specified."));
    if (!remove(world, family, key))
        return errorReply(QStringLiteral("Database entry could not be deleted"));
    return ack("Key deleted successfully");
}

DemoAstDb::Reply DemoAstDb::dbDelTree(DemoWorld& world, const AmiMessage& request)
{
    const QString family = request.value("Family");
    if (family.isEmpty())
        return errorReply(QStringLiteral("No family specified."));
    const QString key = request.value("Key");
    const QString prefix = key.isEmpty() ? QLatin1Char('/') + family : path(family, key);
    int removed = 0;
    for (auto it = world.astdb().begin(); it != world.astdb().end();) {
        if (isUnder(it.key(), prefix)) {
            it = world.astdb().erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    if (removed == 0)
        return errorReply(QStringLiteral("Database entry not found"));
    return ack("Key tree deleted successfully");
}

DemoAstDb::Reply DemoAstDb::dbGetTree(const DemoWorld& world, const AmiMessage& request)
{
    // No Family: the whole database (an unknown family: an empty list, still Success).
    const QString family = request.value("Family");
    const QString key = request.value("Key");
    QString prefix;
    if (!family.isEmpty())
        prefix = key.isEmpty() ? QLatin1Char('/') + family : path(family, key);
    Reply r = ack("Result will follow");
    r.completeName = "DBGetTreeComplete";
    for (auto it = world.astdb().cbegin(); it != world.astdb().cend(); ++it) {
        if (!isUnder(it.key(), prefix))
            continue;
        AmiMessage item;
        item.append("Event", QByteArrayView("DBGetTreeResponse"));
        item.append("Key", it.key());
        item.append("Val", *it);
        if (!request.actionId().isEmpty())
            item.append("ActionID", request.actionId());
        r.items.append(item);
    }
    return r;
}
