// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/BoardGroups.h"
#include "core/settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestBoardGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAreRefused_data();
    void namesAreRefused();
    void renameMovesTheMembers();
    void removeSendsMembersBackToTheDefault();
    void orderMovesOnePlace();
    void favouritesToggle();
    void savedProfileSurvivesARestart();
    void demoBoardIsKeptApart();
    void olderProfileWithoutOrder();
    void memberGroupDifferingInCaseJoinsIt();
};

void TestBoardGroups::namesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("new") << QStringLiteral("Sales") << QStringLiteral("Sales");
    QTest::newRow("spaces tidied") << QStringLiteral("  Front   desk ") << QStringLiteral("Front desk");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("taken") << QStringLiteral("Reception") << QString();
    QTest::newRow("taken in other case") << QStringLiteral("reception") << QString();
}

void TestBoardGroups::namesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    BoardGroups b;
    QVERIFY(b.addGroup(QStringLiteral("Reception")));
    QCOMPARE(b.addGroup(name), !stored.isEmpty());
    QCOMPARE(b.groups().size(), stored.isEmpty() ? 1 : 2);
    if (!stored.isEmpty())
        QCOMPARE(b.groups().last(), stored);
}

void TestBoardGroups::renameMovesTheMembers()
{
    BoardGroups b;
    b.moveToGroup(QStringLiteral("1002"), QStringLiteral("Sales"));
    b.moveToGroup(QStringLiteral("1003"), QStringLiteral("Support"));
    QVERIFY(b.renameGroup(QStringLiteral("Sales"), QStringLiteral("Sales team")));
    QCOMPARE(b.groupOf(QStringLiteral("1002")), QStringLiteral("Sales team"));
    QCOMPARE(b.groups(), (QStringList {QStringLiteral("Sales team"), QStringLiteral("Support")}));
    QVERIFY(!b.renameGroup(QStringLiteral("Sales team"), QStringLiteral("support")));
    QVERIFY(!b.renameGroup(QStringLiteral("Nowhere"), QStringLiteral("Else")));
    // The same name in another case is a rename, not a clash with itself.
    QVERIFY(b.renameGroup(QStringLiteral("Support"), QStringLiteral("SUPPORT")));
    QCOMPARE(b.groupOf(QStringLiteral("1003")), QStringLiteral("SUPPORT"));
}

void TestBoardGroups::removeSendsMembersBackToTheDefault()
{
    BoardGroups b;
    b.moveToGroup(QStringLiteral("1002"), QStringLiteral("Sales"));
    b.moveToGroup(QStringLiteral("1004"), QStringLiteral("Sales"));
    b.moveToGroup(QStringLiteral("1003"), QStringLiteral("Support"));
    QVERIFY(b.removeGroup(QStringLiteral("Sales")));
    QCOMPARE(b.groups(), QStringList {QStringLiteral("Support")});
    QCOMPARE(b.groupOf(QStringLiteral("1002")), QString());
    QCOMPARE(b.members().size(), 1);
    b.moveToGroup(QStringLiteral("1003"), QString());
    QVERIFY(b.members().isEmpty());
    QCOMPARE(b.groups(), QStringList {QStringLiteral("Support")}); // an empty group stays
}

