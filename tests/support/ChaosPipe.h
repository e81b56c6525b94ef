// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

// One direction of a ChaosLink: reads what the source socket received and
// writes it to the destination, unless a fault says otherwise (a cut at a
// byte offset, stopped, one byte at a time).
class ChaosPipe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChaosPipe)
public:
    ChaosPipe(QTcpSocket* from, QTcpSocket* to, QObject* parent = nullptr);

    // Cut once `offset` bytes have been forwarded in this direction.
    void setCutAt(qint64 offset);
    // Stop forwarding; what arrives from now on is read and dropped.
    void stop();
    // One byte per delayMs (0: per event loop turn); negative: full speed.
    void setSlow(int delayMs);
    qint64 forwarded() const { return m_forwarded; }
    // Forwards what is waiting (call when the destination becomes writable).
    void pump();

Q_SIGNALS:
    // The cut offset is reached: exactly `offset` bytes went through.
    // tail: the last bytes that went through (up to 4), to tell where it fell.
    void cutReached(qint64 offset, const QByteArray& tail);

private:
    void handleReadyRead();
    void handleSlowTick();
    void forward(qsizetype bytes);

    QPointer<QTcpSocket> m_from;
    QPointer<QTcpSocket> m_to;
    QTimer* m_slowTimer;
    QByteArray m_pending;
    QByteArray m_tail;
    qint64 m_forwarded = 0;
    qint64 m_cutAt = -1;
    bool m_stopped = false;
    bool m_cutDone = false;
    int m_slowDelayMs = -1;
};
