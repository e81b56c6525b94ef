// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DialUrl.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDialUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void hasDialScheme_data();
    void hasDialScheme();
    void errorTextForEveryError();
};

void TestDialUrl::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DialUrl::Scheme>("scheme");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("phoneContext");

    using S = DialUrl::Scheme;
    QTest::newRow("tel global with dashes")
        << u"tel:+1-555-123"_s << S::Tel << u"+1555123"_s << QString() << QString();
    QTest::newRow("tel local with phone-context") << u"tel:1001;phone-context=pbx.example.com"_s << S::Tel
                                                  << u"1001"_s << QString() << u"pbx.example.com"_s;
    QTest::newRow("tel phone-context global prefix")
        << u"tel:7042;phone-context=+1-914-555"_s << S::Tel << u"7042"_s << QString() << u"+1-914-555"_s;
    QTest::newRow("tel ext parameter ignored")
        << u"tel:+44-20-7946-0000;ext=22"_s << S::Tel << u"+442079460000"_s << QString() << QString();
    QTest::newRow("tel all visual separators")
        << u"tel:+49 (30) 1234.56-78"_s << S::Tel << u"+493012345678"_s << QString() << QString();
    QTest::newRow("tel percent-encoded spaces")
        << u"tel:+33%201%2023%2045%2067%2089"_s << S::Tel << u"+33123456789"_s << QString() << QString();
    QTest::newRow("tel encoded plus")
        << u"tel:%2B34911234567"_s << S::Tel << u"+34911234567"_s << QString() << QString();
    QTest::newRow("tel with slashes (web pages)")
        << u"tel://0301234567"_s << S::Tel << u"0301234567"_s << QString() << QString();
    QTest::newRow("tel feature code") << u"tel:*97"_s << S::Tel << u"*97"_s << QString() << QString();
    QTest::newRow("tel star and hash")
        << u"tel:*72#1001"_s << S::Tel << u"*72#1001"_s << QString() << QString();
    QTest::newRow("scheme is case-insensitive")
        << u"TEL:+1-555-0100"_s << S::Tel << u"+15550100"_s << QString() << QString();
    QTest::newRow("surrounding spaces trimmed")
        << u"  tel:1002  "_s << S::Tel << u"1002"_s << QString() << QString();
    QTest::newRow("non-breaking space separator")
        << u"tel:+44\u00a020\u00a07946"_s << S::Tel << u"+44207946"_s << QString() << QString();
    QTest::newRow("sip extension at pbx")
        << u"sip:1001@pbx.example.com"_s << S::Sip << u"1001"_s << u"pbx.example.com"_s << QString();
    QTest::newRow("sip host lowercased, port dropped")
        << u"sip:1001@PBX.Example.COM:5060"_s << S::Sip << u"1001"_s << u"pbx.example.com"_s << QString();
    QTest::newRow("sip uri parameters and headers")
        << u"sip:+1-212-555-1212@gw.example.com;user=phone?subject=hi"_s << S::Sip << u"+12125551212"_s
        << u"gw.example.com"_s << QString();
    QTest::newRow("sip password never kept")
        << u"sip:1002:secret@10.0.0.5"_s << S::Sip << u"1002"_s << u"10.0.0.5"_s << QString();
    QTest::newRow("sip IPv6 host with port")
        << u"sip:1003@[2001:db8::1]:5061"_s << S::Sip << u"1003"_s << u"[2001:db8::1]"_s << QString();
    QTest::newRow("sip telephone-subscriber user parameters")
        << u"sip:+1-555-1234;isub=12@example.com"_s << S::Sip << u"+15551234"_s << u"example.com"_s
        << QString();
    QTest::newRow("sips") << u"sips:2001@secure.example.org"_s << S::Sips << u"2001"_s
                          << u"secure.example.org"_s << QString();
    QTest::newRow("callto number") << u"callto:+15551234567"_s << S::Callto << u"+15551234567"_s << QString()
                                   << QString();
    QTest::newRow("callto with slashes and spaces")
        << u"callto://+49 30 123456"_s << S::Callto << u"+4930123456"_s << QString() << QString();
    QTest::newRow("callto query ignored")
        << u"callto:0123456789?call"_s << S::Callto << u"0123456789"_s << QString() << QString();
    QTest::newRow("32 digits") << u"tel:12345678901234567890123456789012"_s << S::Tel
                               << u"12345678901234567890123456789012"_s << QString() << QString();
}

void TestDialUrl::accepted()
{
    QFETCH(QString, text);
    QFETCH(DialUrl::Scheme, scheme);
    QFETCH(QString, number);
    QFETCH(QString, host);
    QFETCH(QString, phoneContext);

    const DialUrl url = DialUrl::parse(text);
    QCOMPARE(url.error(), DialUrl::Error::None);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), scheme);
    QCOMPARE(url.number(), number);
    QCOMPARE(url.host(), host);
    QCOMPARE(url.phoneContext(), phoneContext);
}

