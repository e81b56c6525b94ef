// SPDX-License-Identifier: GPL-3.0-or-later
// Forwarding and ASTDB DND read like a FreePBX desk does, against
// 11-astdb-forward-dnd over loopback TCP: one DBGetTree per family at login
// (never the whole database), a DBGet when another desk announces a change,
// a miss is "nothing set".
#include "FakeAmiServer.h"
#include "RecordedReply.h"
#include "Transcript.h"
#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"
#include "core/presence/ForwardingStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString Recording = QStringLiteral("11-astdb-forward-dnd");
constexpr QByteArrayView WholeDump = "11-astdb-forward-dnd-14";

// DBGetTree of one family, as Asterisk 22 frames it (11-astdb-forward-dnd-10), with
// the entries the recorded ASTDB held for that family (its whole dump, action 14).
QByteArray familyTree(const AmiMessage& action)
{
    const QString prefix = QLatin1Char('/') + action.value("Family") + QLatin1Char('/');
    QByteArray out = FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", action.actionId()},
        {"EventList", "start"}, {"Message", "Result will follow"}});
    int items = 0;
    for (const AmiMessage& m : Transcript::load(Recording)) {
        if (m.isEvent() && m.actionId() == WholeDump && m.value("Key").startsWith(prefix)) {
            out += Transcript::withValue(m, "ActionID", QString::fromLatin1(action.actionId())).toWire();
            ++items;
        }
    }
    return out
        + FakeAmiServer::packet({{"Event", "DBGetTreeComplete"}, {"ActionID", action.actionId()},
            {"EventList", "Complete"}, {"ListItems", QByteArray::number(items)}});
}

} // namespace

class TestForwardingStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsEveryFamilyAtLogin();
    void plainAsteriskReadsItsOneFamily();
    void anotherDeskAnnouncesAChange();
    void missingKeyMeansNothingSet();
    void aForwardClearedElsewhereGoesAtTheNextRead();
    void refusedFamilyKeepsWhatWasKnown();

private:
    bool loadedStore(FakeAmiServer& server, PanelClient& panel, ForwardingStore& store);
};

void TestForwardingStore::init()
{
    qRegisterMetaType<AmiMessage>();
}

bool TestForwardingStore::loadedStore(FakeAmiServer& server, PanelClient& panel, ForwardingStore& store)
{
    server.setHandler("DBGetTree", familyTree);
    QSignalSpy refreshed(&store, &ForwardingStore::refreshed);
    return panel.connectAndWaitReady() && (refreshed.size() > 0 || refreshed.wait(5000)) && store.isLoaded();
}

void TestForwardingStore::readsEveryFamilyAtLogin()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    PanelClient panel(server);
    ForwardingStore store(panel.client.get());
    QVERIFY(loadedStore(server, panel, store));

    QStringList asked;
    for (const AmiMessage& a : server.receivedActions("DBGetTree")) {
        QVERIFY2(a.contains("Family"), "DBGetTree without Family dumps the whole ASTDB");
        asked.append(a.value("Family"));
    }
    QCOMPARE(asked, QStringList({"CF", "CFB", "CFU", "DND"}));
    QCOMPARE(store.extensions(), QStringList({"1001", "1002", "1003", "1004", "1005"}));
    QCOMPARE(store.forwarding(QStringLiteral("1001")).always, QStringLiteral("1005"));
    QCOMPARE(store.forwarding(QStringLiteral("1005")).always, QStringLiteral("+15551234567"));
    QCOMPARE(store.forwarding(QStringLiteral("1002")).busy, QStringLiteral("1004"));
    QCOMPARE(store.forwarding(QStringLiteral("1003")).noAnswer, QStringLiteral("1006"));
    QVERIFY(store.forwarding(QStringLiteral("1004")).dnd);
    QVERIFY(!store.forwarding(QStringLiteral("1001")).dnd);
    QVERIFY(store.forwarding(QStringLiteral("1006")).isEmpty());
}

void TestForwardingStore::plainAsteriskReadsItsOneFamily()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    PanelClient panel(server);
    ForwardingStore store(panel.client.get());
    store.setPreset(AvailabilityPreset::plainAsterisk());
    QVERIFY(loadedStore(server, panel, store));
    QCOMPARE(server.receivedActions("DBGetTree").size(), 1);
    QCOMPARE(store.extensions(), QStringList({"1001", "1005"}));
    QVERIFY(store.forwarding(QStringLiteral("1004")).isEmpty()); // DND/1004 is no plain Asterisk DND
}

