// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosOffice.h"

#include <QTimer>
#include <QtDebug>

ChaosOffice::ChaosOffice(quint32 seed, int extensions, double eventsPerSecond, QObject* parent)
    : QObject(parent)
    // Each office its own epoch, so two offices never share a Uniqueid.
    , m_clock(1795737600000 + qint64(seed) * 86400000)
    , m_pbx(std::make_unique<DemoPbx>(nullptr, &m_clock))
    , m_pump(new QTimer(this))
{
    m_pbx->setSeed(seed);
    m_pbx->setExtensionCount(extensions);
    m_pbx->setEventRate(eventsPerSecond);
    m_pbx->setCredentials(user(), secret());
    m_pump->setInterval(TickMs);
    connect(m_pump, &QTimer::timeout, this, [this] { m_clock.advance(StepMs); });
}

ChaosOffice::~ChaosOffice()
{
    m_pbx->stop();
}

bool ChaosOffice::start()
{
    if (!m_pbx->start()) {
        qWarning("the demo PBX did not start: %s", qPrintable(m_pbx->errorString()));
        return false;
    }
    return true;
}

void ChaosOffice::setTraffic(bool on)
{
    if (on)
        m_pump->start();
    else
        m_pump->stop();
}

void ChaosOffice::advance(qint64 ms)
{
    m_clock.advance(ms);
}

QString ChaosOffice::user()
{
    return QStringLiteral("panel");
}

QString ChaosOffice::secret()
{
    return QStringLiteral("panelpass");
}
