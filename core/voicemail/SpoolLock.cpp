// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/SpoolLock.h"

#include "core/common/Clock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
void waitALittle()
{
    // Asterisk spins with sched_yield() (lockfile) or usleep(1000) (flock); a
    // millisecond keeps the worker from burning a core for five seconds.
    usleep(1000);
}
} // namespace

SpoolLock::SpoolLock(
    const QString& directory, Mode mode, int timeoutMs, const Clock* clock, qint64 staleAfterMs)
    : m_dir(directory)
    , m_mode(mode)
    , m_timeoutMs(timeoutMs)
    , m_clock(clock ? clock : Clock::system())
    , m_staleAfterMs(staleAfterMs)
{ }

qint64 SpoolLock::fileAgeMs(const QString& path, qint64 nowMsSinceEpoch)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    const qint64 mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    return std::max<qint64>(0, nowMsSinceEpoch - mtimeMs);
}

qint64 SpoolLock::currentLockAgeMs() const
{
    return fileAgeMs(lockFilePath(), m_clock->currentMSecsSinceEpoch());
}

SpoolLock::~SpoolLock()
{
    unlock();
}

QString SpoolLock::lockFilePath() const
{
    return m_dir + (m_mode == Mode::LockFile ? QStringLiteral("/.lock") : QStringLiteral("/lock"));
}

SpoolLock::Result SpoolLock::lock()
{
    if (m_locked)
        return Result::Locked;
    m_lockAgeMs = -1;
    m_systemError = 0;
    QDeadlineTimer deadline(m_timeoutMs);
    return m_mode == Mode::LockFile ? lockWithLinkedFile(deadline) : lockWithFlock(deadline);
}

SpoolLock::Result SpoolLock::lockWithLinkedFile(const QDeadlineTimer& deadline)
{
    // A lock nobody has released for minutes was left by a crash: say so now.
    if (const qint64 age = currentLockAgeMs(); age >= m_staleAfterMs) {
        m_lockAgeMs = age;
        return Result::Stale;
    }
    const QByteArray lockPath = QFile::encodeName(lockFilePath());
    const QByteArray tmp = QFile::encodeName(m_dir) + QByteArrayLiteral("/.lock-")
        + QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) {
        m_systemError = errno; // e.g. EROFS, EACCES, ENOSPC
        return Result::PathNotFound;
    }
    ::close(fd);
    int res = -1;
    while ((res = ::link(tmp.constData(), lockPath.constData())) < 0 && errno == EEXIST
        && !deadline.hasExpired())
        waitALittle();
    const int linkErrno = errno;
    ::unlink(tmp.constData());
    if (res == 0) {
        m_locked = true;
        return Result::Locked;
    }
    if (linkErrno != EEXIST) {
        m_systemError = linkErrno;
        return Result::Failure;
    }
    m_lockAgeMs = currentLockAgeMs();
    return Result::Timeout;
}

SpoolLock::Result SpoolLock::lockWithFlock(const QDeadlineTimer& deadline)
{
    const QByteArray lockPath = QFile::encodeName(lockFilePath());
    // The holder before us unlinks the file when it unlocks; if that happens
    // between our open() and our flock() we would hold a lock on a name nobody
    // sees, so check the inode and start over (within the same deadline).
    for (;;) {
        struct stat st = {};
        if (::lstat(lockPath.constData(), &st) == 0 && (S_ISLNK(st.st_mode) || st.st_nlink > 1))
            return Result::Failure;
        const int fd = ::open(lockPath.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            m_systemError = errno;
            return Result::PathNotFound;
        }
        int res = -1;
        while ((res = ::flock(fd, LOCK_EX | LOCK_NB)) < 0 && errno == EWOULDBLOCK && !deadline.hasExpired())
            waitALittle();
        if (res != 0) {
            ::close(fd);
            return Result::Timeout;
        }
        struct stat onDisk = {};
        struct stat ours = {};
        if (::stat(lockPath.constData(), &onDisk) == 0 && ::fstat(fd, &ours) == 0
            && onDisk.st_ino == ours.st_ino && onDisk.st_dev == ours.st_dev) {
            m_fd = fd;
            m_locked = true;
            return Result::Locked;
        }
        ::close(fd);
        if (deadline.hasExpired())
            return Result::Timeout;
    }
}

void SpoolLock::unlock()
{
    if (!m_locked)
        return;
    ::unlink(QFile::encodeName(lockFilePath()).constData());
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_locked = false;
}
