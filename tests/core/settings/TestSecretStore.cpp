// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against a real gnome-keyring (Secret Service over D-Bus).
// Run through scripts/run-tests.sh, or by hand:
//   dbus-run-session -- scripts/with-keyring.sh build/tests/core/settings/TestSecretStore
#include "core/settings/SecretStore.h"

#include "SecretStoreTestHelpers.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace SecretStoreTest;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundtrip_data();
    void roundtrip();
    void readMissingIsNotFound();
    void removeMissing();
    void keysAreSeparate();
    void storesAreSeparatedByService();
    void secretNeverReachesAFile();
    void fileSearchFindsAPlantedSecret();
    void destroyedContextGetsNoCallback();
    void storeDestroyedWhileJobRuns();

private:
    // What an independent Secret Service client (secret-tool, libsecret) finds
    // for qtkeychain's attributes: proof the secret is in the keyring.
    QString lookupInKeyring(const QString& service, const QString& key);
    QString key(const QString& name) const { return QStringLiteral("test/") + name; }

    QString m_service;
    QStringList m_usedKeys;
};

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ATTENDANT_KEYRING_AVAILABLE")) {
        QFAIL("TestSecretStore needs a real, unlocked gnome-keyring in a private D-Bus session. Run it "
              "through scripts/run-tests.sh, or by hand: "
              "dbus-run-session -- scripts/with-keyring.sh build/tests/core/settings/TestSecretStore");
    }
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
        "secret-tool (package libsecret-tools) is needed to check the keyring independently");
    // A service name of our own per run: nothing left over from an earlier
    // run can make a check pass.
    m_service = QStringLiteral(ATTENDANT_APP_ID ".test-")
        + QString::number(QRandomGenerator::global()->generate64(), 36);
}

void TestSecretStore::cleanupTestCase()
{
    if (m_service.isEmpty())
        return;
    SecretStore store(m_service);
    for (const QString& k : std::as_const(m_usedKeys))
        removeSync(store, k);
}

QString TestSecretStore::lookupInKeyring(const QString& service, const QString& key)
{
    // qtkeychain's libsecret backend stores items of schema "org.qt.keychain"
    // with the attributes user=<key> and server=<service>.
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), service});
    if (!p.waitForFinished(20000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestSecretStore::roundtrip_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << QStringLiteral("panelpass") << QStringLiteral("panelpass2");
    QTest::newRow("utf8 latin") << QStringLiteral("Grüße-Müller-ßçñ") << QStringLiteral("Åsa Ørsted");
    QTest::newRow("utf8 cjk and emoji") << QStringLiteral("秘密パスワード🔑") << QStringLiteral("пароль✓");
    QTest::newRow("colon space and symbols")
        << QStringLiteral("a: b; c=\"d\" \\e %f") << QStringLiteral("  leading and trailing  ");
}

void TestSecretStore::roundtrip()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    SecretStore store(m_service);
    QSignalSpy availability(&store, &SecretStore::keychainAvailabilityChanged);
    QSignalSpy failed(&store, &SecretStore::writeFailed);
    const QString k = key(QString::fromLatin1(QTest::currentDataTag()));
    m_usedKeys.append(k);

    const WriteResult written = writeSync(store, k, first);
    QVERIFY(written.done);
    QCOMPARE(written.status, SecretStore::Status::Ok);
    QVERIFY2(written.errorText.isEmpty(), qPrintable(written.errorText));
    QCOMPARE(lookupInKeyring(m_service, k), first);

    ReadResult read = readSync(store, k);
    QVERIFY(read.done);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, first);

    // Overwrite: the keyring holds the new value only.
    QCOMPARE(writeSync(store, k, second).status, SecretStore::Status::Ok);
    QCOMPARE(lookupInKeyring(m_service, k), second);
    read = readSync(store, k);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, second);

    // A second store (as after a restart) reads it back from the keyring.
    SecretStore other(m_service);
    QCOMPARE(readSync(other, k).secret, second);

    const WriteResult removed = removeSync(store, k);
    QCOMPARE(removed.status, SecretStore::Status::Ok);
    QCOMPARE(lookupInKeyring(m_service, k), QString());
    read = readSync(store, k);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());

    QVERIFY(store.keychainAvailable());
    QVERIFY(store.unavailableReason().isEmpty());
    QCOMPARE(availability.count(), 0);
    QCOMPARE(failed.count(), 0); // a write the keychain took is no failure
}

void TestSecretStore::readMissingIsNotFound()
{
    SecretStore store(m_service);
    const ReadResult read = readSync(store, key(QStringLiteral("never-written")));
    QVERIFY(read.done);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(store.keychainAvailable());
}

