// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/RecordingFile.h"
#include "core/recording/RecordingScan.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>

class Clock;
class ClockTimer;
class RecordingStore;

// The recordings browser's library: Asterisk's monitor spool (MixMonitor's
// files, on this computer or a mounted share), listed on one worker thread
// like the voicemail spool, read again when the folder changes and every few
// seconds while a file is still being written.
//
// Delete works as voicemail's does: by a delayed commit. The recording
// leaves the list at once and undo() brings it back; the file is removed
// only when the next delete comes, commit() is called or the undo delay has
// passed (and when the library goes). A recording still being written is
// not deleted.
class RecordingLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingLibrary)
public:
    enum class Error
    {
        None,
        NotFound, // gone meanwhile
        StillRecording,
        IoError, // no permission to remove it, the copy could not be written
    };
    Q_ENUM(Error)

    static constexpr int kDefaultUndoDelayMs = 30000;
    static constexpr int kGrowingRescanMs = 2000;

    explicit RecordingLibrary(QObject* parent = nullptr, Clock* clock = nullptr);
    ~RecordingLibrary() override;

    void setDirectory(const QString& directory);
    QString directory() const { return m_directory; }
    void setFileTemplate(const QString& pattern) { m_pattern = pattern; }
    void setUndoDelayMs(int ms) { m_undoDelayMs = ms; }
    int undoDelayMs() const { return m_undoDelayMs; }

    // Lists the folder on the worker; scanFinished() when done.
    void rescan();
    // Reads the folder again when a recording on that server starts or stops: a folder on a
    // network share reports no change of its own. Not owned; may go first.
    void follow(RecordingStore* store);
    bool hasScanned() const { return m_scanned; }
    RecordingScan::Problem problem() const { return m_problem; }
    QString problemDetail() const { return m_problemDetail; }
    // Newest first, without those waiting to be deleted.
    QList<RecordingFile> recordings() const;
    const RecordingFile* recording(const QString& fileName) const;

    void remove(const RecordingFile& recording);
    bool canUndo() const { return !m_pending.isEmpty(); }
    // The file names waiting to be deleted (the last delete).
    QStringList pending() const { return m_pending; }
    void undo();
    void commit();
    // Copies the file to target (overwriting it) on the worker; copyFinished() says how it went.
    void saveCopy(const RecordingFile& recording, const QString& target);

Q_SIGNALS:
    void scanFinished();
    void recordingsChanged();
    void pendingChanged();
    void removeFailed(const QString& fileName, RecordingLibrary::Error error, const QString& detail);
    void copyFinished(const QString& target, RecordingLibrary::Error error, const QString& detail);

private:
    void run(std::function<void()> work);
    void applyScan(const RecordingScan::Result& result);
    void watch();

    Clock* m_clock;
    QString m_directory;
    QString m_pattern;
    QList<RecordingFile> m_files;
    RecordingScan::Problem m_problem = RecordingScan::Problem::None;
    QString m_problemDetail;
    bool m_scanned = false;
    QStringList m_pending;
    QStringList m_deleting; // committed, the worker has not removed them yet
    int m_undoDelayMs = kDefaultUndoDelayMs;
    ClockTimer* m_undoTimer;
    ClockTimer* m_rescanTimer;
    QFileSystemWatcher m_watcher;
    QThreadPool m_pool; // one thread: scans and deletes in the order asked
};
