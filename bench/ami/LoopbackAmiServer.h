// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QThread>

class QTcpServer;

// A minimal AMI peer for the loopback benchmarks, on its own thread so the
// client under test has the main thread to itself (as in the app). It sends
// the banner, answers Challenge/Login/Ping/Logoff like Asterisk 22 does, and
// after a good Login streams the given events as fast as the socket drains
// them (never more than a few MiB queued, so memory stays flat).
class LoopbackAmiServer final
{
public:
    explicit LoopbackAmiServer(QByteArray events);
    ~LoopbackAmiServer();
    Q_DISABLE_COPY_MOVE(LoopbackAmiServer)

    quint16 port() const { return m_port; }

private:
    QByteArray m_events;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    QTcpServer* m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
};
