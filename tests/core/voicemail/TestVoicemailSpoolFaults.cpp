// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk and a read-only spool (issue 19): the spool lives on a real
// tmpfs of 1 MiB, filled up, or on a read-only bind mount. Every operation
// either succeeds or says why, and the tree stays whole: each message once,
// with its own audio, nothing half-copied, no lock left behind.
//
// The mounts need a private mount namespace: main() re-runs the test under
// `unshare -rm` (a user namespace, so no root is needed; as root too).
#include "SpoolCensus.h"
#include "core/voicemail/VoicemailStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>
#include <vector>

using Voicemail::Error;
using Voicemail::Folder;

class TestVoicemailSpoolFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fullDisk();
    void readOnlySpool();

private:
    QString box(const char* mailbox) const
    {
        return m_spool + QStringLiteral("/default/") + QLatin1String(mailbox);
    }
    // Runs one operation and returns its outcome and detail.
    QPair<Error, QString> run(const std::function<VoicemailStore::OperationId()>& operation);
    VoicemailMessage message(int index);
    QByteArray treeDigest() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_spool;
    std::unique_ptr<VoicemailStore> m_store;
    static constexpr int kMessages = 10;
};

void TestVoicemailSpoolFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_spool = m_dir->path() + QStringLiteral("/spool");
    QVERIFY(QDir().mkpath(m_spool));
    // A real tmpfs of 1 MiB (in this process's own mount namespace).
    QVERIFY2(::mount("tmpfs", QFile::encodeName(m_spool).constData(), "tmpfs", 0, "size=1m") == 0,
        std::strerror(errno));
    for (const char* mailbox : {"2000", "2001"}) {
        for (Folder f : {Folder::Inbox, Folder::Old, Folder::Deleted})
            QVERIFY(QDir().mkpath(box(mailbox) + u'/' + Voicemail::folderName(f)));
    }
    for (int i = 0; i < kMessages; ++i) {
        QVERIFY(SpoolFixture::writeMessage(box("2000") + QStringLiteral("/INBOX"), i,
            QStringLiteral("m-%1").arg(i), QStringLiteral("2000")));
    }
    m_store = std::make_unique<VoicemailStore>();
    VoicemailSpool::Config config;
    config.root = m_spool;
    config.maxDeletedMessages = 100;
    m_store->setConfig(config);
    m_store->setWatching(false);
    QSignalSpy scanned(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(m_store->messages(QStringLiteral("2000@default"), Folder::Inbox).size(), kMessages);
}

void TestVoicemailSpoolFaults::cleanup()
{
    m_store.reset();
    ::umount2(QFile::encodeName(m_spool).constData(), MNT_DETACH); // the read-only bind
    ::umount2(QFile::encodeName(m_spool).constData(), MNT_DETACH); // the tmpfs
    m_dir.reset();
}

QPair<Error, QString> TestVoicemailSpoolFaults::run(
    const std::function<VoicemailStore::OperationId()>& operation)
{
    QSignalSpy finished(m_store.get(), &VoicemailStore::operationFinished);
    const VoicemailStore::OperationId id = operation();
    while (finished.isEmpty() || finished.last().at(0).value<VoicemailStore::OperationId>() != id) {
        if (!finished.wait(20000))
            return {Error::None, QStringLiteral("no answer")};
    }
    return {finished.last().at(1).value<Error>(), finished.last().at(2).toString()};
}

VoicemailMessage TestVoicemailSpoolFaults::message(int index)
{
    return m_store->messages(QStringLiteral("2000@default"), Folder::Inbox).value(index);
}

QByteArray TestVoicemailSpoolFaults::treeDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& rel : SpoolFixture::tree(m_spool)) {
        hash.addData(rel.toUtf8());
        hash.addData(SpoolFixture::readAll(m_spool + u'/' + rel));
    }
    return hash.result();
}