void TestForwardingStore::anotherDeskAnnouncesAChange()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    PanelClient panel(server);
    ForwardingStore store(panel.client.get());
    QVERIFY(loadedStore(server, panel, store));
    // The recorded DBGet of DND/1004: a hit.
    server.setHandler("DBGet",
        [](const AmiMessage& a) { return recordedReply(Recording, "11-astdb-forward-dnd-8", a.actionId()); });
    QSignalSpy changed(&store, &ForwardingStore::forwardingChanged);
    server.sendEvent("UserEvent",
        {{"Privilege", "user,all"}, {"UserEvent", ForwardingStore::ChangeEvent}, {"Family", "DND"},
            {"Key", "1004"}});
    QVERIFY(QTest::qWaitFor([&] { return server.receivedActions("DBGet").size() == 1; }, 5000));
    const AmiMessage get = server.receivedActions("DBGet").first();
    QCOMPARE(get.value("Family"), QStringLiteral("DND"));
    QCOMPARE(get.value("Key"), QStringLiteral("1004"));

    // Someone else's UserEvent, or a family we do not read, asks nothing.
    server.sendEvent("UserEvent", {{"Privilege", "user,all"}, {"UserEvent", "PanelTest"}, {"Family", "CF"}});
    server.sendEvent("UserEvent",
        {{"Privilege", "user,all"}, {"UserEvent", ForwardingStore::ChangeEvent}, {"Family", "pbx"},
            {"Key", "UUID"}});
    // Two round trips: the events are read, and whatever they made the store send has arrived.
    for (int i = 0; i < 2; ++i) {
        QSignalSpy pong(panel.client->send(AmiRequest("Ping")), &AmiAction::finished);
        QVERIFY(pong.wait(5000));
    }
    QCOMPARE(server.receivedActions("DBGet").size(), 1);
    QVERIFY(store.forwarding(QStringLiteral("1004")).dnd);
    QCOMPARE(changed.size(), 0); // DND/1004 was already known as YES
}

void TestForwardingStore::missingKeyMeansNothingSet()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    PanelClient panel(server);
    ForwardingStore store(panel.client.get());
    QVERIFY(loadedStore(server, panel, store));
    // 11-astdb-forward-dnd-17: DBGet CF/1001 after DBDel → "Database entry not found".
    server.setHandler("DBGet", [](const AmiMessage& a) {
        return recordedReply(Recording, "11-astdb-forward-dnd-17", a.actionId());
    });
    QSignalSpy changed(&store, &ForwardingStore::forwardingChanged);
    store.refreshKey(QStringLiteral("CF"), QStringLiteral("1001"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("1001"));
    QVERIFY(store.forwarding(QStringLiteral("1001")).always.isEmpty());
    QVERIFY(!store.extensions().contains(QStringLiteral("1001")));
}

void TestForwardingStore::aForwardClearedElsewhereGoesAtTheNextRead()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    PanelClient panel(server);
    ForwardingStore store(panel.client.get());
    QVERIFY(loadedStore(server, panel, store));
    // 11-astdb-forward-dnd-31..33: the lab deleted CF, CFU and DND; the next read finds them empty.
    server.setHandler("DBGetTree", [](const AmiMessage& a) {
        if (a.value("Family") == QLatin1String("CFB"))
            return familyTree(a);
        return recordedReply(Recording, "11-astdb-forward-dnd-13", a.actionId()); // empty list
    });
    QSignalSpy refreshed(&store, &ForwardingStore::refreshed);
    store.refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(store.extensions(), QStringList({"1002"}));
}

void TestForwardingStore::refusedFamilyKeepsWhatWasKnown()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    PanelClient panel(server);
    ForwardingStore store(panel.client.get());
    QVERIFY(loadedStore(server, panel, store));
    server.setHandler("DBGetTree", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    });
    QSignalSpy refreshed(&store, &ForwardingStore::refreshed);
    store.refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(store.forwarding(QStringLiteral("1001")).always, QStringLiteral("1005"));
}

QTEST_GUILESS_MAIN(TestForwardingStore)
#include "TestForwardingStore.moc"
