// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Availability, offscreen: editing the statuses, the permissions and
// a server's preset is saved to the profile file and read back, and the status
// menu offers the new list as soon as the saved settings are applied.
#include "core/models/ModelRoles.h"
#include "core/settings/Settings.h"
#include "ui/dialogs/AvailabilitySettingsPage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/presence/AvailabilityActions.h"
#include "ui/presence/AvailabilityMenu.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Status = PresenceNote::Status;

QStringList menuTexts(QMenu* menu)
{
    QStringList texts;
    for (const QAction* a : menu->actions())
        texts.append(a->text());
    return texts;
}

} // namespace

class TestAvailabilitySettingsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void builtInListShownAndKeptBuiltIn();
    void editedListAndPermissionsSavedAndReadBack();
    void statusMenuOffersTheSavedList();
    void unsendableStatusSaysWhy();
    void forwardFamilyAndPollSavedAndReadBack();
    void everyWidgetNamed();

private:
    // The page of a dialog on the saved profile.
    static AvailabilitySettingsPage* page(SettingsDialog& dialog)
    {
        auto* p = dialog.availabilityPage();
        const int tab = dialog.tabs()->indexOf(p);
        dialog.tabs()->setCurrentIndex(tab);
        return dialog.tabs()->tabText(tab) == QStringLiteral("Availability") ? p : nullptr;
    }
    static void typeNote(AvailabilitySettingsPage* p, const QString& text)
    {
        p->noteEdit()->selectAll();
        QTest::keyClicks(p->noteEdit(), text);
    }
    AvailabilitySettings saved() const
    {
        const auto profile = Settings(m_settings->fileName()).profile(QStringLiteral("Office"));
        return profile ? profile->availability : AvailabilitySettings();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestAvailabilitySettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("attendant.ini")));
    Profile p;
    p.name = QStringLiteral("Office");
    ServerConfig s;
    s.id = QStringLiteral("pbx");
    s.displayName = QStringLiteral("Head office");
    s.host = QStringLiteral("pbx.example.org");
    s.username = QStringLiteral("panel");
    p.servers = {s};
    m_settings->saveProfile(p);
    m_settings->setCurrentProfileName(p.name);
    m_settings->sync();
}

void TestAvailabilitySettingsPage::builtInListShownAndKeptBuiltIn()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    AvailabilitySettingsPage* p = page(dialog);
    QVERIFY(p);
    QCOMPARE(p->statusList()->count(), 4);
    QVERIFY(p->statusList()->item(0)->text().contains(QStringLiteral("Lunch")));
    QVERIFY(p->statusList()->item(0)->text().contains(QStringLiteral("Away")));
    QVERIFY(p->statusList()->item(3)->text().contains(QStringLiteral("Out of office")));
    QCOMPARE(
        p->presetCombo(QStringLiteral("pbx"))->currentData().toInt(), int(AvailabilityPreset::Kind::FreePbx));
    QCOMPARE(
        p->presetCombo(QStringLiteral("pbx"))->accessibleName(), QStringLiteral("Preset of Head office"));
    // Shown, the server's row can be seen (it was laid out but hidden once).
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(p->presetCombo(QStringLiteral("pbx"))->isVisible());
    dialog.accept();
    // Untouched, the list stays the built-in one (it follows the desk's language).
    QVERIFY(saved().statuses.isEmpty());
    QCOMPARE(saved().othersDnd, true);
}