void TestVoicemailSpoolFaults::fullDisk()
{
    // Fill the tmpfs to the last block.
    QFile filler(m_spool + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
    filler.close();
    QFile probe(m_spool + QStringLiteral("/probe"));
    QVERIFY(probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QCOMPARE(probe.write(block), qint64(-1)); // ENOSPC
    probe.close();
    QVERIFY(probe.remove());

    // A copy needs new blocks: refused, nothing half-written in the other mailbox.
    const auto [forwardError, forwardDetail]
        = run([&] { return m_store->forwardMessage(message(0), QStringLiteral("2001@default")); });
    QCOMPARE(forwardError, Error::IoError);
    QVERIFY2(forwardDetail.startsWith(box("2001"))
            && forwardDetail.endsWith(QLatin1String(": ") + QString::fromLocal8Bit(std::strerror(ENOSPC))),
        qPrintable(forwardDetail));
    QVERIFY(!Voicemail::errorText(forwardError).isEmpty());
    // Moves, mark heard and delete rename and link: they may still succeed.
    QList<Error> outcomes;
    outcomes.append(run([&] { return m_store->markHeard(message(0)); }).first);
    outcomes.append(run([&] { return m_store->moveMessage(message(0), Folder::Deleted); }).first);
    outcomes.append(run([&] { return m_store->deleteMessage(message(0)); }).first);
    for (Error e : outcomes)
        QVERIFY2(e == Error::None || e == Error::IoError || e == Error::LockFailed,
            qPrintable(Voicemail::errorText(e)));

    const SpoolCensus mine = SpoolCensus::of(box("2000"));
    QVERIFY2(mine.problems.isEmpty(), qPrintable(mine.problems.join(u'\n')));
    QCOMPARE(mine.duplicates(), 0);
    QCOMPARE(int(mine.seen.size()), kMessages);
    QCOMPARE(SpoolFixture::tree(box("2001")), QStringList()); // no partial copy, no lock
    for (const QString& rel : SpoolFixture::tree(m_spool))
        QVERIFY2(!rel.contains(QLatin1String(".lock")), qPrintable(rel));

    // Room again: the same forward goes through.
    QVERIFY(QFile::remove(filler.fileName()));
    QCOMPARE(run([&] { return m_store->forwardMessage(message(0), QStringLiteral("2001@default")); }).first,
        Error::None);
    QCOMPARE(int(SpoolCensus::of(box("2001")).seen.size()), 1);
    qInfo("full disk: forward refused (%s), then %d of 3 moves done, 10 of 10 messages intact",
        qPrintable(forwardDetail), int(outcomes.count(Error::None)));
}

void TestVoicemailSpoolFaults::readOnlySpool()
{
    const QByteArray path = QFile::encodeName(m_spool);
    QVERIFY2(
        ::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
    QVERIFY2(::mount(nullptr, path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0,
        std::strerror(errno));
    const QByteArray before = treeDigest();
    QList<QPair<Error, QString>> outcomes;
    outcomes.append(run([&] { return m_store->markHeard(message(1)); }));
    outcomes.append(run([&] { return m_store->moveMessage(message(2), Folder::Old); }));
    outcomes.append(run([&] { return m_store->deleteMessage(message(3)); }));
    outcomes.append(run([&] { return m_store->forwardMessage(message(4), QStringLiteral("2001@default")); }));
    for (const auto& [error, detail] : outcomes) {
        // The folder lock cannot be taken: said so, with the lock file's path.
        QCOMPARE(error, Error::LockFailed);
        QVERIFY2(detail.contains(QLatin1String("/default/200"))
                && detail.endsWith(QLatin1String("/.lock: ") + QString::fromLocal8Bit(std::strerror(EROFS))),
            qPrintable(detail));
    }
    QCOMPARE(treeDigest(), before);
    // Still readable.
    QSignalSpy scanned(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(m_store->messages(QStringLiteral("2000@default"), Folder::Inbox).size(), kMessages);
    qInfo("read-only: 4 of 4 operations refused (%s: %s), tree unchanged",
        qPrintable(Voicemail::errorText(outcomes.first().first)), qPrintable(outcomes.first().second));
}

int main(int argc, char** argv)
{
    // Mounting needs a mount namespace of our own.
    if (!qEnvironmentVariableIsSet("ATTENDANT_OWN_MOUNT_NAMESPACE")) {
        qputenv("ATTENDANT_OWN_MOUNT_NAMESPACE", "1");
        std::vector<char*> args {const_cast<char*>("unshare"), const_cast<char*>("-rm")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp("unshare", args.data());
        std::perror("unshare -rm");
        return 127;
    }
    QCoreApplication app(argc, argv);
    TestVoicemailSpoolFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVoicemailSpoolFaults.moc"
