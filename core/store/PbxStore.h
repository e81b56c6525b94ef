// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QObject>
#include <QStringList>

class AmiMessage;

// One concept of a server's live picture (extensions, calls, queues, parked
// calls, conferences …): it applies the AMI events it understands and emits
// its own change signals. PbxState owns the stores and drives them:
//
//   - apply(): every event and every list item, in the order they arrived,
//     is handed to every store in registration order; a store ignores the
//     names it does not know (compare eventName() first, it is cheap).
//   - flush(): after each event has gone through every store, each store
//     (same order) emits the changes it collected, each key once. A store
//     that only emits at once from apply() needs no flush().
//   - beginSync()/endSync(refreshed): the resync bracket (PbxSync). Entities
//     applied in between are seen; on endSync a store drops the unseen ones of
//     the categories that were refreshed (its list action answered).
//   - clear(): everything goes (emit what the store's users need).
//
// A new store registers with one line: state->addStore(new MyStore(...));
// PbxState takes ownership. Read it back with state->store<MyStore>().
class PbxStore : public QObject
{
    Q_OBJECT
public:
    // What a list action refreshes; endSync() drops unseen entities of these.
    enum class Category
    {
        Extensions = 0x01, // ExtensionStateList
        Devices = 0x02, // DeviceStateList
        Channels = 0x04, // CoreShowChannels (channels and bridges)
        ParkedCalls = 0x08, // ParkedCalls
        Queues = 0x10, // QueueStatus (queues, members, waiting callers)
        Mailboxes = 0x20, // VoicemailUsersList or MailboxCount
        Presence = 0x40, // PresenceStateList (the presence notes of the hints' providers)
    };
    Q_ENUM(Category)
    Q_DECLARE_FLAGS(Categories, Category)
    Q_FLAG(Categories)

    explicit PbxStore(QObject* parent = nullptr);
    ~PbxStore() override;

    // One event, live or a list item (same names, plus the list-only ones
    // such as CoreShowChannel or QueueEntry).
    virtual void apply(const AmiMessage& event) = 0;
    // Emits what the last apply()/endSync() changed (see above).
    virtual void flush();
    // Lines for PbxState::dumpCanonical() (sorted there): what a fresh start
    // can know from the lists, no wall-clock fields. The resync tests compare them.
    virtual void dump(QStringList& lines) const;

    void beginSync();
    void endSync(Categories refreshed);
    bool isSyncing() const { return m_syncing; }
    void clear();

protected:
    virtual void syncBegun();
    // Only called after a beginSync().
    virtual void syncEnded(Categories refreshed);
    // Drops every entity; isSyncing() is already false.
    virtual void clearAll() = 0;

private:
    bool m_syncing = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PbxStore::Categories)
