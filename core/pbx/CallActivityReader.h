// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallActivity.h"

class PbxState;

namespace Pbx {
struct Channel;
struct Extension;
struct ParkedCall;

// Tells what a channel is really doing (CallActivity) from a PbxState's
// read-only view: parking and queue entries first, then its bridge (through
// Local pairs), then the application it runs. A connected line is only
// believed while the call is still being set up (ringing, dialling): after
// that it names a conversation that may be over.
class CallActivityReader final
{
public:
    explicit CallActivityReader(const PbxState& state);

    CallActivity of(const Channel& channel) const;
    // A parking space's hint ("park:701@parkedcalls"): who waits there.
    CallActivity ofParkingSpace(const Extension& space) const;

private:
    const Channel* dialled(const Channel& c) const;
    bool parked(const Channel& c, CallActivity& a) const;
    bool queued(const Channel& c, CallActivity& a) const;
    // In a ConfBridge room: the room, never one of the others as a "peer".
    bool conference(const Channel& c, CallActivity& a) const;
    bool bridged(const Channel& c, CallActivity& a) const;
    void voicemail(const Channel& c, CallActivity& a) const;
    // The far end named by the connected line, if it names someone else.
    void connectedParty(const Channel& c, CallActivity& a) const;
    void setParty(CallActivity& a, const QString& number, const QString& callerIdName) const;
    // Number and name of the extension with this number / hint device.
    bool extensionParty(
        const QString& number, const QString& device, QString& outNumber, QString& outName) const;
    void parker(const ParkedCall& p, QString& number, QString& name) const;

    const PbxState& m_state;
};

} // namespace Pbx
