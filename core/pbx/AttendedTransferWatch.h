// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class PbxState;

// How an attended transfer (Atxfer) ended, from PbxState's signals:
// completed (an attended transfer whose target is the consultation leg
// Local/<exten>@<context>-…;1), cancelled (that leg went away first: the
// operator is back with the caller) or failed (the operator's call ended).
class AttendedTransferWatch final : public QObject
{
    Q_OBJECT
public:
    explicit AttendedTransferWatch(PbxState* state, QObject* parent = nullptr);

    // After "Atxfer successfully queued": `target` = "exten@context".
    void watch(quint64 id, const QString& transfererChannel, const QString& target);

Q_SIGNALS:
    void finished(quint64 id, CallControl::TransferOutcome outcome, const QString& detail);

private:
    struct Transfer
    {
        quint64 id = 0;
        QString target;
        QString transfererUid;
        QString legUid; // the consultation leg, once it exists
        QString legName;
    };
    void handleChannelAdded(const QString& uniqueid);
    void handleChannelRemoved(const QString& uniqueid);
    void handleTransferred(bool success, const QString& targetChannel);
    void finish(const QString& transferer, CallControl::TransferOutcome outcome, const QString& detail);

    QPointer<PbxState> m_state;
    QHash<QString, Transfer> m_transfers; // transferer channel name → transfer in progress
};
