// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/AttendedTransferWatch.h"

#include "core/pbx/PbxState.h"

using Outcome = CallControl::TransferOutcome;

AttendedTransferWatch::AttendedTransferWatch(PbxState* state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
    if (!m_state)
        return;
    connect(m_state, &PbxState::channelAdded, this, &AttendedTransferWatch::handleChannelAdded);
    connect(m_state, &PbxState::channelRemoved, this,
        [this](const QString& uniqueid, const QString&) { handleChannelRemoved(uniqueid); });
    connect(m_state, &PbxState::transferred, this,
        [this](PbxState::TransferKind kind, bool success, const QString&, const QString& target) {
            if (kind == PbxState::TransferKind::Attended)
                handleTransferred(success, target);
        });
}

void AttendedTransferWatch::watch(quint64 id, const QString& transfererChannel, const QString& target)
{
    Transfer t;
    t.id = id;
    t.target = target;
    if (const Pbx::Channel* c = m_state ? m_state->channelByName(transfererChannel) : nullptr)
        t.transfererUid = c->uniqueid;
    m_transfers.insert(transfererChannel, t);
}

void AttendedTransferWatch::handleChannelAdded(const QString& uniqueid)
{
    if (m_transfers.isEmpty() || !m_state)
        return;
    const Pbx::Channel* c = m_state->channel(uniqueid);
    if (!c)
        return;
    for (auto it = m_transfers.begin(); it != m_transfers.end(); ++it) {
        // The consultation leg of an Atxfer: Local/<exten>@<context>-xxxx;1.
        if (it->legUid.isEmpty() && c->name.startsWith(QStringLiteral("Local/") + it->target + u'-')
            && c->name.endsWith(u";1")) {
            it->legUid = uniqueid;
            it->legName = c->name;
        }
    }
}

void AttendedTransferWatch::handleChannelRemoved(const QString& uniqueid)
{
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
        if (it->legUid == uniqueid) {
            // The consultation leg ended without a transfer: the operator is
            // back with the original caller (cancelled, or the target hung up).
            finish(it.key(), Outcome::Cancelled, {});
            return;
        }
        if (!it->transfererUid.isEmpty() && it->transfererUid == uniqueid) {
            finish(it.key(), Outcome::Failed, tr("The call ended before the transfer."));
            return;
        }
    }
}

void AttendedTransferWatch::handleTransferred(bool success, const QString& targetChannel)
{
    for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
        if (!it->legName.isEmpty() && it->legName == targetChannel) {
            finish(it.key(), success ? Outcome::Completed : Outcome::Failed, {});
            return;
        }
    }
}

void AttendedTransferWatch::finish(const QString& transferer, Outcome outcome, const QString& detail)
{
    const Transfer t = m_transfers.take(transferer);
    if (t.id)
        Q_EMIT finished(t.id, outcome, detail);
}
