// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/DndPattern.h"

#include <QTest>

using Pbx::DndPattern;

class TestDndPattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data();
    void match();
};

void TestDndPattern::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("exten");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("extenOfDevice");

    QTest::newRow("FreePBX default") << "Custom:DND%1"
                                     << "1002"
                                     << "Custom:DND1002"
                                     << "1002";
    QTest::newRow("docs placeholder {exten}") << "Custom:DND{exten}"
                                              << "1002"
                                              << "Custom:DND1002"
                                              << "1002";
    QTest::newRow("case as Asterisk may echo it") << "Custom:DND%1"
                                                  << "1002"
                                                  << "CUSTOM:dnd1002"
                                                  << "1002";
    QTest::newRow("with a suffix") << "Custom:%1-dnd"
                                   << "1001"
                                   << "Custom:1001-dnd"
                                   << "1001";
    QTest::newRow("another device") << "Custom:DND%1"
                                    << "1002"
                                    << "Custom:nightmode"
                                    << "";
    QTest::newRow("the phone itself") << "Custom:DND%1"
                                      << "1002"
                                      << "PJSIP/1002"
                                      << "";
    QTest::newRow("prefix alone") << "Custom:DND%1"
                                  << "1002"
                                  << "Custom:DND"
                                  << "";
    QTest::newRow("fixed device: no extension to feed") << "Custom:operator-dnd"
                                                        << "1000"
                                                        << "Custom:operator-dnd"
                                                        << "";
}

void TestDndPattern::match()
{
    QFETCH(QString, pattern);
    QFETCH(QString, exten);
    QFETCH(QString, device);
    QFETCH(QString, extenOfDevice);
    const DndPattern dnd(pattern);
    QCOMPARE(dnd.extenOf(device), extenOfDevice);
    if (!extenOfDevice.isEmpty())
        QCOMPARE(dnd.deviceFor(exten).compare(device, Qt::CaseInsensitive), 0);
    if (!dnd.hasPlaceholder())
        QCOMPARE(dnd.deviceFor(exten), pattern);
}

QTEST_GUILESS_MAIN(TestDndPattern)
#include "TestDndPattern.moc"
