// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiEvents.h"

#include "core/conference/ConferenceRooms.h"
#include "core/conference/ConferenceStore.h"

#include <QTest>

// The rooms a server offers for three-way calls, as configured, and the first free one.
class TestConferenceRooms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void firstFreeSkipsRunningRooms();
    void check_data();
    void check();
};

void TestConferenceRooms::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rooms");
    QTest::newRow("the default range") << QStringLiteral(
        "8510-8512") << QStringList {QStringLiteral("8510"), QStringLiteral("8511"), QStringLiteral("8512")};
    QTest::newRow("list and range, spaces")
        << QStringLiteral(" 8600 , 8510 - 8511")
        << QStringList {QStringLiteral("8600"), QStringLiteral("8510"), QStringLiteral("8511")};
    QTest::newRow("leading zeros kept")
        << QStringLiteral("0850-0851") << QStringList {QStringLiteral("0850"), QStringLiteral("0851")};
    QTest::newRow("no digits, backwards, line breaks: nothing")
        << QStringLiteral("abc, 8519-8510, 85\n00") << QStringList();
    QTest::newRow("duplicates once") << QStringLiteral("8510,8510-8511")
                                     << QStringList {QStringLiteral("8510"), QStringLiteral("8511")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestConferenceRooms::parse()
{
    QFETCH(QString, text);
    QTEST(ConferenceRooms::parse(text), "rooms");
}

void TestConferenceRooms::firstFreeSkipsRunningRooms()
{
    ConferenceStore store;
    const QStringList rooms = ConferenceRooms::parse(QStringLiteral("8510-8511"));
    QCOMPARE(ConferenceRooms::firstFree(rooms, &store), QStringLiteral("8510"));
    store.apply(makeEvent("ConfbridgeStart", {{"Conference", QStringLiteral("8510")}}));
    QCOMPARE(ConferenceRooms::firstFree(rooms, &store), QStringLiteral("8511"));
    store.apply(makeEvent("ConfbridgeStart", {{"Conference", QStringLiteral("8511")}}));
    QCOMPARE(ConferenceRooms::firstFree(rooms, &store), QString());
}

void TestConferenceRooms::check_data()
{
    using P = ConferenceRooms::Problem;
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("count");
    QTest::newRow("the default range") << QStringLiteral("8510-8519") << int(P::None) << QString() << 10;
    QTest::newRow("list and range, duplicates counted once")
        << QStringLiteral(" 8600, 8510 - 8511 ,8510") << int(P::None) << QString() << 3;
    QTest::newRow("empty: no three-way calls") << QStringLiteral(" ") << int(P::None) << QString() << 0;
    QTest::newRow("a letter") << QStringLiteral("8510, 85a0") << int(P::NotANumber) << QStringLiteral("85a0")
                              << 0;
    QTest::newRow("half a range") << QStringLiteral("8510-") << int(P::NotANumber) << QStringLiteral("8510-")
                                  << 0;
    QTest::newRow("a line break") << QStringLiteral("85\n00") << int(P::NotANumber)
                                  << QStringLiteral("85\n00") << 0;
    QTest::newRow("backwards") << QStringLiteral("8519-8510") << int(P::Backwards)
                               << QStringLiteral("8519-8510") << 0;
    QTest::newRow("unequal widths") << QStringLiteral("851-8519") << int(P::UnequalWidths)
                                    << QStringLiteral("851-8519") << 0;
    QTest::newRow("too many") << QStringLiteral("10000-19999") << int(P::TooMany)
                              << QStringLiteral("10000-19999") << 0;
    QTest::newRow("a thousand is fine") << QStringLiteral("8000-8999") << int(P::None) << QString() << 1000;
}

void TestConferenceRooms::check()
{
    QFETCH(QString, text);
    const ConferenceRooms::Check c = ConferenceRooms::check(text);
    QTEST(int(c.problem), "problem");
    QTEST(c.part, "part");
    QTEST(int(c.count), "count");
}

QTEST_GUILESS_MAIN(TestConferenceRooms)
#include "TestConferenceRooms.moc"
