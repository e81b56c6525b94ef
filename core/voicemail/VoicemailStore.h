// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"
#include "core/voicemail/VoicemailSpool.h"
#include "core/voicemail/VoicemailSpoolWatcher.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>

class AmiRequest;
class Clock;
class VoicemailPbxBridge;

// The voicemail spool as the application sees it: every mailbox and folder,
// kept current by a QFileSystemWatcher (only the folder that changed is read
// again) and by MessageWaiting events, and the operations on messages.
//
// File work runs on one worker thread, in order (a folder lock may be held by
// Asterisk for seconds; the GUI must not wait for it). Results come back as
// signals on this object's thread. Each operation returns an id that
// operationFinished() reports once, after the affected folders were read
// again — so messages() already shows the outcome.
//
// With a PBX bridge that supports VoicemailMove/Remove/Forward, move, mark
// heard, delete and forward go through Asterisk (which then also updates MWI)
// and the spool is only read. Otherwise the store changes the spool itself,
// following app_voicemail's rules (see VoicemailSpool.h), and then asks the
// PBX for VoicemailRefresh so the phones' lamps follow.
class VoicemailStore final : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int inbox = 0;
        int urgent = 0;
        int old = 0;
        int total = 0; // every folder but Deleted
        int damaged = 0;
        // What the MWI lamp calls new (app_voicemail counts INBOX + Urgent).
        int newCount() const { return inbox + urgent; }
        bool operator==(const Counts&) const = default;
    };
    using OperationId = quint64;

    explicit VoicemailStore(QObject* parent = nullptr, Clock* clock = nullptr);
    ~VoicemailStore() override;
    Q_DISABLE_COPY_MOVE(VoicemailStore)

    void setConfig(const VoicemailSpool::Config& config);
    const VoicemailSpool::Config& config() const { return m_config; }
    // Not owned; may be null (no PBX connection: spool only, no MWI refresh).
    void setPbxBridge(VoicemailPbxBridge* bridge);

    // Reads the whole spool (on the worker); scanFinished() when done.
    void rescan();
    // Watch the folders with QFileSystemWatcher (on by default). A spool on a
    // network share does not report remote changes; there MessageWaiting
    // events (handleMessageWaiting) are what keeps the view current.
    void setWatching(bool on);
    bool isWatching() const { return m_spoolWatcher->isWatching(); }
    bool hasScanned() const { return m_scanned; }

    // "1001@default" keys, sorted by context then mailbox number: the
    // mailboxes with a directory in the spool and those the PBX lists.
    QStringList mailboxKeys() const;
    // The mailboxes the PBX has (VoicemailUsersList) → owner's full name.
    // app_voicemail creates a mailbox's directory only for its first
    // message, so a colleague who never had one is known only from here.
    void setPbxMailboxes(const QHash<QString, QString>& ownerByKey);
    QString pbxOwner(const QString& mailboxKey) const;
    QList<VoicemailMessage> messages(const QString& mailboxKey, Voicemail::Folder folder) const;
    Counts counts(const QString& mailboxKey) const;

    OperationId markHeard(const VoicemailMessage& message); // INBOX/Urgent → Old
    OperationId moveMessage(const VoicemailMessage& message, Voicemail::Folder to);
    OperationId deleteMessage(const VoicemailMessage& message);
    OperationId forwardMessage(const VoicemailMessage& message, const QString& toMailboxKey,
        Voicemail::Folder toFolder = Voicemail::Folder::Inbox);
    OperationId saveAudio(const VoicemailMessage& message, const QString& targetPath);

    static QString mailboxKey(const QString& context, const QString& mailbox);
    // Splits "1001@default" (context "default" when there is no '@', like Asterisk).
    static void splitMailboxKey(const QString& key, QString* context, QString* mailbox);

public Q_SLOTS:
    // AMI "Event: MessageWaiting", "Mailbox: 1001@default": reads that mailbox again.
    void handleMessageWaiting(const QString& mailboxKey);

Q_SIGNALS:
    void mailboxesChanged();
    // Same mailboxes, other owner names from the PBX.
    void ownersChanged();
    void folderChanged(const QString& mailboxKey, Voicemail::Folder folder);
    void countsChanged(const QString& mailboxKey);
    void scanFinished();
    void operationFinished(VoicemailStore::OperationId id, Voicemail::Error error, const QString& detail);

private:
    struct FolderScan
    {
        QString context;
        QString mailbox;
        Voicemail::Folder folder = Voicemail::Folder::Inbox;
        QList<VoicemailMessage> messages;
        bool exists = false;
    };
    struct JobResult
    {
        VoicemailSpool::Result result;
        QList<FolderScan> scans;
        QList<QPair<QString, QString>> mailboxes; // full scans only
        bool full = false;
    };
    using Job = std::function<JobResult(const VoicemailSpool::Config&)>;

    void runJob(Job job, std::function<void(const JobResult&)> done);
    void applyScans(const JobResult& r);
    void scanFolders(const QList<QPair<QString, Voicemail::Folder>>& folders, OperationId op = 0,
        const VoicemailSpool::Result& result = {});
    OperationId spoolOperation(const VoicemailMessage& message,
        std::function<VoicemailSpool::Result(const VoicemailSpool::Config&)> work,
        QList<QPair<QString, Voicemail::Folder>> affected, QStringList refresh);
    OperationId pbxOperation(const AmiRequest& request, QList<QPair<QString, Voicemail::Folder>> affected);
    bool usePbx(const VoicemailMessage& message) const;
    void finishLater(OperationId id, Voicemail::Error error, const QString& detail);
    void sendRefresh(const QString& mailboxKey);
    void updateWatches();
    void handleSpoolChanged(const QList<QPair<QString, Voicemail::Folder>>& folders, bool treeChanged);
    static QList<QPair<QString, Voicemail::Folder>> allFoldersOf(const QString& mailboxKey);
    // Runs on the worker.
    static FolderScan readFolder(
        const VoicemailSpool::Config& config, const QString& key, Voicemail::Folder folder);

    VoicemailSpool::Config m_config;
    VoicemailPbxBridge* m_bridge = nullptr;
    Clock* m_clock;
    VoicemailSpoolWatcher* m_spoolWatcher;
    QHash<QString, QHash<int, QList<VoicemailMessage>>> m_folders; // key → folder → messages
    QStringList m_mailboxKeys; // with a directory in the spool
    QHash<QString, QString> m_pbxMailboxes; // key → owner, from the PBX
    bool m_scanned = false;
    OperationId m_nextOp = 1;
    QThreadPool m_pool; // one thread: spool jobs run in the order they were asked for
};
