// SPDX-License-Identifier: GPL-3.0-or-later
// VoicemailStore on a copy of the real spool: scanning, heard/unheard, moving,
// deleting, forwarding, folder limits and saving a copy, as app_voicemail does.
#include "VoicemailStoreRig.h"

#include "SpoolFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Error;
using Voicemail::Folder;

class TestVoicemailStore : public VoicemailStoreRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }

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
    void saveAudioAs();
};

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

void TestVoicemailStore::saveAudioAs()
{
    const VoicemailMessage m = find(QStringLiteral("1004@default"), Folder::Inbox, 0);
    const QString target = m_dir->path() + QStringLiteral("/saved.wav");
    QCOMPARE(run([&] { return m_store->saveAudio(m, target); }), Error::None);
    QCOMPARE(SpoolFixture::readAll(target),
        SpoolFixture::readAll(m_root + QStringLiteral("/default/1004/INBOX/msg0000.wav")));
}

QTEST_GUILESS_MAIN(TestVoicemailStore)
#include "TestVoicemailStore.moc"
