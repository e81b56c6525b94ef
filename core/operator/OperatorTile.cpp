// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorTile.h"

#include "core/models/ModelRoles.h"

OperatorTile OperatorTile::fromIndex(const QModelIndex& tile)
{
    if (!tile.isValid())
        return {};
    OperatorTile t;
    t.serverId = tile.data(ExtensionRoles::ServerId).toString();
    t.number = tile.data(ExtensionRoles::Number).toString();
    t.name = tile.data(ExtensionRoles::Name).toString();
    t.device = tile.data(ExtensionRoles::Device).toString();
    t.state = Pbx::ExtensionState(tile.data(ExtensionRoles::State).toInt());
    return t;
}

bool OperatorTile::isTalking() const
{
    using S = Pbx::ExtensionState;
    return state == S::InUse || state == S::InUseOnHold || state == S::InUseRinging || state == S::Busy
        || state == S::OnHold;
}
