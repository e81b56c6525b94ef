// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailStore.h"

#include "core/common/Clock.h"
#include "core/voicemail/VoicemailPbxBridge.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcVoicemail, "attendant.voicemail")

using Voicemail::Error;
using Voicemail::Folder;

namespace {

// What a folder listing looks like to a viewer: enough to tell whether to redraw.
bool sameListing(const QList<VoicemailMessage>& a, const QList<VoicemailMessage>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].index != b[i].index || a[i].identity() != b[i].identity() || a[i].damage != b[i].damage
            || a[i].audioPaths != b[i].audioPaths || a[i].damageDetail != b[i].damageDetail)
            return false;
    }
    return true;
}

} // namespace

VoicemailStore::VoicemailStore(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_spoolWatcher(new VoicemailSpoolWatcher(m_clock, this))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(m_spoolWatcher, &VoicemailSpoolWatcher::changed, this, &VoicemailStore::handleSpoolChanged);
}

VoicemailStore::~VoicemailStore()
{
    // Jobs capture `this`; they must be over before the members go.
    m_pool.waitForDone();
}

void VoicemailStore::setConfig(const VoicemailSpool::Config& config)
{
    m_config = config;
    m_config.root = QDir::cleanPath(config.root);
    if (!m_config.clock)
        m_config.clock = m_clock; // lock ages against the same time as everything else
    m_spoolWatcher->setRoot(m_config.root);
}

void VoicemailStore::setPbxBridge(VoicemailPbxBridge* bridge)
{
    m_bridge = bridge;
}

QString VoicemailStore::mailboxKey(const QString& context, const QString& mailbox)
{
    return mailbox + u'@' + context;
}

void VoicemailStore::splitMailboxKey(const QString& key, QString* context, QString* mailbox)
{
    const qsizetype at = key.indexOf(u'@');
    *mailbox = at < 0 ? key : key.left(at);
    *context = at < 0 ? QStringLiteral("default") : key.mid(at + 1);
}

VoicemailStore::FolderScan VoicemailStore::readFolder(
    const VoicemailSpool::Config& config, const QString& key, Folder folder)
{
    FolderScan s;
    splitMailboxKey(key, &s.context, &s.mailbox);
    s.folder = folder;
    s.exists = QFileInfo(VoicemailSpool::folderPath(config.root, s.context, s.mailbox, folder)).isDir();
    s.messages = VoicemailSpool::scanFolder(config.root, s.context, s.mailbox, folder);
    return s;
}

QList<QPair<QString, Folder>> VoicemailStore::allFoldersOf(const QString& mailboxKey)
{
    QList<QPair<QString, Folder>> out;
    for (Folder f : Voicemail::allFolders())
        out.append({mailboxKey, f});
    return out;
}

QStringList VoicemailStore::mailboxKeys() const
{
    QStringList keys = m_mailboxKeys;
    const QSet<QString> inSpool(m_mailboxKeys.cbegin(), m_mailboxKeys.cend());
    for (auto it = m_pbxMailboxes.cbegin(); it != m_pbxMailboxes.cend(); ++it) {
        if (!inSpool.contains(it.key()))
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end(), Voicemail::mailboxKeyLess);
    return keys;
}

void VoicemailStore::setPbxMailboxes(const QHash<QString, QString>& ownerByKey)
{
    if (ownerByKey == m_pbxMailboxes)
        return;
    const QStringList before = mailboxKeys();
    m_pbxMailboxes = ownerByKey;
    if (mailboxKeys() != before)
        Q_EMIT mailboxesChanged();
    else
        Q_EMIT ownersChanged();
}

QString VoicemailStore::pbxOwner(const QString& mailboxKey) const
{
    return m_pbxMailboxes.value(mailboxKey);
}

QList<VoicemailMessage> VoicemailStore::messages(const QString& mailboxKey, Folder folder) const
{
    return m_folders.value(mailboxKey).value(int(folder));
}

