// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Clock;
class QDeadlineTimer;

// The folder lock app_voicemail takes before it reads an index, appends or
// renumbers (ast_lock_path() in main/app.c), taken the same way so Asterisk
// and Attendant exclude each other:
//  - LockFile (Asterisk's default, asterisk.conf lockmode=lockfile): create
//    "<dir>/.lock-XXXXXXXX" (random hex), hard-link it to "<dir>/.lock" until
//    the link succeeds or the timeout passes, then unlink the temporary name.
//    Unlocking unlinks ".lock".
//  - Flock (lockmode=flock): open "<dir>/lock" (no dot), refusing a symlink or a
//    file with several links, flock(LOCK_EX|LOCK_NB) until it succeeds or the
//    timeout passes. Unlocking unlinks "lock" and closes it.
// Asterisk never breaks a stale lock (ast_lock_path_lockfile() writes no pid
// and has no expiry: a crashed holder leaves ".lock" behind and every later
// attempt times out after 5 s); neither do we — two desks breaking the same
// lock at once could each remove the other's fresh one and corrupt the folder.
// app_voicemail holds the lock for milliseconds, so a ".lock" older than
// staleAfterMs (10 minutes) is reported as Stale at once, without the 5 s
// wait, and the caller tells the administrator its path and age so they can
// remove it (only when no voicemail process is running). The age is the
// file's modification time against the injected clock.
// Blocking: call it from a worker thread, never the GUI thread.
class SpoolLock final
{
public:
    enum class Mode
    {
        LockFile,
        Flock,
    };
    enum class Result
    {
        Locked,
        Timeout,
        Stale, // lockfile mode: ".lock" is older than staleAfterMs; left by a crashed holder
        PathNotFound, // the lock file could not be created (missing folder, permissions)
        Failure, // flock mode: a symlink or hard-linked lock file
    };

    static constexpr qint64 kStaleAfterMs = qint64(10) * 60 * 1000;

    // clock: nullptr means Clock::system().
    explicit SpoolLock(const QString& directory, Mode mode = Mode::LockFile, int timeoutMs = 5000,
        const Clock* clock = nullptr, qint64 staleAfterMs = kStaleAfterMs);
    ~SpoolLock();
    Q_DISABLE_COPY_MOVE(SpoolLock)

    Result lock();
    void unlock();
    bool isLocked() const { return m_locked; }
    QString lockFilePath() const;
    // errno of the system call that failed (PathNotFound, Failure); 0 otherwise.
    int systemError() const { return m_systemError; }
    // How old the lock file was when lock() gave up (Timeout, Stale); -1 if unknown.
    qint64 lockAgeMs() const { return m_lockAgeMs; }
    // Age of the file at path by its modification time, -1 if it does not exist.
    static qint64 fileAgeMs(const QString& path, qint64 nowMsSinceEpoch);

private:
    qint64 currentLockAgeMs() const;
    Result lockWithLinkedFile(const QDeadlineTimer& deadline);
    Result lockWithFlock(const QDeadlineTimer& deadline);

    QString m_dir;
    Mode m_mode;
    int m_timeoutMs;
    const Clock* m_clock;
    qint64 m_staleAfterMs;
    qint64 m_lockAgeMs = -1;
    int m_systemError = 0;
    int m_fd = -1;
    bool m_locked = false;
};
