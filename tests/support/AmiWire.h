// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QByteArray>

#include <initializer_list>

// What the exact-packet tests compare: an action as FakeAmiServer received
// it, and the packet the test expects, written line by line.
namespace AmiWire {

// The action's lines, each ended by CR LF, without its ActionID (the client numbers them).
QByteArray wireWithoutActionId(const AmiMessage& m);
// "Action: Hangup", "Channel: …" → the same lines, each ended by CR LF.
QByteArray lines(std::initializer_list<const char*> l);

} // namespace AmiWire
