// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/OperatorMenu.h"

#include "core/pbx/CallControl.h"
#include "ui/common/UiText.h"
#include "ui/main/OperatorWords.h"

#include <QAction>
#include <QMenu>

void OperatorMenu::fill(QMenu* menu, const QList<OperatorChoice>& choices, CallControl* control,
    const ShortcutOf& shortcutOf, const Run& run)
{
    using Kind = OperatorChoice::Kind;
    menu->setToolTipsVisible(true);
    for (const OperatorChoice& choice : choices) {
        // Acting on the operator's call, then supervising someone else's: two groups.
        if (choice.kind == Kind::TransferHere || choice.kind == Kind::Listen)
            menu->addSeparator();
        QAction* a = add(menu, choice, control, run);
        if (shortcutOf)
            a->setShortcut(shortcutOf(choice.kind));
    }
}

QAction* OperatorMenu::add(QMenu* menu, const OperatorChoice& choice, CallControl* control, const Run& run)
{
    QAction* a = menu->addAction(OperatorWords::menuText(choice));
    if (!choice.isAllowed()) {
        a->setEnabled(false);
        return a;
    }
    const QString missing = control ? control->missingClass(choice.request.operation) : QString();
    if (!control) {
        a->setEnabled(false);
        a->setToolTip(OperatorWords::notConnectedHere());
    } else if (!missing.isEmpty()) {
        a->setEnabled(false);
        a->setToolTip(UiText::missingPermission(missing));
    }
    QObject::connect(a, &QAction::triggered, menu, [run, choice] { run(choice); });
    return a;
}