void TestDialUrl::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DialUrl::Error>("error");

    using E = DialUrl::Error;
    QTest::newRow("empty") << QString() << E::Empty;
    QTest::newRow("only spaces") << u"   "_s << E::Empty;
    QTest::newRow("http link") << u"https://example.com/"_s << E::UnsupportedScheme;
    QTest::newRow("no scheme") << u"+1 555 123"_s << E::UnsupportedScheme;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << E::UnsupportedScheme;
    QTest::newRow("CRLF raw") << u"tel:1001\r\nAction: Command"_s << E::ControlCharacter;
    QTest::newRow("trailing LF is not trimmed away") << u"tel:1001\n"_s << E::ControlCharacter;
    QTest::newRow("CR percent-encoded") << u"tel:1001%0D%0AAction:%20Command"_s << E::ControlCharacter;
    QTest::newRow("LF encoded in phone-context") << u"tel:1001;phone-context=a%0Ab"_s << E::ControlCharacter;
    QTest::newRow("NUL encoded") << u"tel:10%0001"_s << E::ControlCharacter;
    QTest::newRow("tab raw") << u"tel:10\t01"_s << E::ControlCharacter;
    QTest::newRow("bidi override") << u"tel:+1\u202e555"_s << E::ControlCharacter;
    QTest::newRow("line separator") << u"sip:1001@pbx\u2028x"_s << E::ControlCharacter;
    QTest::newRow("letters in tel") << u"tel:1-800-FLOWERS"_s << E::InvalidNumber;
    QTest::newRow("DTMF letters") << u"tel:123A"_s << E::InvalidNumber;
    QTest::newRow("pause character") << u"tel:1001p123"_s << E::InvalidNumber;
    QTest::newRow("plus in the middle") << u"tel:12+34"_s << E::InvalidNumber;
    QTest::newRow("only a plus") << u"tel:+"_s << E::InvalidNumber;
    QTest::newRow("arabic-indic digits") << u"tel:\u0661\u0662\u0663"_s << E::InvalidNumber;
    QTest::newRow("fullwidth digits") << u"tel:\uff11\uff12"_s << E::InvalidNumber;
    QTest::newRow("sip name instead of number") << u"sip:alice@example.com"_s << E::InvalidNumber;
    QTest::newRow("encoded semicolon stays in the number")
        << u"tel:1001%3Bphone-context=x"_s << E::InvalidNumber;
    QTest::newRow("callto skype name") << u"callto:some.user"_s << E::InvalidNumber;
    QTest::newRow("tel without number") << u"tel:"_s << E::MissingNumber;
    QTest::newRow("tel only separators") << u"tel:--()"_s << E::MissingNumber;
    QTest::newRow("sip without user") << u"sip:pbx.example.com"_s << E::MissingNumber;
    QTest::newRow("sip empty user") << u"sip:@pbx.example.com"_s << E::MissingNumber;
    QTest::newRow("sip empty host") << u"sip:1001@"_s << E::InvalidHost;
    QTest::newRow("sip host with space") << u"sip:1001@pbx example.com"_s << E::InvalidHost;
    QTest::newRow("sip host with slash") << u"sip:1001@pbx/evil"_s << E::InvalidHost;
    QTest::newRow("sip bad port") << u"sip:1001@pbx:99999"_s << E::InvalidHost;
    QTest::newRow("sip empty port") << u"sip:1001@pbx:"_s << E::InvalidHost;
    QTest::newRow("sip unterminated IPv6") << u"sip:1001@[2001:db8::1"_s << E::InvalidHost;
    QTest::newRow("bad escape") << u"tel:10%G1"_s << E::BadPercentEncoding;
    QTest::newRow("truncated escape") << u"tel:1001%2"_s << E::BadPercentEncoding;
    QTest::newRow("invalid UTF-8 escape") << u"tel:%FF1001"_s << E::BadPercentEncoding;
    QTest::newRow("33 digits") << u"tel:123456789012345678901234567890123"_s << E::TooLong;
    QTest::newRow("huge link") << (u"tel:1"_s + QString(DialUrl::MaximumLength, u'-')) << E::TooLong;
}

void TestDialUrl::refused()
{
    QFETCH(QString, text);
    QFETCH(DialUrl::Error, error);

    const DialUrl url = DialUrl::parse(text);
    QCOMPARE(url.error(), error);
    QVERIFY(!url.isValid());
    QVERIFY(url.number().isEmpty());
    QVERIFY(url.host().isEmpty());
}

void TestDialUrl::hasDialScheme_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("tel") << u"tel:1001"_s << true;
    QTest::newRow("SIP upper case") << u"SIP:1001@pbx"_s << true;
    QTest::newRow("sips") << u"sips:1001@pbx"_s << true;
    QTest::newRow("callto") << u"callto:1001"_s << true;
    QTest::newRow("leading space") << u" tel:1"_s << true;
    QTest::newRow("option") << u"--profile"_s << false;
    QTest::newRow("profile name") << u"Front desk"_s << false;
    QTest::newRow("telnet") << u"telnet:host"_s << false;
    QTest::newRow("sipx") << u"sipx:1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDialUrl::hasDialScheme()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(DialUrl::hasDialScheme(text), expected);
}

void TestDialUrl::errorTextForEveryError()
{
    QVERIFY(DialUrl::errorText(DialUrl::Error::None).isEmpty());
    const QMetaEnum errors = QMetaEnum::fromType<DialUrl::Error>();
    QStringList texts;
    for (int i = 0; i < errors.keyCount(); ++i) {
        const auto error = DialUrl::Error(errors.value(i));
        if (error == DialUrl::Error::None)
            continue;
        const QString text = DialUrl::errorText(error);
        QVERIFY2(!text.isEmpty(), errors.key(i));
        QVERIFY2(!texts.contains(text), errors.key(i));
        texts.append(text);
    }
}

QTEST_GUILESS_MAIN(TestDialUrl)
#include "TestDialUrl.moc"
