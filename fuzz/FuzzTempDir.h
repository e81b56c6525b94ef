// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// A scratch folder for the targets that read files, in /dev/shm when there is
// one (no disk write per execution), removed at exit. Each file gets a new
// name: QSettings caches a file's contents by path and modification time.
class FuzzTempDir final
{
public:
    FuzzTempDir()
        : m_dir(QDir(QStringLiteral("/dev/shm")).exists()
                ? QStringLiteral("/dev/shm/attendant-fuzz-XXXXXX")
                : QDir::tempPath() + QStringLiteral("/attendant-fuzz-XXXXXX"))
    { }

    // A path that was never used in this run.
    QString newPath(const QString& suffix) { return m_dir.filePath(QString::number(++m_counter) + suffix); }

    QString write(const QByteArray& bytes, const QString& suffix)
    {
        QString path = newPath(suffix);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    quint64 m_counter = 0;
};
