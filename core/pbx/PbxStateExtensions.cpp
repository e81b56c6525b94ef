// SPDX-License-Identifier: GPL-3.0-or-later
// PbxState: extensions, devices, presence, endpoints and mailboxes.
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxStateUtil.h"

#include "core/ami/AmiMessage.h"

using namespace Pbx;
using namespace PbxStateUtil;

namespace PbxStateUtil {

qint64 parseTimestampMs(QByteArrayView raw)
{
    if (raw.isEmpty())
        return 0;
    const qsizetype dot = raw.indexOf('.');
    bool ok = false;
    const qint64 secs = (dot < 0 ? raw : raw.first(dot)).toLongLong(&ok);
    if (!ok)
        return 0;
    qint64 ms = 0;
    if (dot >= 0) {
        const QByteArrayView frac = raw.sliced(dot + 1);
        for (qsizetype i = 0; i < 3; ++i) {
            const char c = i < frac.size() ? frac[i] : '0';
            if (c < '0' || c > '9')
                return 0;
            ms = ms * 10 + (c - '0');
        }
    }
    return secs * 1000 + ms;
}

qint64 parseDurationMs(QByteArrayView raw)
{
    qint64 total = 0;
    qint64 part = 0;
    for (char c : raw) {
        if (c >= '0' && c <= '9') {
            part = part * 10 + (c - '0');
        } else if (c == ':') {
            total = (total + part) * 60;
            part = 0;
        } else {
            return 0;
        }
    }
    return (total + part) * 1000;
}

} // namespace PbxStateUtil

const Extension* PbxState::extension(const QString& key) const
{
    auto it = m_extensions.constFind(key);
    return it == m_extensions.cend() ? nullptr : &*it;
}

void PbxState::handleExtensionStatus(const AmiMessage& m)
{
    const QString exten = m.value("Exten");
    if (exten.isEmpty())
        return;
    const QString context = m.value("Context");
    const QString key = exten + QLatin1Char('@') + context;
    auto it = m_extensions.find(key);
    const bool added = it == m_extensions.end();
    if (added) {
        Extension e;
        e.serverId = m_serverId;
        e.exten = exten;
        e.context = context;
        it = m_extensions.insert(key, e);
    }
    Extension& e = *it;
    if (m_syncing)
        m_seenExtensions.insert(key);
    const Extension before = e;
    // After a restart Asterisk repeats the states with an empty Hint: keep ours.
    const QString hint = m.value("Hint");
    if (!hint.isEmpty() && hint != e.hint.text()) {
        if (!added)
            indexExtension(e, false);
        e.hint = Hint(hint);
        indexExtension(e, true);
    } else if (added) {
        indexExtension(e, true);
    }
    const QByteArrayView code = m.rawValue("Status");
    if (!code.isEmpty())
        e.statusCode = code.toInt();
    assignIfPresent(m, "StatusText", e.statusText);
    recomputeExtensionState(e);
    if (added)
        Q_EMIT extensionAdded(key);
    else if (!(before == e))
        touch(m_touchedExtensions, key);
    // A DND toggle's hint ("*761002" = Custom:DND1002) feeds extension 1002.
    if (e.isFeature() && e.state != before.state)
        recomputeDndFedBy(e.devices());
}

void PbxState::recomputeDndFedBy(const QStringList& devices)
{
    for (const QString& device : devices) {
        const QString exten = m_dndPattern.extenOf(device);
        if (!exten.isEmpty())
            recomputeExtensions(m_numberExtensions.value(exten));
    }
}

void PbxState::recomputeExtensions(const QStringList& keys)
{
    for (const QString& key : keys) {
        auto e = m_extensions.find(key);
        if (e == m_extensions.end())
            continue;
        const ExtensionState before = e->state;
        recomputeExtensionState(*e);
        if (e->state != before)
            touch(m_touchedExtensions, key);
    }
}

void PbxState::indexExtension(const Extension& e, bool add)
{
    const QString key = e.key();
    for (const QString& device : e.devices()) {
        QStringList& keys = m_deviceExtensions[device];
        if (add) {
            if (!keys.contains(key))
                keys.append(key);
        } else {
            keys.removeOne(key);
            if (keys.isEmpty())
                m_deviceExtensions.remove(device);
        }
    }
    QStringList& byNumber = m_numberExtensions[e.exten];
    if (add) {
        if (!byNumber.contains(key))
            byNumber.append(key);
    } else {
        byNumber.removeOne(key);
        if (byNumber.isEmpty())
            m_numberExtensions.remove(e.exten);
    }
}