VoicemailStore::Counts VoicemailStore::counts(const QString& mailboxKey) const
{
    Counts c;
    const auto folders = m_folders.value(mailboxKey);
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        int n = 0;
        for (const VoicemailMessage& m : it.value()) {
            if (m.isDamaged())
                ++c.damaged;
            // Asterisk counts .txt files; audio alone is not a message to it.
            if (m.damage != VoicemailMessage::Damage::MissingInfo)
                ++n;
        }
        switch (Folder(it.key())) {
        case Folder::Inbox:
            c.inbox = n;
            break;
        case Folder::Urgent:
            c.urgent = n;
            break;
        case Folder::Old:
            c.old = n;
            break;
        default:
            break;
        }
        if (Folder(it.key()) != Folder::Deleted)
            c.total += n;
    }
    return c;
}

void VoicemailStore::runJob(Job job, std::function<void(const JobResult&)> done)
{
    const VoicemailSpool::Config config = m_config;
    m_pool.start([this, job = std::move(job), done = std::move(done), config] {
        JobResult r = job(config);
        // Queued to this object: dropped by Qt if the store is gone meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, r = std::move(r), done] {
                applyScans(r);
                if (done)
                    done(r);
            },
            Qt::QueuedConnection);
    });
}

void VoicemailStore::applyScans(const JobResult& r)
{
    bool keysChanged = false;
    QSet<QString> touched;
    QHash<QString, Counts> before;
    if (r.full) {
        QStringList keys;
        for (const auto& [context, mailbox] : r.mailboxes)
            keys.append(mailboxKey(context, mailbox));
        std::sort(keys.begin(), keys.end(), Voicemail::mailboxKeyLess);
        if (keys != m_mailboxKeys) {
            keysChanged = true;
            const QSet<QString> keep(keys.cbegin(), keys.cend());
            for (const QString& k : std::as_const(m_mailboxKeys)) {
                if (!keep.contains(k))
                    m_folders.remove(k);
            }
            m_mailboxKeys = keys;
        }
    }
    for (const FolderScan& s : r.scans) {
        const QString key = mailboxKey(s.context, s.mailbox);
        if (!m_mailboxKeys.contains(key)) {
            if (!s.exists)
                continue;
            m_mailboxKeys.append(key);
            std::sort(m_mailboxKeys.begin(), m_mailboxKeys.end(), Voicemail::mailboxKeyLess);
            keysChanged = true;
        }
        if (!before.contains(key))
            before.insert(key, counts(key));
        QList<VoicemailMessage>& slot = m_folders[key][int(s.folder)];
        if (sameListing(slot, s.messages)) {
            slot = s.messages; // same files; info may still have been rewritten
            continue;
        }
        slot = s.messages;
        touched.insert(key);
        Q_EMIT folderChanged(key, s.folder);
    }
    if (keysChanged)
        Q_EMIT mailboxesChanged();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (counts(it.key()) != it.value())
            Q_EMIT countsChanged(it.key());
    }
    if (r.full) {
        m_scanned = true;
        updateWatches();
        Q_EMIT scanFinished();
    } else if (keysChanged || !touched.isEmpty()) {
        updateWatches();
    }
}

void VoicemailStore::rescan()
{
    runJob(
        [](const VoicemailSpool::Config& config) {
            JobResult r;
            r.full = true;
            r.mailboxes = VoicemailSpool::listMailboxes(config.root);
            for (const auto& [context, mailbox] : std::as_const(r.mailboxes)) {
                for (Folder f : Voicemail::allFolders())
                    r.scans.append(readFolder(config, mailboxKey(context, mailbox), f));
            }
            return r;
        },
        {});
}

void VoicemailStore::scanFolders(
    const QList<QPair<QString, Folder>>& folders, OperationId op, const VoicemailSpool::Result& result)
{
    runJob(
        [folders, result](const VoicemailSpool::Config& config) {
            JobResult r;
            r.result = result;
            for (const auto& [key, folder] : folders) {
                r.scans.append(readFolder(config, key, folder));
            }
            return r;
        },
        [this, op](const JobResult& r) {
            if (op)
                Q_EMIT operationFinished(op, r.result.error, r.result.detail);
        });
}

void VoicemailStore::handleMessageWaiting(const QString& mailboxKey)
{
    QString context;
    QString mailbox;
    splitMailboxKey(mailboxKey, &context, &mailbox);
    scanFolders(allFoldersOf(VoicemailStore::mailboxKey(context, mailbox)));
}

void VoicemailStore::setWatching(bool on)
{
    if (on == m_spoolWatcher->isWatching())
        return;
    m_spoolWatcher->setWatching(on);
    if (on)
        updateWatches();
}

