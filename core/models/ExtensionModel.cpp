// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ExtensionModel.h"

#include "core/conference/ConferenceStore.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"
#include "core/presence/ForwardingStore.h"
#include "core/presence/PresenceNote.h"
#include "core/recording/RecordingStore.h"

ExtensionModel::ExtensionModel(QObject* parent, Clock* clock)
    : ServerListModel(parent, clock)
{ }

ExtensionModel::~ExtensionModel() = default;

void ExtensionModel::connectServer(PbxState* state)
{
    connect(state, &PbxState::extensionAdded, this,
        [this, state](const QString& key) { handleAdded(state, key); });
    connect(state, &PbxState::extensionChanged, this,
        [this, state](const QString& key) { handleChanged(state, key); });
    connect(state, &PbxState::extensionRemoved, this,
        [this, state](const QString& key) { handleRemoved(state, key); });
    connect(state, &PbxState::stalenessChanged, this, [this, state] { handleStaleness(state); });
}

void ExtensionModel::addRowsOf(PbxState* state)
{
    QStringList keys;
    for (auto it = state->extensions().cbegin(); it != state->extensions().cend(); ++it) {
        if (!it->isFeature())
            keys.append(it.key());
    }
    appendRows(state, keys);
}

QModelIndex ExtensionModel::indexOf(const PbxState* state, const QString& extensionKey) const
{
    return indexOfKey(state, extensionKey);
}

void ExtensionModel::setForwarding(PbxState* state, ForwardingStore* store)
{
    if (const QPointer<ForwardingStore> old = m_forwarding.value(state))
        disconnect(old, nullptr, this, nullptr);
    m_forwarding.insert(state, store);
    if (!store)
        return;
    connect(store, &ForwardingStore::forwardingChanged, this,
        [this, state](const QString& number) { handleForwardingChanged(state, number); });
    for (const QString& number : store->extensions())
        handleForwardingChanged(state, number);
}

void ExtensionModel::setCallExtras(PbxState* state, RecordingStore* recordings, ConferenceStore* conferences)
{
    m_extras.insert(state, Extras {recordings, conferences});
    // Rare events: every tile of the server is compared again at the next frame,
    // and only those whose roles really changed go out.
    const auto dirty = [this, state] { markServerDirty(state); };
    if (recordings) {
        connect(recordings, &RecordingStore::recordingStarted, this, dirty);
        connect(recordings, &RecordingStore::recordingChanged, this, dirty);
        connect(recordings, &RecordingStore::recordingStopped, this, dirty);
    }
    if (conferences) {
        // Not roomChanged: talking turns would touch every tile several times a second.
        connect(conferences, &ConferenceStore::memberJoined, this, dirty);
        connect(conferences, &ConferenceStore::memberLeft, this, dirty);
        connect(conferences, &ConferenceStore::roomRemoved, this, dirty);
    }
    markServerDirty(state);
}

void ExtensionModel::markServerDirty(const PbxState* state)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == state)
            markRowDirty(row);
    }
}

QVariant ExtensionModel::extrasData(const Row& row, int role) const
{
    using namespace ExtensionRoles;
    const Extras x = m_extras.value(row.state);
    const QString own = activityOf(row).channelId;
    if (role == InConference)
        return x.conferences && !own.isEmpty() ? x.conferences->roomOf(own) : QString();
    const CallRecording* recording = nullptr;
    if (x.recordings && !own.isEmpty()) {
        // Either side of its call may be the recorded channel.
        const Pbx::Channel* ch = row.state->channel(own);
        QStringList channels {own};
        if (ch)
            channels += row.state->channelsOfCall(ch->linkedid);
        for (const QString& uniqueid : std::as_const(channels)) {
            if ((recording = x.recordings->recording(uniqueid)))
                break;
        }
    }
    if (role == RecordingSinceMs)
        return recording ? recording->startedAtMs : qint64(0);
    return recording ? (recording->paused ? 2 : 1) : 0;
}

void ExtensionModel::handleForwardingChanged(PbxState* state, const QString& number)
{
    for (const QString& key : state->extensionKeysOfNumber(number)) {
        const int row = m_rows.indexOf(state, key);
        if (row >= 0)
            markRowDirty(row);
    }
}

QVariant ExtensionModel::forwardingData(const Row& row, const QString& number, int role) const
{
    const ForwardingStore* store = m_forwarding.value(row.state);
    const Pbx::Forwarding f = store ? store->forwarding(number) : Pbx::Forwarding();
    switch (role) {
    case ExtensionRoles::ForwardAlways:
        return f.always;
    case ExtensionRoles::ForwardBusy:
        return f.busy;
    case ExtensionRoles::ForwardNoAnswer:
        return f.noAnswer;
    default:
        return f.dnd;
    }
}

bool ExtensionModel::isTile(const PbxState* state, const QString& key)
{
    // Feature hints (a "*76<ext>" DND toggle, night mode) are no person:
    // they feed their extension or are switches (PbxSwitches), not tiles.
    const Pbx::Extension* e = state->extension(key);
    return e && !e->isFeature();
}

void ExtensionModel::handleAdded(PbxState* state, const QString& key)
{
    if (isTile(state, key))
        appendRow(state, key);
}

void ExtensionModel::handleChanged(PbxState* state, const QString& key)
{
    const int row = m_rows.indexOf(state, key);
    const bool tile = isTile(state, key);
    if (row < 0) {
        if (tile) // its hint became known or changed kind
            appendRow(state, key);
        return;
    }
    if (!tile) {
        removeRow(state, key);
        return;
    }
    m_rows[row].activity.reset();
    markRowDirty(row);
}

