// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/DeskPhone.h"

#include <QTest>

class TestDeskPhone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phoneDevice_data();
    void phoneDevice();
};

void TestDeskPhone::phoneDevice_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("device");
    // Hints as the recordings have them (02-ExtensionStateList, 10-presence-state).
    QTest::newRow("plain") << QStringLiteral("PJSIP/1004") << QStringLiteral("PJSIP/1004");
    QTest::newRow("with presence") << QStringLiteral("PJSIP/1001,CustomPresence:1001")
                                   << QStringLiteral("PJSIP/1001");
    QTest::newRow("dnd first") << QStringLiteral("Custom:DND1002&PJSIP/1002") << QStringLiteral("PJSIP/1002");
    QTest::newRow("parking space") << QStringLiteral("park:701@parkedcalls") << QString();
    QTest::newRow("custom state") << QStringLiteral("Custom:nightmode") << QString();
    QTest::newRow("chan_sip") << QStringLiteral("SIP/reception") << QStringLiteral("SIP/reception");
    QTest::newRow("local channel") << QStringLiteral("Local/1000@phones") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestDeskPhone::phoneDevice()
{
    QFETCH(QString, hint);
    QFETCH(QString, device);
    QCOMPARE(DeskPhone::phoneDevice(hint), device);
}

QTEST_GUILESS_MAIN(TestDeskPhone)
#include "TestDeskPhone.moc"
