// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

// Reachability of a SIP endpoint from ContactStatus (PJSIP AOR contacts) and
// PeerStatus, keyed by device ("PJSIP/1001").
struct Endpoint
{
    enum class Reachability
    {
        Unknown,
        Reachable,
        Unreachable,
    };

    QString device;
    QString contactStatus; // Created, Reachable, NonQualified, Unreachable, Removed, Unknown
    QString contactUri;
    QString peerStatus; // Registered, Reachable, Lagged, Unregistered, Unreachable, Rejected
    Reachability reachability = Reachability::Unknown;

    // Maps the last ContactStatus / PeerStatus word.
    static Reachability fromContactStatus(const QString& status);
    static Reachability fromPeerStatus(const QString& status);

    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

} // namespace Pbx
