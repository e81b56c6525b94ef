// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxSwitches.h"

#include "core/pbx/PbxState.h"

#include <algorithm>

using namespace Pbx;

namespace {

bool isOn(ExtensionState state)
{
    switch (state) {
    case ExtensionState::InUse:
    case ExtensionState::Busy:
    case ExtensionState::Ringing:
    case ExtensionState::InUseRinging:
    case ExtensionState::OnHold:
    case ExtensionState::InUseOnHold:
    case ExtensionState::DoNotDisturb:
        return true;
    case ExtensionState::Unknown:
    case ExtensionState::Removed:
    case ExtensionState::NoHint:
    case ExtensionState::Idle:
    case ExtensionState::Unavailable:
        break;
    }
    return false;
}

} // namespace

PbxSwitches::PbxSwitches(PbxState* state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
    if (!state)
        return;
    connect(state, &PbxState::extensionAdded, this, &PbxSwitches::handleChanged);
    connect(state, &PbxState::extensionChanged, this, &PbxSwitches::handleChanged);
    connect(state, &PbxState::extensionRemoved, this, &PbxSwitches::handleRemoved);
    connect(state, &PbxState::cleared, this, &PbxSwitches::handleCleared);
    const QStringList keys = state->extensions().keys();
    for (const QString& key : keys)
        handleChanged(key);
}

PbxSwitches::~PbxSwitches() = default;

bool PbxSwitches::isSwitch(const Extension& extension, const DndPattern& dnd)
{
    if (!extension.isFeature())
        return false;
    const QStringList& devices = extension.devices();
    return std::none_of(devices.cbegin(), devices.cend(),
        [&dnd](const QString& device) { return !dnd.extenOf(device).isEmpty(); });
}

QList<Switch> PbxSwitches::switches() const
{
    QList<Switch> out = m_switches.values();
    std::sort(out.begin(), out.end(), [](const Switch& a, const Switch& b) { return a.key < b.key; });
    return out;
}

Switch PbxSwitches::value(const QString& key) const
{
    return m_switches.value(key);
}

void PbxSwitches::handleChanged(const QString& key)
{
    const Extension* e = m_state ? m_state->extension(key) : nullptr;
    if (!e || !isSwitch(*e, DndPattern(m_state->dndDevicePattern()))) {
        handleRemoved(key);
        return;
    }
    Switch s;
    s.key = key;
    s.exten = e->exten;
    s.context = e->context;
    s.device = e->devices().value(0);
    s.on = isOn(e->state);
    auto it = m_switches.find(key);
    if (it != m_switches.end() && *it == s)
        return;
    m_switches.insert(key, s);
    Q_EMIT switchChanged(key);
}

void PbxSwitches::handleRemoved(const QString& key)
{
    if (m_switches.remove(key))
        Q_EMIT switchRemoved(key);
}

void PbxSwitches::handleCleared()
{
    const QStringList keys = m_switches.keys();
    for (const QString& key : keys)
        handleRemoved(key);
}
