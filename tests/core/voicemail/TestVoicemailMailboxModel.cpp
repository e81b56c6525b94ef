// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailMailboxModel.h"

#include "core/voicemail/VoicemailRoles.h"
#include "core/voicemail/VoicemailStore.h"

#include "SpoolFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Folder;

class TestVoicemailMailboxModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsPerMailbox();
    void countsFollowChanges();
    void mailboxesThePbxListsWithoutAFolder();
};

void TestVoicemailMailboxModel::countsPerMailbox()
{
    QTemporaryDir dir;
    QVERIFY(SpoolFixture::copyRealSpool(dir.path()));
    VoicemailStore store;
    VoicemailSpool::Config config;
    config.root = dir.path();
    store.setConfig(config);
    VoicemailMailboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy scanned(&store, &VoicemailStore::scanFinished);
    store.rescan();
    QVERIFY(scanned.wait(10000));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    const QModelIndex first = model.index(model.rowOf(QStringLiteral("1001@default")));
    QCOMPARE(first.data().toString(), QStringLiteral("1001"));
    QCOMPARE(first.data(VoicemailMailboxRoles::Context).toString(), QStringLiteral("default"));
    QCOMPARE(first.data(VoicemailMailboxRoles::NewCount).toInt(), 3);
    QCOMPARE(first.data(VoicemailMailboxRoles::InboxCount).toInt(), 2);
    QCOMPARE(first.data(VoicemailMailboxRoles::UrgentCount).toInt(), 1);
    QCOMPARE(first.data(VoicemailMailboxRoles::OldCount).toInt(), 2);
    QCOMPARE(first.data(VoicemailMailboxRoles::TotalCount).toInt(), 5);
    QCOMPARE(first.data(VoicemailMailboxRoles::DamagedCount).toInt(), 0);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("1005@default")))
                 .data(VoicemailMailboxRoles::TotalCount)
                 .toInt(),
        0);
    QCOMPARE(model.rowOf(QStringLiteral("9999@default")), -1);
}

void TestVoicemailMailboxModel::countsFollowChanges()
{
    QTemporaryDir dir;
    QVERIFY(SpoolFixture::copyRealSpool(dir.path()));
    VoicemailStore store;
    VoicemailSpool::Config config;
    config.root = dir.path();
    store.setConfig(config);
    VoicemailMailboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy scanned(&store, &VoicemailStore::scanFinished);
    store.rescan();
    QVERIFY(scanned.wait(10000));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy done(&store, &VoicemailStore::operationFinished);
    store.markHeard(store.messages(QStringLiteral("1002@default"), Folder::Inbox).at(0));
    QVERIFY(done.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    const QModelIndex row = model.index(model.rowOf(QStringLiteral("1002@default")));
    QCOMPARE(changed.at(0).at(0).toModelIndex(), row);
    QCOMPARE(row.data(VoicemailMailboxRoles::InboxCount).toInt(), 0);
    QCOMPARE(row.data(VoicemailMailboxRoles::OldCount).toInt(), 2);

    // A damaged message is counted as such.
    QVERIFY(
        SpoolFixture::writeFile(dir.path() + QStringLiteral("/default/1004/INBOX/msg0001.txt"), "garbage"));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(QStringLiteral("1004@default")))
                                  .data(VoicemailMailboxRoles::DamagedCount)
                                  .toInt(),
        1, 5000);

    // A new mailbox: the list is rebuilt.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/default/0999/INBOX")));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 7, 5000);
    QVERIFY(!reset.isEmpty());
    QCOMPARE(model.index(0).data(VoicemailMailboxRoles::Key).toString(), QStringLiteral("0999@default"));
}

void TestVoicemailMailboxModel::mailboxesThePbxListsWithoutAFolder()
{
    // The spool as Asterisk left it has no directory for 1000 (it never had a
    // message); VoicemailUsersList names it ("Operator"), and a mailbox 1007 in
    // another context that only the PBX knows sorts after "default".
    QTemporaryDir dir;
    QVERIFY(SpoolFixture::copyRealSpool(dir.path()));
    VoicemailStore store;
    VoicemailSpool::Config config;
    config.root = dir.path();
    store.setConfig(config);
    QSignalSpy scanned(&store, &VoicemailStore::scanFinished);
    store.rescan();
    QVERIFY(scanned.wait(10000));
    VoicemailMailboxModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.setPbxMailboxes({{QStringLiteral("1000@default"), QStringLiteral("Operator")},
        {QStringLiteral("1001@default"), QStringLiteral("Alice Example")},
        {QStringLiteral("1007@sales"), QString()}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(store.mailboxKeys(),
        QStringList({QStringLiteral("1000@default"), QStringLiteral("1001@default"),
            QStringLiteral("1002@default"), QStringLiteral("1003@default"), QStringLiteral("1004@default"),
            QStringLiteral("1005@default"), QStringLiteral("1006@default"), QStringLiteral("1007@sales")}));
    QCOMPARE(model.rowCount(), 8);
    const QModelIndex op = model.index(model.rowOf(QStringLiteral("1000@default")));
    QCOMPARE(op.data(VoicemailMailboxRoles::PbxOwner).toString(), QStringLiteral("Operator"));
    QCOMPARE(op.data(VoicemailMailboxRoles::TotalCount).toInt(), 0);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("1002@default"))).data(VoicemailMailboxRoles::PbxOwner),
        QVariant(QString()));

    // A new name is a data change, not a new list.
    store.setPbxMailboxes({{QStringLiteral("1000@default"), QStringLiteral("Reception")},
        {QStringLiteral("1001@default"), QStringLiteral("Alice Example")},
        {QStringLiteral("1007@sales"), QString()}});
    QCOMPARE(reset.size(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(op.data(VoicemailMailboxRoles::PbxOwner).toString(), QStringLiteral("Reception"));

    // 1000 gets its first message (its directory appears): same rows, no reset.
    const QString inbox = dir.path() + QStringLiteral("/default/1000/INBOX");
    QVERIFY(QDir().mkpath(inbox));
    QVERIFY(
        SpoolFixture::writeMessage(inbox, 0, QStringLiteral("1795737700-00000001"), QStringLiteral("1000")));
    QTRY_COMPARE_WITH_TIMEOUT(op.data(VoicemailMailboxRoles::NewCount).toInt(), 1, 5000);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 8);
}

QTEST_GUILESS_MAIN(TestVoicemailMailboxModel)
#include "TestVoicemailMailboxModel.moc"
