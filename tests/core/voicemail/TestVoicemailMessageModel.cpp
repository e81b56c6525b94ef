// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailMessageModel.h"

#include "core/voicemail/VoicemailRoles.h"
#include "core/voicemail/VoicemailStore.h"

#include "SpoolFixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Error;
using Voicemail::Folder;

class TestVoicemailMessageModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsFolder();
    void rowsFollowOperationsWithoutReset();
    void switchingFolder();
    void formatDuration_data();
    void formatDuration();

private:
    void runAndWait(VoicemailStore::OperationId id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VoicemailStore> m_store;
    std::unique_ptr<VoicemailMessageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestVoicemailMessageModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(SpoolFixture::copyRealSpool(m_dir->path()));
    m_store = std::make_unique<VoicemailStore>();
    VoicemailSpool::Config config;
    config.root = m_dir->path();
    m_store->setConfig(config);
    m_store->setWatching(false);
    QSignalSpy scanned(m_store.get(), &VoicemailStore::scanFinished);
    m_store->rescan();
    QVERIFY(scanned.wait(10000));
    m_model = std::make_unique<VoicemailMessageModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setFolder(QStringLiteral("1001@default"), Folder::Inbox);
}

void TestVoicemailMessageModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestVoicemailMessageModel::runAndWait(VoicemailStore::OperationId id)
{
    QSignalSpy spy(m_store.get(), &VoicemailStore::operationFinished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.at(0).at(0).value<VoicemailStore::OperationId>(), id);
    QCOMPARE(spy.at(0).at(1).value<Error>(), Error::None);
}

void TestVoicemailMessageModel::showsFolder()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(VoicemailMessageModel::ColumnCount));
    const QModelIndex acme = m_model->index(1, VoicemailMessageModel::CallerNameColumn);
    QCOMPARE(acme.data().toString(), QStringLiteral("ACME Corp"));
    QCOMPARE(m_model->index(1, VoicemailMessageModel::CallerNumberColumn).data().toString(),
        QStringLiteral("+15551234567"));
    QCOMPARE(
        m_model->index(1, VoicemailMessageModel::DurationColumn).data().toString(), QStringLiteral("00:03"));
    // Date in the user's locale and local time.
    QCOMPARE(m_model->index(1, VoicemailMessageModel::DateColumn).data().toString(),
        QLocale().toString(QDateTime::fromSecsSinceEpoch(1795737648).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(acme.data(VoicemailMessageRoles::OrigTimeMs).toLongLong(), 1795737648000);
    QCOMPARE(acme.data(VoicemailMessageRoles::MsgId).toString(), QStringLiteral("1795737648-00000003"));
    QCOMPARE(acme.data(VoicemailMessageRoles::DurationSec).toInt(), 3);
    QCOMPARE(acme.data(VoicemailMessageRoles::Urgent).toBool(), false);
    QCOMPARE(acme.data(VoicemailMessageRoles::HasAudio).toBool(), true);
    QVERIFY(
        acme.data(VoicemailMessageRoles::AudioPath).toString().endsWith(QLatin1String("INBOX/msg0001.wav")));
    QCOMPARE(acme.data(VoicemailMessageRoles::Message).value<VoicemailMessage>().info.callerName(),
        QStringLiteral("ACME Corp"));
    // Sort keys sort by value, not by text.
    QCOMPARE(m_model->index(0, VoicemailMessageModel::DateColumn)
                 .data(VoicemailMessageRoles::SortKey)
                 .toLongLong(),
        1795737643);
}

void TestVoicemailMessageModel::rowsFollowOperationsWithoutReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString survivor = m_model->index(1, 0).data(VoicemailMessageRoles::Identity).toString();
    runAndWait(m_store->markHeard(m_model->message(0)));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    // The survivor was renumbered msg0001 → msg0000: same row identity, new index.
    QCOMPARE(m_model->index(0, 0).data(VoicemailMessageRoles::Identity).toString(), survivor);
    QCOMPARE(m_model->index(0, 0).data(VoicemailMessageRoles::Index).toInt(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->rowOfIdentity(survivor), 0);

    // A message arrives (MessageWaiting): appended, no reset.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(SpoolFixture::writeMessage(m_dir->path() + QStringLiteral("/default/1001/INBOX"), 1,
        QStringLiteral("1795740000-00000099"), QStringLiteral("1001")));
    m_store->handleMessageWaiting(QStringLiteral("1001@default"));
    QVERIFY(inserted.wait(10000));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, 0).data(VoicemailMessageRoles::MsgId).toString(),
        QStringLiteral("1795740000-00000099"));
    QCOMPARE(reset.size(), 0);
}

void TestVoicemailMessageModel::switchingFolder()
{
    m_model->setFolder(QStringLiteral("1001@default"), Folder::Urgent);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(VoicemailMessageRoles::Urgent).toBool(), true);
    QCOMPARE(
        m_model->index(0, VoicemailMessageModel::UrgentColumn).data(VoicemailMessageRoles::SortKey).toInt(),
        1);
    m_model->setFolder(QStringLiteral("1005@default"), Folder::Inbox);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFolder(QStringLiteral("nobody@nowhere"), Folder::Old);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestVoicemailMessageModel::formatDuration_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << -1 << QString();
    QTest::newRow("zero") << 0 << QStringLiteral("00:00");
    QTest::newRow("59 s") << 59 << QStringLiteral("00:59");
    QTest::newRow("3 min 7 s") << 187 << QStringLiteral("03:07");
    QTest::newRow("over an hour") << 3725 << QStringLiteral("62:05");
}

void TestVoicemailMessageModel::formatDuration()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    QCOMPARE(VoicemailMessageModel::formatDuration(seconds), text);
}

QTEST_GUILESS_MAIN(TestVoicemailMessageModel)
#include "TestVoicemailMessageModel.moc"
