// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
// Asterisk never breaks a stale lock (a crashed holder leaves ".lock" behind
// and every later attempt times out); neither do we — taking a lock somebody
// still holds would corrupt the folder. The timeout error names the lock file
// so an administrator can remove it.
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
        PathNotFound, // the lock file could not be created (missing folder, permissions)
        Failure, // flock mode: a symlink or hard-linked lock file
    };

    explicit SpoolLock(const QString& directory, Mode mode = Mode::LockFile, int timeoutMs = 5000);
    ~SpoolLock();
    Q_DISABLE_COPY_MOVE(SpoolLock)

    Result lock();
    void unlock();
    bool isLocked() const { return m_locked; }
    QString lockFilePath() const;

private:
    QString m_dir;
    Mode m_mode;
    int m_timeoutMs;
    int m_fd = -1;
    bool m_locked = false;
};
