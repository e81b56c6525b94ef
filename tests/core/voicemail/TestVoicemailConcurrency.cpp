// SPDX-License-Identifier: GPL-3.0-or-later
// Asterisk and Attendant share the spool. A separate process deposits
// messages the way app_voicemail does while the store runs 1,000 randomized
// operations; afterwards every message must be there exactly once, with its
// own audio and metadata, numbered without gaps and without stray files.
#include "core/voicemail/VoicemailStore.h"

#include "SpoolFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Error;
using Voicemail::Folder;

class TestVoicemailConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void raceWithAsteriskWriter();
};

void TestVoicemailConcurrency::raceWithAsteriskWriter()
{
    constexpr int kSeeded = 40;
    constexpr int kDeposits = 300;
    constexpr int kOperations = 1000;
    constexpr int kBatch = 8;
    const QList<Folder> folders {
        Folder::Inbox, Folder::Old, Folder::Work, Folder::Family, Folder::Urgent, Folder::Deleted};

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    const QString box = root + QStringLiteral("/default/2000/");
    for (Folder f : folders)
        QVERIFY(QDir().mkpath(box + Voicemail::folderName(f)));
    QVERIFY(QDir().mkpath(box + QStringLiteral("tmp")));
    QSet<QString> expected;
    for (int i = 0; i < kSeeded; ++i) {
        const QString id = QStringLiteral("seed-%1").arg(i);
        QVERIFY(SpoolFixture::writeMessage(box + QStringLiteral("INBOX"), i, id, QStringLiteral("2000")));
        expected.insert(id);
    }
    for (int i = 0; i < kDeposits; ++i)
        expected.insert(QStringLiteral("w-%1").arg(i));

    VoicemailStore store;
    VoicemailSpool::Config config;
    config.root = root;
    config.maxMessages = 9999;
    config.maxDeletedMessages = 9999; // delete → Deleted; from Deleted → gone (tracked below)
    store.setConfig(config);
    store.setWatching(false); // the views go stale on purpose: operations must find messages by identity
    QSignalSpy scanned(&store, &VoicemailStore::scanFinished);
    store.rescan();
    QVERIFY(scanned.wait(10000));

    QProcess writer;
    writer.start(QStringLiteral(FAKE_ASTERISK_WRITER),
        {box + QStringLiteral("INBOX"), box + QStringLiteral("tmp"), QStringLiteral("2000"),
            QString::number(kDeposits), QStringLiteral("4711"),
            // Spread the deposits over the whole run of operations (~15 ms apart).
            QStringLiteral("30000")});
    QVERIFY(writer.waitForStarted(10000));

    QRandomGenerator rng(20261127);
    const QString key = QStringLiteral("2000@default");
    QSignalSpy finished(&store, &VoicemailStore::operationFinished);
    QHash<VoicemailStore::OperationId, QString> purges; // op → msg_id removed for good if it succeeds
    QSet<QString> purged;
    QHash<int, int> outcomes;
    int issued = 0;
    while (issued < kOperations) {
        QSet<VoicemailStore::OperationId> pending;
        for (int b = 0; b < kBatch && issued < kOperations; ++b, ++issued) {
            // What a user can act on: a scan may catch a deposit between its audio and
            // its .txt (listed as damaged, refused by the store), so pick whole messages.
            auto whole = [&](Folder f) {
                QList<VoicemailMessage> l = store.messages(key, f);
                l.removeIf([](const VoicemailMessage& m) { return m.isDamaged(); });
                return l;
            };
            Folder from = folders[rng.bounded(int(folders.size()))];
            QList<VoicemailMessage> list = whole(from);
            if (list.isEmpty()) {
                from = Folder::Inbox;
                list = whole(from);
            }
            if (list.isEmpty())
                continue;
            const VoicemailMessage m = list[rng.bounded(int(list.size()))];
            const int kind = rng.bounded(10);
            VoicemailStore::OperationId id = 0;
            if (kind < 5) {
                Folder to = from;
                while (to == from)
                    to = folders[rng.bounded(int(folders.size()))];
                id = store.moveMessage(m, to);
            } else if (kind < 8) {
                id = (from == Folder::Inbox || from == Folder::Urgent) ? store.markHeard(m)
                                                                       : store.moveMessage(m, Folder::Inbox);
            } else {
                id = store.deleteMessage(m);
                if (from == Folder::Deleted)
                    purges.insert(id, m.info.msgId());
            }
            pending.insert(id);
        }
        while (!pending.isEmpty()) {
            if (finished.isEmpty())
                QVERIFY(finished.wait(20000));
            const QList<QVariant> args = finished.takeFirst();
            const auto id = args.at(0).value<VoicemailStore::OperationId>();
            const auto error = args.at(1).value<Error>();
            pending.remove(id);
            ++outcomes[int(error)];
            // A stale view may name a message that moved meanwhile; anything else is a bug.
            QVERIFY2(error == Error::None || error == Error::MessageNotFound,
                qPrintable(Voicemail::errorText(error) + u' ' + args.at(2).toString()));
            if (error == Error::None && purges.contains(id))
                purged.insert(purges.value(id));
        }
        // What a MessageWaiting event does now and then.
        if (issued % 80 == 0)
            store.handleMessageWaiting(key);
    }
    QVERIFY(outcomes.value(int(Error::None)) > kOperations / 2);

    QSignalSpy writerDone(&writer, &QProcess::finished);
    if (writer.state() != QProcess::NotRunning)
        QVERIFY(writerDone.wait(60000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(
        writer.readAllStandardOutput().trimmed(), QByteArray("deposited ") + QByteArray::number(kDeposits));

    // The spool, checked file by file.
    QHash<QString, int> seen;
    for (Folder f : folders) {
        const QString fdir = box + Voicemail::folderName(f);
        const QStringList files
            = QDir(fdir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(files.size() % 2, 0);
        for (int i = 0; i < files.size() / 2; ++i) {
            // No gap, no orphan, no leftover lock: exactly msgNNNN.txt + msgNNNN.wav for 0..n-1.
            const QString base = QStringLiteral("msg%1").arg(i, 4, 10, QLatin1Char('0'));
            QCOMPARE(files[2 * i], base + QStringLiteral(".txt"));
            QCOMPARE(files[2 * i + 1], base + QStringLiteral(".wav"));
            const MessageInfo info = MessageInfo::parse(SpoolFixture::readAll(fdir + u'/' + files[2 * i]));
            QVERIFY(info.isValid());
            const QString id = info.msgId();
            QCOMPARE(SpoolFixture::readAll(fdir + u'/' + files[2 * i + 1]), SpoolFixture::fakeWav(id));
            ++seen[id];
        }
    }
    QVERIFY(QDir(box + QStringLiteral("tmp")).isEmpty());
    int duplicates = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        duplicates += it.value() > 1 ? 1 : 0;
    QCOMPARE(duplicates, 0);
    const QSet<QString> present(seen.keyBegin(), seen.keyEnd());
    QCOMPARE(present & purged, QSet<QString>());
    QCOMPARE(present, expected - purged);
    qInfo("operations: %d ok, %d on a moved message; %d purged from Deleted; %d messages at the end",
        outcomes.value(int(Error::None)), outcomes.value(int(Error::MessageNotFound)), int(purged.size()),
        int(present.size()));
}

QTEST_GUILESS_MAIN(TestVoicemailConcurrency)
#include "TestVoicemailConcurrency.moc"
