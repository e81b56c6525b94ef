// SPDX-License-Identifier: GPL-3.0-or-later
// VoicemailStore sharing the spool with Asterisk: app_voicemail's locks, the
// PBX's own voicemail actions when it offers them, and changes made by others.
#include "VoicemailStoreRig.h"

#include "SpoolFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Error;
using Voicemail::Folder;

class TestVoicemailStoreSharing : public VoicemailStoreRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }

    void lockHeldByOtherTimesOut_data();
    void lockHeldByOtherTimesOut();
    void operationWaitsForLockRelease();
    void flockMode();
    void pbxActionsPreferred_data();
    void pbxActionsPreferred();
    void pbxRefusalIsReported();
    void messageWithoutMsgIdUsesSpool();
    void watcherSeesNewMessageInOneFolder();
    void messageWaitingRescansWithoutWatcher();
    void newMailboxAppears();
};

void TestVoicemailStoreSharing::lockHeldByOtherTimesOut_data()
{
    QTest::addColumn<QString>("lockedFolder");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("source INBOX locked, Asterisk's 5 s") << QStringLiteral("INBOX") << 5000;
    QTest::newRow("destination Old locked, short timeout") << QStringLiteral("Old") << 300;
}

void TestVoicemailStoreSharing::lockHeldByOtherTimesOut()
{
    QFETCH(QString, lockedFolder);
    QFETCH(int, timeoutMs);
    VoicemailSpool::Config config = m_store->config();
    QCOMPARE(config.lockTimeoutMs, 5000); // the default is app_voicemail's
    config.lockTimeoutMs = timeoutMs;
    m_store->setConfig(config);
    // Someone (Asterisk, a crashed process) holds ".lock" longer than the timeout.
    const QString lockPath
        = m_root + QStringLiteral("/default/1001/") + lockedFolder + QStringLiteral("/.lock");
    QVERIFY(SpoolFixture::writeFile(lockPath, {}));
    const auto before = snapshot(m_root);
    const VoicemailMessage m = find(QStringLiteral("1001@default"), Folder::Inbox, 0);
    QString detail;
    QCOMPARE(run([&] { return m_store->markHeard(m); }, &detail), Error::LockTimeout);
    QCOMPARE(detail, lockPath);
    QCOMPARE(snapshot(m_root), before);
    QVERIFY(m_bridge.requests.isEmpty());
}

void TestVoicemailStoreSharing::operationWaitsForLockRelease()
{
    const QString lockPath = m_root + QStringLiteral("/default/1001/Old/.lock");
    QVERIFY(SpoolFixture::writeFile(lockPath, {}));
    bool released = false;
    QTimer::singleShot(400, this, [&] {
        released = true;
        QFile::remove(lockPath);
    });
    const VoicemailMessage m = find(QStringLiteral("1001@default"), Folder::Inbox, 0);
    QCOMPARE(run([&] { return m_store->markHeard(m); }), Error::None);
    // It finished only after the other holder let go, and did not break that lock.
    QVERIFY(released);
    QCOMPARE(m_store->messages(QStringLiteral("1001@default"), Folder::Old).size(), 3);
}

void TestVoicemailStoreSharing::flockMode()
{
    VoicemailSpool::Config config = m_store->config();
    config.lockMode = SpoolLock::Mode::Flock;
    m_store->setConfig(config);
    const VoicemailMessage m = find(QStringLiteral("1002@default"), Folder::Inbox, 0);
    QCOMPARE(run([&] { return m_store->markHeard(m); }), Error::None);
    QCOMPARE(filesOf(m_root, QStringLiteral("default/1002/Old/")),
        (QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav"),
            QStringLiteral("msg0001.txt"), QStringLiteral("msg0001.wav")}));
}

