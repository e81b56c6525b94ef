// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/SecondTicker.h"

#include "core/common/Clock.h"

#include <QWidget>

SecondTicker::SecondTicker(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_timer((clock ? clock : Clock::system())->createTimer(this))
{
    m_timer->setSingleShot(false);
    connect(m_timer, &ClockTimer::timeout, this, &SecondTicker::ticked);
    m_timer->start(1000);
}

SecondTicker* SecondTicker::of(QWidget* widget, Clock* clock)
{
    QWidget* window = widget->window();
    if (auto* ticker = window->findChild<SecondTicker*>(QString(), Qt::FindDirectChildrenOnly))
        return ticker;
    return new SecondTicker(clock, window);
}
