// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkInformation>
#include <QObject>

// Says when the network comes back, from QNetworkInformation's reachability
// where the platform has a backend for it (NetworkManager, GLib). Without
// one it stays silent and the reconnect backoff alone applies.
class NetworkWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkWatch)
public:
    explicit NetworkWatch(QObject* parent = nullptr);
    ~NetworkWatch() override;

    // Loads a backend that reports reachability; false (and one log line) when none exists.
    bool start();
    bool isActive() const { return m_active; }

public Q_SLOTS:
    // What the backend reports (tests feed it directly: no backend can be faked).
    void handleReachability(QNetworkInformation::Reachability reachability);

Q_SIGNALS:
    // Reachability rose to the local site or beyond from a lower, known level.
    void networkAvailable();
    void networkLost();

private:
    QNetworkInformation::Reachability m_last = QNetworkInformation::Reachability::Unknown;
    bool m_active = false;
};
