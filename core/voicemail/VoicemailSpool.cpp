// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailSpool.h"

#include "core/voicemail/AudioFormatProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <unistd.h>

using Voicemail::Error;
using Voicemail::Folder;

namespace VoicemailSpool {

namespace {

constexpr int kMaxMsgLimit = 9999; // MAXMSGLIMIT: msg0000..msg9998

struct Slot
{
    bool hasTxt = false;
    bool txtIsDir = false;
    QStringList audio; // file names, not paths
};

// One readdir pass; d_type spares a stat() per file (10,000 files in a big folder).
QMap<int, Slot> listFolder(const QString& dir)
{
    QMap<int, Slot> slots;
    DIR* d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return slots;
    while (const dirent* e = ::readdir(d)) {
        const QString name = QFile::decodeName(e->d_name);
        const int idx = VoicemailMessage::indexFromFileName(name);
        if (idx < 0 || idx >= kMaxMsgLimit)
            continue;
        const bool isDir = e->d_type == DT_DIR;
        const QStringView ext = QStringView(name).sliced(8);
        // Editor backups and partial copies ("msg0001.txt~", "msg0001.wav.part") are no formats.
        if (!std::all_of(
                ext.begin(), ext.end(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }))
            continue;
        if (ext == u"txt") {
            slots[idx].hasTxt = true;
            slots[idx].txtIsDir = isDir;
        } else if (!isDir) {
            slots[idx].audio.append(name);
        }
    }
    ::closedir(d);
    return slots;
}

int audioRank(const QString& name)
{
    const QStringView ext = QStringView(name).sliced(8);
    if (ext == u"wav")
        return 0;
    if (ext == u"WAV")
        return 1;
    if (ext == u"gsm")
        return 2;
    return 3;
}

void sortAudio(QStringList& names)
{
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        const int ra = audioRank(a);
        const int rb = audioRank(b);
        return ra != rb ? ra < rb : a < b;
    });
}

QString osError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// app_voicemail leaves a 0-byte recording when the caller hangs up as the
// file is opened or the disk is full; nothing can play it, so say so.
void markEmptyAudio(VoicemailMessage& m)
{
    for (const QString& path : std::as_const(m.audioPaths)) {
        const QFileInfo info(path);
        if (info.exists() && info.size() == 0) {
            m.damage = VoicemailMessage::Damage::EmptyAudio;
            m.damageDetail = info.fileName();
            return;
        }
    }
}

QString pathOf(const QString& dir, int idx, QStringView ext)
{
    return dir + u'/' + VoicemailMessage::baseName(idx) + u'.' + ext;
}

QString invalidInfoDetail(MessageInfo::Status status)
{
    switch (status) {
    case MessageInfo::Status::Empty:
        return QStringLiteral("empty file");
    case MessageInfo::Status::Binary:
        return QStringLiteral("binary content");
    case MessageInfo::Status::NoMessageSection:
        return QStringLiteral("no [message] section");
    case MessageInfo::Status::NoFields:
        return QStringLiteral("no fields in [message]");
    case MessageInfo::Status::Ok:
        break;
    }
    return {};
}

VoicemailMessage readMessage(const QString& dir, int idx, const Slot& slot)
{
    VoicemailMessage m;
    m.index = idx;
    m.folderPath = dir;
    m.infoPath = pathOf(dir, idx, u"txt");
    QStringList audio = slot.audio;
    sortAudio(audio);
    for (const QString& a : std::as_const(audio))
        m.audioPaths.append(dir + u'/' + a);
    if (!slot.hasTxt) {
        m.damage = VoicemailMessage::Damage::MissingInfo;
        m.damageDetail = QStringLiteral("no msg%1.txt").arg(idx, 4, 10, QLatin1Char('0'));
        return m;
    }
    if (slot.txtIsDir) {
        m.damage = VoicemailMessage::Damage::UnreadableInfo;
        m.damageDetail = QStringLiteral("is a directory");
        return m;
    }
    QFile f(m.infoPath);
    if (!f.open(QIODevice::ReadOnly)) {
        m.damage = VoicemailMessage::Damage::UnreadableInfo;
        m.damageDetail = f.errorString();
        return m;
    }
    // A message information file is a few hundred bytes; 64 KiB bounds a hostile one.
    // Asking for its size, not the bound, keeps every scan from allocating (and
    // the allocator from mapping and unmapping) 64 KiB per message.
    constexpr qint64 kMaxInfoBytes = 64 * 1024;
    const qint64 size = f.size();
    const QByteArray bytes = f.read(size > 0 && size < kMaxInfoBytes ? size : kMaxInfoBytes);
    if (f.error() != QFileDevice::NoError) {
        m.damage = VoicemailMessage::Damage::UnreadableInfo;
        m.damageDetail = f.errorString();
        return m;
    }
    m.info = MessageInfo::parse(bytes);
    if (m.info.isValid()) {
        markEmptyAudio(m);
        return m;
    }
    m.damage = VoicemailMessage::Damage::InvalidInfo;
    m.damageDetail = invalidInfoDetail(m.info.status());
    return m;
}

