// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"
#include "core/store/PbxSyncStep.h"

#include <QByteArray>

#include <functional>

// The common resync step: one EventList action, its items handed over as
// they are. For a store with its own list, one line at start-up:
//
//   server->sync()->addStep(std::make_unique<PbxSyncListStep>("PresenceStateList",
//       [store](const AmiMessage& item) { store->applyListItem(item); },
//       [store](bool read) { store->dropUnseen(read); }));
//
// settled(read): read is false when Asterisk refused the list (the account's
// rights, an old version); the refusal is also in PbxSync::lastFailedActions().
class PbxSyncListStep final : public PbxSyncStep
{
public:
    using ItemHandler = std::function<void(const AmiMessage& item)>;
    using SettleHandler = std::function<void(bool read)>;

    PbxSyncListStep(QByteArray action, ItemHandler onItem, SettleHandler onSettle = {});

    void start(PbxSyncRound& round) override;
    void settle() override;

private:
    QByteArray m_action;
    ItemHandler m_onItem;
    SettleHandler m_onSettle;
    bool m_read = false;
};