void TestBoardGroups::orderMovesOnePlace()
{
    BoardGroups b;
    for (const char* g : {"A", "B", "C"})
        b.addGroup(QString::fromLatin1(g));
    QVERIFY(b.moveGroup(QStringLiteral("C"), -1));
    QCOMPARE(b.groups(), (QStringList {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QVERIFY(!b.moveGroup(QStringLiteral("A"), -1));
    QVERIFY(!b.moveGroup(QStringLiteral("B"), +1));
    QVERIFY(b.moveGroup(QStringLiteral("A"), +1));
    QCOMPARE(b.groups(), (QStringList {QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
}

void TestBoardGroups::favouritesToggle()
{
    BoardGroups b;
    QVERIFY(b.setFavourite(QStringLiteral("1002"), true));
    QVERIFY(!b.setFavourite(QStringLiteral("1002"), true));
    QVERIFY(b.isFavourite(QStringLiteral("1002")));
    QVERIFY(b.setFavourite(QStringLiteral("1002"), false));
    QVERIFY(!b.isFavourite(QStringLiteral("1002")));
    QVERIFY(!b.setFavourite(QString(), true));
}

void TestBoardGroups::savedProfileSurvivesARestart()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("a.ini"));
    BoardGroups b;
    b.addGroup(QStringLiteral("Reception"));
    b.addGroup(QStringLiteral("Empty for now"));
    b.moveToGroup(QStringLiteral("1002"), QStringLiteral("Sales"));
    b.moveGroup(QStringLiteral("Sales"), -2);
    b.setFavourite(QStringLiteral("1005"), true);
    {
        Settings s(ini);
        Profile p;
        p.name = QStringLiteral("Front desk");
        s.saveProfile(p);
        // The board saves only its part: the rest of the profile stays as it was.
        s.saveBoardGroups(p.name, b);
        s.sync();
    }
    Settings again(ini);
    const auto p = again.profile(QStringLiteral("Front desk"));
    QVERIFY(p.has_value());
    QCOMPARE(p->groups, b);
    QCOMPARE(p->groups.groups(),
        (QStringList {
            QStringLiteral("Sales"), QStringLiteral("Reception"), QStringLiteral("Empty for now")}));
    QCOMPARE(p->operatorExtension, Profile().operatorExtension);
}

void TestBoardGroups::demoBoardIsKeptApart()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("demo.ini"));
    BoardGroups b;
    b.moveToGroup(QStringLiteral("1001"), QStringLiteral("Sales"));
    {
        Settings s(ini);
        s.setDemoBoardGroups(b);
    }
    Settings again(ini);
    QCOMPARE(again.demoBoardGroups(), b);
    QVERIFY(again.isFirstRun()); // the demo's board makes no profile
}

void TestBoardGroups::olderProfileWithoutOrder()
{
    // Written by hand or by an older Attendant: members only, no groupOrder.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("old.ini"));
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("favourites"), QStringList {QStringLiteral("1003")});
        raw.setValue(QStringLiteral("groups/1002"), QStringLiteral("Sales"));
        raw.setValue(QStringLiteral("groups/1004"), QStringLiteral(" Sales "));
        raw.setValue(QStringLiteral("groups/1001"), QStringLiteral("Accounts"));
    }
    QSettings raw(ini, QSettings::IniFormat);
    const BoardGroups b = BoardGroups::read(raw);
    QCOMPARE(b.groups(), (QStringList {QStringLiteral("Accounts"), QStringLiteral("Sales")}));
    QCOMPARE(b.groupOf(QStringLiteral("1004")), QStringLiteral("Sales"));
    QCOMPARE(b.favourites(), QStringList {QStringLiteral("1003")});
}

void TestBoardGroups::memberGroupDifferingInCaseJoinsIt()
{
    // fuzz/regressions/fuzz_profile_import/group-named-twice-in-two-cases: a
    // hand-edited profile ordered "sales" and put 1002 in "Sales". The import made
    // both, the next import refused the second name and the export changed.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("cases.ini"));
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("groupOrder"), QStringList {QStringLiteral("sales")});
        raw.setValue(QStringLiteral("groups/1002"), QStringLiteral("Sales"));
        raw.setValue(QStringLiteral("groups/1003"), QStringLiteral("Reception"));
    }
    QSettings raw(ini, QSettings::IniFormat);
    const BoardGroups b = BoardGroups::read(raw);
    QCOMPARE(b.groups(), (QStringList {QStringLiteral("sales"), QStringLiteral("Reception")}));
    QCOMPARE(b.groupOf(QStringLiteral("1002")), QStringLiteral("sales"));

    const QString again = dir.filePath(QStringLiteral("again.ini"));
    {
        QSettings out(again, QSettings::IniFormat);
        b.write(out);
    }
    QSettings in(again, QSettings::IniFormat);
    QCOMPARE(BoardGroups::read(in), b);

    BoardGroups moved = b;
    moved.moveToGroup(QStringLiteral("1004"), QStringLiteral("RECEPTION"));
    QCOMPARE(moved.groups(), b.groups());
    QCOMPARE(moved.groupOf(QStringLiteral("1004")), QStringLiteral("Reception"));
}

QTEST_GUILESS_MAIN(TestBoardGroups)
#include "TestBoardGroups.moc"
