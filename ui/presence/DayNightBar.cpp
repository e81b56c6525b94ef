// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/DayNightBar.h"

#include "ui/presence/AvailabilityActions.h"
#include "ui/presence/AvailabilityText.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolButton>

DayNightBar::DayNightBar(AvailabilityActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("dayNightBar"));
    setAccessibleName(tr("Day and night switches"));
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(6);
}

void DayNightBar::addServer(const QString& serverId, PbxSwitches* switches)
{
    m_switches.insert(serverId, switches);
    connect(switches, &PbxSwitches::switchChanged, this,
        [this, serverId](const QString& key) { handleChanged(serverId, key); });
    connect(switches, &PbxSwitches::switchRemoved, this,
        [this, serverId](const QString& key) { handleRemoved(serverId, key); });
    for (const Pbx::Switch& sw : switches->switches())
        handleChanged(serverId, sw.key);
}

QToolButton* DayNightBar::button(const QString& serverId, const QString& key) const
{
    return m_buttons.value(id(serverId, key));
}

bool DayNightBar::isNight(const Pbx::Switch& sw)
{
    return sw.device.contains(QLatin1String("night"), Qt::CaseInsensitive);
}

QString DayNightBar::label(const Pbx::Switch& sw)
{
    if (isNight(sw))
        return tr("Night mode");
    // "operator-dnd" → "Operator DND": short words are abbreviations.
    QStringList words
        = sw.device.section(u':', 1).split(QRegularExpression(QStringLiteral("[-_ ]+")), Qt::SkipEmptyParts);
    for (QString& w : words)
        w = w.size() <= 3 ? w.toUpper() : w.left(1).toUpper() + w.mid(1);
    return words.isEmpty() ? sw.exten : words.join(u' ');
}

QString DayNightBar::mode(const Pbx::Switch& sw)
{
    if (isNight(sw))
        return sw.on ? tr("☾ Night") : tr("☀ Day");
    return sw.on ? tr("● On") : tr("○ Off");
}

void DayNightBar::handleChanged(const QString& serverId, const QString& key)
{
    const PbxSwitches* switches = m_switches.value(serverId);
    if (!switches)
        return;
    const Pbx::Switch sw = switches->value(key);
    if (sw.key.isEmpty())
        return;
    QToolButton* b = m_buttons.value(id(serverId, key));
    if (!b) {
        b = new QToolButton(this);
        b->setObjectName(QStringLiteral("switch_%1").arg(sw.exten));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        m_layout->addWidget(b);
        m_buttons.insert(id(serverId, key), b);
        connect(b, &QToolButton::clicked, this, [this, serverId, key] { toggle(serverId, key); });
    }
    update(b, serverId, sw);
}

void DayNightBar::update(QToolButton* b, const QString& serverId, const Pbx::Switch& sw)
{
    const QString text = tr("%1: %2").arg(label(sw), mode(sw));
    b->setText(text);
    b->setAccessibleName(text);
    const AvailabilityRules::Verdict verdict
        = m_actions ? m_actions->switchVerdict(serverId) : AvailabilityRules::Verdict {};
    const QString reason = verdict.reason == AvailabilityRules::Reason::NotThisDesk
        ? tr("This desk may not change the PBX's switches (settings, Availability)")
        : AvailabilityText::reason(verdict);
    b->setEnabled(reason.isEmpty());
    const QString tip = reason.isEmpty()
        ? tr("%1 (%2, extension %3). Click to change it.").arg(text, sw.device, sw.exten)
        : tr("%1 (%2): %3").arg(text, sw.device, reason);
    b->setToolTip(tip);
    b->setStatusTip(tip);
}

void DayNightBar::refresh()
{
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        if (*it) {
            for (const Pbx::Switch& sw : (*it)->switches())
                handleChanged(it.key(), sw.key);
        }
    }
}

void DayNightBar::handleRemoved(const QString& serverId, const QString& key)
{
    delete m_buttons.take(id(serverId, key));
}

void DayNightBar::toggle(const QString& serverId, const QString& key)
{
    const PbxSwitches* switches = m_switches.value(serverId);
    if (!switches || !m_actions)
        return;
    Pbx::Switch next = switches->value(key);
    if (next.key.isEmpty())
        return;
    next.on = !next.on;
    const QString question = isNight(next)
        ? (next.on ? tr(
               "Switch the PBX to night mode? Calls follow the night routing until it is switched back.")
                   : tr("Switch the PBX to day mode? Calls follow the day routing again."))
        : tr("Switch %1 %2?").arg(label(next), next.on ? tr("on") : tr("off"));
    QMessageBox box(
        QMessageBox::Question, label(next), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("switchConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Switch to %1").arg(mode(next)));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_actions->setSwitch(serverId, next.device, next.on, label(next));
}
