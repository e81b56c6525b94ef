// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's ListCommands reply against Asterisk 22's (02-ListCommands), and
// what the project's AmiPermissions makes of it.
#include "DemoTestClient.h"
#include "DemoTestOffice.h"
#include "MockClock.h"
#include "core/pbx/AmiPermissions.h"
#include "demo/DemoPbx.h"
#include "demo/DemoSession.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace {

// "Name: synopsis  (Priv: …)" lines of a reply, in order (the envelope left out).
QList<QByteArray> actionLines(const QByteArray& block)
{
    QList<QByteArray> out;
    for (const QByteArray& line : block.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed.contains("  (Priv: "))
            out.append(trimmed);
    }
    return out;
}

QByteArray nameOf(const QByteArray& line)
{
    return line.left(line.indexOf(':')).toLower();
}

// The recorded reply to ActionID 02-ListCommands-2, as the bytes Asterisk sent.
QList<QByteArray> recordedLines()
{
    QFile f(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/02-ListCommands.recv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    const qsizetype start = all.indexOf("ActionID: 02-ListCommands-2\r\n");
    const qsizetype end = all.indexOf("\r\n\r\n", start);
    if (start < 0 || end < 0)
        return {};
    return actionLines(all.mid(start, end - start));
}

QStringList namesOf(const QList<QByteArray>& lines)
{
    QStringList out;
    for (const QByteArray& line : lines)
        out.append(QString::fromLatin1(nameOf(line)));
    return out;
}

} // namespace

class TestDemoListCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesAreAsterisks();
    void permissionsAllowEveryImplementedAction();
    void readOnlyUserGetsOnlyClasslessActions();

private:
    AmiMessage listCommands(const QString& user, const QString& secret);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
};

void TestDemoListCommands::init()
{
    m_clock = std::make_unique<MockClock>();
    m_pbx = startScriptedDemo(m_clock.get());
    QVERIFY(m_pbx);
    m_pbx->addReadOnlyUser(QStringLiteral("readonly"), QStringLiteral("readonlypass"));
}

void TestDemoListCommands::cleanup()
{
    m_pbx.reset();
    m_clock.reset();
}

AmiMessage TestDemoListCommands::listCommands(const QString& user, const QString& secret)
{
    DemoTestClient client;
    if (!client.connectTo(m_pbx->serverPort()) || !client.login(user, secret, false))
        return {};
    client.send(QByteArrayView("Action: ListCommands\r\nActionID: 02-ListCommands-2\r\n\r\n"));
    return client.nextResponse();
}

// Every line the demo sends is Asterisk's line for that action, byte for byte,
// in Asterisk's order; and every action the demo implements is listed.
void TestDemoListCommands::linesAreAsterisks()
{
    const QList<QByteArray> recorded = recordedLines();
    QVERIFY(recorded.size() > 100);
    const AmiMessage reply = listCommands(QStringLiteral("panel"), QStringLiteral("panelpass"));
    QCOMPARE(reply.response(), QByteArrayView("Success"));
    QCOMPARE(reply.keyAt(1), QByteArrayView("ActionID"));
    const QList<QByteArray> lines = actionLines(reply.raw());
    QCOMPARE(lines.size(), reply.size() - 2); // Response, ActionID, then only action lines
    QList<QByteArray> expected;
    for (const QByteArray& line : recorded) {
        if (namesOf(lines).contains(QString::fromLatin1(nameOf(line))))
            expected.append(line);
    }
    QCOMPARE(lines, expected);
    QStringList listed = namesOf(lines);
    listed.sort();
    QCOMPARE(listed, DemoSession::implementedActions());
}

void TestDemoListCommands::permissionsAllowEveryImplementedAction()
{
    AmiPermissions permissions;
    permissions.setListing(listCommands(QStringLiteral("panel"), QStringLiteral("panelpass")));
    QVERIFY(permissions.isKnown());
    for (const QString& action : DemoSession::implementedActions())
        QVERIFY2(permissions.isPermitted(action.toLatin1()), qPrintable(action));
    QVERIFY(!permissions.isPermitted("Command")); // not implemented, so not listed
}

// readonly has write=none (05-permission-denied-readonly): like manager.c, only
// the actions that need no class, and each of them then runs.
void TestDemoListCommands::readOnlyUserGetsOnlyClasslessActions()
{
    const AmiMessage reply = listCommands(QStringLiteral("readonly"), QStringLiteral("readonlypass"));
    QCOMPARE(reply.response(), QByteArrayView("Success"));
    const QList<QByteArray> lines = actionLines(reply.raw());
    QStringList classless;
    for (const QByteArray& line : recordedLines()) {
        if (line.endsWith("(Priv: <none>)")
            && DemoSession::implementedActions().contains(QString::fromLatin1(nameOf(line))))
            classless.append(QString::fromLatin1(nameOf(line)));
    }
    QCOMPARE(namesOf(lines), classless);
    AmiPermissions permissions;
    permissions.setListing(reply);
    QVERIFY(permissions.isPermitted("QueueStatus"));
    QVERIFY(!permissions.isPermitted("Originate"));

    DemoTestClient client;
    QVERIFY(client.connectTo(m_pbx->serverPort()));
    QVERIFY(client.login(QStringLiteral("readonly"), QStringLiteral("readonlypass"), false));
    for (const QString& action : namesOf(lines)) {
        if (action == QLatin1String("login") || action == QLatin1String("logoff"))
            continue;
        client.send(QByteArray("Action: ").append(action.toLatin1()).append("\r\nAuthType: MD5\r\n\r\n"));
        QVERIFY2(client.nextResponse().message() != QLatin1String("Permission denied"), qPrintable(action));
    }
}

QTEST_GUILESS_MAIN(TestDemoListCommands)
#include "TestDemoListCommands.moc"
