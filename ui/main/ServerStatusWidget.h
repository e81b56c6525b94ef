// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxServerStatus.h"

#include <QPointer>
#include <QWidget>

class PbxServer;
class QLabel;
class QTimer;
class QToolButton;

// One server's connection in the status bar: a shaped mark (filled when
// ready, hollow while connecting, crossed when failed) and words —
// "Ready", "Reconnecting in 4 s — board as of 10:42", "Login refused:
// Authentication failed", "Asterisk is restarting" — and a "Reconnect now"
// button whenever a retry is waiting. With the whole PbxServer it also says
// when the board is the last known state, when Asterisk just restarted
// (phones re-register) and which state lists the AMI account may not read.
class ServerStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    ServerStatusWidget(const QString& label, AmiClient* client, QWidget* parent = nullptr);
    ServerStatusWidget(const QString& label, PbxServer* server, QWidget* parent = nullptr);

    QString text() const;
    QToolButton* reconnectButton() const { return m_reconnect; }

private:
    ServerStatusWidget(const QString& label, AmiClient* client, PbxServerStatus* status, QWidget* parent);
    void watchServer();
    void refresh();
    void handleError(AmiClient::Error error, const QString& detail);
    // "Reconnecting in 4 s" plus what is wrong; empty detail when all is well.
    QString stateWords(PbxServerStatus::State state, bool failed) const;
    // The notes a PbxServer adds: stale board, fresh restart, refused lists.
    QString serverNotes(PbxServerStatus::State state, QString* tooltip) const;
    bool offersReconnect(PbxServerStatus::State state) const;
    void paintMark(PbxServerStatus::State state, bool failed, bool limited);

    QString m_label;
    QPointer<AmiClient> m_client;
    QPointer<PbxServer> m_server;
    QPointer<PbxServerStatus> m_status;
    QLabel* m_mark;
    QLabel* m_text;
    QToolButton* m_reconnect;
    QTimer* m_countdown;
    QTimer* m_restartNotice;
    AmiClient::Error m_error = AmiClient::Error::None;
    QString m_errorDetail;
};