void TestAvailabilitySettingsPage::editedListAndPermissionsSavedAndReadBack()
{
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        AvailabilitySettingsPage* p = page(dialog);
        QVERIFY(p);
        // Rename Lunch, make Meeting "do not disturb", remove Holiday, add Training at the top.
        p->statusList()->setCurrentRow(0);
        typeNote(p, QStringLiteral("Long lunch"));
        p->statusList()->setCurrentRow(1);
        QCOMPARE(p->noteEdit()->text(), QStringLiteral("Meeting"));
        p->stateCombo()->setFocus();
        QTest::keyClick(p->stateCombo(), Qt::Key_Down); // Away → Extended away
        QTest::keyClick(p->stateCombo(), Qt::Key_Down); // → Do not disturb
        p->statusList()->setCurrentRow(2);
        QTest::mouseClick(p->removeButton(), Qt::LeftButton);
        QCOMPARE(p->statusList()->count(), 3);
        QTest::mouseClick(p->addButton(), Qt::LeftButton);
        typeNote(p, QStringLiteral("Training, room 2"));
        QCOMPARE(p->statusList()->currentRow(), 3);
        QVERIFY(!p->downButton()->isEnabled());
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(p->upButton(), Qt::LeftButton);
        QCOMPARE(p->statusList()->currentRow(), 0);
        QVERIFY(!p->upButton()->isEnabled());
        // Permissions and the preset.
        p->othersDndBox()->setChecked(false);
        p->switchesBox()->setChecked(false);
        QComboBox* preset = p->presetCombo(QStringLiteral("pbx"));
        preset->setCurrentIndex(preset->findData(int(AvailabilityPreset::Kind::PlainAsterisk)));
        dialog.accept();
    }
    const AvailabilitySettings a = saved();
    const QList<AvailabilitySettings::Status> expected {{Status::Away, QStringLiteral("Training, room 2")},
        {Status::Away, QStringLiteral("Long lunch")}, {Status::DoNotDisturb, QStringLiteral("Meeting")},
        {Status::Unavailable, QStringLiteral("Out of office")}};
    QCOMPARE(a.statuses, expected);
    QVERIFY(a.othersPresence);
    QVERIFY(!a.othersDnd);
    QVERIFY(a.othersForwarding);
    QVERIFY(!a.switches);
    QCOMPARE(a.presets.value(QStringLiteral("pbx")), AvailabilityPreset::Kind::PlainAsterisk);
    // Read back into a new dialog.
    SettingsDialog again(m_settings.get(), nullptr);
    AvailabilitySettingsPage* p = page(again);
    QCOMPARE(p->statusList()->count(), 4);
    p->statusList()->setCurrentRow(2);
    QCOMPARE(p->noteEdit()->text(), QStringLiteral("Meeting"));
    QCOMPARE(p->stateCombo()->currentData().value<Status>(), Status::DoNotDisturb);
    QVERIFY(!p->othersDndBox()->isChecked());
    QVERIFY(p->othersForwardingBox()->isChecked());
    QCOMPARE(p->presetCombo(QStringLiteral("pbx"))->currentData().toInt(),
        int(AvailabilityPreset::Kind::PlainAsterisk));
}

void TestAvailabilitySettingsPage::statusMenuOffersTheSavedList()
{
    // The desk runs with the built-in list.
    AvailabilityActions actions(AvailabilitySettings(), QStringLiteral("1001"));
    AvailabilityMenu availability(&actions, nullptr);
    QStandardItemModel tiles;
    auto* tile = new QStandardItem;
    tile->setData(QStringLiteral("1002"), ExtensionRoles::Number);
    tiles.appendRow(tile);
    QMenu before;
    availability.populateStatus(&before, tiles.index(0, 0));
    QVERIFY(menuTexts(&before).filter(QStringLiteral("Holiday")).size() == 1);
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        AvailabilitySettingsPage* p = page(dialog);
        p->statusList()->setCurrentRow(2); // Holiday
        QTest::mouseClick(p->removeButton(), Qt::LeftButton);
        QTest::mouseClick(p->addButton(), Qt::LeftButton);
        typeNote(p, QStringLiteral("Dentist"));
        dialog.accept();
    }
    // What Application::openSettings does with the saved profile.
    actions.setSettings(saved());
    QMenu after;
    availability.populateStatus(&after, tiles.index(0, 0));
    const QStringList texts = menuTexts(&after);
    QVERIFY2(texts.filter(QStringLiteral("Dentist")).size() == 1, qPrintable(texts.join(u'|')));
    QVERIFY2(texts.filter(QStringLiteral("Holiday")).isEmpty(), qPrintable(texts.join(u'|')));
    QVERIFY(texts.indexOf(QRegularExpression(QStringLiteral(".*Dentist")))
        > texts.indexOf(QRegularExpression(QStringLiteral(".*Meeting"))));
}

