// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/pbx/Hint.h"

#include <QTest>

using Pbx::Hint;

Q_DECLARE_METATYPE(Hint::Kind)

class TestHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void everyRecordedHintGivesAUsableDevice_data();
    void everyRecordedHintGivesAUsableDevice();
};

void TestHint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("devices");
    QTest::addColumn<QString>("presence");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<Hint::Kind>("kind");

    using K = Hint::Kind;
    const QString p1004 = QStringLiteral("PJSIP/1004");
    QTest::newRow("plain phone (recordings 01-07)")
        << "PJSIP/1004" << QStringList {p1004} << QString() << p1004 << K::Phone;
    QTest::newRow("phone with presence (docs/admin.md, recordings 08-13)")
        << "PJSIP/1004,CustomPresence:1004" << QStringList {p1004} << "CustomPresence:1004" << p1004
        << K::Phone;
    QTest::newRow("phone and DND device with presence")
        << "PJSIP/1001&Custom:DND1001,CustomPresence:1001"
        << QStringList {QStringLiteral("PJSIP/1001"), QStringLiteral("Custom:DND1001")}
        << "CustomPresence:1001"
        << "PJSIP/1001" << K::Phone;
    QTest::newRow("DND device first, phone second")
        << "Custom:DND1001&PJSIP/1001"
        << QStringList {QStringLiteral("Custom:DND1001"), QStringLiteral("PJSIP/1001")} << QString()
        << "PJSIP/1001" << K::Phone;
    QTest::newRow("two phones, spaces around")
        << " SIP/1001 & PJSIP/1001 " << QStringList {QStringLiteral("SIP/1001"), QStringLiteral("PJSIP/1001")}
        << QString() << "SIP/1001" << K::Phone;
    QTest::newRow("FreePBX DND toggle *761002")
        << "Custom:DND1002" << QStringList {QStringLiteral("Custom:DND1002")} << QString() << QString()
        << K::Custom;
    QTest::newRow("night mode 9001") << "Custom:nightmode" << QStringList {QStringLiteral("Custom:nightmode")}
                                     << QString() << QString() << K::Custom;
    QTest::newRow("parking space") << "park:701@parkedcalls"
                                   << QStringList {QStringLiteral("park:701@parkedcalls")} << QString()
                                   << QString() << K::Parking;
    QTest::newRow("queue pause state with a slash inside")
        << "Queue:support_pause_PJSIP/1002" << QStringList {QStringLiteral("Queue:support_pause_PJSIP/1002")}
        << QString() << QString() << K::Other;
    QTest::newRow("presence only") << ",CustomPresence:1005" << QStringList() << "CustomPresence:1005"
                                   << QString() << K::None;
    QTest::newRow("empty (repeated states after a restart)")
        << "" << QStringList() << QString() << QString() << K::None;
}

void TestHint::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, devices);
    QFETCH(QString, presence);
    QFETCH(QString, phone);
    QFETCH(Hint::Kind, kind);
    const Hint hint(text);
    QCOMPARE(hint.text(), text.trimmed());
    QCOMPARE(hint.devices(), devices);
    QCOMPARE(hint.presenceProvider(), presence);
    QCOMPARE(hint.phoneDevice(), phone);
    QCOMPARE(hint.kind(), kind);
}

void TestHint::everyRecordedHintGivesAUsableDevice_data()
{
    QTest::addColumn<QString>("text");
    for (const char* name : {"02-ExtensionStateList", "10-presence-state"}) {
        const QList<AmiMessage> messages = Transcript::load(QLatin1String(name));
        for (const AmiMessage& m : messages) {
            if (m.isEvent() && m.eventName() == "ExtensionStatus" && m.contains("Hint"))
                QTest::addRow("%s %s", name, qPrintable(m.value("Exten"))) << m.value("Hint");
        }
    }
}

void TestHint::everyRecordedHintGivesAUsableDevice()
{
    QFETCH(QString, text);
    const Hint hint(text);
    const QString phone = hint.phoneDevice();
    if (hint.kind() == Hint::Kind::Phone) {
        QVERIFY(phone.startsWith(QLatin1String("PJSIP/")));
        // What Originate/ChanSpy/Redirect get must be a device, nothing more.
        QVERIFY2(!phone.contains(QLatin1Char(',')) && !phone.contains(QLatin1Char('&')), qPrintable(phone));
    } else {
        QVERIFY(phone.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHint)
#include "TestHint.moc"
