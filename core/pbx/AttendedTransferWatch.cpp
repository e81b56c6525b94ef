// SPDX-License-Identifier: GPL-3.0-or-later
#include "pbx/AttendedTransferWatch.h"

#include "ami/AmiClient.h"
#include "ami/AmiMessage.h"

using Outcome = CallControl::TransferOutcome;

AttendedTransferWatch::AttendedTransferWatch(AmiClient* client, QObject* parent)
    : QObject(parent)
{
    if (client)
        connect(client, &AmiClient::eventReceived, this, &AttendedTransferWatch::handleEvent);
}

void AttendedTransferWatch::watch(quint64 id, const QString& transfererChannel, const QString& target)
{
    m_transfers.insert(transfererChannel, Transfer {id, target});
}

void AttendedTransferWatch::handleEvent(const AmiMessage& event)
{
    if (m_transfers.isEmpty())
        return;
    const QByteArray name = event.value("Event").toLatin1();
    if (name == "AttendedTransfer") {
        handleAttendedTransfer(event);
    } else if (name == "Newchannel") {
        // The consultation leg of an Atxfer: Local/<exten>@<context>-xxxx;1.
        const QString channel = event.value("Channel");
        for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
            if (channel.startsWith(QStringLiteral("Local/") + it->target + u'-') && channel.endsWith(u";1"))
                m_consultLegs.insert(channel, it.key());
        }
    } else if (name == "Hangup") {
        handleHangup(event);
    }
}

void AttendedTransferWatch::handleAttendedTransfer(const AmiMessage& event)
{
    const QString orig = event.value("OrigTransfererChannel");
    const QString second = event.value("SecondTransfererChannel");
    QString key;
    if (m_transfers.contains(orig))
        key = orig;
    else if (m_transfers.contains(second))
        key = second;
    else
        return;
    const Transfer t = m_transfers.take(key);
    for (auto it = m_consultLegs.begin(); it != m_consultLegs.end();) {
        if (it.value() == key)
            it = m_consultLegs.erase(it);
        else
            ++it;
    }
    const QString result = event.value("Result");
    if (result.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0)
        Q_EMIT finished(t.id, Outcome::Completed, {});
    else
        Q_EMIT finished(t.id, Outcome::Failed, result);
}

void AttendedTransferWatch::handleHangup(const AmiMessage& event)
{
    const QString channel = event.value("Channel");
    if (const auto leg = m_consultLegs.find(channel); leg != m_consultLegs.end()) {
        // The consultation leg ended without AttendedTransfer: the operator is
        // back with the original caller (cancelled, or the target hung up).
        const QString transferer = leg.value();
        m_consultLegs.erase(leg);
        const Transfer t = m_transfers.take(transferer);
        if (t.id)
            Q_EMIT finished(t.id, Outcome::Cancelled, event.value("Cause-txt"));
        return;
    }
    if (m_transfers.contains(channel)) {
        const Transfer t = m_transfers.take(channel);
        Q_EMIT finished(t.id, Outcome::Failed, tr("The call ended before the transfer."));
    }
}
