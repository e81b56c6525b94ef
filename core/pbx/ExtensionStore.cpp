// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ExtensionStore.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/MailboxStore.h"
#include "core/pbx/PbxStateUtil.h"
#include "core/store/EventRoutes.h"

#include <QMetaEnum>

#include <optional>
#include <utility>

using namespace Pbx;
using namespace PbxStateUtil;

ExtensionStore::ExtensionStore(const QString& serverId, const MailboxStore* mailboxes, QObject* parent)
    : PbxStore(parent)
    , m_serverId(serverId)
    , m_mailboxes(mailboxes)
{
    // A mailbox's counts and name show on the tiles of its number.
    connect(mailboxes, &MailboxStore::mailboxChanged, this,
        [this](const QString& id) { touchExtensionsOfNumber(id.section(QLatin1Char('@'), 0, 0)); });
}

ExtensionStore::~ExtensionStore() = default;

void ExtensionStore::apply(const AmiMessage& event)
{
    using S = ExtensionStore;
    static const EventRoutes<S> routes {
        {"ExtensionStatus", [](S& s, const AmiMessage& m) { s.handleExtensionStatus(m); }},
        {"DeviceStateChange", [](S& s, const AmiMessage& m) { s.handleDeviceState(m); }},
        {"PresenceStatus", [](S& s, const AmiMessage& m) { s.handlePresenceStatus(m); }},
        {"PresenceStateChange", [](S& s, const AmiMessage& m) { s.handlePresenceStateChange(m); }},
        {"ContactStatus", [](S& s, const AmiMessage& m) { s.handleContactStatus(m); }},
        {"PeerStatus", [](S& s, const AmiMessage& m) { s.handlePeerStatus(m); }},
    };
    routes.dispatch(*this, event);
}

void ExtensionStore::flush()
{
    if (m_touched.isEmpty())
        return;
    // Taken out: a slot may apply() again (rare, but then the list changes).
    QStringList keys = takeTouched(m_touched, m_spareTouched);
    for (const QString& key : std::as_const(keys)) {
        if (m_extensions.contains(key))
            Q_EMIT extensionChanged(key);
    }
    giveBack(m_spareTouched, keys);
}

void ExtensionStore::setDndDevicePattern(const QString& pattern)
{
    const DndPattern normalized(pattern);
    if (normalized == m_dndPattern)
        return;
    m_dndPattern = normalized;
    recomputeAll();
    flush();
}

const Extension* ExtensionStore::extension(const QString& key) const
{
    auto it = m_extensions.constFind(key);
    return it == m_extensions.cend() ? nullptr : &*it;
}

Extension& ExtensionStore::upsertExtension(
    const QString& key, const QString& exten, const QString& context, bool& added)
{
    auto it = m_extensions.find(key);
    added = it == m_extensions.end();
    if (added) {
        m_index.growAhead();
        Extension e;
        e.serverId = m_serverId;
        e.exten = exten;
        e.context = context;
        it = m_extensions.insert(key, e);
    }
    if (m_trackSeenExtensions)
        m_seenExtensions.insert(key);
    return *it;
}

void ExtensionStore::handleExtensionStatus(const AmiMessage& m)
{
    const QString exten = m.value("Exten");
    if (exten.isEmpty())
        return;
    const QString context = m.value("Context");
    const QString key = exten + QLatin1Char('@') + context;
    bool added = false;
    Extension& e = upsertExtension(key, exten, context, added);
    // Only the hint, the status and the state can change here: compared one
    // by one (a copy of the whole extension cost more than the rest).
    const ExtensionState stateBefore = e.state;
    bool changed = false;
    // After a restart Asterisk repeats the states with an empty Hint: keep ours.
    std::optional<Hint> oldHint;
    const QByteArrayView hintRaw = m.rawValue("Hint");
    // Decoded only when the bytes differ (a UTF-8 hint is compared decoded).
    if (!hintRaw.isEmpty() && !equalsLatin1(e.hint.text(), hintRaw)
        && AmiMessage::decode(hintRaw) != e.hint.text()) {
        if (!added)
            m_index.remove(e);
        oldHint = std::exchange(e.hint, Hint(AmiMessage::decode(hintRaw)));
        m_index.add(e);
        changed = true;
    } else if (added) {
        m_index.add(e);
    }
    const QByteArrayView code = m.rawValue("Status");
    if (!code.isEmpty()) {
        const int statusCode = code.toInt();
        changed = changed || statusCode != e.statusCode;
        e.statusCode = statusCode;
    }
    changed = assignIfPresent(m, "StatusText", e.statusText) || changed;
    recomputeExtensionState(e);
    if (added)
        Q_EMIT extensionAdded(key);
    else if (changed || e.state != stateBefore)
        touch(m_touched, key);
    // A DND toggle's hint ("*761002" = Custom:DND1002) feeds extension 1002,
    // and stops feeding the one its old hint named.
    const bool hintMoved = !added && oldHint;
    if (e.isFeature() && (e.state != stateBefore || hintMoved))
        recomputeDndFedBy(e.devices());
    if (hintMoved && oldHint->kind() == Hint::Kind::Custom)
        recomputeDndFedBy(oldHint->devices());
}

