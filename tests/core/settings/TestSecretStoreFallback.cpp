// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore with no reachable D-Bus session (ctest points
// DBUS_SESSION_BUS_ADDRESS at a socket that does not exist): every call falls
// back to memory for the rest of the process and says why.
#include "core/settings/SecretStore.h"

#include "SecretStoreTestHelpers.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace SecretStoreTest;

class TestSecretStoreFallback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstCallFindsNoKeychain_data();
    void firstCallFindsNoKeychain();
    void secretKeptInMemory();
    void memoryIsPerStoreAndProcess();
    void secretNeverReachesAFile();
    void destroyedContextGetsNoCallback();
    void failedWriteIsAnnounced();
};

void TestSecretStoreFallback::initTestCase()
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(bus.contains("/nonexistent/"),
        "Run through ctest: it points DBUS_SESSION_BUS_ADDRESS at a dead socket for this test "
        "(or by hand: DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/x "
        "build/tests/core/settings/TestSecretStoreFallback)");
}

void TestSecretStoreFallback::firstCallFindsNoKeychain_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read first") << QStringLiteral("read");
    QTest::newRow("write first") << QStringLiteral("write");
    QTest::newRow("remove first") << QStringLiteral("remove");
}

void TestSecretStoreFallback::firstCallFindsNoKeychain()
{
    QFETCH(QString, operation);
    SecretStore store;
    QVERIFY(store.keychainAvailable());
    QVERIFY(store.unavailableReason().isEmpty());
    QSignalSpy availability(&store, &SecretStore::keychainAvailabilityChanged);
    const QString k = QStringLiteral("ami/office/pbx");

    SecretStore::Status status = SecretStore::Status::Ok;
    QString errorText;
    if (operation == u"read") {
        const ReadResult r = readSync(store, k);
        QVERIFY(r.done);
        QVERIFY(r.secret.isEmpty()); // nothing in memory yet: the UI must ask
        status = r.status;
        errorText = r.errorText;
    } else if (operation == u"write") {
        const WriteResult r = writeSync(store, k, QStringLiteral("panelpass"));
        QVERIFY(r.done);
        status = r.status;
        errorText = r.errorText;
    } else {
        const WriteResult r = removeSync(store, k);
        QVERIFY(r.done);
        status = r.status;
        errorText = r.errorText;
    }
    QCOMPARE(status, SecretStore::Status::KeychainUnavailable);
    QVERIFY(!store.keychainAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());
    QVERIFY2(
        store.unavailableReason().contains(QStringLiteral("memory")), qPrintable(store.unavailableReason()));
    QCOMPARE(errorText, store.unavailableReason());
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.at(0).at(0).toBool(), false);
}

void TestSecretStoreFallback::secretKeptInMemory()
{
    SecretStore store;
    QSignalSpy availability(&store, &SecretStore::keychainAvailabilityChanged);
    const QString k = QStringLiteral("ami/office/pbx");
    const QString secret = QStringLiteral("Grüße-秘密-🔑");

    QCOMPARE(writeSync(store, k, secret).status, SecretStore::Status::KeychainUnavailable);
    ReadResult r = readSync(store, k);
    QCOMPARE(r.status, SecretStore::Status::KeychainUnavailable);
    QCOMPARE(r.secret, secret);
    QCOMPARE(r.errorText, store.unavailableReason());

    // Overwrite, then remove: memory follows like the keychain would.
    QCOMPARE(writeSync(store, k, QStringLiteral("second")).status, SecretStore::Status::KeychainUnavailable);
    QCOMPARE(readSync(store, k).secret, QStringLiteral("second"));
    QCOMPARE(readSync(store, QStringLiteral("ldap/company")).secret, QString());
    QCOMPARE(removeSync(store, k).status, SecretStore::Status::KeychainUnavailable);
    r = readSync(store, k);
    QCOMPARE(r.status, SecretStore::Status::KeychainUnavailable);
    QVERIFY(r.secret.isEmpty());

    // Switched once, announced once.
    QCOMPARE(availability.count(), 1);
    QVERIFY(!store.keychainAvailable());
}