Error lockError(SpoolLock::Result r)
{
    switch (r) {
    case SpoolLock::Result::Timeout:
        return Error::LockTimeout;
    case SpoolLock::Result::Stale:
        return Error::LockStale;
    default:
        return Error::LockFailed;
    }
}

Result fail(Error e, const QString& detail = {})
{
    Result r;
    r.error = e;
    r.detail = detail;
    return r;
}

// Finds the message by identity under the folder lock: the hinted index first,
// then every .txt (numbers move when Asterisk or someone else renumbers).
int findMessage(const QString& dir, const QMap<int, Slot>& slots, const MessageRef& ref)
{
    auto matches = [&](int idx) {
        const auto it = slots.constFind(idx);
        if (it == slots.cend() || !it->hasTxt)
            return false;
        return readMessage(dir, idx, *it).identity() == ref.identity;
    };
    if (ref.indexHint >= 0 && matches(ref.indexHint))
        return ref.indexHint;
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        if (it.key() != ref.indexHint && matches(it.key()))
            return it.key();
    }
    return -1;
}

bool placeFile(const QString& from, const QString& to, bool preferLink)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
    ::unlink(t.constData());
    if (preferLink && ::link(f.constData(), t.constData()) == 0)
        return true;
    // Filesystems without hard links (some network shares), or a real copy wanted.
    return QFile::copy(from, to);
}

void removeSlotFiles(const QString& dir, int idx, const Slot& slot)
{
    // vm_delete(): the .txt first, so the message stops counting before its audio goes.
    if (slot.hasTxt && !slot.txtIsDir)
        ::unlink(QFile::encodeName(pathOf(dir, idx, u"txt")).constData());
    for (const QString& a : slot.audio)
        ::unlink(QFile::encodeName(dir + u'/' + a).constData());
}

// Audio first, .txt last; on failure removes what it wrote. Orphan files
// already at the target number are removed first: Asterisk would overwrite
// them, and leaving stray formats would attach them to this message.
Result transferIn(const QString& srcDir, int srcIdx, const Slot& src, const QString& dstDir, int dstIdx,
    const Slot* dstOrphans, bool preferLink)
{
    if (dstOrphans)
        removeSlotFiles(dstDir, dstIdx, *dstOrphans);
    QStringList written;
    for (const QString& a : src.audio) {
        const QString to = pathOf(dstDir, dstIdx, QStringView(a).sliced(8));
        if (!placeFile(srcDir + u'/' + a, to, preferLink)) {
            const int err = errno;
            for (const QString& w : std::as_const(written))
                ::unlink(QFile::encodeName(w).constData());
            return fail(Error::IoError, to + u": " + osError(err));
        }
        written.append(to);
    }
    const QString txtTo = pathOf(dstDir, dstIdx, u"txt");
    if (!placeFile(pathOf(srcDir, srcIdx, u"txt"), txtTo, preferLink)) {
        const int err = errno;
        for (const QString& w : std::as_const(written))
            ::unlink(QFile::encodeName(w).constData());
        return fail(Error::IoError, txtTo + u": " + osError(err));
    }
    Result ok;
    ok.newIndex = dstIdx;
    return ok;
}

bool renameFile(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// resequence_mailbox()/close_mailbox(): messages (those with a .txt) get 0..n-1.
void renumber(const QString& dir)
{
    const QMap<int, Slot> slots = listFolder(dir);
    int dest = 0;
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        if (!it->hasTxt)
            continue;
        const int idx = it.key();
        if (idx != dest) {
            if (const auto o = slots.constFind(dest); o != slots.cend() && !o->hasTxt)
                removeSlotFiles(dir, dest, *o);
            for (const QString& a : it->audio)
                renameFile(dir + u'/' + a, pathOf(dir, dest, QStringView(a).sliced(8)));
            renameFile(pathOf(dir, idx, u"txt"), pathOf(dir, dest, u"txt"));
        }
        ++dest;
    }
}

