// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ami/AmiClient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

// One server's connection in the status bar: a shaped mark (filled when
// ready, hollow while connecting, crossed when failed) and words —
// "Ready", "Reconnecting in 4 s", "Login refused: Authentication failed".
class ServerStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    ServerStatusWidget(const QString& label, AmiClient* client, QWidget* parent = nullptr);

    QString text() const;

private:
    void refresh();
    void handleError(AmiClient::Error error, const QString& detail);

    QString m_label;
    QPointer<AmiClient> m_client;
    QLabel* m_mark;
    QLabel* m_text;
    QTimer* m_countdown;
    AmiClient::Error m_error = AmiClient::Error::None;
    QString m_errorDetail;
};