void VoicemailStore::updateWatches()
{
    m_spoolWatcher->watch(m_mailboxKeys, m_folders);
}

void VoicemailStore::handleSpoolChanged(const QList<QPair<QString, Folder>>& folders, bool treeChanged)
{
    if (!treeChanged) {
        if (!folders.isEmpty())
            scanFolders(folders);
        return;
    }
    // A mailbox, context or folder directory came or went: list the tree
    // again and read the folders of mailboxes not seen before.
    const QSet<QString> known(m_mailboxKeys.cbegin(), m_mailboxKeys.cend());
    const QStringList watched = m_spoolWatcher->directories();
    const QSet<QString> watchedSet(watched.cbegin(), watched.cend());
    runJob(
        [known, watchedSet, folders](const VoicemailSpool::Config& config) {
            JobResult r;
            r.full = false;
            const auto boxes = VoicemailSpool::listMailboxes(config.root);
            QList<QPair<QString, Folder>> todo = folders;
            for (const auto& [context, mailbox] : boxes) {
                for (Folder f : Voicemail::allFolders()) {
                    const QString dir = VoicemailSpool::folderPath(config.root, context, mailbox, f);
                    // New mailboxes, and folders that appeared since we last looked.
                    if (!known.contains(mailboxKey(context, mailbox))
                        || (!watchedSet.contains(dir) && QFileInfo(dir).isDir()))
                        todo.append({mailboxKey(context, mailbox), f});
                }
            }
            for (const auto& [key, folder] : std::as_const(todo)) {
                r.scans.append(readFolder(config, key, folder));
            }
            return r;
        },
        {});
}

bool VoicemailStore::usePbx(const VoicemailMessage& message) const
{
    // VoicemailMove & co. find messages by msg_id; older messages without one stay with the spool path.
    return m_bridge && m_bridge->supportsVoicemailActions() && !message.info.msgId().isEmpty();
}

void VoicemailStore::finishLater(OperationId id, Error error, const QString& detail)
{
    QMetaObject::invokeMethod(
        this, [this, id, error, detail] { Q_EMIT operationFinished(id, error, detail); },
        Qt::QueuedConnection);
}

void VoicemailStore::sendRefresh(const QString& mailboxKey)
{
    if (!m_bridge)
        return;
    QString context;
    QString mailbox;
    splitMailboxKey(mailboxKey, &context, &mailbox);
    AmiRequest refresh("VoicemailRefresh");
    refresh.set("Context", context).set("Mailbox", mailbox);
    if (!refresh.validationError().isEmpty())
        return;
    m_bridge->sendAction(refresh, [mailboxKey](bool ok, const QString& message) {
        if (!ok)
            qCWarning(lcVoicemail) << "VoicemailRefresh for" << mailboxKey << "failed:" << message;
    });
}

VoicemailStore::OperationId VoicemailStore::spoolOperation(const VoicemailMessage& message,
    std::function<VoicemailSpool::Result(const VoicemailSpool::Config&)> work,
    QList<QPair<QString, Folder>> affected, QStringList refresh)
{
    const OperationId id = m_nextOp++;
    if (message.damage == VoicemailMessage::Damage::MissingInfo) {
        finishLater(id, Error::DamagedMessage, message.infoPath);
        return id;
    }
    runJob(
        [work = std::move(work), affected](const VoicemailSpool::Config& config) {
            JobResult r;
            r.result = work(config);
            // Read the touched folders in the same job, so operationFinished()
            // comes with the store already showing the outcome.
            for (const auto& [key, folder] : affected) {
                r.scans.append(readFolder(config, key, folder));
            }
            return r;
        },
        [this, id, refresh](const JobResult& r) {
            if (r.result.ok()) {
                for (const QString& key : refresh)
                    sendRefresh(key);
            }
            Q_EMIT operationFinished(id, r.result.error, r.result.detail);
        });
    return id;
}

VoicemailStore::OperationId VoicemailStore::pbxOperation(
    const AmiRequest& request, QList<QPair<QString, Folder>> affected)
{
    const OperationId id = m_nextOp++;
    if (const QString e = request.validationError(); !e.isEmpty()) {
        finishLater(id, Error::InvalidTarget, e);
        return id;
    }
    QPointer<VoicemailStore> guard(this);
    m_bridge->sendAction(request, [guard, id, affected](bool ok, const QString& message) {
        if (!guard)
            return;
        // app_voicemail acknowledges failures with Success + "Message move failed".
        if (ok && !message.contains(QLatin1String("fail"), Qt::CaseInsensitive))
            guard->scanFolders(affected, id, {});
        else
            Q_EMIT guard->operationFinished(id, Error::PbxRefused, message);
    });
    return id;
}