void TestVoicemailStoreSharing::pbxActionsPreferred_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<Headers>("headers");
    const QString id = QStringLiteral("1795737643-00000002");
    const QString def = QStringLiteral("default");
    const QString box = QStringLiteral("1001");
    const QString inbox = QStringLiteral("INBOX");
    // Header sets exactly as sent in 04-voicemail-deposit-and-manage.
    QTest::newRow("mark heard") << QStringLiteral("heard") << QByteArray("VoicemailMove")
                                << Headers {{"Context", def}, {"Mailbox", box}, {"Folder", inbox}, {"ID", id},
                                       {"ToFolder", QStringLiteral("Old")}};
    QTest::newRow("move to Work") << QStringLiteral("work") << QByteArray("VoicemailMove")
                                  << Headers {{"Context", def}, {"Mailbox", box}, {"Folder", inbox},
                                         {"ID", id}, {"ToFolder", QStringLiteral("Work")}};
    QTest::newRow("delete") << QStringLiteral("delete") << QByteArray("VoicemailRemove")
                            << Headers {{"Context", def}, {"Mailbox", box}, {"Folder", inbox}, {"ID", id}};
    QTest::newRow("forward") << QStringLiteral("forward") << QByteArray("VoicemailForward")
                             << Headers {{"Context", def}, {"Mailbox", box}, {"Folder", inbox}, {"ID", id},
                                    {"ToContext", def}, {"ToMailbox", QStringLiteral("1003")},
                                    {"ToFolder", inbox}};
}

void TestVoicemailStoreSharing::pbxActionsPreferred()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, action);
    QFETCH(Headers, headers);
    m_bridge.supportsActions = true;
    const auto before = snapshot(m_root);
    bool pbxDidIt = false;
    // The PBX does the move itself (as app_voicemail would) before it answers.
    m_bridge.beforeReply = [&](const AmiRequest& r) {
        if (r.action() == "VoicemailMove") {
            VoicemailSpool::Config c = m_store->config();
            VoicemailSpool::MessageRef ref {r.header("Context"), r.header("Mailbox"),
                *Voicemail::folderFromName(r.header("Folder")), r.header("ID"), -1};
            pbxDidIt
                = VoicemailSpool::moveMessage(c, ref, *Voicemail::folderFromName(r.header("ToFolder"))).ok();
        }
    };
    const VoicemailMessage m = find(QStringLiteral("1001@default"), Folder::Inbox, 0);
    const Error e = run([&]() -> VoicemailStore::OperationId {
        if (operation == QLatin1String("heard"))
            return m_store->markHeard(m);
        if (operation == QLatin1String("work"))
            return m_store->moveMessage(m, Folder::Work);
        if (operation == QLatin1String("delete"))
            return m_store->deleteMessage(m);
        return m_store->forwardMessage(m, QStringLiteral("1003@default"));
    });
    QCOMPARE(e, Error::None);
    // One action, the exact headers, and no VoicemailRefresh (Asterisk notifies by itself).
    QCOMPARE(m_bridge.requests.size(), 1);
    QCOMPARE(m_bridge.requests[0].action(), action);
    QCOMPARE(headersOf(m_bridge.requests[0]), headers);
    QVERIFY(m_bridge.requests[0].validationError().isEmpty());
    if (action == "VoicemailMove") {
        // The store did not touch the spool itself; it read what the PBX did.
        QVERIFY(pbxDidIt);
        const Folder to = operation == QLatin1String("heard") ? Folder::Old : Folder::Work;
        const QList<VoicemailMessage> dest = m_store->messages(QStringLiteral("1001@default"), to);
        QCOMPARE(dest.last().info.msgId(), m.info.msgId());
        QCOMPARE(m_store->messages(QStringLiteral("1001@default"), Folder::Inbox).size(), 1);
    } else {
        QCOMPARE(snapshot(m_root), before);
    }
}

