// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/SpoolLock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestSpoolLock)
#include "TestSpoolLock.moc"
