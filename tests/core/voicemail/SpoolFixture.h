// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the voicemail tests and the fake Asterisk writer process:
// a copy of the real spool in a temporary directory, a listing of a tree,
// and synthetic messages whose audio can be checked byte for byte.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace SpoolFixture {

inline QString realSpool()
{
    return QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool");
}

inline bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(
        from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    if (!QDir().mkpath(to))
        return false;
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(dst))
                return false;
        } else if (!QFile::copy(src, dst)) {
            return false;
        }
    }
    return true;
}

// The real spool as Asterisk left it: the files from tests/data (with the
// audio's CC BY-SA attribution README beside them) plus the empty folders git
// cannot keep (every folder of every mailbox, 1005's empty INBOX).
inline bool copyRealSpool(const QString& root)
{
    if (!copyTree(realSpool(), root))
        return false;
    const QStringList folders {QStringLiteral("INBOX"), QStringLiteral("Old"), QStringLiteral("Work"),
        QStringLiteral("Family"), QStringLiteral("Friends"), QStringLiteral("Cust1"), QStringLiteral("Cust2"),
        QStringLiteral("Cust3"), QStringLiteral("Cust4"), QStringLiteral("Cust5"), QStringLiteral("Deleted"),
        QStringLiteral("Urgent"), QStringLiteral("tmp")};
    for (const char* box : {"1001", "1002", "1003", "1004", "1005", "1006"}) {
        for (const QString& f : folders) {
            if (!QDir().mkpath(root + QStringLiteral("/default/") + QLatin1String(box) + u'/' + f))
                return false;
        }
    }
    return true;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every file under root, relative and sorted ("default/1001/INBOX/msg0000.txt").
inline QStringList tree(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(root).relativeFilePath(it.next());
        if (rel != QLatin1String("README.md"))
            out.append(rel);
    }
    out.sort();
    return out;
}

// A small valid PCM WAV (8 kHz, 16 bit, mono) whose samples spell the msg_id,
// so a test can tell that audio and metadata still belong together.
inline QByteArray fakeWav(const QString& msgId)
{
    QByteArray data = msgId.toUtf8().repeated(8);
    if (data.size() % 2)
        data.append('\0');
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[i] = char((v >> (8 * i)) & 0xff);
        return b;
    };
    auto le16 = [](quint16 v) {
        QByteArray b(2, '\0');
        b[0] = char(v & 0xff);
        b[1] = char(v >> 8);
        return b;
    };
    QByteArray w = "RIFF" + le32(quint32(36 + data.size())) + "WAVEfmt " + le32(16) + le16(1) + le16(1)
        + le32(8000) + le32(16000) + le16(2) + le16(16) + "data" + le32(quint32(data.size())) + data;
    return w;
}

inline QByteArray fakeTxt(const QString& msgId, const QString& mailbox, qint64 origTime,
    const QString& callerId = QStringLiteral("\"Test Caller\" <5550100>"), const QString& flag = {})
{
    QByteArray t = ";\n; Message Information file\n;\n[message]\n";
    t += "origmailbox=" + mailbox.toUtf8() + "\ncontext=vm-deposit\nexten=" + mailbox.toUtf8()
        + "\nrdnis=unknown\npriority=1\ncallerchan=Local/" + mailbox.toUtf8() + "@vm-deposit-00000001;2\n";
    t += "callerid=" + callerId.toUtf8()
        + "\norigdate=Fri Nov 27 12:00:43 AM UTC 2026\norigtime=" + QByteArray::number(origTime)
        + "\ncategory=\nmsg_id=" + msgId.toUtf8() + "\nflag=" + flag.toUtf8() + "\nduration=1\n";
    return t;
}

inline QString msgPath(const QString& dir, int index, const char* ext)
{
    return dir + QStringLiteral("/msg%1.").arg(index, 4, 10, QLatin1Char('0')) + QLatin1String(ext);
}

// Writes a message the way app_voicemail does: audio first, .txt last.
inline bool writeMessage(
    const QString& dir, int index, const QString& msgId, const QString& mailbox, qint64 origTime = 1795737600)
{
    return writeFile(msgPath(dir, index, "wav"), fakeWav(msgId))
        && writeFile(msgPath(dir, index, "txt"), fakeTxt(msgId, mailbox, origTime));
}

} // namespace SpoolFixture
