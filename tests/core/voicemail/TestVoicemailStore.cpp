// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailStore.h"

#include "FakePbxBridge.h"
#include "SpoolFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Error;
using Voicemail::Folder;

namespace {

using Headers = QList<QPair<QByteArray, QString>>;

Headers headersOf(const AmiRequest& r)
{
    Headers h;
    for (const AmiRequest::Header& x : r.headers())
        h.append({x.key, x.value});
    return h;
}

// Path → bytes of every file: "what app_voicemail would leave" is compared on this.
QMap<QString, QByteArray> snapshot(const QString& root)
{
    QMap<QString, QByteArray> m;
    for (const QString& rel : SpoolFixture::tree(root))
        m.insert(rel, SpoolFixture::readAll(root + u'/' + rel));
    return m;
}

QStringList filesOf(const QString& root, const QString& under)
{
    QStringList out;
    for (const QString& rel : SpoolFixture::tree(root)) {
        if (rel.startsWith(under))
            out.append(rel.mid(under.size()));
    }
    return out;
}

} // namespace

class TestVoicemailStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void scanFindsMailboxesAndCounts();
    void markHeardMovesToOldAndRenumbers();
    void moveToEveryFolder_data();
    void moveToEveryFolder();
    void deleteClosesTheGap_data();
    void deleteClosesTheGap();
    void deletedFolderDropsOldestWhenFull();
    void forwardKeepsMsgIdAndOrigMailbox();
    void forwardToEmptyMailboxAndUrgent();
    void folderMaximumRefusesAndChangesNothing();
    void lockHeldByOtherTimesOut_data();
    void lockHeldByOtherTimesOut();
    void operationWaitsForLockRelease();
    void flockMode();
    void saveAudioAs();
    void pbxActionsPreferred_data();
    void pbxActionsPreferred();
    void pbxRefusalIsReported();
    void messageWithoutMsgIdUsesSpool();
    void watcherSeesNewMessageInOneFolder();
    void messageWaitingRescansWithoutWatcher();
    void newMailboxAppears();

private:
    Error run(const std::function<VoicemailStore::OperationId()>& op, QString* detail = nullptr);
    VoicemailMessage find(const QString& key, Folder folder, int index) const;
    void scan();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VoicemailStore> m_store;
    FakePbxBridge m_bridge;
    QString m_root;
};

void TestVoicemailStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->path() + QStringLiteral("/voicemail");
    QVERIFY(SpoolFixture::copyRealSpool(m_root));
    m_bridge = FakePbxBridge();
    m_store = std::make_unique<VoicemailStore>();
    VoicemailSpool::Config config;
    config.root = m_root;
    m_store->setConfig(config);
    m_store->setPbxBridge(&m_bridge);
    scan();
}

void TestVoicemailStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestVoicemailStore::scan()
{
    QSignalSpy done(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(done.wait(10000));
}

Error TestVoicemailStore::run(const std::function<VoicemailStore::OperationId()>& op, QString* detail)
{
    QSignalSpy spy(m_store.get(), &VoicemailStore::operationFinished);
    const VoicemailStore::OperationId id = op();
    for (;;) {
        for (const QList<QVariant>& args : std::as_const(spy)) {
            if (args.at(0).value<VoicemailStore::OperationId>() == id) {
                if (detail)
                    *detail = args.at(2).toString();
                return args.at(1).value<Error>();
            }
        }
        if (!spy.wait(20000))
            return Error::IoError;
    }
}

VoicemailMessage TestVoicemailStore::find(const QString& key, Folder folder, int index) const
{
    for (const VoicemailMessage& m : m_store->messages(key, folder)) {
        if (m.index == index)
            return m;
    }
    return {};
}

void TestVoicemailStore::scanFindsMailboxesAndCounts()
{
    QCOMPARE(m_store->mailboxKeys(),
        (QStringList {QStringLiteral("1001@default"), QStringLiteral("1002@default"),
            QStringLiteral("1003@default"), QStringLiteral("1004@default"), QStringLiteral("1005@default"),
            QStringLiteral("1006@default")}));
    // The table in tests/data/voicemail-spool/README.md.
    const VoicemailStore::Counts c1001 = m_store->counts(QStringLiteral("1001@default"));
    QCOMPARE(c1001.inbox, 2);
    QCOMPARE(c1001.old, 2);
    QCOMPARE(c1001.urgent, 1);
    QCOMPARE(c1001.newCount(), 3); // what MessageWaiting reported: "New: 3, Old: 2"
    QCOMPARE(c1001.total, 5);
    const VoicemailStore::Counts c1002 = m_store->counts(QStringLiteral("1002@default"));
    QCOMPARE(c1002.inbox, 1);
    QCOMPARE(c1002.old, 1);
    QCOMPARE(c1002.urgent, 1);
    QCOMPARE(m_store->counts(QStringLiteral("1003@default")).inbox, 1);
    QCOMPARE(m_store->counts(QStringLiteral("1004@default")).inbox, 1);
    QCOMPARE(m_store->counts(QStringLiteral("1005@default")).total, 0);
    QCOMPARE(m_store->counts(QStringLiteral("1006@default")).inbox, 2);

    const QList<VoicemailMessage> inbox = m_store->messages(QStringLiteral("1001@default"), Folder::Inbox);
    QCOMPARE(inbox.size(), 2);
    QCOMPARE(inbox[0].info.msgId(), QStringLiteral("1795737643-00000002"));
    QCOMPARE(inbox[1].info.callerName(), QStringLiteral("ACME Corp"));
    QCOMPARE(inbox[1].audioPaths, QStringList {m_root + QStringLiteral("/default/1001/INBOX/msg0001.wav")});
    QVERIFY(!inbox[1].isDamaged());
}

void TestVoicemailStore::markHeardMovesToOldAndRenumbers()
{
    const QString box = m_root + QStringLiteral("/default/1001/");
    const auto before = snapshot(m_root);
    const VoicemailMessage first = find(QStringLiteral("1001@default"), Folder::Inbox, 0);
    QCOMPARE(first.info.msgId(), QStringLiteral("1795737643-00000002"));

    QCOMPARE(run([&] { return m_store->markHeard(first); }), Error::None);

    // What app_voicemail leaves after VoicemailMove INBOX→Old of msg0000
    // (close_mailbox() + save_to_folder()): Old gets msg0002, INBOX is compacted.
    QCOMPARE(filesOf(m_root, QStringLiteral("default/1001/")),
        (QStringList {QStringLiteral("INBOX/msg0000.txt"), QStringLiteral("INBOX/msg0000.wav"),
            QStringLiteral("Old/msg0000.txt"), QStringLiteral("Old/msg0000.wav"),
            QStringLiteral("Old/msg0001.txt"), QStringLiteral("Old/msg0001.wav"),
            QStringLiteral("Old/msg0002.txt"), QStringLiteral("Old/msg0002.wav"),
            QStringLiteral("Urgent/msg0000.txt"), QStringLiteral("Urgent/msg0000.wav")}));
    const auto after = snapshot(m_root);
    QCOMPARE(after.value(QStringLiteral("default/1001/Old/msg0002.txt")),
        before.value(QStringLiteral("default/1001/INBOX/msg0000.txt")));
    QCOMPARE(after.value(QStringLiteral("default/1001/Old/msg0002.wav")),
        before.value(QStringLiteral("default/1001/INBOX/msg0000.wav")));
    QCOMPARE(after.value(QStringLiteral("default/1001/INBOX/msg0000.txt")),
        before.value(QStringLiteral("default/1001/INBOX/msg0001.txt")));
    QCOMPARE(after.value(QStringLiteral("default/1001/INBOX/msg0000.wav")),
        before.value(QStringLiteral("default/1001/INBOX/msg0001.wav")));
    for (const char* kept : {"Old/msg0000.txt", "Old/msg0001.wav", "Urgent/msg0000.txt"}) {
        const QString rel = QStringLiteral("default/1001/") + QLatin1String(kept);
        QCOMPARE(after.value(rel), before.value(rel));
    }
    // Other mailboxes untouched, and no lock file left anywhere.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("default/1001/")))
            QCOMPARE(after.value(it.key()), it.value());
    }
    for (const QString& rel : after.keys())
        QVERIFY2(!rel.contains(QLatin1String("/.lock")), qPrintable(rel));

    // The store already shows it, and the PBX was asked to refresh the lamps.
    const QList<VoicemailMessage> old = m_store->messages(QStringLiteral("1001@default"), Folder::Old);
    QCOMPARE(old.size(), 3);
    QCOMPARE(old[2].info.msgId(), first.info.msgId());
    QCOMPARE(m_store->counts(QStringLiteral("1001@default")).inbox, 1);
    QCOMPARE(m_bridge.requests.size(), 1);
    QCOMPARE(m_bridge.requests[0].action(), QByteArray("VoicemailRefresh"));
    QCOMPARE(headersOf(m_bridge.requests[0]),
        (Headers {{"Context", QStringLiteral("default")}, {"Mailbox", QStringLiteral("1001")}}));
    Q_UNUSED(box);
}

void TestVoicemailStore::moveToEveryFolder_data()
{
    QTest::addColumn<Folder>("to");
    QTest::addColumn<QString>("expected");
    // Empty folders, a custom one, the Deleted ring and the two that already hold messages.
    const QList<QPair<Folder, int>> rows {{Folder::Inbox, 2}, {Folder::Work, 0}, {Folder::Friends, 0},
        {Folder::Cust5, 0}, {Folder::Deleted, 0}, {Folder::Urgent, 1}};
    for (const auto& [f, n] : rows) {
        const QString name = Voicemail::folderName(f);
        QTest::newRow(qPrintable(name))
            << f << name + QStringLiteral("/msg%1").arg(n, 4, 10, QLatin1Char('0'));
    }
}

