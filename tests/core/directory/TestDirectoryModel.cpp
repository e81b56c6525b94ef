// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryModel.h"

#include "core/directory/FileDirectory.h"
#include "core/directory/PresenceSource.h"
#include "core/pbx/ExtensionState.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Presence as the application will feed it from PbxState: a table of states.
class TablePresence final : public PresenceSource
{
public:
    int presenceState(const QString& extension) const override
    {
        return int(m_states.value(extension, Pbx::ExtensionState::Unknown));
    }
    void set(const QString& extension, Pbx::ExtensionState state)
    {
        m_states.insert(extension, state);
        Q_EMIT presenceChanged(extension);
    }

private:
    QHash<QString, Pbx::ExtensionState> m_states;
};

} // namespace

class TestDirectoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void columnsAndRoles();
    void queryFilters();
    void twoSourcesMerge();
    void presence();
    void dragCarriesNumber();
    void sourceDestroyed();

private:
    FileDirectory* makeSource(const QString& name, const QByteArray& csv);

    QTemporaryDir* m_dir = nullptr;
    DirectoryModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestDirectoryModel::init()
{
    m_dir = new QTemporaryDir;
    m_model = new DirectoryModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDirectoryModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_dir;
}

FileDirectory* TestDirectoryModel::makeSource(const QString& name, const QByteArray& csv)
{
    QFile f(m_dir->filePath(name + QLatin1String(".csv")));
    if (!f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write(csv);
    f.close();
    auto* source = new FileDirectory(name, f.fileName(), FileDirectory::Format::Auto, m_model);
    m_model->addSource(source);
    QSignalSpy loaded(source, &DirectorySource::contactsLoaded);
    source->start(); // read on the source's worker thread
    if (!loaded.wait(5000))
        return nullptr;
    return source;
}

static const QByteArray staff = "Name,Extension,Mobile,Department,Mail,UID\n"
                                "Jürgen Müller,1001,+49 170 1,Vertrieb,jm@example.com,jmueller\n"
                                "Ana Sánchez,1002,,Ventas,ana@example.com,asanchez\n"
                                "Front Desk,,+49 30 999,,,\n";

void TestDirectoryModel::columnsAndRoles()
{
    QVERIFY(makeSource(QStringLiteral("staff"), staff));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(DirectoryModel::ColumnCount));
    QCOMPARE(
        m_model->headerData(DirectoryModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    // Sorted by name.
    QCOMPARE(m_model->index(0, DirectoryModel::NameColumn).data().toString(), QStringLiteral("Ana Sánchez"));
    const QModelIndex juergen = m_model->index(2, DirectoryModel::NameColumn);
    QCOMPARE(juergen.data().toString(), QStringLiteral("Jürgen Müller"));
    QCOMPARE(m_model->index(2, DirectoryModel::ExtensionColumn).data().toString(), QStringLiteral("1001"));
    QCOMPARE(
        m_model->index(2, DirectoryModel::DepartmentColumn).data().toString(), QStringLiteral("Vertrieb"));
    QCOMPARE(
        m_model->index(2, DirectoryModel::MailColumn).data().toString(), QStringLiteral("jm@example.com"));
    QCOMPARE(juergen.data(DirectoryRoles::Numbers).toStringList(),
        (QStringList {QStringLiteral("1001"), QStringLiteral("+49 170 1")}));
    QCOMPARE(juergen.data(DirectoryRoles::NumberKinds).toList(),
        (QVariantList {int(PhoneNumber::Kind::Extension), int(PhoneNumber::Kind::Mobile)}));
    QCOMPARE(juergen.data(DirectoryRoles::Uid).toString(), QStringLiteral("jmueller"));
    QCOMPARE(juergen.data(DirectoryRoles::SourceId).toString(), QStringLiteral("staff"));
    // No extension: the extension column shows what would be dialled.
    const QModelIndex desk = m_model->index(1, DirectoryModel::ExtensionColumn);
    QCOMPARE(desk.data().toString(), QStringLiteral("+49 30 999"));
    QCOMPARE(desk.data(DirectoryRoles::Extension).toString(), QString());
    QCOMPARE(desk.data(DirectoryRoles::PrimaryNumber).toString(), QStringLiteral("+49 30 999"));
}

void TestDirectoryModel::queryFilters()
{
    QVERIFY(makeSource(QStringLiteral("staff"), staff));
    QSignalSpy queryChanged(m_model, &DirectoryModel::queryChanged);
    m_model->setQuery(QStringLiteral("mull"));
    QCOMPARE(queryChanged.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->contactAt(0).uid, QStringLiteral("jmueller"));
    QCOMPARE(m_model->index(0, 0).data(DirectoryRoles::MatchRank).toInt(), int(DirectoryIndex::Rank::Prefix));
    m_model->setQuery(QStringLiteral("1002"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(DirectoryRoles::MatchRank).toInt(), int(DirectoryIndex::Rank::Exact));
    m_model->setQuery(QStringLiteral("nobody"));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 3);
    m_model->setQuery(QString());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestDirectoryModel::twoSourcesMerge()
{
    QVERIFY(makeSource(QStringLiteral("staff"), staff));
    QSignalSpy changed(m_model, &DirectoryModel::contactsChanged);
    QVERIFY(makeSource(
        QStringLiteral("extra"), "Name,Phone,UID\nJ. Müller,+49 30 1001,JMUELLER\nNew Person,1234,\n"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    m_model->setQuery(QStringLiteral("jmueller"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(DirectoryRoles::Numbers).toStringList(),
        (QStringList {QStringLiteral("1001"), QStringLiteral("+49 170 1"), QStringLiteral("+49 30 1001")}));
}

void TestDirectoryModel::presence()
{
    QVERIFY(makeSource(QStringLiteral("staff"), staff));
    const QModelIndex juergen = m_model->index(2, DirectoryModel::PresenceColumn);
    QCOMPARE(juergen.data(DirectoryRoles::PresenceState).toInt(), int(Pbx::ExtensionState::Unknown));

    TablePresence presence;
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setPresenceSource(&presence);
    QCOMPARE(changed.size(), 1); // everything may have changed
    changed.clear();
    presence.set(QStringLiteral("1001"), Pbx::ExtensionState::Ringing);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(DirectoryModel::PresenceColumn));
    QCOMPARE(juergen.data(DirectoryRoles::PresenceState).toInt(), int(Pbx::ExtensionState::Ringing));

    // Filtered out: no signal for a row that is not shown.
    m_model->setQuery(QStringLiteral("ana"));
    changed.clear();
    presence.set(QStringLiteral("1001"), Pbx::ExtensionState::Idle);
    QCOMPARE(changed.size(), 0);
    presence.set(QStringLiteral("1002"), Pbx::ExtensionState::Busy);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        m_model->index(0, 0).data(DirectoryRoles::PresenceState).toInt(), int(Pbx::ExtensionState::Busy));
}

void TestDirectoryModel::dragCarriesNumber()
{
    QVERIFY(makeSource(QStringLiteral("staff"), staff));
    QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->mimeTypes().contains(DirectoryModel::numberMimeType()));
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(2, 1)}));
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("1001"));
    QCOMPARE(mime->data(DirectoryModel::numberMimeType()), QByteArray("1001"));
}

void TestDirectoryModel::sourceDestroyed()
{
    FileDirectory* source = makeSource(QStringLiteral("staff"), staff);
    QVERIFY(source);
    QCOMPARE(m_model->rowCount(), 3);
    delete source;
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestDirectoryModel)
#include "TestDirectoryModel.moc"
