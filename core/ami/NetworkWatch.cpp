// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/NetworkWatch.h"

#include "core/ami/AmiLogging.h"

using Reachability = QNetworkInformation::Reachability;

NetworkWatch::NetworkWatch(QObject* parent)
    : QObject(parent)
{ }

NetworkWatch::~NetworkWatch() = default;

bool NetworkWatch::start()
{
    if (m_active)
        return true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcAmi) << "no network information backend: reconnects follow the backoff only";
        return false;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!info)
        return false;
    m_active = true;
    m_last = info->reachability();
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkWatch::handleReachability);
    qCDebug(lcAmi).noquote() << "network information from" << info->backendName();
    return true;
}

void NetworkWatch::handleReachability(Reachability reachability)
{
    const Reachability before = std::exchange(m_last, reachability);
    if (reachability == Reachability::Unknown || before == reachability)
        return;
    // The enum is ordered: Disconnected < Local < Site < Online.
    const bool up = int(reachability) >= int(Reachability::Site);
    if (up && before != Reachability::Unknown && int(before) < int(reachability)) {
        qCInfo(lcAmi) << "network reachability" << before << "->" << reachability;
        Q_EMIT networkAvailable();
    } else if (reachability == Reachability::Disconnected) {
        qCInfo(lcAmi) << "network reachability" << before << "->" << reachability;
        Q_EMIT networkLost();
    }
}
