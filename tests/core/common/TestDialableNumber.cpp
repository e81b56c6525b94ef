// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule for numbers the operator did not type (caller IDs, directory
// entries, voicemail "callerid", links), and the escaping of a refused field.
#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"

#include <QTest>

using Error = DialableNumber::Error;

class TestDialableNumber final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void refusalEscapesControlCharacters_data();
    void refusalEscapesControlCharacters();
    void longFieldIsCut();
};

void TestDialableNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("number");

    QTest::newRow("extension") << QStringLiteral("1001") << Error::None << QStringLiteral("1001");
    QTest::newRow("feature code") << QStringLiteral("*97") << Error::None << QStringLiteral("*97");
    QTest::newRow("hash") << QStringLiteral("#123*") << Error::None << QStringLiteral("#123*");
    QTest::newRow("international with separators")
        << QStringLiteral("+1 (555) 123-45.67") << Error::None << QStringLiteral("+15551234567");
    QTest::newRow("German slash") << QStringLiteral("089/123 456") << Error::None
                                  << QStringLiteral("089123456");
    QTest::newRow("no-break space") << QStringLiteral("0612\u00a0345") << Error::None
                                    << QStringLiteral("0612345");
    QTest::newRow("voicemail callerid with ampersand")
        << QStringLiteral("1234&PJSIP/evil@trunk") << Error::InvalidCharacter << QString();
    QTest::newRow("comma (Dial options)")
        << QStringLiteral("1234,,r") << Error::InvalidCharacter << QString();
    QTest::newRow("dialplan variable") << QStringLiteral("${EXTEN}") << Error::InvalidCharacter << QString();
    QTest::newRow("letters") << QStringLiteral("call me") << Error::InvalidCharacter << QString();
    QTest::newRow("CR LF") << QStringLiteral("1234\r\nAction: Command") << Error::InvalidCharacter
                           << QString();
    QTest::newRow("tab") << QStringLiteral("12\t34") << Error::InvalidCharacter << QString();
    QTest::newRow("plus inside") << QStringLiteral("12+34") << Error::InvalidCharacter << QString();
    QTest::newRow("two pluses") << QStringLiteral("++34") << Error::InvalidCharacter << QString();
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0661\u0662\u0663") << Error::InvalidCharacter << QString();
    QTest::newRow("bidi override") << QStringLiteral("\u202e1001") << Error::InvalidCharacter << QString();
    QTest::newRow("DTMF letter") << QStringLiteral("123A") << Error::InvalidCharacter << QString();
    QTest::newRow("empty") << QString() << Error::Empty << QString();
    QTest::newRow("only separators") << QStringLiteral(" - ") << Error::Empty << QString();
    QTest::newRow("plus alone") << QStringLiteral("+") << Error::NoDigits << QString();
    QTest::newRow("32 digits") << QString(32, u'1') << Error::None << QString(32, u'1');
    QTest::newRow("33 digits") << QString(33, u'1') << Error::TooLong << QString();
}

void TestDialableNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(Error, error);
    QFETCH(QString, number);
    const DialableNumber n = DialableNumber::parse(text);
    QCOMPARE(n.error(), error);
    QCOMPARE(n.isValid(), error == Error::None);
    QCOMPARE(n.number(), number);
    QCOMPARE(DialableNumber::errorText(error).isEmpty(), error == Error::None);
}

void TestDialableNumber::refusalEscapesControlCharacters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("shown");
    QTest::newRow("CR LF") << QStringLiteral("1\r\nAction: Command")
                           << QStringLiteral("1\\r\\nAction: Command");
    QTest::newRow("NUL and tab") << QString::fromUtf16(u"1\0002\t3", 5) << QStringLiteral("1\\02\\t3");
    QTest::newRow("bidi override") << QStringLiteral("\u202e1001") << QStringLiteral("\\u202E1001");
    QTest::newRow("line separator") << QStringLiteral("1\u20282") << QStringLiteral("1\\u20282");
    QTest::newRow("plain") << QStringLiteral("1234&PJSIP/evil@trunk")
                           << QStringLiteral("1234&PJSIP/evil@trunk");
}

void TestDialableNumber::refusalEscapesControlCharacters()
{
    QFETCH(QString, field);
    QFETCH(QString, shown);
    QCOMPARE(escapedForDisplay(field), shown);
    const QString message = DialableNumber::refusal(field, DialableNumber::parse(field).error());
    QVERIFY2(message.contains(shown), qPrintable(message));
    for (QChar c : message)
        QVERIFY2(
            c.category() != QChar::Other_Control && c.category() != QChar::Other_Format, qPrintable(message));
}

void TestDialableNumber::longFieldIsCut()
{
    const QString shown = escapedForDisplay(QString(500, u'7'), 80);
    QCOMPARE(shown.size(), 81);
    QVERIFY(shown.endsWith(u'…'));
}

QTEST_GUILESS_MAIN(TestDialableNumber)
#include "TestDialableNumber.moc"
