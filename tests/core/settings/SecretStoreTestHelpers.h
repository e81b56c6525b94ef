// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/SecretStore.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// Shared by TestSecretStore and TestSecretStoreFallback: run a SecretStore
// call to completion by waiting for its callback, and look for a secret in
// every file under a directory.
namespace SecretStoreTest {

struct ReadResult
{
    bool done = false;
    SecretStore::Status status = SecretStore::Status::Error;
    QString secret;
    QString errorText;
};

struct WriteResult
{
    bool done = false;
    SecretStore::Status status = SecretStore::Status::Error;
    QString errorText;
};

// Generous: the first call may have to start the keyring daemon's collection.
constexpr int CallbackTimeoutMs = 20000;

inline ReadResult readSync(SecretStore& store, const QString& key)
{
    ReadResult r;
    QObject context;
    store.read(
        key, &context, [&r](SecretStore::Status status, const QString& secret, const QString& errorText) {
            r.done = true;
            r.status = status;
            r.secret = secret;
            r.errorText = errorText;
        });
    (void)QTest::qWaitFor([&r] { return r.done; }, CallbackTimeoutMs); // callers check r.done
    return r;
}

inline WriteResult writeSync(SecretStore& store, const QString& key, const QString& secret)
{
    WriteResult r;
    QObject context;
    store.write(key, secret, &context, [&r](SecretStore::Status status, const QString& errorText) {
        r.done = true;
        r.status = status;
        r.errorText = errorText;
    });
    (void)QTest::qWaitFor([&r] { return r.done; }, CallbackTimeoutMs); // callers check r.done
    return r;
}

inline WriteResult removeSync(SecretStore& store, const QString& key)
{
    WriteResult r;
    QObject context;
    store.remove(key, &context, [&r](SecretStore::Status status, const QString& errorText) {
        r.done = true;
        r.status = status;
        r.errorText = errorText;
    });
    (void)QTest::qWaitFor([&r] { return r.done; }, CallbackTimeoutMs); // callers check r.done
    return r;
}

// A secret no file could contain by accident.
inline QString uniqueSecret()
{
    return QStringLiteral("attendant-secret-") + QString::number(QRandomGenerator::global()->generate64(), 36)
        + QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral("-äöü");
}

// Every regular file under root whose bytes contain needle (in UTF-8).
inline QStringList filesContaining(const QString& root, const QString& needle)
{
    const QByteArray bytes = needle.toUtf8();
    QStringList hits;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
            hits.append(path);
    }
    return hits;
}

inline int countFiles(const QString& root)
{
    int n = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// Points HOME and the XDG config/cache/state directories at a fresh
// temporary directory before QCoreApplication exists, so that anything Qt or
// qtkeychain might write as a file (QSettings, QStandardPaths) lands where
// the test can search it. XDG_DATA_HOME and XDG_RUNTIME_DIR are left alone:
// scripts/with-keyring.sh put the keyring daemon there.
inline QTemporaryDir& isolatedHome()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/attendant-secretstore-XXXXXX"));
    return dir;
}

inline void isolateHome()
{
    const QString root = isolatedHome().path();
    for (const char* sub : {"home", "config", "cache", "state"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    qputenv("HOME", QFile::encodeName(root + QStringLiteral("/home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/cache")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(root + QStringLiteral("/state")));
}

} // namespace SecretStoreTest

// QTEST_GUILESS_MAIN with the home isolated first.
#define ATTENDANT_SECRETSTORE_TEST_MAIN(TestObject)                                                          \
    int main(int argc, char* argv[])                                                                         \
    {                                                                                                        \
        SecretStoreTest::isolateHome();                                                                      \
        QCoreApplication app(argc, argv);                                                                    \
        QCoreApplication::setOrganizationName(QStringLiteral("AttendantTest"));                              \
        QCoreApplication::setApplicationName(QStringLiteral("TestSecretStore"));                             \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
