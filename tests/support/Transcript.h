// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QList>
#include <QString>

class PbxState;

// The recorded Asterisk 22 transcripts (tests/data/ami/22.10.1), parsed with
// the real AmiParser, replayed into a PbxState.
namespace Transcript {

// Every message of NAME.recv, in order (banner and responses included).
QList<AmiMessage> load(const QString& name);

// Index of the message a stop spec names, or -1. Spec: "Event#n" or
// "Event[Key=Value,Key=Value]#n" = the n-th such event (1-based).
qsizetype find(const QList<AmiMessage>& messages, const QString& spec);

// Applies the recorded ExtensionStateList and DeviceStateList items, as
// PbxSync would before any live event (the hints must be known).
void seed(PbxState& state);

// Applies the list items (events carrying actionId) of a recording, inside a
// sync bracket refreshing `categories`, as PbxSync would.
void applyList(PbxState& state, const QString& name, const QByteArray& actionId, int categories);

// The 08–13 recordings' configuration: phone hints "PJSIP/<ext>,CustomPresence:<ext>",
// DND toggles "*76<ext>" = Custom:DND<ext>, parking spaces (the
// ExtensionStateList of 10-presence-state), device states of 11-astdb-forward-dnd
// and the voicemail boxes (Fullname "Alice Example", …).
void seedPresenceHints(PbxState& state);

// Every event of a recording (no list items), in order.
QList<AmiMessage> liveEvents(const QString& name);

// Seeds, then applies every event up to and including the one spec names
// (all of them for an empty spec). Returns false if spec matches nothing.
bool replay(PbxState& state, const QString& name, const QString& spec = {});

// A copy of m with key's value replaced (to replay a recording as a PBX
// that behaves differently in one header would send it).
AmiMessage withValue(const AmiMessage& m, QByteArrayView key, const QString& value);

} // namespace Transcript
