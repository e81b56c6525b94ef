// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlHandler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestUrlHandler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linksBecomeDialRequests_data();
    void linksBecomeDialRequests();
    void refusalShowsTheLinkOnOneLine();
};

void TestUrlHandler::linksBecomeDialRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("dialled");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QStringList>("others");

    QTest::newRow("no arguments") << QStringList() << QStringList() << QStringList() << QStringList();
    QTest::newRow("one tel link") << QStringList {u"tel:+1-555-123"_s} << QStringList {u"+1555123"_s}
                                  << QStringList() << QStringList();
    QTest::newRow("links in order, others kept")
        << QStringList {u"sip:1001@pbx.example.com"_s, u"notes.txt"_s, u"callto:0301234"_s}
        << QStringList {u"1001"_s, u"0301234"_s} << QStringList() << QStringList {u"notes.txt"_s};
    QTest::newRow("bad link refused, good one still dialled")
        << QStringList {u"tel:1-800-FLOWERS"_s, u"tel:1002"_s} << QStringList {u"1002"_s}
        << QStringList {u"tel:1-800-FLOWERS"_s} << QStringList();
    QTest::newRow("injection attempt refused")
        << QStringList {u"tel:1001%0D%0AAction:%20Command"_s} << QStringList()
        << QStringList {u"tel:1001%0D%0AAction:%20Command"_s} << QStringList();
    QTest::newRow("web link is not ours") << QStringList {u"https://example.com"_s} << QStringList()
                                          << QStringList() << QStringList {u"https://example.com"_s};
}

void TestUrlHandler::linksBecomeDialRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, dialled);
    QFETCH(QStringList, refused);
    QFETCH(QStringList, others);

    UrlHandler handler;
    QSignalSpy requests(&handler, &UrlHandler::dialRequested);
    QSignalSpy refusals(&handler, &UrlHandler::dialRefused);
    QCOMPARE(handler.handleArguments(arguments), others);

    QStringList numbers;
    for (const QList<QVariant>& request : std::as_const(requests))
        numbers.append(request.first().value<DialUrl>().number());
    QCOMPARE(numbers, dialled);
    QStringList links;
    for (const QList<QVariant>& refusal : std::as_const(refusals)) {
        links.append(refusal.first().toString());
        QVERIFY(refusal.at(1).value<DialUrl::Error>() != DialUrl::Error::None);
    }
    QCOMPARE(links, refused);
}

void TestUrlHandler::refusalShowsTheLinkOnOneLine()
{
    // A launch argument can hold any byte: the status bar gets one line.
    const QString link = QStringLiteral("tel:1002\nAction: Hangup\u202E");
    const DialUrl url = DialUrl::parse(link);
    QVERIFY(!url.isValid());
    const QString text = UrlHandler::refusal(link, url.error());
    QVERIFY2(
        text.startsWith(QLatin1String("Not dialled: tel:1002\\nAction: Hangup\\u202E (")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')) && !text.contains(QChar(0x202E)));
}

QTEST_GUILESS_MAIN(TestUrlHandler)
#include "TestUrlHandler.moc"