void ExtensionStore::recomputeDndFedBy(const QStringList& devices)
{
    for (const QString& device : devices)
        recomputeDndFedBy(device);
}

void ExtensionStore::recomputeDndFedBy(const QString& device)
{
    const QString exten = m_dndPattern.extenOf(device);
    if (!exten.isEmpty())
        recomputeExtensions(m_index.ofNumber(exten));
}

void ExtensionStore::recomputeExtensions(const QStringList& keys)
{
    for (const QString& key : keys) {
        auto e = m_extensions.find(key);
        if (e == m_extensions.end())
            continue;
        const ExtensionState before = e->state;
        recomputeExtensionState(*e);
        if (e->state != before)
            touch(m_touched, key);
    }
}

void ExtensionStore::recomputeAll()
{
    for (auto it = m_extensions.begin(); it != m_extensions.end(); ++it) {
        const ExtensionState before = it->state;
        recomputeExtensionState(*it);
        if (it->state != before)
            touch(m_touched, it.key());
    }
}

void ExtensionStore::removeExtension(const QString& key)
{
    auto it = m_extensions.find(key);
    if (it == m_extensions.end())
        return;
    m_index.remove(*it);
    const QStringList fed = it->isFeature() ? it->devices() : QStringList();
    m_extensions.erase(it);
    m_touched.removeOne(key);
    Q_EMIT extensionRemoved(key);
    recomputeDndFedBy(fed);
}

void ExtensionStore::recomputeExtensionState(Extension& e)
{
    ExtensionState state = e.statusCode == -1 && e.statusText.isEmpty()
        ? ExtensionState::Unknown
        : extensionStateFromCode(e.statusCode);
    const bool dnd = e.presence == QLatin1String("dnd") || dndFromDevices(e);
    // DND outranks the aggregate the hint reports (a BUSY DND device makes
    // the hint say Busy, which would hide the reason).
    if (dnd && state != ExtensionState::Removed)
        state = ExtensionState::DoNotDisturb;
    e.state = state;
}

bool ExtensionStore::dndFromFixedDevice(const Extension& e) const
{
    // One fixed device: it counts for the hints that list it.
    for (const QString& device : e.devices()) {
        auto d = m_devices.constFind(device);
        if (device.compare(m_dndPattern.pattern(), Qt::CaseInsensitive) == 0 && d != m_devices.cend()
            && d->isBusyOrInUse())
            return true;
    }
    return false;
}

bool ExtensionStore::dndFromDevices(const Extension& e) const
{
    if (m_dndPattern.isEmpty())
        return false;
    if (!m_dndPattern.hasPlaceholder())
        return dndFromFixedDevice(e);
    if (e.isFeature())
        return false; // the toggle itself ("*761002"), not the person
    // The device state counts wherever it is used: in the extension's own
    // hint, in a "*76<ext>" hint, or in no hint at all.
    m_dndPattern.writeDeviceFor(e.exten, m_dndDevice);
    const QString& device = m_dndDevice;
    auto d = m_devices.constFind(device);
    if (d != m_devices.cend() && d->isKnown())
        return d->isBusyOrInUse();
    // Not reported (never set reads UNKNOWN, and DeviceStateList leaves it
    // out): a hint on it says what Asterisk knows.
    for (const QString& key : m_index.ofDevice(device)) {
        auto hinted = m_extensions.constFind(key);
        if (hinted != m_extensions.cend() && hinted->isFeature()
            && (hinted->state == ExtensionState::Busy || hinted->state == ExtensionState::InUse))
            return true;
    }
    return false;
}