// A status whose text the PBX would misread is not silently dropped on Save:
// the list marks it "not offered" and the page says why, before Save.
void TestAvailabilitySettingsPage::unsendableStatusSaysWhy()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    AvailabilitySettingsPage* p = page(dialog);
    QVERIFY(p);
    QVERIFY(p->problemLabel()->isHidden());
    QTest::mouseClick(p->addButton(), Qt::LeftButton);
    p->noteEdit()->selectAll();
    p->noteEdit()->insert(QStringLiteral("Lunch\tthen gym"));
    QCOMPARE(p->noteEdit()->text(), QStringLiteral("Lunch\tthen gym"));
    QVERIFY(!p->problemLabel()->isHidden());
    QVERIFY2(p->problemLabel()->text().contains(QStringLiteral("control characters")),
        qPrintable(p->problemLabel()->text()));
    const QListWidgetItem* item = p->statusList()->currentItem();
    QVERIFY2(item->text().contains(QStringLiteral("not offered")), qPrintable(item->text()));
    QVERIFY(item->toolTip().contains(QStringLiteral("control characters")));
    // An empty text says so too; a good text clears the warning.
    p->noteEdit()->selectAll();
    p->noteEdit()->del();
    QVERIFY2(p->problemLabel()->text().contains(QStringLiteral("without text")),
        qPrintable(p->problemLabel()->text()));
    typeNote(p, QStringLiteral("Gym"));
    QVERIFY(p->problemLabel()->isHidden());
    QVERIFY(!p->statusList()->currentItem()->text().contains(QStringLiteral("not offered")));
    // Switching rows shows the selected row's own state.
    p->noteEdit()->selectAll();
    p->noteEdit()->insert(QStringLiteral("a\rb"));
    p->statusList()->setCurrentRow(0);
    QVERIFY(p->problemLabel()->isHidden());
    p->statusList()->setCurrentRow(1);
    QVERIFY(!p->problemLabel()->isHidden());
    dialog.accept();
    // The bad one is not offered, so what is offered is the built-in list again.
    QVERIFY(saved().statuses.isEmpty());
}

void TestAvailabilitySettingsPage::forwardFamilyAndPollSavedAndReadBack()
{
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        AvailabilitySettingsPage* p = page(dialog);
        QVERIFY(p);
        QCOMPARE(p->pollSpin()->value(), AvailabilitySettings::ForwardingPollSeconds);
        QVERIFY(p->forwardFamilyEdit()->text().isEmpty());
        // A family is a path element of the AstDB: no '/' or spaces get in.
        QTest::keyClicks(p->forwardFamilyEdit(), QStringLiteral("FWD/x y"));
        QCOMPARE(p->forwardFamilyEdit()->text(), QStringLiteral("FWDxy"));
        p->pollSpin()->setValue(0);
        QVERIFY(p->pollSpin()->text().contains(QStringLiteral("only at login")));
        p->pollSpin()->setValue(300);
        dialog.accept();
    }
    QCOMPARE(saved().alwaysFamily, QStringLiteral("FWDxy"));
    QCOMPARE(saved().pollSeconds, 300);
    QCOMPARE(saved().preset(QStringLiteral("pbx"), QString()).alwaysFamily, QStringLiteral("FWDxy"));
    SettingsDialog again(m_settings.get(), nullptr);
    AvailabilitySettingsPage* p = page(again);
    QCOMPARE(p->forwardFamilyEdit()->text(), QStringLiteral("FWDxy"));
    QCOMPARE(p->pollSpin()->value(), 300);
}

void TestAvailabilitySettingsPage::everyWidgetNamed()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    AvailabilitySettingsPage* p = page(dialog);
    QVERIFY(p);
    for (const QWidget* w : p->findChildren<QWidget*>()) {
        if (qobject_cast<const QSpinBox*>(w->parentWidget()))
            continue; // the spin box's own editor: the screen reader meets the spin box
        if (qobject_cast<const QCheckBox*>(w) || qobject_cast<const QComboBox*>(w)
            || qobject_cast<const QLineEdit*>(w) || qobject_cast<const QListWidget*>(w)
            || qobject_cast<const QPushButton*>(w) || qobject_cast<const QSpinBox*>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

QTEST_MAIN(TestAvailabilitySettingsPage)
#include "TestAvailabilitySettingsPage.moc"
