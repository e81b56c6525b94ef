// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QStringList>

class Clock;
class ClockTimer;

// Which spool directories changed: watches the spool root, its context and
// mailbox directories and the existing folders with QFileSystemWatcher, and
// coalesces the burst of events one Asterisk deposit causes into one
// changed() a moment later. VoicemailStore decides what to read again.
class VoicemailSpoolWatcher final : public QObject
{
    Q_OBJECT
public:
    using FolderList = QList<QPair<QString, Voicemail::Folder>>; // ("1001@default", folder)

    VoicemailSpoolWatcher(Clock* clock, QObject* parent = nullptr);

    void setRoot(const QString& root) { m_root = root; }
    // Off: no directory is watched and pending changes are dropped.
    void setWatching(bool on);
    bool isWatching() const { return m_watching; }
    // Adds the directories of these mailboxes (and of the folders they have)
    // that are not watched yet. Nothing while watching is off.
    void watch(
        const QStringList& mailboxKeys, const QHash<QString, QHash<int, QList<VoicemailMessage>>>& folders);
    QStringList directories() const { return m_watcher.directories(); }

Q_SIGNALS:
    // `folders`: folders whose content changed. `treeChanged`: a context,
    // mailbox or folder directory came or went (the tree must be listed again).
    void changed(const VoicemailSpoolWatcher::FolderList& folders, bool treeChanged);

private:
    void handleDirectoryChanged(const QString& path);
    void handleDebounceTimeout();

    QString m_root;
    ClockTimer* m_debounce;
    QFileSystemWatcher m_watcher;
    QSet<QString> m_dirtyFolders; // watched folder paths that changed
    bool m_dirtyTree = false; // root/context/mailbox directories changed
    bool m_watching = true;
};