int lastIndex(const QMap<int, Slot>& slots)
{
    for (auto it = slots.cend(); it != slots.cbegin();) {
        --it;
        if (it->hasTxt)
            return it.key();
    }
    return -1;
}

// Deleted is a ring: when full, msg0000 goes and the rest move down one.
int makeRoomInDeleted(const QString& dir, QMap<int, Slot>& slots, int cap)
{
    int x = lastIndex(slots) + 1;
    if (x < cap)
        return x;
    if (const auto first = slots.constFind(0); first != slots.cend())
        removeSlotFiles(dir, 0, *first);
    for (int i = 1; i < x; ++i) {
        const auto it = slots.constFind(i);
        if (it == slots.cend() || !it->hasTxt)
            break;
        for (const QString& a : it->audio)
            renameFile(dir + u'/' + a, pathOf(dir, i - 1, QStringView(a).sliced(8)));
        renameFile(pathOf(dir, i, u"txt"), pathOf(dir, i - 1, u"txt"));
    }
    slots = listFolder(dir);
    return lastIndex(slots) + 1;
}

// The lock file's path (what the browser shows for a stale or busy lock),
// and why the system refused it when it did ("Read-only file system").
Result lockFailure(SpoolLock::Result r, const SpoolLock& lock)
{
    QString detail = lock.lockFilePath();
    if (lock.systemError() != 0)
        detail += QLatin1String(": ") + osError(lock.systemError());
    return fail(lockError(r), detail);
}

// Both folders' locks, always in the order of their paths: two desks moving
// messages INBOX → Old and Old → INBOX at once would otherwise each hold one
// lock and wait for the other until the timeout.
Result lockInOrder(SpoolLock& src, SpoolLock* dst)
{
    SpoolLock* first = &src;
    SpoolLock* second = dst;
    if (dst && dst->lockFilePath() < src.lockFilePath())
        std::swap(first, second);
    for (SpoolLock* lock : {first, second}) {
        if (!lock)
            continue;
        if (const auto r = lock->lock(); r != SpoolLock::Result::Locked)
            return lockFailure(r, *lock);
    }
    return {};
}

// Copies (or moves) the message ref into dstDir under both locks.
Result transfer(
    const Config& config, const MessageRef& ref, const QString& dstDir, Folder dstFolder, bool move)
{
    const QString srcDir = folderPath(config.root, ref.context, ref.mailbox, ref.folder);
    if (!QDir().mkpath(dstDir))
        return fail(Error::IoError, dstDir);

    const bool sameDir = QDir::cleanPath(srcDir) == QDir::cleanPath(dstDir);
    SpoolLock srcLock(srcDir, config.lockMode, config.lockTimeoutMs, config.clock);
    SpoolLock dstLock(dstDir, config.lockMode, config.lockTimeoutMs, config.clock);
    if (const Result locked = lockInOrder(srcLock, sameDir ? nullptr : &dstLock); !locked.ok())
        return locked;
    QMap<int, Slot> srcSlots = listFolder(srcDir);
    const int idx = findMessage(srcDir, srcSlots, ref);
    if (idx < 0)
        return fail(Error::MessageNotFound, ref.identity);
    const Slot src = srcSlots.value(idx);
    if (src.txtIsDir)
        return fail(Error::DamagedMessage, pathOf(srcDir, idx, u"txt"));

    QMap<int, Slot> dstSlots = sameDir ? srcSlots : listFolder(dstDir);
    int x = lastIndex(dstSlots) + 1;
    if (dstFolder == Folder::Deleted) {
        const int cap = config.maxDeletedMessages > 0 ? config.maxDeletedMessages : config.maxMessages;
        x = makeRoomInDeleted(dstDir, dstSlots, std::min(cap, kMaxMsgLimit));
    } else if (x >= std::min(config.maxMessages, kMaxMsgLimit)) {
        return fail(Error::FolderFull, dstDir);
    }
    const auto orphan = dstSlots.constFind(x);
    Result r = transferIn(srcDir, idx, src, dstDir, x, orphan != dstSlots.cend() ? &*orphan : nullptr, move);
    if (!sameDir)
        dstLock.unlock();
    if (!r.ok() || !move)
        return r;
    removeSlotFiles(srcDir, idx, src);
    renumber(srcDir);
    return r;
}

} // namespace

