// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiRequest.h"

#include <QTest>

class TestAmiRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data();
    void validation();
    void sensitiveKeys();
};

void TestAmiRequest::validation_data()
{
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain originate") << QByteArray("Originate") << QByteArray("Exten")
                                     << QStringLiteral("1002") << true;
    QTest::newRow("UTF-8 caller id") << QByteArray("Originate") << QByteArray("CallerID")
                                     << QStringLiteral("\"Zoë\" <1000>") << true;
    QTest::newRow("CRLF injection in value")
        << QByteArray("Originate") << QByteArray("Exten")
        << QStringLiteral("1002\r\nAction: Command\r\nCommand: core stop now") << false;
    QTest::newRow("bare LF in value")
        << QByteArray("Redirect") << QByteArray("Exten") << QStringLiteral("1\n2") << false;
    QTest::newRow("bare CR in value")
        << QByteArray("Redirect") << QByteArray("Exten") << QStringLiteral("1\r2") << false;
    QTest::newRow("NUL in value") << QByteArray("Redirect") << QByteArray("Exten") << QString(QChar(0))
                                  << false;
    QTest::newRow("colon in key") << QByteArray("Redirect") << QByteArray("Exten: x") << QStringLiteral("1")
                                  << false;
    QTest::newRow("newline in key") << QByteArray("Redirect") << QByteArray("A\r\nB") << QStringLiteral("1")
                                    << false;
    QTest::newRow("newline in action")
        << QByteArray("Ping\r\nAction: Command") << QByteArray("X") << QStringLiteral("1") << false;
    QTest::newRow("empty action") << QByteArray() << QByteArray("X") << QStringLiteral("1") << false;
    QTest::newRow("caller sets ActionID")
        << QByteArray("Ping") << QByteArray("ActionID") << QStringLiteral("1") << false;
}

void TestAmiRequest::validation()
{
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, key);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    AmiRequest r(action);
    r.set(key, value);
    QCOMPARE(r.validationError().isEmpty(), valid);
}

void TestAmiRequest::sensitiveKeys()
{
    QVERIFY(AmiRequest::isSensitiveKey("Secret"));
    QVERIFY(AmiRequest::isSensitiveKey("key"));
    QVERIFY(!AmiRequest::isSensitiveKey("Keys"));
    QVERIFY(!AmiRequest::isSensitiveKey("Username"));
}

QTEST_GUILESS_MAIN(TestAmiRequest)
#include "TestAmiRequest.moc"