void PbxState::removeExtension(const QString& key)
{
    auto it = m_extensions.find(key);
    if (it == m_extensions.end())
        return;
    indexExtension(*it, false);
    const QStringList fed = it->isFeature() ? it->devices() : QStringList();
    m_extensions.erase(it);
    m_touchedExtensions.removeOne(key);
    Q_EMIT extensionRemoved(key);
    recomputeDndFedBy(fed);
}

void PbxState::recomputeExtensionState(Extension& e)
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

bool PbxState::dndFromDevices(const Extension& e) const
{
    if (m_dndPattern.isEmpty())
        return false;
    if (!m_dndPattern.hasPlaceholder()) {
        // One fixed device: it counts for the hints that list it.
        for (const QString& device : e.devices()) {
            auto d = m_devices.constFind(device);
            if (device.compare(m_dndPattern.pattern(), Qt::CaseInsensitive) == 0 && d != m_devices.cend()
                && d->isBusyOrInUse())
                return true;
        }
        return false;
    }
    if (e.isFeature())
        return false; // the toggle itself ("*761002"), not the person
    // The device state counts wherever it is used: in the extension's own
    // hint, in a "*76<ext>" hint, or in no hint at all.
    const QString device = m_dndPattern.deviceFor(e.exten);
    auto d = m_devices.constFind(device);
    if (d != m_devices.cend() && d->isKnown())
        return d->isBusyOrInUse();
    // Not reported (never set reads UNKNOWN, and DeviceStateList leaves it
    // out): a hint on it says what Asterisk knows.
    const QStringList keys = m_deviceExtensions.value(device);
    for (const QString& key : keys) {
        auto hinted = m_extensions.constFind(key);
        if (hinted != m_extensions.cend() && hinted->isFeature()
            && (hinted->state == ExtensionState::Busy || hinted->state == ExtensionState::InUse))
            return true;
    }
    return false;
}

void PbxState::touchExtensionsOfDevice(const QString& device)
{
    auto it = m_deviceExtensions.constFind(device);
    if (it == m_deviceExtensions.cend())
        return;
    for (const QString& key : *it)
        touch(m_touchedExtensions, key);
}

void PbxState::touchExtensionsOfNumber(const QString& number)
{
    auto it = m_numberExtensions.constFind(number);
    if (it == m_numberExtensions.cend())
        return;
    for (const QString& key : *it)
        touch(m_touchedExtensions, key);
}

void PbxState::handleDeviceState(const AmiMessage& m)
{
    const QString name = m.value("Device");
    if (name.isEmpty())
        return;
    Device& d = m_devices[name];
    if (m_syncing)
        m_seenDevices.insert(name);
    d.name = name;
    if (!assignIfPresent(m, "State", d.state))
        return;
    Q_EMIT deviceChanged(name);
    recomputeExtensions(m_deviceExtensions.value(name));
    // "Custom:DND1002" means DND of 1002 even when no hint of 1002 lists it.
    recomputeDndFedBy({name});
}

void PbxState::handlePresenceStatus(const AmiMessage& m)
{
    // Hint presence (Exten/Context/Hint/Status/Subtype/Message).
    const QString key = m.value("Exten") + QLatin1Char('@') + m.value("Context");
    auto e = m_extensions.find(key);
    if (e == m_extensions.end())
        return;
    const Extension before = *e;
    e->presence = m.value("Status").toLower();
    e->presenceSubtype = m.value("Subtype");
    e->presenceMessage = m.value("Message");
    recomputeExtensionState(*e);
    if (!(before == *e))
        touch(m_touchedExtensions, key);
}

void PbxState::handlePresenceStateChange(const AmiMessage& m)
{
    // Provider-level change ("CustomPresence:1001"): every hint using it.
    const QString presentity = m.value("Presentity");
    if (presentity.isEmpty())
        return;
    if (m_syncing)
        m_seenPresence.insert(presentity.toLower());
    for (auto e = m_extensions.begin(); e != m_extensions.end(); ++e) {
        if (e->presenceProvider().compare(presentity, Qt::CaseInsensitive) != 0)
            continue;
        const Extension before = *e;
        e->presence = m.value("Status").toLower();
        e->presenceSubtype = m.value("Subtype");
        e->presenceMessage = m.value("Message");
        recomputeExtensionState(*e);
        if (!(before == *e))
            touch(m_touchedExtensions, e.key());
    }
}

void PbxState::dropUnlistedPresence()
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
        touch(m_touchedExtensions, e.key());
    }
}

