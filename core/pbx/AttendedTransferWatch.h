// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pbx/CallControl.h"

#include <QHash>
#include <QObject>
#include <QString>

class AmiClient;
class AmiMessage;

// How an attended transfer (Atxfer) ended: completed (AttendedTransfer
// Success), cancelled (the consultation leg Local/<exten>@<context>-…;1 hung
// up first) or failed (the operator's call ended). Split from CallControl;
// still on the raw events, because PbxState::transferred() does not name the
// transferer's channel.
class AttendedTransferWatch final : public QObject
{
    Q_OBJECT
public:
    explicit AttendedTransferWatch(AmiClient* client, QObject* parent = nullptr);

    // After "Atxfer successfully queued": `target` = "exten@context".
    void watch(quint64 id, const QString& transfererChannel, const QString& target);

Q_SIGNALS:
    void finished(quint64 id, CallControl::TransferOutcome outcome, const QString& detail);

private:
    struct Transfer
    {
        quint64 id = 0;
        QString target;
    };
    void handleEvent(const AmiMessage& event);
    void handleAttendedTransfer(const AmiMessage& event);
    void handleHangup(const AmiMessage& event);

    QHash<QString, Transfer> m_transfers; // transferer channel → transfer in progress
    QHash<QString, QString> m_consultLegs; // consultation channel → transferer channel
};
