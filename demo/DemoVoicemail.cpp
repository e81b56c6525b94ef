// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoVoicemail.h"

#include "demo/DemoWorld.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringBuilder>
#include <QThread>
#include <QtEndian>

#include <cmath>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

constexpr int SampleRate = 8000;

void putLe32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void putLe16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') % quoted % QLatin1Char('"');
}

} // namespace

DemoVoicemail::DemoVoicemail(const QString& spoolPath)
    : m_spoolPath(spoolPath)
{ }

QString DemoVoicemail::folderPath(const QString& mailbox, const QString& folder) const
{
    return m_spoolPath % QStringLiteral("/default/") % mailbox % QLatin1Char('/') % folder;
}

bool DemoVoicemail::lockFolder(const QString& dir, int attempts)
{
    const QByteArray lock = QFile::encodeName(dir + QStringLiteral("/.lock"));
#ifdef Q_OS_UNIX
    // ast_lock_path: create a unique file, then link() it to ".lock" (atomic, NFS-safe).
    const QByteArray unique = QFile::encodeName(dir
        + QStringLiteral("/.lock-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const int fd = ::open(unique.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    bool locked = false;
    for (int i = 0; i < attempts && !locked; ++i) {
        locked = ::link(unique.constData(), lock.constData()) == 0;
        if (!locked)
            QThread::msleep(1); // another writer holds it; Asterisk retries the same way
    }
    ::unlink(unique.constData());
    return locked;
#else
    for (int i = 0; i < attempts; ++i) {
        QFile f(QFile::decodeName(lock));
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return true;
        QThread::msleep(1);
    }
    return false;
#endif
}

void DemoVoicemail::unlockFolder(const QString& dir)
{
    QFile::remove(dir + QStringLiteral("/.lock"));
}

QByteArray DemoVoicemail::synthesizeWav(int seconds, quint32 seed)
{
    QRandomGenerator random(seed);
    const int samples = qMax(1, seconds) * SampleRate;
    QByteArray pcm;
    pcm.reserve(samples * 2);
    // A melody of short two-tone notes with gaps, so a player has something to show.
    double f1 = 0;
    double f2 = 0;
    for (int i = 0; i < samples; ++i) {
        const int note = i % 2400;
        if (note == 0) {
            f1 = 300 + random.bounded(600);
            f2 = f1 * 1.5;
        }
        const double t = double(i) / SampleRate;
        const double envelope = note < 2000 ? 1.0 : 0.0;
        const double v = envelope * 0.3 * (std::sin(2 * M_PI * f1 * t) + 0.5 * std::sin(2 * M_PI * f2 * t));
        putLe16(pcm, quint16(qint16(qBound(-32767.0, v * 32767.0, 32767.0))));
    }
    QByteArray out;
    out.reserve(44 + pcm.size());
    out.append("RIFF");
    putLe32(out, quint32(36 + pcm.size()));
    out.append("WAVEfmt ");
    putLe32(out, 16); // fmt chunk size
    putLe16(out, 1); // PCM
    putLe16(out, 1); // mono
    putLe32(out, SampleRate);
    putLe32(out, SampleRate * 2); // byte rate
    putLe16(out, 2); // block align
    putLe16(out, 16); // bits per sample
    out.append("data");
    putLe32(out, quint32(pcm.size()));
    out.append(pcm);
    return out;
}

QString DemoVoicemail::deposit(const Deposit& d, quint32 audioSeed)
{
    const QString dir = folderPath(d.mailbox, d.folder);
    for (const char* folder : {"INBOX", "Old", "Urgent", "tmp"})
        QDir().mkpath(folderPath(d.mailbox, QLatin1String(folder)));
    if (!QDir().mkpath(dir) || !lockFolder(dir))
        return {};
    int n = 0;
    while (QFile::exists(dir % QStringLiteral("/msg%1.txt").arg(n, 4, 10, QLatin1Char('0'))))
        ++n;
    const QString base = dir % QStringLiteral("/msg%1").arg(n, 4, 10, QLatin1Char('0'));

    const QDateTime when = QDateTime::fromSecsSinceEpoch(d.origTime, Qt::UTC);
    const QLocale c = QLocale::c();
    // strftime "%a %b %e %r UTC %Y", as app_voicemail writes origdate.
    const QString origdate = c.toString(when, QStringLiteral("ddd MMM "))
        % QStringLiteral("%1").arg(when.date().day(), 2) % QLatin1Char(' ')
        % c.toString(when, QStringLiteral("hh:mm:ss AP")) % QStringLiteral(" UTC ")
        % QString::number(when.date().year());
    const QString msgId
        = QString::number(d.origTime) % QStringLiteral("-%1").arg(m_msgIdSequence++, 8, 16, QLatin1Char('0'));
    const QString txt = QStringLiteral(";\n; Message Information file\n;\n[message]\n")
        % QStringLiteral("origmailbox=") % d.mailbox % QStringLiteral("\ncontext=") % d.context
        % QStringLiteral("\nexten=") % d.exten % QStringLiteral("\nrdnis=unknown\npriority=")
        % QString::number(d.priority) % QStringLiteral("\ncallerchan=") % d.callerChannel
        % QStringLiteral("\ncallerid=") % d.callerId % QStringLiteral("\norigdate=") % origdate
        % QStringLiteral("\norigtime=") % QString::number(d.origTime) % QStringLiteral("\ncategory=\nmsg_id=")
        % msgId % QStringLiteral("\nflag=") % (d.urgent ? QStringLiteral("Urgent") : QString())
        % QStringLiteral("\nduration=") % QString::number(d.durationSec) % QLatin1Char('\n');

    // Like app_voicemail: written in the mailbox's tmp/ folder, then renamed into
    // place, so a reader never sees a half-written file (no fsync: demo data).
    const QString tmp = folderPath(d.mailbox, QStringLiteral("tmp"));
    auto place = [&tmp](const QString& target, const QByteArray& bytes) {
        const QString staging = tmp + QLatin1Char('/') + QFileInfo(target).fileName();
        QFile file(staging);
        const bool written
            = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
        file.close();
        return written && QFile::rename(staging, target);
    };
    const bool ok = place(base + QStringLiteral(".wav"), synthesizeWav(d.durationSec, audioSeed))
        && place(base + QStringLiteral(".txt"), txt.toUtf8());
    unlockFolder(dir);
    return ok ? base : QString();
}

bool DemoVoicemail::writeDirectory(const QString& path, DemoWorld& world)
{
    QString csv = QStringLiteral("name,extension,department,mail\n");
    for (const QString& n : world.extensionNumbers()) {
        const DemoExtension* e = world.extension(n);
        csv += csvField(e->name) % QLatin1Char(',') % e->number % QLatin1Char(',') % csvField(e->department)
            % QLatin1Char(',') % csvField(e->email) % QLatin1Char('\n');
    }
    // Written beside, then renamed: readers never see half a file (no fsync: demo data).
    const QString staging = path + QStringLiteral(".part");
    QFile file(staging);
    const QByteArray bytes = csv.toUtf8();
    const bool written
        = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    file.close();
    QFile::remove(path);
    return written && QFile::rename(staging, path);
}
