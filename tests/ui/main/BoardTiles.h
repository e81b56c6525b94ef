// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ModelRoles.h"
#include "ui/main/MainWindow.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"

#include <QModelIndex>
#include <QString>

// The board's tile of an extension number in the main window (the first
// one), or an invalid index: what the rigs press, drag and open menus on.
inline QModelIndex boardTile(const MainWindow* window, const QString& number)
{
    TileBoardModel* m = window->board()->boardModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ExtensionRoles::Number).toString() == number)
            return m->index(r, 0);
    }
    return {};
}
