// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

// What the PBX's database says about one extension's calls (FreePBX's
// DND/CF/CFB/CFU keys): empty targets = no forward.
struct Forwarding
{
    QString always; // every call goes there ("→ 0612…" on the tile)
    QString busy; // when the extension is busy
    QString noAnswer; // when it does not answer or is unreachable
    bool dnd = false; // DND/<ext> = YES

    bool isEmpty() const { return always.isEmpty() && busy.isEmpty() && noAnswer.isEmpty() && !dnd; }
    friend bool operator==(const Forwarding&, const Forwarding&) = default;
};

} // namespace Pbx
