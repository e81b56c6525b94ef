// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class ConferenceStore;

// The ConfBridge rooms a server offers for the desk's three-way calls, as
// configured ("8510-8519, 8600": ServerConfig::conferenceRooms), and the first
// one nobody is in right now.
class ConferenceRooms final
{
public:
    // Room extensions in the order given; a range "8510-8519" counts up (at most
    // 1000 rooms); anything that is not digits is left out.
    static QStringList parse(const QString& text);
    // The first of `rooms` that is not running on `store`; empty when all are.
    static QString firstFree(const QStringList& rooms, const ConferenceStore* store);
};
