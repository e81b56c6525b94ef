// SPDX-License-Identifier: GPL-3.0-or-later
// The store mechanism of PbxState: a store registered with addStore() gets
// every event, the sync bracket, clear() and one flush() per event.
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"
#include "core/store/EventName.h"
#include "core/store/PbxStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// Counts the ConfBridge members, as a conference store would; logs each call.
class RoomStore final : public PbxStore
{
    Q_OBJECT
public:
    using PbxStore::PbxStore;

    void apply(const AmiMessage& event) override
    {
        names.append(QString::fromLatin1(event.eventName()));
        switch (EventName::hash(event.eventName())) {
        case EventName::hash("ConfbridgeJoin"):
            if (EventName::equals(event.eventName(), "ConfbridgeJoin")) {
                ++members;
                owed = true;
                if (isSyncing())
                    ++seenWhileSyncing;
            }
            break;
        case EventName::hash("ConfbridgeLeave"):
            if (EventName::equals(event.eventName(), "ConfbridgeLeave")) {
                --members;
                owed = true;
            }
            break;
        default:
            break;
        }
    }
    void flush() override
    {
        ++flushes;
        log->append(QStringLiteral("flush"));
        if (std::exchange(owed, false))
            Q_EMIT membersChanged(members);
    }

    QStringList names;
    int members = 0;
    int flushes = 0;
    int seenWhileSyncing = 0;
    bool owed = false;
    QStringList* log = nullptr;
    QList<PbxStore::Categories> ended;
    int begun = 0;
    int clears = 0;

Q_SIGNALS:
    void membersChanged(int members);

protected:
    void syncBegun() override { ++begun; }
    void syncEnded(Categories refreshed) override { ended.append(refreshed); }
    void clearAll() override
    {
        ++clears;
        members = 0;
        log->append(QStringLiteral("clearAll"));
    }
};

class OtherStore final : public PbxStore
{
    Q_OBJECT
public:
    using PbxStore::PbxStore;
    void apply(const AmiMessage&) override { }

protected:
    void clearAll() override { }
};

} // namespace

class TestPbxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registeredStoreSeesEveryEvent();
    void flushComesAfterTheBuiltInSignals();
    void syncBracketReachesTheStore();
    void clearReachesTheStoreBeforeCleared();
    void storeIsFoundByType();
};

void TestPbxStore::registeredStoreSeesEveryEvent()
{
    PbxState state(QStringLiteral("s"));
    QStringList log;
    auto* rooms = new RoomStore;
    rooms->log = &log;
    state.addStore(rooms);
    QSignalSpy changed(rooms, &RoomStore::membersChanged);

    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("08-confbridge-join-talk-leave"));
    for (const AmiMessage& m : events)
        state.apply(m);

    QCOMPARE(rooms->names.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(rooms->names[i], QString::fromLatin1(events[i].eventName()));
    // The built-in part of PbxState knows nothing of ConfBridge: the store still got them.
    QVERIFY(rooms->names.contains(QLatin1String("ConfbridgeJoin")));
    QCOMPARE(rooms->flushes, int(events.size()));
    QCOMPARE(rooms->members, 0);
    QVERIFY(changed.size() >= 2);
    QCOMPARE(changed.constFirst().at(0).toInt(), 1);
    QCOMPARE(changed.constLast().at(0).toInt(), 0);
}

void TestPbxStore::flushComesAfterTheBuiltInSignals()
{
    PbxState state(QStringLiteral("s"));
    Transcript::seed(state);
    QStringList log;
    auto* rooms = new RoomStore;
    rooms->log = &log;
    state.addStore(rooms);
    connect(&state, &PbxState::extensionChanged, this,
        [&log](const QString& key) { log.append(QStringLiteral("ext ") + key); });

    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("03-call-originate-1000-to-1002"));
    const qsizetype i = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=1002]#1"));
    QVERIFY(i >= 0);
    state.apply(events[i]);
    QCOMPARE(log, (QStringList {QStringLiteral("ext 1002@phones"), QStringLiteral("flush")}));
}

void TestPbxStore::syncBracketReachesTheStore()
{
    PbxState state(QStringLiteral("s"));
    QStringList log;
    auto* rooms = new RoomStore;
    rooms->log = &log;
    state.addStore(rooms);

    state.endSync(PbxState::Category::Channels); // no bracket open: nothing
    QVERIFY(rooms->ended.isEmpty());
    state.beginSync();
    QCOMPARE(rooms->begun, 1);
    QVERIFY(rooms->isSyncing());
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("08-confbridge-join-talk-leave"));
    const qsizetype join = Transcript::find(events, QStringLiteral("ConfbridgeJoin#1"));
    QVERIFY(join >= 0);
    state.apply(events[join]);
    QCOMPARE(rooms->seenWhileSyncing, 1);
    state.endSync(PbxState::Category::Channels | PbxState::Category::Queues);
    QVERIFY(!rooms->isSyncing());
    QCOMPARE(rooms->ended.size(), 1);
    QCOMPARE(rooms->ended.constFirst(), PbxState::Category::Channels | PbxState::Category::Queues);

    // Registered in the middle of a resync: it takes part in it.
    state.beginSync();
    auto* late = new RoomStore;
    late->log = &log;
    state.addStore(late);
    QVERIFY(late->isSyncing());
    state.endSync(PbxState::Category::Presence);
    QCOMPARE(late->ended.size(), 1);
}

void TestPbxStore::clearReachesTheStoreBeforeCleared()
{
    PbxState state(QStringLiteral("s"));
    QStringList log;
    auto* rooms = new RoomStore;
    rooms->log = &log;
    state.addStore(rooms);
    connect(&state, &PbxState::cleared, this, [&log] { log.append(QStringLiteral("cleared")); });
    state.beginSync();
    state.clear();
    QCOMPARE(rooms->clears, 1);
    QVERIFY(!rooms->isSyncing());
    QCOMPARE(log, (QStringList {QStringLiteral("clearAll"), QStringLiteral("cleared")}));
}

void TestPbxStore::storeIsFoundByType()
{
    PbxState state(QStringLiteral("s"));
    QCOMPARE(state.store<RoomStore>(), nullptr);
    auto* rooms = new RoomStore;
    auto* other = new OtherStore;
    state.addStore(rooms);
    state.addStore(other);
    QCOMPARE(state.store<RoomStore>(), rooms);
    QCOMPARE(state.store<OtherStore>(), other);
    QCOMPARE(rooms->parent(), &state);
    QVERIFY(state.stores().contains(rooms));
    QVERIFY(state.stores().indexOf(rooms) < state.stores().indexOf(other));
}

QTEST_GUILESS_MAIN(TestPbxStore)
#include "TestPbxStore.moc"