void TestSecretStore::removeMissing()
{
    // Removing what is not there leaves the caller nothing to do: never an error.
    SecretStore store(m_service);
    const WriteResult removed = removeSync(store, key(QStringLiteral("never-written-either")));
    QVERIFY(removed.done);
    QCOMPARE(removed.status, SecretStore::Status::Ok);
    QVERIFY2(removed.errorText.isEmpty(), qPrintable(removed.errorText));
    QVERIFY(store.keychainAvailable());
}

void TestSecretStore::keysAreSeparate()
{
    SecretStore store(m_service);
    const QString ami = key(QStringLiteral("ami/office/pbx.example.org"));
    const QString ldap = key(QStringLiteral("ldap/company"));
    m_usedKeys << ami << ldap;
    QCOMPARE(writeSync(store, ami, QStringLiteral("ami-secret")).status, SecretStore::Status::Ok);
    QCOMPARE(writeSync(store, ldap, QStringLiteral("ldap-secret")).status, SecretStore::Status::Ok);
    QCOMPARE(readSync(store, ami).secret, QStringLiteral("ami-secret"));
    QCOMPARE(readSync(store, ldap).secret, QStringLiteral("ldap-secret"));
    QCOMPARE(removeSync(store, ami).status, SecretStore::Status::Ok);
    QCOMPARE(readSync(store, ami).status, SecretStore::Status::NotFound);
    QCOMPARE(readSync(store, ldap).secret, QStringLiteral("ldap-secret"));
}

void TestSecretStore::storesAreSeparatedByService()
{
    SecretStore mine(m_service);
    SecretStore foreign(m_service + QStringLiteral(".other"));
    const QString k = key(QStringLiteral("shared-name"));
    m_usedKeys << k;
    QCOMPARE(writeSync(mine, k, QStringLiteral("mine")).status, SecretStore::Status::Ok);
    QCOMPARE(readSync(foreign, k).status, SecretStore::Status::NotFound);
    QCOMPARE(readSync(mine, k).secret, QStringLiteral("mine"));
}

void TestSecretStore::secretNeverReachesAFile()
{
    const QString secret = uniqueSecret();
    const QString k = key(QStringLiteral("file-check"));
    m_usedKeys << k;
    {
        SecretStore store(m_service);
        QCOMPARE(writeSync(store, k, secret).status, SecretStore::Status::Ok);
        QCOMPARE(readSync(store, k).secret, secret);
    }
    // The app's own settings file exists in the searched tree, so a secret
    // leaking through QSettings would be found.
    QSettings settings;
    settings.setValue(QStringLiteral("ami/host"), QStringLiteral("pbx.example.org"));
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    const QString root = isolatedHome().path();
    QVERIFY2(settings.fileName().startsWith(root), qPrintable(settings.fileName()));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).startsWith(root));

    QCOMPARE(filesContaining(root, secret), QStringList());
    // The keyring has it, so it was really stored somewhere, not dropped.
    QCOMPARE(lookupInKeyring(m_service, k), secret);
}

void TestSecretStore::fileSearchFindsAPlantedSecret()
{
    // Guards the check above: the search does find a secret written to a file.
    const QString secret = uniqueSecret();
    const QString path = isolatedHome().path() + QStringLiteral("/config/planted.conf");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[x]\nvalue=" + secret.toUtf8() + '\n');
    f.close();
    QCOMPARE(filesContaining(isolatedHome().path(), secret), QStringList {path});
    QVERIFY(QFile::remove(path));
    QCOMPARE(filesContaining(isolatedHome().path(), secret), QStringList());
}

void TestSecretStore::destroyedContextGetsNoCallback()
{
    SecretStore store(m_service);
    bool calledForDestroyed = false;
    {
        QObject doomed;
        store.read(key(QStringLiteral("never-written")), &doomed,
            [&calledForDestroyed](
                SecretStore::Status, const QString&, const QString&) { calledForDestroyed = true; });
    }
    // qtkeychain runs jobs one after the other, so once a later call has
    // answered, the first one has finished too.
    const ReadResult later = readSync(store, key(QStringLiteral("never-written")));
    QVERIFY(later.done);
    QCOMPARE(later.status, SecretStore::Status::NotFound);
    QVERIFY(!calledForDestroyed);
}

void TestSecretStore::storeDestroyedWhileJobRuns()
{
    // Closing a settings dialog right after "Save" destroys its store while
    // the keyring is still working: no crash, no callback into the dead
    // store, and the secret is still saved.
    const QString k = key(QStringLiteral("outlived"));
    const QString secret = uniqueSecret();
    m_usedKeys << k;
    QObject context;
    bool called = false;
    {
        SecretStore doomed(m_service);
        doomed.write(k, secret, &context, [&called](SecretStore::Status, const QString&) { called = true; });
    }
    // qtkeychain runs jobs in order, so this read sees the finished write.
    SecretStore next(m_service);
    const ReadResult read = readSync(next, k);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, secret);
    QVERIFY(!called);
}

ATTENDANT_SECRETSTORE_TEST_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