MessageRef MessageRef::of(const VoicemailMessage& message)
{
    return {message.context, message.mailbox, message.folder, message.identity(), message.index};
}

QString folderPath(const QString& root, const QString& context, const QString& mailbox, Folder folder)
{
    return root + u'/' + context + u'/' + mailbox + u'/' + Voicemail::folderName(folder);
}

QList<VoicemailMessage> scanFolder(
    const QString& root, const QString& context, const QString& mailbox, Folder folder)
{
    const QString dir = folderPath(root, context, mailbox, folder);
    const QMap<int, Slot> slots = listFolder(dir);
    QList<VoicemailMessage> out;
    out.reserve(slots.size());
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        VoicemailMessage m = readMessage(dir, it.key(), *it);
        m.context = context;
        m.mailbox = mailbox;
        m.folder = folder;
        out.append(std::move(m));
    }
    return out;
}

QList<QPair<QString, QString>> listMailboxes(const QString& root)
{
    QList<QPair<QString, QString>> out;
    const QDir rootDir(root);
    const QStringList contexts = rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& context : contexts) {
        const QStringList boxes
            = QDir(rootDir.filePath(context)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& box : boxes)
            out.append({context, box});
    }
    return out;
}

int lastMessageIndex(const QString& folderPath)
{
    return lastIndex(listFolder(folderPath));
}

Result moveMessage(const Config& config, const MessageRef& ref, Folder to)
{
    if (to == ref.folder)
        return fail(Error::InvalidTarget, Voicemail::folderName(to));
    return transfer(config, ref, folderPath(config.root, ref.context, ref.mailbox, to), to, true);
}

Result copyMessage(const Config& config, const MessageRef& ref, const QString& toContext,
    const QString& toMailbox, Folder toFolder)
{
    if (toContext.isEmpty() || toMailbox.isEmpty() || toContext.contains(u'/') || toMailbox.contains(u'/')
        || toContext.startsWith(u'.') || toMailbox.startsWith(u'.'))
        return fail(Error::InvalidTarget, toMailbox + u'@' + toContext);
    return transfer(config, ref, folderPath(config.root, toContext, toMailbox, toFolder), toFolder, false);
}

Result deleteMessage(const Config& config, const MessageRef& ref)
{
    if (config.maxDeletedMessages > 0 && ref.folder != Folder::Deleted)
        return moveMessage(config, ref, Folder::Deleted);
    const QString dir = folderPath(config.root, ref.context, ref.mailbox, ref.folder);
    SpoolLock lock(dir, config.lockMode, config.lockTimeoutMs, config.clock);
    if (const auto r = lock.lock(); r != SpoolLock::Result::Locked)
        return lockFailure(r, lock);
    const QMap<int, Slot> slots = listFolder(dir);
    const int idx = findMessage(dir, slots, ref);
    if (idx < 0)
        return fail(Error::MessageNotFound, ref.identity);
    removeSlotFiles(dir, idx, slots.value(idx));
    renumber(dir);
    return {};
}

Result saveAudio(const Config& config, const MessageRef& ref, const QString& targetPath)
{
    const QString dir = folderPath(config.root, ref.context, ref.mailbox, ref.folder);
    SpoolLock lock(dir, config.lockMode, config.lockTimeoutMs, config.clock);
    if (const auto r = lock.lock(); r != SpoolLock::Result::Locked)
        return lockFailure(r, lock);
    const QMap<int, Slot> slots = listFolder(dir);
    const int idx = findMessage(dir, slots, ref);
    if (idx < 0)
        return fail(Error::MessageNotFound, ref.identity);
    VoicemailMessage m = readMessage(dir, idx, slots.value(idx));
    const QString audio = m.preferredAudioPath();
    if (audio.isEmpty())
        return fail(Error::NoAudio, m.infoPath);
    QFile::remove(targetPath);
    if (!QFile::copy(audio, targetPath))
        return fail(Error::IoError, targetPath);
    return {};
}

} // namespace VoicemailSpool