void PbxState::handleContactStatus(const AmiMessage& m)
{
    QString endpoint = m.value("EndpointName");
    if (endpoint.isEmpty())
        endpoint = m.value("AOR");
    if (endpoint.isEmpty())
        return;
    const QString device = QLatin1String("PJSIP/") + endpoint;
    Endpoint& ep = m_endpoints[device];
    const Endpoint before = ep;
    ep.device = device;
    ep.contactStatus = m.value("ContactStatus");
    assignIfPresent(m, "URI", ep.contactUri);
    ep.reachability = Endpoint::fromContactStatus(ep.contactStatus);
    if (before == ep)
        return;
    Q_EMIT endpointChanged(device);
    touchExtensionsOfDevice(device);
}

void PbxState::handlePeerStatus(const AmiMessage& m)
{
    const QString device = m.value("Peer");
    if (device.isEmpty())
        return;
    Endpoint& ep = m_endpoints[device];
    const Endpoint before = ep;
    ep.device = device;
    ep.peerStatus = m.value("PeerStatus");
    ep.reachability = Endpoint::fromPeerStatus(ep.peerStatus);
    if (before == ep)
        return;
    Q_EMIT endpointChanged(device);
    touchExtensionsOfDevice(device);
}

Endpoint::Reachability PbxState::reachability(const QString& extensionKey) const
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

void PbxState::handleMessageWaiting(const AmiMessage& m)
{
    const QString id = m.value("Mailbox");
    if (id.isEmpty())
        return;
    // MessageWaiting's New counts urgent messages too; keep the urgent part
    // we may know from MailboxCount as long as it still fits.
    const int newCount = m.rawValue("New").toInt();
    const int urgent = std::min(m_mailboxes.value(id).urgentCount, newCount);
    setMailbox(id, newCount, m.rawValue("Old").toInt(), urgent, nullptr);
}

void PbxState::handleVoicemailUserEntry(const AmiMessage& m)
{
    const QString box = m.value("VoiceMailbox");
    if (box.isEmpty())
        return;
    QString context = m.value("VMContext");
    if (context.isEmpty())
        context = QStringLiteral("default");
    const QString id = box + QLatin1Char('@') + context;
    const QString fullName = m.value("Fullname");
    const int newCount = m.rawValue("NewMessageCount").toInt();
    const int urgent = std::min(m_mailboxes.value(id).urgentCount, newCount);
    setMailbox(id, newCount, m.rawValue("OldMessageCount").toInt(), urgent, &fullName);
}

void PbxState::applyMailboxCount(const AmiMessage& response)
{
    const QString id = response.value("Mailbox");
    if (id.isEmpty() || !response.contains("NewMessages"))
        return;
    const int urgent = response.rawValue("UrgMessages").toInt();
    setMailbox(id, response.rawValue("NewMessages").toInt() + urgent,
        response.rawValue("OldMessages").toInt(), urgent, nullptr);
    flushEmits();
}

void PbxState::setMailbox(const QString& id, int newCount, int oldCount, int urgent, const QString* fullName)
{
    Mailbox& mb = m_mailboxes[id];
    if (m_syncing)
        m_seenMailboxes.insert(id);
    const Mailbox before = mb;
    mb.id = id;
    mb.newCount = newCount;
    mb.oldCount = oldCount;
    mb.urgentCount = urgent;
    if (fullName)
        mb.fullName = *fullName;
    if (before == mb)
        return;
    Q_EMIT mailboxChanged(id);
    touchExtensionsOfNumber(mb.number());
}

const Mailbox* PbxState::mailboxOf(const QString& extensionKey) const
{
    const Extension* e = extension(extensionKey);
    if (!e)
        return nullptr;
    auto it = m_mailboxes.constFind(e->exten + QLatin1String("@default"));
    if (it != m_mailboxes.cend())
        return &*it;
    it = m_mailboxes.constFind(e->exten + QLatin1Char('@') + e->context);
    return it != m_mailboxes.cend() ? &*it : nullptr;
}

QString PbxState::displayName(const QString& extensionKey) const
{
    // One rule: an internal extension is named by configuration (the
    // voicemail box's full name), never by the caller ID its phone last sent.
    const Mailbox* mb = mailboxOf(extensionKey);
    return mb ? mb->fullName : QString();
}

QString PbxState::displayNameOfNumber(const QString& number) const
{
    const QStringList keys = m_numberExtensions.value(number);
    for (const QString& key : keys) {
        const Extension* e = extension(key);
        if (!e || e->isFeature())
            continue;
        const QString name = displayName(key);
        if (!name.isEmpty())
            return name;
    }
    return {};
}
