// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/OperatorChoice.h"

#include <QKeySequence>

#include <functional>

class CallControl;
class QAction;
class QMenu;

// Puts the operator's choices for a tile or a call into a context menu: one
// entry each in the planner's order, with the words of OperatorWords, the
// shortcut of the key that does the same, and disabled with the reason when
// the PBX account lacks the class or the PBX is not connected.
class OperatorMenu final
{
public:
    using Run = std::function<void(const OperatorChoice&)>;
    using ShortcutOf = std::function<QKeySequence(OperatorChoice::Kind)>;

    static void fill(QMenu* menu, const QList<OperatorChoice>& choices, CallControl* control,
        const ShortcutOf& shortcutOf, const Run& run);
    static QAction* add(QMenu* menu, const OperatorChoice& choice, CallControl* control, const Run& run);
};
