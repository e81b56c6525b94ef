// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/presence/AvailabilityPreset.h"
#include "core/presence/PresenceNote.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class AmiClient;
class AmiAction;
class AmiRequest;
class ForwardingStore;

// Changes a person's availability on one server, with Asterisk's own
// mechanisms (10-presence-state, 11-astdb-forward-dnd, 13-daynight-nightmode):
//  - presence: Setvar PRESENCE_STATE(CustomPresence:<x>) (base64, option e);
//  - DND: Setvar DEVICE_STATE(<DND device>) BUSY / NOT_INUSE, and with FreePBX
//    DBPut DND/<ext> YES / DBDel;
//  - forwarding: DBPut <family>/<ext> <number> / DBDel, then the UserEvent
//    ForwardingStore::ChangeEvent so other desks re-read (ASTDB sends no event);
//  - a switch (night mode): Setvar DEVICE_STATE(Custom:<x>) INUSE / NOT_INUSE,
//    and for FreePBX's Call Flow Control (Custom:DAYNIGHT<n>) first
//    DBPut DAYNIGHT/C<n> NIGHT / DAY, which its routing reads.
// Every value goes through AmiRequest (CR/LF/NUL refused); what Attendant can
// tell is wrong is refused before anything is sent (the returned Error). The
// PBX's answer comes with finished(); the board follows the PBX's events.
class AvailabilityControl final : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Presence,
        Dnd,
        Forward,
        Switch,
    };
    Q_ENUM(Operation)

    enum class Error
    {
        None,
        InvalidNote, // see PresenceNote::validate()
        InvalidNumber, // not a dialable number (DialableNumber)
        NoProvider, // the extension has no CustomPresence: provider in its hint
        NoDevice, // no DND device pattern, or a switch that is no Custom: device
        NoFamily, // this PBX's preset has no family for that forward
        NotConnected,
    };
    Q_ENUM(Error)

    AvailabilityControl(AmiClient* client, ForwardingStore* store, QObject* parent = nullptr);
    ~AvailabilityControl() override;

    Error setPresence(const QString& provider, const PresenceNote& note);
    // device: the extension's DND device ("Custom:DND1001", Pbx::DndPattern of the preset's pattern).
    Error setDnd(const QString& exten, const QString& device, bool on);
    // An empty number clears the forward.
    Error setForward(const QString& exten, AvailabilityPreset::Forward forward, const QString& number);
    Error setSwitch(const QString& device, bool on);

    // The AMI actions an operation sends with this server's preset (for the rights check).
    QList<QByteArray> actionsFor(Operation operation) const;

Q_SIGNALS:
    // success = every action of the change succeeded; else Asterisk's words (or ours).
    void finished(AvailabilityControl::Operation operation, const QString& target, bool success,
        const QString& errorText);

private:
    // Sends the requests together; finished() once all answered. A DBDel of a key
    // that is not there ("Database entry could not be deleted") counts as done.
    void run(Operation operation, const QString& target, const QList<AmiRequest>& requests,
        std::function<void()> onSuccess = {});
    const AvailabilityPreset& preset() const;

    QPointer<AmiClient> m_client;
    QPointer<ForwardingStore> m_store;
};
