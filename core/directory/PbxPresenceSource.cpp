// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/PbxPresenceSource.h"

#include "core/pbx/PbxState.h"

namespace {

QString numberOf(const QString& key)
{
    const qsizetype at = key.indexOf(QLatin1Char('@'));
    return at < 0 ? key : key.left(at);
}

bool isPersonHint(const Pbx::Extension& extension)
{
    const Pbx::Hint::Kind kind = extension.hint.kind();
    return kind == Pbx::Hint::Kind::Phone || kind == Pbx::Hint::Kind::None;
}

} // namespace

PbxPresenceSource::PbxPresenceSource(QObject* parent)
    : PresenceSource(parent)
{ }

PbxPresenceSource::~PbxPresenceSource() = default;

void PbxPresenceSource::addServer(PbxState* state)
{
    if (!state || m_states.contains(state))
        return;
    m_states.append(state);
    connect(state, &PbxState::extensionAdded, this,
        [this, state](const QString& key) { handleExtensionChanged(state, key); });
    connect(state, &PbxState::extensionChanged, this,
        [this, state](const QString& key) { handleExtensionChanged(state, key); });
    connect(state, &PbxState::extensionRemoved, this,
        [this, state](const QString& key) { handleExtensionRemoved(state, key); });
    connect(state, &PbxState::cleared, this, &PbxPresenceSource::rebuild);
    connect(state, &QObject::destroyed, this, [this](QObject* gone) {
        m_states.removeIf([gone](const QPointer<PbxState>& s) { return !s || s == gone; });
        rebuild();
    });
    rebuild();
}

void PbxPresenceSource::removeServer(PbxState* state)
{
    if (!state)
        return;
    disconnect(state, nullptr, this, nullptr);
    m_states.removeAll(state);
    rebuild();
}

const PbxPresenceSource::Entry* PbxPresenceSource::shownEntry(const QString& extension) const
{
    const auto it = m_byNumber.constFind(extension);
    if (it == m_byNumber.cend())
        return nullptr;
    const Entry* fallback = nullptr;
    for (const Entry& entry : *it) {
        if (!entry.state)
            continue;
        const Pbx::Extension* ext = entry.state->extension(entry.key);
        if (!ext || ext->isFeature())
            continue;
        if (isPersonHint(*ext))
            return &entry;
        if (!fallback)
            fallback = &entry;
    }
    return fallback;
}

int PbxPresenceSource::presenceState(const QString& extension) const
{
    // The same derivation as the board's tile (ExtensionModel's State role):
    // the directory may never say "Available" while the tile shows a call.
    const Entry* entry = shownEntry(extension);
    if (!entry)
        return int(Pbx::ExtensionState::Unknown);
    const Pbx::Extension* ext = entry->state->extension(entry->key);
    return int(Pbx::shownState(*ext, entry->state->activity(entry->key)));
}

PresenceSource::Note PbxPresenceSource::presenceNote(const QString& extension) const
{
    const Entry* entry = shownEntry(extension);
    if (!entry)
        return {};
    const Pbx::Extension* ext = entry->state->extension(entry->key);
    return {ext->presence, ext->presenceMessage};
}

void PbxPresenceSource::index(PbxState* state, const QString& key)
{
    QList<Entry>& entries = m_byNumber[numberOf(key)];
    for (const Entry& e : std::as_const(entries)) {
        if (e.state == state && e.key == key)
            return;
    }
    entries.append({state, key});
}

void PbxPresenceSource::handleExtensionChanged(PbxState* state, const QString& key)
{
    index(state, key);
    Q_EMIT presenceChanged(numberOf(key));
}

void PbxPresenceSource::handleExtensionRemoved(PbxState* state, const QString& key)
{
    const QString number = numberOf(key);
    auto it = m_byNumber.find(number);
    if (it != m_byNumber.end()) {
        it->removeIf([&](const Entry& e) { return !e.state || (e.state == state && e.key == key); });
        if (it->isEmpty())
            m_byNumber.erase(it);
    }
    Q_EMIT presenceChanged(number);
}

void PbxPresenceSource::rebuild()
{
    m_byNumber.clear();
    for (const QPointer<PbxState>& state : std::as_const(m_states)) {
        if (!state)
            continue;
        for (auto it = state->extensions().cbegin(); it != state->extensions().cend(); ++it)
            index(state, it.key());
    }
    Q_EMIT presenceReset();
}
