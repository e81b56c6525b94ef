// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/CallRecordingPanel.h"

#include "core/models/ModelRoles.h"

#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

// The Recording settings reach the place recordings start: each server's
// MixMonitor options (beep included) and its file-name template.
class TestCallRecordingPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsReachEachServer();
};

void TestCallRecordingPanel::settingsReachEachServer()
{
    CallRecordingPanel panel;
    RecordingStore mainStore;
    RecordingStore branchStore;
    RecordingControl mainControl(nullptr, &mainStore);
    RecordingControl branchControl(nullptr, &branchStore);
    panel.addServer(QStringLiteral("main"), &mainStore, &mainControl);
    panel.addServer(QStringLiteral("branch"), &branchStore, &branchControl);
    QCOMPARE(mainControl.options(), QStringLiteral("b"));

    RecordingSettings settings;
    RecordingSettings::Server main;
    main.fileTemplate = QStringLiteral("{uniqueid}-{caller}-{callee}.WAV");
    main.beepSeconds = 15;
    settings.servers.insert(QStringLiteral("main"), main);
    panel.applySettings(settings);
    QCOMPARE(mainControl.options(), QStringLiteral("bB(15)"));
    QCOMPARE(branchControl.options(), QStringLiteral("b")); // not configured: the defaults

    // A call of the main server chosen in the calls panel, recorded with that server's template.
    QStandardItemModel calls;
    auto* call = new QStandardItem(QStringLiteral("1001 → 1002"));
    call->setData(QStringLiteral("main"), CallRoles::ServerId);
    call->setData(QStringLiteral("main/1796548500.7"), CallRoles::Key);
    call->setData(QStringLiteral("PJSIP/1001-00000007"), CallRoles::CallerChannel);
    call->setData(QStringLiteral("1001"), CallRoles::CallerNumber);
    call->setData(QStringLiteral("1002"), CallRoles::CalleeNumber);
    calls.appendRow(call);
    QListView view;
    view.setModel(&calls);
    panel.setCallView(&view);
    view.setCurrentIndex(calls.index(0, 0));
    QSignalSpy shown(&panel, &CallRecordingPanel::messageShown);
    auto* record = panel.findChild<QPushButton*>(QStringLiteral("recordCall"));
    QVERIFY(record);
    QVERIFY(record->isEnabled());
    record->click();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.first().at(0).toString().contains(QStringLiteral("1796548500.7-1001-1002.WAV")),
        qPrintable(shown.first().at(0).toString()));
}

QTEST_MAIN(TestCallRecordingPanel)
#include "TestCallRecordingPanel.moc"
