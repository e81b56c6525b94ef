// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/SpoolLock.h"

#include "core/voicemail/VoicemailSpool.h"

#include "MockClock.h"
#include "SpoolFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

class TestSpoolLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockFileProtocol();
    void secondHolderWaitsForTimeout_data();
    void secondHolderWaitsForTimeout();
    void releasedLockCanBeTakenAgain_data();
    void releasedLockCanBeTakenAgain();
    void missingFolder();
    void flockRefusesSymlink();
    void staleLockIsReportedAtOnceWithItsAge();
    void youngLockTimesOutWithItsAge();
    void spoolOperationNamesTheStaleLock();

private:
    // A ".lock" left by a crashed app_voicemail, last touched at mtimeMs.
    static bool leaveLock(const QString& dir, qint64 mtimeMs);
};

void TestSpoolLock::lockFileProtocol()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        SpoolLock lock(dir.path());
        QCOMPARE(lock.lock(), SpoolLock::Result::Locked);
        QVERIFY(lock.isLocked());
        // ".lock" exists; the temporary ".lock-XXXXXXXX" it was linked from is gone again.
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/.lock")));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList {QStringLiteral(".lock")});
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(dir.path() + QStringLiteral("/.lock")).constData(), &st), 0);
        QCOMPARE(st.st_nlink, nlink_t(1));
    }
    // The destructor unlocks.
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestSpoolLock::secondHolderWaitsForTimeout_data()
{
    QTest::addColumn<SpoolLock::Mode>("mode");
    QTest::newRow("lockfile") << SpoolLock::Mode::LockFile;
    QTest::newRow("flock") << SpoolLock::Mode::Flock;
}

void TestSpoolLock::secondHolderWaitsForTimeout()
{
    QFETCH(SpoolLock::Mode, mode);
    QTemporaryDir dir;
    SpoolLock first(dir.path(), mode);
    QCOMPARE(first.lock(), SpoolLock::Result::Locked);
    // A short timeout keeps the test fast; the 5 s default is exercised by TestVoicemailStore.
    SpoolLock second(dir.path(), mode, 200);
    QCOMPARE(second.lock(), SpoolLock::Result::Timeout);
    QVERIFY(!second.isLocked());
    QVERIFY(first.isLocked());
    // The loser left nothing behind; the holder's lock file is intact.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList {QFileInfo(first.lockFilePath()).fileName()});
}

void TestSpoolLock::releasedLockCanBeTakenAgain_data()
{
    secondHolderWaitsForTimeout_data();
}

void TestSpoolLock::releasedLockCanBeTakenAgain()
{
    QFETCH(SpoolLock::Mode, mode);
    QTemporaryDir dir;
    SpoolLock first(dir.path(), mode);
    QCOMPARE(first.lock(), SpoolLock::Result::Locked);
    first.unlock();
    QVERIFY(!QFile::exists(first.lockFilePath()));
    SpoolLock second(dir.path(), mode, 200);
    QCOMPARE(second.lock(), SpoolLock::Result::Locked);
}

void TestSpoolLock::missingFolder()
{
    QTemporaryDir dir;
    SpoolLock lock(dir.path() + QStringLiteral("/nope"), SpoolLock::Mode::LockFile, 100);
    QCOMPARE(lock.lock(), SpoolLock::Result::PathNotFound);
    SpoolLock flock(dir.path() + QStringLiteral("/nope"), SpoolLock::Mode::Flock, 100);
    QCOMPARE(flock.lock(), SpoolLock::Result::PathNotFound);
}

void TestSpoolLock::flockRefusesSymlink()
{
    QTemporaryDir dir;
    QVERIFY(QFile::link(dir.path() + QStringLiteral("/elsewhere"), dir.path() + QStringLiteral("/lock")));
    SpoolLock lock(dir.path(), SpoolLock::Mode::Flock, 100);
    QCOMPARE(lock.lock(), SpoolLock::Result::Failure);
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/elsewhere")));
}

bool TestSpoolLock::leaveLock(const QString& dir, qint64 mtimeMs)
{
    const QString path = dir + QStringLiteral("/.lock");
    if (!SpoolFixture::writeFile(path, QByteArray()))
        return false;
    const struct timespec t[2] = {{time_t(mtimeMs / 1000), 0}, {time_t(mtimeMs / 1000), 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), t, 0) == 0;
}

void TestSpoolLock::staleLockIsReportedAtOnceWithItsAge()
{
    QTemporaryDir dir;
    MockClock clock;
    QVERIFY(leaveLock(dir.path(), clock.currentMSecsSinceEpoch()));
    clock.advance(SpoolLock::kStaleAfterMs + 60 * 1000);
    // An hour of timeout: only the stale check can end lock() in this test.
    SpoolLock lock(dir.path(), SpoolLock::Mode::LockFile, 3600 * 1000, &clock);
    QCOMPARE(lock.lock(), SpoolLock::Result::Stale);
    QVERIFY(!lock.isLocked());
    QCOMPARE(lock.lockAgeMs(), SpoolLock::kStaleAfterMs + 60 * 1000);
    // Never broken: the crashed holder's file stays for the administrator to remove.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral(".lock")});
    QVERIFY(QFile::remove(dir.path() + QStringLiteral("/.lock")));
    QCOMPARE(lock.lock(), SpoolLock::Result::Locked);
}

void TestSpoolLock::youngLockTimesOutWithItsAge()
{
    QTemporaryDir dir;
    MockClock clock;
    QVERIFY(leaveLock(dir.path(), clock.currentMSecsSinceEpoch()));
    clock.advance(SpoolLock::kStaleAfterMs - 1000); // nine minutes 59: might still be held
    SpoolLock lock(dir.path(), SpoolLock::Mode::LockFile, 50, &clock);
    QCOMPARE(lock.lock(), SpoolLock::Result::Timeout);
    QCOMPARE(lock.lockAgeMs(), SpoolLock::kStaleAfterMs - 1000);
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/.lock")));
}

void TestSpoolLock::spoolOperationNamesTheStaleLock()
{
    QTemporaryDir root;
    MockClock clock;
    const QString inbox = root.path() + QStringLiteral("/default/1001/INBOX");
    QVERIFY(QDir().mkpath(inbox));
    QVERIFY(SpoolFixture::writeMessage(inbox, 0, QStringLiteral("5-5"), QStringLiteral("1001")));
    QVERIFY(leaveLock(inbox, clock.currentMSecsSinceEpoch()));
    clock.advance(25 * 60 * 1000);
    VoicemailSpool::Config config;
    config.root = root.path();
    config.clock = &clock;
    config.lockTimeoutMs = 3600 * 1000;
    const VoicemailMessage m = VoicemailSpool::scanFolder(
        root.path(), QStringLiteral("default"), QStringLiteral("1001"), Voicemail::Folder::Inbox)
                                   .value(0);
    const VoicemailSpool::Result r = VoicemailSpool::deleteMessage(config, VoicemailSpool::MessageRef::of(m));
    QCOMPARE(r.error, Voicemail::Error::LockStale);
    QCOMPARE(r.detail, inbox + QStringLiteral("/.lock"));
    QCOMPARE(SpoolFixture::tree(inbox),
        (QStringList {
            QStringLiteral(".lock"), QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav")}));
}

QTEST_GUILESS_MAIN(TestSpoolLock)
#include "TestSpoolLock.moc"
