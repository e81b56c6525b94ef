// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets at rest: a whole session with a real AMI secret (typed at the
// prompt, kept in the keychain or, with none, in memory only, sent in a plaintext login so that the wire
// carries "Secret:"), a call that reaches the history, the AMI traffic logged
// at debug level into a file, then the desk closed. Every file the desk wrote
// (settings, window state, history database, caches, the log) is read back:
// the secret is in none of them, in any encoding; the log shows the login with
// the value replaced.
#include "ApplicationRig.h"

#include "Application.h"
#include "HistoryDesk.h"
#include "core/history/CallHistory.h"
#include "core/settings/SecretStore.h"
#include "demo/DemoPbx.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StatusMessage.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileView.h"

#include <QAbstractItemModel>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QUrl>

namespace {

const QString Secret = QStringLiteral("Zq7-desk-Secret-4412");
QFile* g_log = nullptr;

void logToFile(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (g_log)
        g_log->write(
            (QString::fromLatin1(context.category ? context.category : "default") + u' ' + message + u'\n')
                .toUtf8());
}

// The forms a leaked secret could take in a file.
QList<QByteArray> leakForms()
{
    const QByteArray utf8 = Secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char*>(Secret.utf16()), Secret.size() * 2);
    return {utf8, utf16, utf8.toBase64(), utf8.toHex(), QUrl::toPercentEncoding(Secret)};
}

} // namespace

class TestSecretsAtRest : public ApplicationRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void noFileTheDeskWroteHoldsTheSecret();

private:
    // Where the desk writes (XDG data, cache, config, state) goes into the test's folder.
    void keepWritesInside();
    void runSession(DemoPbx& pbx, const QString& ini);
    QStringList filesWritten() const;
    // Under scripts/with-keyring.sh, unless ctest took the D-Bus session away.
    static bool keychainExpected()
    {
        return qEnvironmentVariableIsSet("ATTENDANT_KEYRING_AVAILABLE")
            && !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("/nonexistent/"));
    }

    QString m_said; // the status bar at the end of the session
};

void TestSecretsAtRest::keepWritesInside()
{
    // Under scripts/with-keyring.sh XDG_DATA_HOME is already a throw-away folder, and the keychain
    // session needs it as it is; the history's folder in it is scanned too (see filesWritten()).
    QList<const char*> variables = {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"};
    if (!keychainExpected())
        variables.append("XDG_DATA_HOME");
    for (const char* variable : variables) {
        const QString path = m_dir->filePath(QString::fromLatin1(variable).toLower());
        QVERIFY(QDir().mkpath(path));
        qputenv(variable, QFile::encodeName(path));
    }
}

void TestSecretsAtRest::runSession(DemoPbx& pbx, const QString& ini)
{
    QTimer poll;
    answerDialogs(poll, Secret, [](SettingsDialog*) {});
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    CallHistory* history = app.historyDesk()->history();
    // Logged in with the typed secret: the demo office's extensions are on the board.
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->board()->view()->model()->rowCount() > 0, 15000);
    // A caller rings the operator's phone and gives up: a missed call in the history database.
    const QString call = pbx.startExternalCall(
        QStringLiteral("+4930555123"), QStringLiteral("ACME"), QStringLiteral("1000"));
    QVERIFY(!call.isEmpty());
    QTest::qWait(300);
    QVERIFY(pbx.hangup(call, true));
    QTRY_VERIFY_WITH_TIMEOUT(history->unseenMissed() > 0, 15000);
    if (!keychainExpected())
        QTRY_VERIFY(app.window()->statusMessage()->text().contains(QLatin1String("keychain")));
    m_said = app.window()->statusMessage()->text();
}

QStringList TestSecretsAtRest::filesWritten() const
{
    QStringList files;
    const QString historyFolder
        = QFileInfo(CallHistory::defaultPath(QStringLiteral("Office"))).absolutePath();
    for (const QString& root : {m_dir->path(), historyFolder}) {
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!files.contains(file))
                files.append(file);
        }
    }
    return files;
}

void TestSecretsAtRest::noFileTheDeskWroteHoldsTheSecret()
{
    const bool noBus
        = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("/nonexistent/"));
    if (!noBus && !qEnvironmentVariableIsSet("ATTENDANT_KEYRING_AVAILABLE")) {
        QFAIL("TestSecretsAtRest needs the throw-away gnome-keyring of scripts/with-keyring.sh (it must not "
              "write into your own keychain): run it through scripts/run-tests.sh or ctest inside "
              "dbus-run-session -- scripts/with-keyring.sh");
    }
    keepWritesInside();
    DemoPbx pbx;
    pbx.setEventRate(0);
    pbx.setCredentials(QStringLiteral("panel"), Secret);
    QVERIFY2(pbx.start(), qPrintable(pbx.errorString()));
    ServerConfig server;
    server.id = QStringLiteral("demo");
    server.host = QStringLiteral("127.0.0.1");
    server.port = pbx.serverPort();
    server.username = QStringLiteral("panel");
    server.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    const QString ini = writeProfile(QString(), {server});

    QFile log(m_dir->filePath(QStringLiteral("attendant.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    g_log = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("attendant.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(logToFile);
    runSession(pbx, ini);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_log = nullptr;
    log.close();
    QVERIFY(!QTest::currentTestFailed());

    const QStringList files = filesWritten();
    // What was written is really there: the settings, the history database, the log with the login.
    QVERIFY2(files.contains(ini), qPrintable(files.join(u'\n')));
    QVERIFY2(
        files.contains(CallHistory::defaultPath(QStringLiteral("Office"))), qPrintable(files.join(u'\n')));
    QFile logBack(log.fileName());
    QVERIFY(logBack.open(QIODevice::ReadOnly));
    const QByteArray logged = logBack.readAll();
    QVERIFY2(logged.contains("Action: Login") && logged.contains("Secret: ********"),
        logged.left(2000).constData());

    for (const QString& path : files) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        for (const QByteArray& form : leakForms())
            QVERIFY2(!bytes.contains(form), qPrintable(path + QLatin1String(" holds the secret as ") + form));
    }

    // With a keychain the secret is kept there; without one (ctest TestSecretsAtRestNoKeychain: no
    // D-Bus session) the desk said so and kept it in memory only: a new store finds nothing.
    SecretStore store(QStringLiteral(ATTENDANT_APP_ID));
    QString kept;
    SecretStore::Status status = SecretStore::Status::Error;
    QEventLoop wait;
    store.read(server.secretKey(QStringLiteral("Office")), this,
        [&](SecretStore::Status s, const QString& secret, const QString&) {
            status = s;
            kept = secret;
            wait.quit();
        });
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    wait.exec();
    if (keychainExpected()) {
        QCOMPARE(status, SecretStore::Status::Ok);
        QCOMPARE(kept, Secret);
    } else {
        QCOMPARE(status, SecretStore::Status::KeychainUnavailable);
        QVERIFY(kept.isEmpty());
        QVERIFY2(m_said.contains(QLatin1String("ask for it again")), qPrintable(m_said));
    }
}

QTEST_MAIN(TestSecretsAtRest)
#include "TestSecretsAtRest.moc"