void TestVoicemailStore::moveToEveryFolder()
{
    QFETCH(Folder, to);
    QFETCH(QString, expected);
    const auto before = snapshot(m_root);
    const VoicemailMessage m = find(QStringLiteral("1001@default"), Folder::Old, 0);
    QCOMPARE(run([&] { return m_store->moveMessage(m, to); }), Error::None);
    const auto after = snapshot(m_root);
    const QString d = QStringLiteral("default/1001/");
    QCOMPARE(after.value(d + expected + QStringLiteral(".txt")),
        before.value(d + QStringLiteral("Old/msg0000.txt")));
    QCOMPARE(after.value(d + expected + QStringLiteral(".wav")),
        before.value(d + QStringLiteral("Old/msg0000.wav")));
    // Old: msg0001 became msg0000, nothing else there.
    QCOMPARE(filesOf(m_root, d + QStringLiteral("Old/")),
        (QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav")}));
    QCOMPARE(after.value(d + QStringLiteral("Old/msg0000.txt")),
        before.value(d + QStringLiteral("Old/msg0001.txt")));
    QCOMPARE(after.size(), before.size());
}

void TestVoicemailStore::deleteClosesTheGap_data()
{
    QTest::addColumn<int>("maxDeleted");
    QTest::newRow("backupdeleted=0: gone") << 0;
    QTest::newRow("backupdeleted=100: kept in Deleted") << 100;
}

void TestVoicemailStore::deleteClosesTheGap()
{
    QFETCH(int, maxDeleted);
    VoicemailSpool::Config config = m_store->config();
    config.maxDeletedMessages = maxDeleted;
    m_store->setConfig(config);
    const auto before = snapshot(m_root);
    const QString d = QStringLiteral("default/1006/");
    const VoicemailMessage m = find(QStringLiteral("1006@default"), Folder::Inbox, 0);
    QCOMPARE(run([&] { return m_store->deleteMessage(m); }), Error::None);
    const auto after = snapshot(m_root);
    QStringList expected {QStringLiteral("INBOX/msg0000.txt"), QStringLiteral("INBOX/msg0000.wav")};
    if (maxDeleted > 0)
        expected = QStringList {QStringLiteral("Deleted/msg0000.txt"), QStringLiteral("Deleted/msg0000.wav")}
            + expected;
    QCOMPARE(filesOf(m_root, d), expected);
    QCOMPARE(after.value(d + QStringLiteral("INBOX/msg0000.txt")),
        before.value(d + QStringLiteral("INBOX/msg0001.txt")));
    QCOMPARE(after.value(d + QStringLiteral("INBOX/msg0000.wav")),
        before.value(d + QStringLiteral("INBOX/msg0001.wav")));
    if (maxDeleted > 0)
        QCOMPARE(after.value(d + QStringLiteral("Deleted/msg0000.txt")),
            before.value(d + QStringLiteral("INBOX/msg0000.txt")));
    QCOMPARE(m_store->counts(QStringLiteral("1006@default")).inbox, 1);
}

void TestVoicemailStore::deletedFolderDropsOldestWhenFull()
{
    VoicemailSpool::Config config = m_store->config();
    config.maxDeletedMessages = 2;
    m_store->setConfig(config);
    const QString key = QStringLiteral("1001@default");
    QStringList deletedIds;
    for (int i = 0; i < 3; ++i) {
        const VoicemailMessage m
            = find(key, Folder::Old, 0).index == 0 ? find(key, Folder::Old, 0) : find(key, Folder::Inbox, 0);
        deletedIds.append(m.info.msgId());
        QCOMPARE(run([&] { return m_store->deleteMessage(m); }), Error::None);
    }
    // save_to_folder() into a full Deleted: msg0000 goes, the rest shift down.
    const QList<VoicemailMessage> deleted = m_store->messages(key, Folder::Deleted);
    QCOMPARE(deleted.size(), 2);
    QCOMPARE(deleted[0].info.msgId(), deletedIds[1]);
    QCOMPARE(deleted[1].info.msgId(), deletedIds[2]);
    QCOMPARE(filesOf(m_root, QStringLiteral("default/1001/Deleted/")),
        (QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav"),
            QStringLiteral("msg0001.txt"), QStringLiteral("msg0001.wav")}));
}

void TestVoicemailStore::forwardKeepsMsgIdAndOrigMailbox()
{
    const auto before = snapshot(m_root);
    const VoicemailMessage acme = find(QStringLiteral("1001@default"), Folder::Inbox, 1);
    QCOMPARE(run([&] { return m_store->forwardMessage(acme, QStringLiteral("1003@default")); }), Error::None);
    const auto after = snapshot(m_root);
    // Like VoicemailForward (copy_message + copy_plain_file): appended at 1003's last+1,
    // .txt copied unchanged — same msg_id, origmailbox still 1001 — source untouched.
    QCOMPARE(filesOf(m_root, QStringLiteral("default/1003/")),
        (QStringList {QStringLiteral("INBOX/msg0000.txt"), QStringLiteral("INBOX/msg0000.wav"),
            QStringLiteral("INBOX/msg0001.txt"), QStringLiteral("INBOX/msg0001.wav")}));
    QCOMPARE(after.value(QStringLiteral("default/1003/INBOX/msg0001.txt")),
        before.value(QStringLiteral("default/1001/INBOX/msg0001.txt")));
    QCOMPARE(after.value(QStringLiteral("default/1003/INBOX/msg0001.wav")),
        before.value(QStringLiteral("default/1001/INBOX/msg0001.wav")));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    const VoicemailMessage copy = find(QStringLiteral("1003@default"), Folder::Inbox, 1);
    QCOMPARE(copy.info.msgId(), acme.info.msgId());
    QCOMPARE(copy.info.origMailbox(), QStringLiteral("1001"));
    QCOMPARE(m_bridge.requests.size(), 1);
    QCOMPARE(headersOf(m_bridge.requests[0]),
        (Headers {{"Context", QStringLiteral("default")}, {"Mailbox", QStringLiteral("1003")}}));
}

void TestVoicemailStore::forwardToEmptyMailboxAndUrgent()
{
    const VoicemailMessage urgent = find(QStringLiteral("1002@default"), Folder::Urgent, 0);
    QCOMPARE(
        run([&] { return m_store->forwardMessage(urgent, QStringLiteral("1005@default"), Folder::Urgent); }),
        Error::None);
    QCOMPARE(filesOf(m_root, QStringLiteral("default/1005/")),
        (QStringList {QStringLiteral("Urgent/msg0000.txt"), QStringLiteral("Urgent/msg0000.wav")}));
    QCOMPARE(m_store->counts(QStringLiteral("1005@default")).urgent, 1);
    QCOMPARE(run([&] { return m_store->forwardMessage(urgent, QStringLiteral("../etc@default")); }),
        Error::InvalidTarget);
}

void TestVoicemailStore::folderMaximumRefusesAndChangesNothing()
{
    VoicemailSpool::Config config = m_store->config();
    config.maxMessages = 2; // Old already holds two
    m_store->setConfig(config);
    const auto before = snapshot(m_root);
    const VoicemailMessage m = find(QStringLiteral("1001@default"), Folder::Inbox, 0);
    QCOMPARE(run([&] { return m_store->markHeard(m); }), Error::FolderFull);
    QCOMPARE(snapshot(m_root), before);
    QVERIFY(m_bridge.requests.isEmpty());
    QCOMPARE(m_store->messages(QStringLiteral("1001@default"), Folder::Inbox).size(), 2);
}

void TestVoicemailStore::lockHeldByOtherTimesOut_data()
{
    QTest::addColumn<QString>("lockedFolder");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("source INBOX locked, Asterisk's 5 s") << QStringLiteral("INBOX") << 5000;
    QTest::newRow("destination Old locked, short timeout") << QStringLiteral("Old") << 300;
}

void TestVoicemailStore::lockHeldByOtherTimesOut()
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

void TestVoicemailStore::operationWaitsForLockRelease()
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

void TestVoicemailStore::flockMode()
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

void TestVoicemailStore::saveAudioAs()
{
    const VoicemailMessage m = find(QStringLiteral("1004@default"), Folder::Inbox, 0);
    const QString target = m_dir->path() + QStringLiteral("/saved.wav");
    QCOMPARE(run([&] { return m_store->saveAudio(m, target); }), Error::None);
    QCOMPARE(SpoolFixture::readAll(target),
        SpoolFixture::readAll(m_root + QStringLiteral("/default/1004/INBOX/msg0000.wav")));
}

void TestVoicemailStore::pbxActionsPreferred_data()
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

void TestVoicemailStore::pbxActionsPreferred()
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

void TestVoicemailStore::pbxRefusalIsReported()
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

void TestVoicemailStore::messageWithoutMsgIdUsesSpool()
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

void TestVoicemailStore::watcherSeesNewMessageInOneFolder()
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

void TestVoicemailStore::messageWaitingRescansWithoutWatcher()
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

void TestVoicemailStore::newMailboxAppears()
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

QTEST_GUILESS_MAIN(TestVoicemailStore)
#include "TestVoicemailStore.moc"
