// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../common/UiFixtures.h"
#include "AmiWire.h"
#include "core/ami/AmiMessage.h"

#include <QByteArray>
#include <QStandardItemModel>

// The office of the drop tests (DropActionsRig): who talks to whom, in the shapes Asterisk 22
// reports, and the wire form of an action without its ActionID (AmiWire).
namespace DropFixtures {

using S = Pbx::ExtensionState;

using AmiWire::lines;
using AmiWire::wireWithoutActionId;

// The office with the hint form docs/admin.md recommends and Asterisk 22
// reports ("PJSIP/1001,CustomPresence:1001", see 08-presence in the recordings).
inline QStandardItemModel* office(QObject* parent, qint64 now)
{
    auto* m = new QStandardItemModel(parent);
    const QList<UiFixtures::Ext> list {
        {QStringLiteral("1000"), QStringLiteral("Operator"), S::InUse, QStringLiteral("Reception"),
            QStringLiteral("5551234"), QStringLiteral("ACME Corp"), now - 65000},
        {QStringLiteral("1001"), QStringLiteral("Alice Adams"), S::Idle, QStringLiteral("Sales")},
        {QStringLiteral("1002"), QStringLiteral("Bob Brown"), S::Idle, QStringLiteral("Sales")},
        {QStringLiteral("1003"), QStringLiteral("Carol Clark"), S::InUse, QStringLiteral("Sales"),
            QStringLiteral("1004"), QStringLiteral("Dave Davis"), now - 30000},
        {QStringLiteral("1004"), QStringLiteral("Dave Davis"), S::InUse, QStringLiteral("Sales"),
            QStringLiteral("1003"), QStringLiteral("Carol Clark"), now - 30000},
        {QStringLiteral("1005"), QStringLiteral("Eve Evans"), S::Idle, QStringLiteral("Support")},
        {QStringLiteral("1006"), QStringLiteral("Frank Foster"), S::DoNotDisturb, QStringLiteral("Support")},
        {QStringLiteral("1009"), QStringLiteral("Ivan Irwin"), S::Unavailable, QStringLiteral("Support")},
    };
    for (const UiFixtures::Ext& e : list) {
        QStandardItem* item = UiFixtures::extensionItem(e);
        item->setData(
            QString(QStringLiteral("PJSIP/") + e.number + QStringLiteral(",CustomPresence:") + e.number),
            ExtensionRoles::Hint);
        m->appendRow(item);
    }
    return m;
}

inline QStandardItemModel* calls(QObject* parent, qint64 now)
{
    auto* m = new QStandardItemModel(parent);
    m->appendRow(UiFixtures::callItem(
        {QStringLiteral("main/1795737818.43"), QStringLiteral("5551234"), QStringLiteral("ACME Corp"),
            QStringLiteral("1000"), QStringLiteral("Operator"), QStringLiteral("PJSIP/trunk-00000012"),
            QStringLiteral("PJSIP/1000-00000013"), now - 65000, now - 60000}));
    m->appendRow(UiFixtures::callItem(
        {QStringLiteral("main/1795737900.8"), QStringLiteral("1004"), QStringLiteral("Dave Davis"),
            QStringLiteral("1003"), QStringLiteral("Carol Clark"), QStringLiteral("PJSIP/1004-0000000a"),
            QStringLiteral("PJSIP/1003-00000009"), now - 30000, now - 28000}));
    return m;
}

inline const QByteArray kDirectory = "Name;Durchwahl;Mobil;Abteilung;E-Mail\n"
                                     "Zoë Müller;;+49 30 1234567;Vertrieb;zm@example.com\n";

} // namespace DropFixtures
