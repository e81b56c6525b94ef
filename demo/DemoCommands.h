// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

// What the demo answers to ListCommands: for every action it implements, the
// line Asterisk 22 gives ("Originate: Originate a call.  (Priv: originate,all)",
// tests/data/ami/22.10.1/02-ListCommands), in Asterisk's order (by name).
namespace DemoCommands {

struct Command
{
    QByteArrayView name; // as Asterisk spells it
    QByteArrayView text; // synopsis, two spaces, "(Priv: <classes>)"
};

const QList<Command>& all();

} // namespace DemoCommands
