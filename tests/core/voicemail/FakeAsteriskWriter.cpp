// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for app_voicemail depositing messages, run as a separate process
// by TestVoicemailConcurrency. It deliberately shares no code with
// core/voicemail: it takes the folder lock the way main/app.c does
// (".lock-<random>" hard-linked to ".lock", retried), finds last_message_index()
// from the .txt files, and moves a message recorded in the mailbox's tmp/
// folder into place — audio first, .txt last — then unlocks.
//
// usage: FakeAsteriskWriter <folder> <tmpdir> <mailbox> <count> <seed> <max pause µs> [id prefix]
// The messages' msg_id are <prefix><n> (default "w-"). Prints "deposited <n>" and exits 0.

#include "SpoolFixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

bool lockFolder(const QByteArray& dir, QRandomGenerator& rng)
{
    const QByteArray tmp = dir + "/.lock-" + QByteArray::number(rng.generate(), 16).rightJustified(8, '0');
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0)
        return false;
    ::close(fd);
    const QByteArray lock = dir + "/.lock";
    int res = -1;
    for (int tries = 0;
         tries < 5000 && (res = ::link(tmp.constData(), lock.constData())) < 0 && errno == EEXIST; ++tries)
        ::usleep(1000);
    ::unlink(tmp.constData());
    return res == 0;
}

int lastMessageIndex(const QByteArray& dir)
{
    int last = -1;
    DIR* d = ::opendir(dir.constData());
    if (!d)
        return -1;
    while (const dirent* e = ::readdir(d)) {
        int n = 0;
        char ext[4] = {};
        if (std::sscanf(e->d_name, "msg%4d.%3s", &n, ext) == 2 && qstrcmp(ext, "txt") == 0 && n > last)
            last = n;
    }
    ::closedir(d);
    return last;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7 && args.size() != 8)
        return 2;
    const QString prefix = args.size() == 8 ? args[7] : QStringLiteral("w-");
    const QByteArray folder = QFile::encodeName(args[1]);
    const QString tmpDir = args[2];
    const QString mailbox = args[3];
    const int count = args[4].toInt();
    QRandomGenerator rng(args[5].toUInt());
    const int maxPauseUs = std::max(1, args[6].toInt());
    int deposited = 0;
    for (int i = 0; i < count; ++i) {
        const QString id = prefix + QString::number(i);
        // Recorded first, outside the lock, like a real call.
        const QString tmpBase = tmpDir + QStringLiteral("/rec%1").arg(i);
        if (!SpoolFixture::writeFile(tmpBase + QStringLiteral(".wav"), SpoolFixture::fakeWav(id))
            || !SpoolFixture::writeFile(
                tmpBase + QStringLiteral(".txt"), SpoolFixture::fakeTxt(id, mailbox, 1795740000 + i)))
            return 3;
        while (!lockFolder(folder, rng)) {
        } // Asterisk would give up after 5 s; a test writer must not lose a deposit.
        const int x = lastMessageIndex(folder) + 1;
        const QString dst
            = QFile::decodeName(folder) + QStringLiteral("/msg%1").arg(x, 4, 10, QLatin1Char('0'));
        bool ok = ::rename(QFile::encodeName(tmpBase + QStringLiteral(".wav")).constData(),
                      QFile::encodeName(dst + QStringLiteral(".wav")).constData())
            == 0;
        // A slow disk between the two files: whoever ignores the lock sees a half-stored message.
        ::usleep(2000);
        ok = ok
            && ::rename(QFile::encodeName(tmpBase + QStringLiteral(".txt")).constData(),
                   QFile::encodeName(dst + QStringLiteral(".txt")).constData())
                == 0;
        ::unlink(QByteArray(folder + "/.lock").constData());
        if (!ok)
            return 4;
        ++deposited;
        ::usleep(rng.bounded(maxPauseUs)); // calls do not arrive back to back
    }
    std::printf("deposited %d\n", deposited);
    return 0;
}