void TestSecretStoreFallback::memoryIsPerStoreAndProcess()
{
    // A new store (as after a restart) has nothing: memory never outlives it.
    const QString k = QStringLiteral("ami/office/pbx");
    {
        SecretStore store;
        QCOMPARE(writeSync(store, k, QStringLiteral("gone-after-quit")).status,
            SecretStore::Status::KeychainUnavailable);
        QCOMPARE(readSync(store, k).secret, QStringLiteral("gone-after-quit"));
    }
    SecretStore next;
    const ReadResult r = readSync(next, k);
    QCOMPARE(r.status, SecretStore::Status::KeychainUnavailable);
    QVERIFY(r.secret.isEmpty());
}

void TestSecretStoreFallback::secretNeverReachesAFile()
{
    const QString secret = uniqueSecret();
    SecretStore store;
    QCOMPARE(writeSync(store, QStringLiteral("ami/leak-check"), secret).status,
        SecretStore::Status::KeychainUnavailable);
    QCOMPARE(readSync(store, QStringLiteral("ami/leak-check")).secret, secret);

    QSettings settings;
    settings.setValue(QStringLiteral("ami/host"), QStringLiteral("pbx.example.org"));
    settings.sync();
    const QString root = isolatedHome().path();
    QVERIFY2(settings.fileName().startsWith(root), qPrintable(settings.fileName()));
    QVERIFY(countFiles(root) > 0);
    QCOMPARE(filesContaining(root, secret), QStringList());
    // The search itself works: the same secret planted in a file is found.
    QFile planted(root + QStringLiteral("/config/planted.conf"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(secret.toUtf8());
    planted.close();
    QCOMPARE(filesContaining(root, secret).size(), 1);
    QVERIFY(planted.remove());
}

void TestSecretStoreFallback::destroyedContextGetsNoCallback()
{
    SecretStore store;
    QCOMPARE(writeSync(store, QStringLiteral("k"), QStringLiteral("v")).status,
        SecretStore::Status::KeychainUnavailable);
    bool called = false;
    {
        QObject doomed;
        store.read(QStringLiteral("k"), &doomed,
            [&called](SecretStore::Status, const QString&, const QString&) { called = true; });
    }
    // Memory answers are queued in call order: once a later one is in, the first had its turn.
    const ReadResult later = readSync(store, QStringLiteral("k"));
    QCOMPARE(later.secret, QStringLiteral("v"));
    QVERIFY(!called);
}

void TestSecretStoreFallback::failedWriteIsAnnounced()
{
    // Whoever wrote (the settings dialog, the secret prompt), the user must
    // hear that the secret will not be there at the next start.
    SecretStore store;
    QSignalSpy failed(&store, &SecretStore::writeFailed);
    const QString k = QStringLiteral("ami/office/pbx");
    store.write(k, QStringLiteral("first"), &store, [](SecretStore::Status, const QString&) {});
    QVERIFY(failed.isEmpty()); // after write() returned, never inside it
    QVERIFY(failed.wait(CallbackTimeoutMs));
    QCOMPARE(failed.at(0).at(0).toString(), k);
    QCOMPARE(failed.at(0).at(1).value<SecretStore::Status>(), SecretStore::Status::KeychainUnavailable);
    QCOMPARE(failed.at(0).at(2).toString(), store.unavailableReason());

    // Also once the store knows there is no keychain, and with no context left.
    {
        QObject gone;
        store.write(k, QStringLiteral("second"), &gone, [](SecretStore::Status, const QString&) {});
    }
    QVERIFY(failed.wait(CallbackTimeoutMs));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(1).value<SecretStore::Status>(), SecretStore::Status::KeychainUnavailable);
    QVERIFY(!failed.at(1).at(2).toString().isEmpty());

    // Reads and removes are not writes.
    QCOMPARE(readSync(store, k).secret, QStringLiteral("second"));
    QCOMPARE(removeSync(store, k).status, SecretStore::Status::KeychainUnavailable);
    QCOMPARE(failed.size(), 2);
}

ATTENDANT_SECRETSTORE_TEST_MAIN(TestSecretStoreFallback)
#include "TestSecretStoreFallback.moc"