void ExtensionModel::handleRemoved(PbxState* state, const QString& key)
{
    removeRow(state, key);
}

void ExtensionModel::handleStaleness(PbxState* state)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == state)
            markRowDirty(row);
    }
}

const Pbx::ExtensionActivity& ExtensionModel::activityOf(const Row& row) const
{
    if (!row.activity)
        row.activity = row.state->activity(row.key);
    return *row.activity;
}

QVariant ExtensionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Pbx::Extension* e = row.state->extension(row.key);
    if (!e)
        return {};
    using namespace ExtensionRoles;
    switch (role) {
    case Qt::DisplayRole:
    case Number:
        return e->exten;
    case ServerId:
        return row.state->serverId();
    case Context:
    case Group:
        return e->context;
    case Name:
        return row.state->displayName(row.key);
    case State:
        return int(Pbx::shownState(*e, activityOf(row)));
    case StatusCode:
        return e->statusCode;
    case StatusText:
        return e->statusText;
    case Hint:
        return e->hint.text();
    case Device:
        return e->phoneDevice();
    case PeerNumber:
    case PeerName:
    case CallStartMs:
    case ActiveCalls:
    case HeldCalls:
    case Ringing:
    case ChannelId:
    case Activity:
        return callData(row, role);
    case MailboxNew:
    case MailboxOld:
    case Reachable:
        return lineData(row, *e, role);
    case Presence:
        return e->presence;
    case PresenceMessage:
        return e->presenceMessage;
    case Key:
        return QString(row.state->serverId() + QLatin1Char('/') + row.key);
    case StaleSinceMs:
        return row.state->staleSinceMs();
    default:
        return availabilityData(row, *e, role);
    }
}

QVariant ExtensionModel::callData(const Row& row, int role) const
{
    using namespace ExtensionRoles;
    const Pbx::ExtensionActivity& a = activityOf(row);
    switch (role) {
    case PeerNumber:
        return a.peerNumber;
    case PeerName: {
        // An internal party is named by configuration, like its own tile;
        // the caller ID name is for external parties.
        const QString configured = row.state->displayNameOfNumber(a.peerNumber);
        return configured.isEmpty() ? a.peerName : configured;
    }
    case CallStartMs:
        return a.activeCalls > 0 ? a.sinceMs : qint64(0);
    case ActiveCalls:
        return a.activeCalls;
    case HeldCalls:
        return a.heldCalls;
    case Ringing:
        return a.ringing;
    case ChannelId:
        return a.channelId;
    case Activity:
        return QVariant::fromValue(a.what);
    default:
        return {};
    }
}

QVariant ExtensionModel::lineData(const Row& row, const Pbx::Extension& e, int role) const
{
    using namespace ExtensionRoles;
    if (role == MailboxNew || role == MailboxOld) {
        const Pbx::Mailbox* mb = row.state->mailboxOf(row.key);
        return mb ? (role == MailboxNew ? mb->newCount : mb->oldCount) : 0;
    }
    // Reachable.
    const auto r = row.state->reachability(row.key);
    if (r != Pbx::Endpoint::Reachability::Unknown)
        return r == Pbx::Endpoint::Reachability::Reachable;
    return e.state != Pbx::ExtensionState::Unavailable;
}

QVariant ExtensionModel::availabilityData(const Row& row, const Pbx::Extension& e, int role) const
{
    using namespace ExtensionRoles;
    switch (role) {
    case PresenceProvider:
        return e.presenceProvider();
    case PresenceReturnMs: {
        const QDateTime back = PresenceNote::fromPbx(e.presence, e.presenceSubtype, {}).returnAt();
        return back.isValid() ? back.toMSecsSinceEpoch() : qint64(0);
    }
    case ForwardAlways:
    case ForwardBusy:
    case ForwardNoAnswer:
    case DatabaseDnd:
        return forwardingData(row, e.exten, role);
    case Recording:
    case RecordingSinceMs:
    case InConference:
        return extrasData(row, role);
    default:
        return {};
    }
}

QHash<int, QByteArray> ExtensionModel::roleNames() const
{
    using namespace ExtensionRoles;
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ServerId, "serverId"}, {Number, "number"}, {Context, "context"}, {Name, "name"},
        {State, "state"}, {StatusCode, "statusCode"}, {StatusText, "statusText"}, {Hint, "hint"},
        {PeerNumber, "peerNumber"}, {PeerName, "peerName"}, {CallStartMs, "callStartMs"},
        {ActiveCalls, "activeCalls"}, {HeldCalls, "heldCalls"}, {MailboxNew, "mailboxNew"},
        {MailboxOld, "mailboxOld"}, {Group, "group"}, {Reachable, "reachable"}, {Presence, "presence"},
        {Key, "key"}, {Ringing, "ringing"}, {PresenceMessage, "presenceMessage"}, {ChannelId, "channelId"},
        {Device, "device"}, {Activity, "activity"}, {StaleSinceMs, "staleSinceMs"},
        {PresenceProvider, "presenceProvider"}, {PresenceReturnMs, "presenceReturnMs"},
        {ForwardAlways, "forwardAlways"}, {ForwardBusy, "forwardBusy"}, {ForwardNoAnswer, "forwardNoAnswer"},
        {DatabaseDnd, "databaseDnd"}, {Recording, "recording"}, {RecordingSinceMs, "recordingSinceMs"},
        {InConference, "inConference"}});
    return names;
}
