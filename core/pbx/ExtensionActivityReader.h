// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Extension.h"

class PbxState;

namespace Pbx {

struct Channel;

// An extension's calls as its tile tells them (ExtensionActivity), read
// across the stores of a PbxState: the channels on its devices (CallStore),
// held or ringing, the one to show first, what it does (CallActivityReader),
// and for a parking space's hint who is parked there (ParkingStore).
class ExtensionActivityReader final
{
public:
    explicit ExtensionActivityReader(const PbxState& state);

    ExtensionActivity of(const QString& extensionKey) const;

private:
    // Counts the extension's calls into a; returns the channel to tell about.
    const Channel* countCalls(const Extension& e, ExtensionActivity& a) const;
    void describe(const Channel& best, ExtensionActivity& a) const;
    void parkingSpace(const Extension& e, ExtensionActivity& a) const;
    // A conversation starts when the second party is in: the later enter.
    qint64 talkingSince(const Channel& c) const;

    const PbxState& m_state;
};

} // namespace Pbx
