// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiClient.h"
#include "core/operator/OperatorServers.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// Which server's CallControl an item reaches, and whether an operation can be
// used anywhere (manager.conf write classes, as the profile configures them).
class TestOperatorServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsFindTheirServer();
    void oneServerPermittingIsEnough();
    void aControlThatGoesIsForgotten();

private:
    // A control for `serverId` whose account lacks `missing` write classes.
    CallControl* control(const QString& serverId, const QStringList& missing = {});

    std::vector<std::unique_ptr<QObject>> m_owners;
};

CallControl* TestOperatorServers::control(const QString& serverId, const QStringList& missing)
{
    auto owner = std::make_unique<QObject>();
    auto* client = new AmiClient(owner.get());
    auto* state = new PbxState(serverId, owner.get());
    auto* c = new CallControl(client, state, owner.get());
    Profile p;
    p.missingWriteClasses = missing;
    c->setProfile(p);
    m_owners.push_back(std::move(owner));
    return c;
}

void TestOperatorServers::itemsFindTheirServer()
{
    OperatorServers servers;
    QVERIFY(!servers.forNumber(QString()));
    CallControl* main = control(QStringLiteral("main"));
    servers.add(QStringLiteral("main"), main);
    // One server: an item without a server id (a contact, a link) still finds it.
    QCOMPARE(servers.control(QString()), main);
    QCOMPARE(servers.forItem(QStringLiteral("unknown")), main);
    CallControl* branch = control(QStringLiteral("branch"));
    servers.add(QStringLiteral("branch"), branch);
    QCOMPARE(servers.control(QStringLiteral("branch")), branch);
    QVERIFY(!servers.control(QString()));
    QVERIFY(!servers.forItem(QStringLiteral("unknown")));
    // A number without a PBX goes to the first server configured.
    QCOMPARE(servers.forNumber(QString()), main);
    QCOMPARE(servers.all(), (QList<CallControl*> {main, branch}));
}

void TestOperatorServers::oneServerPermittingIsEnough()
{
    OperatorServers servers;
    QVERIFY(!servers.availability(CallControl::Operation::Call).connected);
    QSignalSpy changed(&servers, &OperatorServers::permissionsChanged);
    servers.add(QStringLiteral("main"), control(QStringLiteral("main"), {QStringLiteral("originate")}));
    QVERIFY(!changed.isEmpty());
    OperatorServers::Availability call = servers.availability(CallControl::Operation::Call);
    QVERIFY(call.connected);
    QCOMPARE(call.missingClass, QStringLiteral("originate"));
    QVERIFY(!call.isAvailable());
    QVERIFY(servers.availability(CallControl::Operation::Hangup).isAvailable());
    servers.add(QStringLiteral("branch"), control(QStringLiteral("branch")));
    QVERIFY(servers.availability(CallControl::Operation::Call).isAvailable());
}

void TestOperatorServers::aControlThatGoesIsForgotten()
{
    OperatorServers servers;
    servers.add(QStringLiteral("main"), control(QStringLiteral("main")));
    QSignalSpy changed(&servers, &OperatorServers::permissionsChanged);
    m_owners.clear();
    QVERIFY(servers.all().isEmpty());
    QVERIFY(!changed.isEmpty());
    QVERIFY(!servers.availability(CallControl::Operation::Call).connected);
}

QTEST_GUILESS_MAIN(TestOperatorServers)
#include "TestOperatorServers.moc"