void TestVoicemailStoreSharing::pbxRefusalIsReported()
{
    m_bridge.supportsActions = true;
    m_bridge.succeed = false;
    const auto before = snapshot(m_root);
    const VoicemailMessage m = find(QStringLiteral("1002@default"), Folder::Inbox, 0);
    QString detail;
    // Asterisk answers "Response: Success" / "Message: Message move failed".
    QCOMPARE(run([&] { return m_store->markHeard(m); }, &detail), Error::PbxRefused);
    QCOMPARE(detail, QStringLiteral("Message move failed"));
    QCOMPARE(snapshot(m_root), before);
}

void TestVoicemailStoreSharing::messageWithoutMsgIdUsesSpool()
{
    // Messages from before msg_id existed cannot be named to VoicemailMove.
    const QString dir = m_root + QStringLiteral("/default/1004/INBOX");
    QByteArray txt = SpoolFixture::readAll(dir + QStringLiteral("/msg0000.txt"));
    txt.replace("msg_id=1795737896-0000000a\n", "");
    QVERIFY(SpoolFixture::writeFile(dir + QStringLiteral("/msg0000.txt"), txt));
    scan();
    m_bridge.supportsActions = true;
    const VoicemailMessage m = find(QStringLiteral("1004@default"), Folder::Inbox, 0);
    QVERIFY(m.info.msgId().isEmpty());
    QCOMPARE(run([&] { return m_store->markHeard(m); }), Error::None);
    QCOMPARE(filesOf(m_root, QStringLiteral("default/1004/")),
        (QStringList {QStringLiteral("Old/msg0000.txt"), QStringLiteral("Old/msg0000.wav")}));
    QCOMPARE(m_bridge.requests.size(), 1);
    QCOMPARE(m_bridge.requests[0].action(), QByteArray("VoicemailRefresh"));
}

void TestVoicemailStoreSharing::watcherSeesNewMessageInOneFolder()
{
    QSignalSpy changed(m_store.get(), &VoicemailStore::folderChanged);
    QSignalSpy counts(m_store.get(), &VoicemailStore::countsChanged);
    // Asterisk deposits a message: audio first, then the .txt.
    const QString dir = m_root + QStringLiteral("/default/1002/INBOX");
    QVERIFY(
        SpoolFixture::writeMessage(dir, 1, QStringLiteral("1795740000-00000042"), QStringLiteral("1002")));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_store->messages(QStringLiteral("1002@default"), Folder::Inbox).size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->counts(QStringLiteral("1002@default")).inbox, 2, 5000);
    QVERIFY(!counts.isEmpty());
    // Only that folder was read again and reported.
    for (const QList<QVariant>& args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toString(), QStringLiteral("1002@default"));
        QCOMPARE(args.at(1).value<Folder>(), Folder::Inbox);
    }
}

void TestVoicemailStoreSharing::messageWaitingRescansWithoutWatcher()
{
    m_store->setWatching(false);
    QVERIFY(!m_store->isWatching());
    const QString dir = m_root + QStringLiteral("/default/1006/INBOX");
    QVERIFY(
        SpoolFixture::writeMessage(dir, 2, QStringLiteral("1795740000-00000043"), QStringLiteral("1006")));
    QSignalSpy changed(m_store.get(), &VoicemailStore::folderChanged);
    m_store->handleMessageWaiting(QStringLiteral("1006@default"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("1006@default"));
    QCOMPARE(m_store->messages(QStringLiteral("1006@default"), Folder::Inbox).size(), 3);
}

void TestVoicemailStoreSharing::newMailboxAppears()
{
    QSignalSpy boxes(m_store.get(), &VoicemailStore::mailboxesChanged);
    const QString dir = m_root + QStringLiteral("/default/1007/INBOX");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(
        SpoolFixture::writeMessage(dir, 0, QStringLiteral("1795740000-00000044"), QStringLiteral("1007")));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->mailboxKeys().contains(QStringLiteral("1007@default")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->counts(QStringLiteral("1007@default")).inbox, 1, 5000);
    QVERIFY(!boxes.isEmpty());
}

QTEST_GUILESS_MAIN(TestVoicemailStoreSharing)
#include "TestVoicemailStoreSharing.moc"
