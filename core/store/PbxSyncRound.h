// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class AmiAction;
class AmiClient;
class AmiMessage;
class AmiRequest;

// One run of the resync, handed to every PbxSyncStep: the requests sent
// through it are the ones the state waits for. Dropped (deleted) when the
// link goes away or a newer resync starts; then no callback of it runs.
class PbxSyncRound final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(AmiAction* action)>;
    using ItemCallback = std::function<void(const AmiMessage& item)>;

    explicit PbxSyncRound(AmiClient* client, QObject* parent = nullptr);

    // Sends a request that belongs to this resync; onFinished runs with the
    // finished action (success or Asterisk's error) while the round is
    // current. A request that fails because the link went away ends the
    // round instead (lost()).
    // onItem, if given, runs for each item of an EventList as it arrives
    // (while the round is current), before onFinished.
    void send(const AmiRequest& request, Callback onFinished, ItemCallback onItem = {});
    // Notes a list the state could not read: lastFailedActions(), and
    // lastRefusedActions() for "Permission denied" (the AMI account's rights).
    void reportFailed(const AmiAction* action);

    // Ends the round: no callback of it runs any more.
    void cancel() { m_ended = true; }

    int pending() const { return m_pending; }
    QStringList failedActions() const { return m_failed; }
    QStringList refusedActions() const { return m_refused; }

Q_SIGNALS:
    // The last answer came in (and its callback sent nothing more).
    void completed();
    void lost();
    void listFailed(const QByteArray& action, const QString& error);

private:
    void handleFinished(AmiAction* action, const Callback& onFinished);

    QPointer<AmiClient> m_client;
    int m_pending = 0;
    bool m_ended = false;
    QStringList m_failed;
    QStringList m_refused;
};
