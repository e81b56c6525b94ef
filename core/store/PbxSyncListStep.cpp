// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PbxSyncListStep.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiRequest.h"
#include "core/store/PbxSyncRound.h"

PbxSyncListStep::PbxSyncListStep(QByteArray action, ItemHandler onItem, SettleHandler onSettle)
    : m_action(std::move(action))
    , m_onItem(std::move(onItem))
    , m_onSettle(std::move(onSettle))
{ }

void PbxSyncListStep::start(PbxSyncRound& round)
{
    m_read = false;
    round.send(AmiRequest(m_action, AmiRequest::Completion::EventList), [this, &round](AmiAction* action) {
        if (!action->succeeded()) {
            round.reportFailed(action);
            return;
        }
        m_read = true;
        if (m_onItem) {
            for (const AmiMessage& item : action->events())
                m_onItem(item);
        }
    });
}

void PbxSyncListStep::settle()
{
    if (m_onSettle)
        m_onSettle(m_read);
}
