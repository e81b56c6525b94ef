// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Recording, offscreen: per server, the monitor folder (checked as
// typed), the file-name template (checked, with an example name), the
// MixMonitor options and the beep are saved to the profile file and read back;
// a bad template keeps the dialog open.
#include "core/settings/Settings.h"
#include "ui/dialogs/RecordingSettingsPage.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

class TestRecordingSettingsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaultsShown();
    void twoServersSavedAndReadBack();
    void folderStateInWords();
    void templateCheckedWithAnExample();
    void badTemplateKeepsTheDialogOpen();
    void everyWidgetNamed();

private:
    static RecordingSettingsPage* page(SettingsDialog& dialog)
    {
        auto* p = dialog.recordingPage();
        const int tab = dialog.tabs()->indexOf(p);
        dialog.tabs()->setCurrentIndex(tab);
        return dialog.tabs()->tabText(tab) == QStringLiteral("Recording") ? p : nullptr;
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    RecordingSettings saved() const
    {
        const auto profile = Settings(m_settings->fileName()).profile(QStringLiteral("Office"));
        return profile ? profile->recording : RecordingSettings();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestRecordingSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("attendant.ini")));
    Profile p;
    p.name = QStringLiteral("Office");
    ServerConfig a;
    a.id = QStringLiteral("pbx");
    a.displayName = QStringLiteral("Head office");
    a.host = QStringLiteral("pbx.example.org");
    a.username = QStringLiteral("panel");
    ServerConfig b = a;
    b.id = QStringLiteral("branch");
    b.displayName = QStringLiteral("Branch");
    p.servers = {a, b};
    m_settings->saveProfile(p);
    m_settings->setCurrentProfileName(p.name);
    m_settings->sync();
}

void TestRecordingSettingsPage::defaultsShown()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    RecordingSettingsPage* p = page(dialog);
    QVERIFY(p);
    QCOMPARE(p->serverCombo()->count(), 2);
    QCOMPARE(p->directoryEdit()->text(), QStringLiteral("/var/spool/asterisk/monitor"));
    QCOMPARE(p->templateEdit()->text(), QString::fromLatin1(RecordingFileName::DefaultTemplate));
    QCOMPARE(p->optionsEdit()->text(), QStringLiteral("b"));
    QVERIFY(!p->beepBox()->isChecked());
    QVERIFY(!p->beepSecondsEdit()->isEnabled());
    QCOMPARE(p->optionsStatus()->text(), QStringLiteral("✔ Sent as: b"));
}

void TestRecordingSettingsPage::twoServersSavedAndReadBack()
{
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        RecordingSettingsPage* p = page(dialog);
        QVERIFY(p);
        p->showServer(QStringLiteral("pbx"));
        retype(p->directoryEdit(), m_dir->path());
        retype(p->templateEdit(), QStringLiteral("{uniqueid}-{caller}.WAV"));
        p->beepBox()->setChecked(true);
        p->beepSecondsEdit()->setValue(20);
        QCOMPARE(p->optionsStatus()->text(), QStringLiteral("✔ Sent as: bB(20)"));
        p->showServer(QStringLiteral("branch"));
        QCOMPARE(p->templateEdit()->text(), QString::fromLatin1(RecordingFileName::DefaultTemplate));
        p->directoryEdit()->clear(); // no browser for the branch
        retype(p->optionsEdit(), QStringLiteral("bv(2)"));
        p->showServer(QStringLiteral("pbx")); // the first server's edits were kept
        QCOMPARE(p->templateEdit()->text(), QStringLiteral("{uniqueid}-{caller}.WAV"));
        QVERIFY(p->beepBox()->isChecked());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const RecordingSettings s = saved();
    const RecordingSettings::Server pbx = s.forServer(QStringLiteral("pbx"));
    QCOMPARE(pbx.monitorDirectory, m_dir->path());
    QCOMPARE(pbx.fileTemplate, QStringLiteral("{uniqueid}-{caller}.WAV"));
    QCOMPARE(pbx.beepSeconds, 20);
    QCOMPARE(pbx.mixMonitorOptions(), QStringLiteral("bB(20)"));
    const RecordingSettings::Server branch = s.forServer(QStringLiteral("branch"));
    QVERIFY(branch.monitorDirectory.isEmpty());
    QCOMPARE(branch.mixMonitorOptions(), QStringLiteral("bv(2)"));
    // Opened again, the page shows what was saved.
    SettingsDialog again(m_settings.get(), nullptr);
    RecordingSettingsPage* p = page(again);
    p->showServer(QStringLiteral("branch"));
    QCOMPARE(p->optionsEdit()->text(), QStringLiteral("bv(2)"));
    QVERIFY(p->directoryEdit()->text().isEmpty());
    QVERIFY(p->directoryStatus()->text().contains(QStringLiteral("No recordings panel")));
}

void TestRecordingSettingsPage::folderStateInWords()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    RecordingSettingsPage* p = page(dialog);
    retype(p->directoryEdit(), m_dir->filePath(QStringLiteral("not-mounted")));
    QVERIFY(p->directoryStatus()->text().startsWith(QStringLiteral("✘")));
    QVERIFY(p->directoryStatus()->text().contains(QStringLiteral("does not exist")));
    retype(p->directoryEdit(), m_dir->filePath(QStringLiteral("attendant.ini")));
    QVERIFY(p->directoryStatus()->text().contains(QStringLiteral("not a folder")));
    retype(p->directoryEdit(), m_dir->path());
    QVERIFY(p->directoryStatus()->text().startsWith(QStringLiteral("✔")));
}

void TestRecordingSettingsPage::templateCheckedWithAnExample()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    RecordingSettingsPage* p = page(dialog);
    QCOMPARE(p->templateStatus()->text(),
        QStringLiteral("✔ For example: 20261207-094100-1001-0612345678-1796629260.42.wav"));
    retype(p->templateEdit(), QStringLiteral("{calller}.wav"));
    QVERIFY(p->templateStatus()->text().contains(QStringLiteral("Unknown placeholder")));
    retype(p->templateEdit(), QStringLiteral("call.wav"));
    QVERIFY(p->templateStatus()->text().contains(QStringLiteral("same name")));
    retype(p->optionsEdit(), QStringLiteral("b B(5)"));
    QVERIFY(p->optionsStatus()->text().startsWith(QStringLiteral("✘")));
}

void TestRecordingSettingsPage::badTemplateKeepsTheDialogOpen()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    RecordingSettingsPage* p = page(dialog);
    retype(p->templateEdit(), QStringLiteral("{date}/{uniqueid}.wav"));
    retype(p->optionsEdit(), QStringLiteral("bv(3)"));
    // The refusal is a message box: answer it as the user would.
    QTimer::singleShot(0, &dialog, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            QTest::keyClick(box, Qt::Key_Return);
    });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Nothing of the page was saved (read() would repair the template, the options show it).
    QCOMPARE(saved().forServer(QStringLiteral("pbx")).options, QStringLiteral("b"));
    // Repaired, it saves.
    retype(p->templateEdit(), QStringLiteral("{date}-{uniqueid}.wav"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved().forServer(QStringLiteral("pbx")).options, QStringLiteral("bv(3)"));
}

void TestRecordingSettingsPage::everyWidgetNamed()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    RecordingSettingsPage* p = page(dialog);
    const auto widgets = p->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || qobject_cast<const QLabel*>(w))
            continue;
        const auto* parent = w->parentWidget();
        // Inner parts of a spin box or combo box are named by their owner.
        if (parent != p && (qobject_cast<const QSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(TestRecordingSettingsPage)
#include "TestRecordingSettingsPage.moc"
