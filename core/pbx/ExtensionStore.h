// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Device.h"
#include "core/pbx/DndPattern.h"
#include "core/pbx/Endpoint.h"
#include "core/pbx/Extension.h"
#include "core/pbx/ExtensionIndex.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class MailboxStore;
namespace Pbx {
struct Mailbox;
}

// Extensions (ExtensionStatus: hint and state), the device states behind
// them (DeviceStateChange), hint presence (PresenceStatus,
// PresenceStateChange), endpoint reachability (ContactStatus, PeerStatus)
// and the link to each extension's mailbox. Derives the shown state: DND
// from the DND device (DndPattern) or from presence.
//
// Other stores say what shows on a tile through touchExtension…(): the
// extensions are then announced once, at the next flush().
class ExtensionStore final : public PbxStore
{
    Q_OBJECT
public:
    static constexpr const char* DefaultDndDevicePattern = "Custom:DND%1";

    ExtensionStore(const QString& serverId, const MailboxStore* mailboxes, QObject* parent = nullptr);
    ~ExtensionStore() override;

    // Device that means "do not disturb" for an extension; %1 (or {exten}) =
    // the extension number (see PbxState::setDndDevicePattern).
    void setDndDevicePattern(const QString& pattern);
    QString dndDevicePattern() const { return m_dndPattern.pattern(); }

    void apply(const AmiMessage& event) override;
    void flush() override;
    void dump(QStringList& lines) const override;

    const QHash<QString, Pbx::Extension>& extensions() const { return m_extensions; }
    const Pbx::Extension* extension(const QString& key) const; // "1001@phones"
    const QHash<QString, Pbx::Device>& devices() const { return m_devices; }
    const QHash<QString, Pbx::Endpoint>& endpoints() const { return m_endpoints; } // by device
    // Extensions with this number ("1004" → "1004@phones"), or with this device in their hint.
    QStringList extensionKeysOfNumber(const QString& number) const { return m_index.ofNumber(number); }
    QStringList extensionKeysOfDevice(const QString& device) const { return m_index.ofDevice(device); }
    // Reachability of the extension's endpoint(s); Unknown if never reported.
    Pbx::Endpoint::Reachability reachability(const QString& extensionKey) const;
    // The mailbox with the extension's number ("1004@default" first), or null.
    const Pbx::Mailbox* mailboxOf(const QString& extensionKey) const;
    // Extension's name from configuration (voicemail full name).
    QString displayName(const QString& extensionKey) const;
    // The configured name of an internal number ("1001"), empty if none.
    QString displayNameOfNumber(const QString& number) const;

    // What another store changed shows on these tiles (announced at flush()).
    void touchExtension(const QString& key);
    void touchExtensionsOfDevice(const QString& device);
    void touchExtensionsOfNumber(const QString& number);

Q_SIGNALS:
    void extensionAdded(const QString& key);
    // State, hint, presence, name, mailbox, reachability or any call of it changed.
    void extensionChanged(const QString& key);
    void extensionRemoved(const QString& key);
    void deviceChanged(const QString& device);
    void endpointChanged(const QString& device);

protected:
    void syncBegun() override;
    void syncEnded(Categories refreshed) override;
    void clearAll() override;

private:
    void handleExtensionStatus(const AmiMessage& m);
    Pbx::Extension& upsertExtension(
        const QString& key, const QString& exten, const QString& context, bool& added);
    void handleDeviceState(const AmiMessage& m);
    void handlePresenceStatus(const AmiMessage& m);
    void handlePresenceStateChange(const AmiMessage& m);
    void setPresence(Pbx::Extension& e, const AmiMessage& m);
    void dropUnlistedPresence();
    void handleContactStatus(const AmiMessage& m);
    void handlePeerStatus(const AmiMessage& m);
    void setEndpoint(const Pbx::Endpoint& ep);
    void recomputeExtensionState(Pbx::Extension& e);
    void recomputeExtensions(const QStringList& keys);
    void recomputeAll();
    // DND device states ("Custom:DND1002") and the hints on them feed their extension.
    bool dndFromDevices(const Pbx::Extension& e) const;
    bool dndFromFixedDevice(const Pbx::Extension& e) const;
    void recomputeDndFedBy(const QStringList& devices);
    void recomputeDndFedBy(const QString& device);
    void stopTrackingSeen();
    void removeExtension(const QString& key);
    void dropUnseenDevices();

    QString m_serverId;
    const MailboxStore* m_mailboxes;
    Pbx::DndPattern m_dndPattern {QLatin1String(DefaultDndDevicePattern)};
    mutable QString m_dndDevice; // dndFromDevices()' scratch: no allocation per state change
    QHash<QString, Pbx::Extension> m_extensions;
    QHash<QString, Pbx::Device> m_devices;
    QHash<QString, Pbx::Endpoint> m_endpoints;
    ExtensionIndex m_index;
    QStringList m_touched; // announced at flush(), each key once
    QStringList m_spareTouched; // empty, kept for the capacity
    QSet<QString> m_seenExtensions, m_seenDevices; // during a sync, if tracked
    bool m_trackSeenExtensions = false;
    bool m_trackSeenDevices = false;
    QSet<QString> m_seenPresence; // lower-case presence providers listed
};