void ExtensionStore::touchExtension(const QString& key)
{
    touch(m_touched, key);
}

void ExtensionStore::touchExtensionsOfDevice(const QString& device)
{
    for (const QString& key : m_index.ofDevice(device))
        touch(m_touched, key);
}

void ExtensionStore::touchExtensionsOfNumber(const QString& number)
{
    for (const QString& key : m_index.ofNumber(number))
        touch(m_touched, key);
}

void ExtensionStore::handleDeviceState(const AmiMessage& m)
{
    const QString name = m.value("Device");
    if (name.isEmpty())
        return;
    Device& d = m_devices[name];
    if (m_trackSeenDevices)
        m_seenDevices.insert(name);
    d.name = name;
    if (!assignIfPresent(m, "State", d.state))
        return;
    Q_EMIT deviceChanged(name);
    recomputeExtensions(m_index.ofDevice(name));
    // "Custom:DND1002" means DND of 1002 even when no hint of 1002 lists it.
    recomputeDndFedBy(name);
}

void ExtensionStore::setPresence(Extension& e, const AmiMessage& m)
{
    const Extension before = e;
    e.presence = m.value("Status").toLower();
    e.presenceSubtype = m.value("Subtype");
    e.presenceMessage = m.value("Message");
    recomputeExtensionState(e);
    if (!(before == e))
        touch(m_touched, e.key());
}

void ExtensionStore::handlePresenceStatus(const AmiMessage& m)
{
    // Hint presence (Exten/Context/Hint/Status/Subtype/Message).
    auto e = m_extensions.find(m.value("Exten") + QLatin1Char('@') + m.value("Context"));
    if (e != m_extensions.end())
        setPresence(*e, m);
}

void ExtensionStore::handlePresenceStateChange(const AmiMessage& m)
{
    // Provider-level change ("CustomPresence:1001"): every hint using it.
    const QString presentity = m.value("Presentity");
    if (presentity.isEmpty())
        return;
    if (isSyncing())
        m_seenPresence.insert(presentity.toLower());
    const auto setIfProvider = [&](const QString& key) {
        auto e = m_extensions.find(key);
        if (e != m_extensions.end() && e->presenceProvider().compare(presentity, Qt::CaseInsensitive) == 0)
            setPresence(*e, m);
    };
    // Looked up, not walked: one PresenceStateList item per person would
    // otherwise compare every extension (tens of ms per read at 20,000).
    for (const QString& key : m_index.presenceCandidates(presentity))
        setIfProvider(key);
}

void ExtensionStore::dropUnlistedPresence()
{
    // A provider PresenceStateList no longer lists has no note any more.
    for (auto e = m_extensions.begin(); e != m_extensions.end(); ++e) {
        if (e->presence.isEmpty() && e->presenceMessage.isEmpty())
            continue;
        if (m_seenPresence.contains(e->presenceProvider().toLower()))
            continue;
        e->presence.clear();
        e->presenceSubtype.clear();
        e->presenceMessage.clear();
        recomputeExtensionState(*e);
        touch(m_touched, e.key());
    }
}

void ExtensionStore::handleContactStatus(const AmiMessage& m)
{
    QString endpoint = m.value("EndpointName");
    if (endpoint.isEmpty())
        endpoint = m.value("AOR");
    if (endpoint.isEmpty())
        return;
    Endpoint ep = m_endpoints.value(QLatin1String("PJSIP/") + endpoint);
    ep.device = QLatin1String("PJSIP/") + endpoint;
    ep.contactStatus = m.value("ContactStatus");
    assignIfPresent(m, "URI", ep.contactUri);
    ep.reachability = Endpoint::fromContactStatus(ep.contactStatus);
    setEndpoint(ep);
}

void ExtensionStore::handlePeerStatus(const AmiMessage& m)
{
    const QString device = m.value("Peer");
    if (device.isEmpty())
        return;
    Endpoint ep = m_endpoints.value(device);
    ep.device = device;
    ep.peerStatus = m.value("PeerStatus");
    ep.reachability = Endpoint::fromPeerStatus(ep.peerStatus);
    setEndpoint(ep);
}

void ExtensionStore::setEndpoint(const Endpoint& ep)
{
    Endpoint& stored = m_endpoints[ep.device];
    if (stored == ep)
        return;
    stored = ep;
    Q_EMIT endpointChanged(ep.device);
    touchExtensionsOfDevice(ep.device);
}

