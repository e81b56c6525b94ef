// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailSpoolWatcher.h"

#include "core/common/Clock.h"
#include "core/voicemail/VoicemailSpool.h"
#include "core/voicemail/VoicemailStore.h"

#include <QDir>
#include <QFileInfo>

using Voicemail::Folder;

namespace {

// Coalesces the burst of inotify events one Asterisk deposit causes (tmp file,
// audio, .txt, lock, unlock) into one read of the folder, well within a second.
constexpr qint64 kDebounceMs = 60;

} // namespace

VoicemailSpoolWatcher::VoicemailSpoolWatcher(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_debounce(clock->createTimer(this))
{
    m_debounce->setSingleShot(true);
    connect(m_debounce, &ClockTimer::timeout, this, &VoicemailSpoolWatcher::handleDebounceTimeout);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
        &VoicemailSpoolWatcher::handleDirectoryChanged);
}

void VoicemailSpoolWatcher::setWatching(bool on)
{
    m_watching = on;
    if (on)
        return;
    if (const QStringList dirs = m_watcher.directories(); !dirs.isEmpty())
        m_watcher.removePaths(dirs);
    m_dirtyFolders.clear();
    m_dirtyTree = false;
    m_debounce->stop();
}

void VoicemailSpoolWatcher::watch(
    const QStringList& mailboxKeys, const QHash<QString, QHash<int, QList<VoicemailMessage>>>& known)
{
    if (!m_watching)
        return;
    const QStringList watched = m_watcher.directories();
    const QSet<QString> have(watched.cbegin(), watched.cend());
    QStringList add;
    auto want = [&](const QString& path) {
        if (!have.contains(path) && !add.contains(path))
            add.append(path);
    };
    if (QFileInfo(m_root).isDir())
        want(m_root);
    for (const QString& key : mailboxKeys) {
        QString context;
        QString mailbox;
        VoicemailStore::splitMailboxKey(key, &context, &mailbox);
        want(m_root + u'/' + context);
        want(m_root + u'/' + context + u'/' + mailbox);
        const auto folders = known.value(key);
        for (Folder f : Voicemail::allFolders()) {
            const QString dir = VoicemailSpool::folderPath(m_root, context, mailbox, f);
            // Only folders that exist: their creation shows up as a change of the mailbox directory.
            if (folders.contains(int(f)) && !have.contains(dir) && QFileInfo(dir).isDir())
                add.append(dir);
        }
    }
    if (!add.isEmpty())
        m_watcher.addPaths(add);
}

void VoicemailSpoolWatcher::handleDirectoryChanged(const QString& path)
{
    const QString rel = QDir(m_root).relativeFilePath(path);
    const QStringList parts = rel.split(u'/');
    if (parts.size() == 3 && Voicemail::folderFromName(parts[2]))
        m_dirtyFolders.insert(path);
    else
        m_dirtyTree = true;
    if (!m_debounce->isActive())
        m_debounce->start(kDebounceMs);
}

void VoicemailSpoolWatcher::handleDebounceTimeout()
{
    FolderList folders;
    for (const QString& path : std::as_const(m_dirtyFolders)) {
        const QStringList parts = QDir(m_root).relativeFilePath(path).split(u'/');
        folders.append(
            {VoicemailStore::mailboxKey(parts[0], parts[1]), *Voicemail::folderFromName(parts[2])});
    }
    m_dirtyFolders.clear();
    const bool tree = m_dirtyTree;
    m_dirtyTree = false;
    Q_EMIT changed(folders, tree);
}
