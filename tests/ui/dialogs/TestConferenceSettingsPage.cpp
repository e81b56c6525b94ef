// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Conferences, offscreen: per server, the rooms for three-way
// calls, checked as typed (the rooms they give, or what is wrong), saved with
// the server in the profile file and read back; a list that cannot be used
// keeps the dialog open and says why.
#include "core/settings/Settings.h"
#include "ui/dialogs/ConferenceSettingsPage.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestConferenceSettingsPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaultsShown();
    void twoServersSavedAndReadBack();
    void checkedAsTyped_data();
    void checkedAsTyped();
    void badRoomsKeepTheDialogOpen();
    void everyWidgetNamed();

private:
    static ConferenceSettingsPage* page(SettingsDialog& dialog)
    {
        auto* p = dialog.conferencePage();
        const int tab = dialog.tabs()->indexOf(p);
        dialog.tabs()->setCurrentIndex(tab);
        return dialog.tabs()->tabText(tab) == QStringLiteral("Conferences") ? p : nullptr;
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    QString savedRooms(const QString& server) const
    {
        const auto profile = Settings(m_settings->fileName()).profile(QStringLiteral("Office"));
        const ServerConfig* s = profile ? profile->server(server) : nullptr;
        return s ? s->conferenceRooms : QStringLiteral("(no server)");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestConferenceSettingsPage::init()
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
    b.conferenceRooms = QStringLiteral("700");
    p.servers = {a, b};
    m_settings->saveProfile(p);
    m_settings->setCurrentProfileName(p.name);
    m_settings->sync();
}

void TestConferenceSettingsPage::defaultsShown()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    ConferenceSettingsPage* p = page(dialog);
    QVERIFY(p);
    QCOMPARE(p->serverCombo()->count(), 2);
    p->showServer(QStringLiteral("pbx"));
    QCOMPARE(p->roomsEdit()->text(), QStringLiteral("8510-8519"));
    QCOMPARE(p->roomsStatus()->text(), QStringLiteral("✔ 10 rooms: 8510 … 8519"));
    p->showServer(QStringLiteral("branch"));
    QCOMPARE(p->roomsEdit()->text(), QStringLiteral("700"));
    QCOMPARE(p->roomsStatus()->text(), QStringLiteral("✔ 1 room: 700"));
}

void TestConferenceSettingsPage::twoServersSavedAndReadBack()
{
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        ConferenceSettingsPage* p = page(dialog);
        QVERIFY(p);
        p->showServer(QStringLiteral("pbx"));
        retype(p->roomsEdit(), QStringLiteral("8600-8603, 8700"));
        QCOMPARE(p->roomsStatus()->text(), QStringLiteral("✔ 5 rooms: 8600 … 8700"));
        p->showServer(QStringLiteral("branch"));
        p->roomsEdit()->clear(); // no three-way calls at the branch
        QVERIFY(p->roomsStatus()->text().startsWith(QStringLiteral("− No three-way calls")));
        p->showServer(QStringLiteral("pbx")); // the first server's edit was kept
        QCOMPARE(p->roomsEdit()->text(), QStringLiteral("8600-8603, 8700"));
        // Going to the Servers tab and back keeps it too.
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(page(dialog));
        QCOMPARE(p->roomsEdit()->text(), QStringLiteral("8600-8603, 8700"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(savedRooms(QStringLiteral("pbx")), QStringLiteral("8600-8603, 8700"));
    QCOMPARE(savedRooms(QStringLiteral("branch")), QString());
    // Opened again, the page shows what was saved.
    SettingsDialog again(m_settings.get(), nullptr);
    ConferenceSettingsPage* p = page(again);
    p->showServer(QStringLiteral("pbx"));
    QCOMPARE(p->roomsEdit()->text(), QStringLiteral("8600-8603, 8700"));
}

void TestConferenceSettingsPage::checkedAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("status");
    QTest::newRow("two rooms") << QStringLiteral("8510,8512") << QStringLiteral("✔ 2 rooms: 8510, 8512");
    QTest::newRow("a letter") << QStringLiteral("8510, 85x1")
                              << QStringLiteral("✘ “85x1” is not a room extension: use digits, commas and "
                                                "ranges such as 8510-8519.");
    QTest::newRow("backwards")
        << QStringLiteral("8519-8510")
        << QStringLiteral("✘ The range “8519-8510” runs backwards: write the lower extension first.");
    QTest::newRow("unequal widths") << QStringLiteral(
        "851-8519") << QStringLiteral("✘ The range “851-8519” mixes extensions of different lengths.");
    QTest::newRow("too many") << QStringLiteral("10000-20000")
                              << QStringLiteral("✘ Too many rooms (at most 1000).");
}

void TestConferenceSettingsPage::checkedAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, status);
    SettingsDialog dialog(m_settings.get(), nullptr);
    ConferenceSettingsPage* p = page(dialog);
    retype(p->roomsEdit(), typed);
    QCOMPARE(p->roomsStatus()->text(), status);
}

void TestConferenceSettingsPage::badRoomsKeepTheDialogOpen()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    ConferenceSettingsPage* p = page(dialog);
    p->showServer(QStringLiteral("pbx"));
    retype(p->roomsEdit(), QStringLiteral("8519-8510"));
    // The refusal is a message box: read it and answer it as the user would.
    QString said;
    QTimer::singleShot(0, &dialog, [&said] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        }
    });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(said,
        QStringLiteral("Conferences on “Head office”: The range “8519-8510” runs backwards: write the lower "
                       "extension first."));
    QCOMPARE(savedRooms(QStringLiteral("pbx")), QStringLiteral("8510-8519"));
    retype(p->roomsEdit(), QStringLiteral("8510-8519"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConferenceSettingsPage::everyWidgetNamed()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    ConferenceSettingsPage* p = page(dialog);
    const auto widgets = p->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || qobject_cast<const QLabel*>(w))
            continue;
        if (w->parentWidget() != p && qobject_cast<const QComboBox*>(w->parentWidget()))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(!p->roomsStatus()->accessibleName().isEmpty());
}

QTEST_MAIN(TestConferenceSettingsPage)
#include "TestConferenceSettingsPage.moc"