Endpoint::Reachability ExtensionStore::reachability(const QString& extensionKey) const
{
    const Extension* e = extension(extensionKey);
    if (!e)
        return Endpoint::Reachability::Unknown;
    Endpoint::Reachability result = Endpoint::Reachability::Unknown;
    for (const QString& device : e->devices()) {
        auto ep = m_endpoints.constFind(device);
        if (ep == m_endpoints.cend())
            continue;
        if (ep->reachability == Endpoint::Reachability::Reachable)
            return Endpoint::Reachability::Reachable;
        if (ep->reachability == Endpoint::Reachability::Unreachable)
            result = Endpoint::Reachability::Unreachable;
    }
    return result;
}

const Mailbox* ExtensionStore::mailboxOf(const QString& extensionKey) const
{
    const Extension* e = extension(extensionKey);
    if (!e)
        return nullptr;
    if (const Mailbox* mb = m_mailboxes->mailbox(e->exten + QLatin1String("@default")))
        return mb;
    return m_mailboxes->mailbox(e->exten + QLatin1Char('@') + e->context);
}

QString ExtensionStore::displayName(const QString& extensionKey) const
{
    // One rule: an internal extension is named by configuration (the
    // voicemail box's full name), never by the caller ID its phone last sent.
    const Mailbox* mb = mailboxOf(extensionKey);
    return mb ? mb->fullName : QString();
}

QString ExtensionStore::displayNameOfNumber(const QString& number) const
{
    for (const QString& key : m_index.ofNumber(number)) {
        const Extension* e = extension(key);
        if (!e || e->isFeature())
            continue;
        const QString name = displayName(key);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

void ExtensionStore::syncBegun()
{
    m_seenExtensions.clear();
    m_seenDevices.clear();
    m_seenPresence.clear();
    // From an empty store (the first sync), whatever is there at the end was
    // seen during the sync: nothing to track. Otherwise room for all of them.
    m_trackSeenExtensions = !m_extensions.isEmpty();
    m_trackSeenDevices = !m_devices.isEmpty();
    if (m_trackSeenExtensions)
        m_seenExtensions.reserve(m_extensions.size());
    if (m_trackSeenDevices)
        m_seenDevices.reserve(m_devices.size());
}

void ExtensionStore::syncEnded(Categories refreshed)
{
    // Every list item was applied as it came (each device and hint already
    // re-derived what it feeds): only what the lists left out is left to do.
    if (refreshed.testFlag(Category::Devices) && m_trackSeenDevices)
        dropUnseenDevices();
    if (refreshed.testFlag(Category::Presence))
        dropUnlistedPresence();
    if (refreshed.testFlag(Category::Extensions) && m_trackSeenExtensions) {
        const QStringList keys = m_extensions.keys();
        for (const QString& key : keys) {
            if (!m_seenExtensions.contains(key))
                removeExtension(key);
        }
    }
    stopTrackingSeen();
}

void ExtensionStore::stopTrackingSeen()
{
    m_trackSeenExtensions = m_trackSeenDevices = false;
    m_seenExtensions = {}; // its memory too, until the next sync
    m_seenDevices = {};
}

void ExtensionStore::dropUnseenDevices()
{
    const QStringList names = m_devices.keys();
    for (const QString& name : names) {
        if (!m_seenDevices.contains(name)) {
            m_devices.remove(name);
            Q_EMIT deviceChanged(name);
            touchExtensionsOfDevice(name);
            recomputeExtensions(m_index.ofDevice(name));
            recomputeDndFedBy(name);
        }
    }
}

void ExtensionStore::clearAll()
{
    stopTrackingSeen();
    m_extensions.clear();
    m_devices.clear();
    m_endpoints.clear();
    m_index.clear();
    m_touched.clear();
}

void ExtensionStore::dump(QStringList& lines) const
{
    // No endpoints (not listed).
    const QMetaEnum states = QMetaEnum::fromType<ExtensionState>();
    for (const Extension& e : m_extensions) {
        lines.append(QStringLiteral("ext %1 hint=%2 code=%3 state=%4 presence=%5")
                         .arg(e.key(), e.hint.text(), QString::number(e.statusCode),
                             QString::fromLatin1(states.valueToKey(int(e.state))), e.presence));
    }
    for (const Device& d : m_devices)
        lines.append(QStringLiteral("dev %1 %2").arg(d.name, d.state));
}
