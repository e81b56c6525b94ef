// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingLibrary.h"

#include "core/common/Clock.h"
#include "core/recording/RecordingStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

constexpr int kSettleMs = 300; // a burst of directory events from one write becomes one scan

} // namespace

RecordingLibrary::RecordingLibrary(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_undoTimer(m_clock->createTimer(this))
    , m_rescanTimer(m_clock->createTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_undoTimer->setSingleShot(true);
    m_rescanTimer->setSingleShot(true);
    connect(m_undoTimer, &ClockTimer::timeout, this, &RecordingLibrary::commit);
    connect(m_rescanTimer, &ClockTimer::timeout, this, &RecordingLibrary::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_rescanTimer->isActive())
            m_rescanTimer->start(kSettleMs);
    });
}

RecordingLibrary::~RecordingLibrary()
{
    // A pending delete was confirmed: it happens, also when the window closes.
    const QStringList pending = m_pending;
    for (const QString& name : pending)
        QFile::remove(m_directory + u'/' + name);
    // Jobs capture `this`; they must be over before the members go.
    m_pool.waitForDone();
}

void RecordingLibrary::follow(RecordingStore* store)
{
    const auto soon = [this] {
        if (!m_rescanTimer->isActive())
            m_rescanTimer->start(kSettleMs);
    };
    connect(store, &RecordingStore::recordingStarted, this, soon);
    connect(store, &RecordingStore::recordingStopped, this, soon);
}

void RecordingLibrary::setDirectory(const QString& directory)
{
    m_directory = QDir::cleanPath(directory);
}

void RecordingLibrary::run(std::function<void()> work)
{
    m_pool.start(std::move(work));
}

void RecordingLibrary::rescan()
{
    RecordingScan::Previous previous;
    for (const RecordingFile& f : std::as_const(m_files))
        previous.insert(f.fileName, f);
    const QString dir = m_directory;
    const QString pattern = m_pattern;
    run([this, dir, pattern, previous] {
        RecordingScan::Result r = RecordingScan::scan(dir, pattern, previous);
        // Queued to this object: dropped by Qt if the library is gone meanwhile.
        QMetaObject::invokeMethod(
            this, [this, r = std::move(r)] { applyScan(r); }, Qt::QueuedConnection);
    });
}

void RecordingLibrary::applyScan(const RecordingScan::Result& result)
{
    const bool changed = !m_scanned || result.files != m_files || result.problem != m_problem;
    m_scanned = true;
    m_problem = result.problem;
    m_problemDetail = result.detail;
    m_files = result.files;
    m_deleting.removeIf([this](const QString& name) { return !recording(name); });
    watch();
    const bool growing = std::any_of(m_files.cbegin(), m_files.cend(),
        [](const RecordingFile& f) { return f.state == RecordingFile::State::Growing; });
    if (growing && !m_rescanTimer->isActive())
        m_rescanTimer->start(kGrowingRescanMs);
    if (changed)
        Q_EMIT recordingsChanged();
    Q_EMIT scanFinished();
}

void RecordingLibrary::watch()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (m_problem == RecordingScan::Problem::None)
        m_watcher.addPath(m_directory);
}

QList<RecordingFile> RecordingLibrary::recordings() const
{
    QList<RecordingFile> out;
    out.reserve(m_files.size());
    for (const RecordingFile& f : m_files) {
        if (!m_pending.contains(f.fileName) && !m_deleting.contains(f.fileName))
            out.append(f);
    }
    return out;
}

const RecordingFile* RecordingLibrary::recording(const QString& fileName) const
{
    const auto it = std::find_if(
        m_files.cbegin(), m_files.cend(), [&](const RecordingFile& f) { return f.fileName == fileName; });
    return it == m_files.cend() ? nullptr : &*it;
}

void RecordingLibrary::remove(const RecordingFile& file)
{
    if (file.state == RecordingFile::State::Growing) {
        Q_EMIT removeFailed(file.fileName, Error::StillRecording, file.detail);
        return;
    }
    commit(); // undo goes back one delete
    m_pending = {file.fileName};
    m_undoTimer->start(m_undoDelayMs);
    Q_EMIT pendingChanged();
    Q_EMIT recordingsChanged();
}

void RecordingLibrary::undo()
{
    if (m_pending.isEmpty())
        return;
    m_undoTimer->stop();
    m_pending.clear();
    Q_EMIT pendingChanged();
    Q_EMIT recordingsChanged();
}

void RecordingLibrary::commit()
{
    m_undoTimer->stop();
    if (m_pending.isEmpty())
        return;
    const QStringList names = std::exchange(m_pending, {});
    m_deleting += names;
    const QString dir = m_directory;
    run([this, dir, names] {
        for (const QString& name : names) {
            QFile f(dir + u'/' + name);
            const Error error = !f.exists() ? Error::NotFound : f.remove() ? Error::None : Error::IoError;
            const QString detail = f.errorString();
            QMetaObject::invokeMethod(
                this,
                [this, name, error, detail] {
                    if (error == Error::IoError) {
                        m_deleting.removeAll(name); // it stays: show it again
                        Q_EMIT recordingsChanged();
                        Q_EMIT removeFailed(name, error, detail);
                    }
                },
                Qt::QueuedConnection);
        }
    });
    Q_EMIT pendingChanged();
    rescan();
}

void RecordingLibrary::saveCopy(const RecordingFile& file, const QString& target)
{
    const QString source = file.path;
    run([this, source, target] {
        Error error = Error::None;
        QString detail;
        QFile in(source);
        if (!in.exists()) {
            error = Error::NotFound;
        } else {
            QFile::remove(target);
            if (!in.copy(target)) {
                error = Error::IoError;
                detail = in.errorString();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, target, error, detail] { Q_EMIT copyFinished(target, error, detail); },
            Qt::QueuedConnection);
    });
}