VoicemailStore::OperationId VoicemailStore::markHeard(const VoicemailMessage& message)
{
    if (message.folder != Folder::Inbox && message.folder != Folder::Urgent) {
        const OperationId id = m_nextOp++;
        finishLater(id, Error::InvalidTarget, Voicemail::folderName(message.folder));
        return id;
    }
    return moveMessage(message, Folder::Old);
}

VoicemailStore::OperationId VoicemailStore::moveMessage(const VoicemailMessage& message, Folder to)
{
    const QString key = message.mailboxKey();
    const QList<QPair<QString, Folder>> affected {{key, message.folder}, {key, to}};
    if (to == message.folder) {
        const OperationId id = m_nextOp++;
        finishLater(id, Error::InvalidTarget, Voicemail::folderName(to));
        return id;
    }
    if (usePbx(message)) {
        AmiRequest r("VoicemailMove");
        r.set("Context", message.context)
            .set("Mailbox", message.mailbox)
            .set("Folder", Voicemail::folderName(message.folder))
            .set("ID", message.info.msgId())
            .set("ToFolder", Voicemail::folderName(to));
        return pbxOperation(r, affected);
    }
    const VoicemailSpool::MessageRef ref = VoicemailSpool::MessageRef::of(message);
    return spoolOperation(message,
        [ref, to](const VoicemailSpool::Config& c) { return VoicemailSpool::moveMessage(c, ref, to); },
        affected, {key});
}

VoicemailStore::OperationId VoicemailStore::deleteMessage(const VoicemailMessage& message)
{
    const QString key = message.mailboxKey();
    const QList<QPair<QString, Folder>> affected {{key, message.folder}, {key, Folder::Deleted}};
    if (usePbx(message)) {
        AmiRequest r("VoicemailRemove");
        r.set("Context", message.context)
            .set("Mailbox", message.mailbox)
            .set("Folder", Voicemail::folderName(message.folder))
            .set("ID", message.info.msgId());
        return pbxOperation(r, affected);
    }
    const VoicemailSpool::MessageRef ref = VoicemailSpool::MessageRef::of(message);
    return spoolOperation(message,
        [ref](const VoicemailSpool::Config& c) { return VoicemailSpool::deleteMessage(c, ref); }, affected,
        {key});
}

VoicemailStore::OperationId VoicemailStore::forwardMessage(
    const VoicemailMessage& message, const QString& toMailboxKey, Folder toFolder)
{
    QString toContext;
    QString toMailbox;
    splitMailboxKey(toMailboxKey, &toContext, &toMailbox);
    const QString toKey = mailboxKey(toContext, toMailbox);
    const QList<QPair<QString, Folder>> affected {{toKey, toFolder}};
    if (usePbx(message)) {
        AmiRequest r("VoicemailForward");
        r.set("Context", message.context)
            .set("Mailbox", message.mailbox)
            .set("Folder", Voicemail::folderName(message.folder))
            .set("ID", message.info.msgId())
            .set("ToContext", toContext)
            .set("ToMailbox", toMailbox)
            .set("ToFolder", Voicemail::folderName(toFolder));
        return pbxOperation(r, affected);
    }
    const VoicemailSpool::MessageRef ref = VoicemailSpool::MessageRef::of(message);
    return spoolOperation(message,
        [ref, toContext, toMailbox, toFolder](const VoicemailSpool::Config& c) {
            return VoicemailSpool::copyMessage(c, ref, toContext, toMailbox, toFolder);
        },
        affected, {toKey});
}

VoicemailStore::OperationId VoicemailStore::saveAudio(
    const VoicemailMessage& message, const QString& targetPath)
{
    const VoicemailSpool::MessageRef ref = VoicemailSpool::MessageRef::of(message);
    return spoolOperation(message,
        [ref, targetPath](
            const VoicemailSpool::Config& c) { return VoicemailSpool::saveAudio(c, ref, targetPath); },
        {}, {});
}
