// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceFixture.h"
#include "demo/DemoWorld.h"
#include "ui/presence/AvailabilityMenu.h"
#include "ui/presence/PresenceDialog.h"
#include "ui/tiles/TileText.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

// The status menu of a tile and PresenceDialog against the demo PBX: what the
// operator picks reaches Asterisk's presence state (PRESENCE_STATE, base64)
// and comes back on the tile in words.
class TestAvailabilityMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void predefinedStatusFromTheMenu();
    void customStatusWithNoteAndReturnTime();
    void availableClearsTheNote();
    void noteWithLineBreakIsRefused_data();
    void noteWithLineBreakIsRefused();
    void othersGreyedOutWithTheReason();
    void dialogWidgetsHaveNames();

private:
    QAction* findAction(QMenu* menu, const QString& text) const
    {
        for (QAction* a : menu->actions()) {
            if (a->text().contains(text))
                return a;
            if (a->menu())
                if (QAction* inner = findAction(a->menu(), text))
                    return inner;
        }
        return nullptr;
    }
    QString demoMessage(const QString& number) const
    {
        return m_desk->pbx->world()->presence().value(number).message;
    }

    std::unique_ptr<PresenceFixture> m_desk;
    std::unique_ptr<AvailabilityMenu> m_menu;
};

void TestAvailabilityMenu::init()
{
    m_desk = std::make_unique<PresenceFixture>();
    QVERIFY(m_desk->start());
    m_menu = std::make_unique<AvailabilityMenu>(m_desk->actions.get(), nullptr);
}

void TestAvailabilityMenu::cleanup()
{
    m_menu.reset();
    m_desk.reset();
}

void TestAvailabilityMenu::predefinedStatusFromTheMenu()
{
    QSignalSpy messages(m_desk->actions.get(), &AvailabilityActions::messageShown);
    QMenu menu;
    m_menu->populate(&menu, m_desk->tile(QStringLiteral("1002")));
    QAction* lunch = findAction(&menu, QStringLiteral("Lunch"));
    QVERIFY(lunch);
    QVERIFY(lunch->isEnabled());
    lunch->trigger();
    // The PBX has it, and the tile says it.
    QTRY_COMPARE(
        m_desk->pbx->world()->presence().value(QStringLiteral("1002")).state, QStringLiteral("away"));
    QCOMPARE(demoMessage(QStringLiteral("1002")), QStringLiteral("Lunch"));
    QTRY_COMPARE(TileText::presence(m_desk->tile(QStringLiteral("1002"))), QStringLiteral("Away: Lunch"));
    QVERIFY(
        TileText::accessible(m_desk->tile(QStringLiteral("1002"))).contains(QStringLiteral("Away: Lunch")));
    QTRY_VERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("is now: Away (Lunch)")),
        qPrintable(messages.last().at(0).toString()));
    QCOMPARE(messages.last().at(1).toBool(), false);
    // The menu shows it chosen next time.
    QMenu again;
    m_menu->populate(&again, m_desk->tile(QStringLiteral("1002")));
    QTRY_VERIFY(findAction(&again, QStringLiteral("Lunch"))->isChecked());
}

void TestAvailabilityMenu::customStatusWithNoteAndReturnTime()
{
    const QModelIndex tile = m_desk->tile(QStringLiteral("1003"));
    QMenu menu;
    m_menu->populate(&menu, tile);
    QAction* custom = menu.findChild<QAction*>(QStringLiteral("statusCustom"));
    QVERIFY(custom);
    // A comma in the note: Asterisk 22 takes it only base64-encoded (10-presence-state).
    const QString note = QStringLiteral("At the dentist, back soon");
    PresenceFixture::whenShown<PresenceDialog>([note](PresenceDialog* dialog) {
        dialog->setStatus(PresenceNote::Status::ExtendedAway);
        dialog->findChild<QLineEdit*>(QStringLiteral("presenceNote"))->setText(note);
        dialog->setReturnChoice(PresenceDialog::ReturnChoice::AnHour);
        QVERIFY(dialog->problem().isEmpty());
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    custom->trigger();
    QTRY_COMPARE(demoMessage(QStringLiteral("1003")), note);
    const auto demo = m_desk->pbx->world()->presence().value(QStringLiteral("1003"));
    QCOMPARE(demo.state, QStringLiteral("xa"));
    const QDateTime back = QDateTime::fromString(demo.subtype, Qt::ISODate);
    QVERIFY2(back.isValid(), qPrintable(demo.subtype));
    QVERIFY(back.toMSecsSinceEpoch() >= before + 3599000);
    QTRY_VERIFY(m_desk->tile(QStringLiteral("1003")).data(ExtensionRoles::PresenceReturnMs).toLongLong() > 0);
    const QModelIndex shown = m_desk->tile(QStringLiteral("1003"));
    QCOMPARE(TileText::presence(shown), QStringLiteral("Away for a long time: At the dentist, back soon"));
    QVERIFY2(TileText::returnTime(shown).startsWith(QStringLiteral("back at ")),
        qPrintable(TileText::returnTime(shown)));
    QVERIFY(TileText::accessible(shown).contains(TileText::returnTime(shown)));
    // Two hours later the same tile says it is overdue.
    const QString later = TileText::returnTime(shown, before + 2 * 3600 * 1000);
    QVERIFY2(later.startsWith(QStringLiteral("overdue since ")), qPrintable(later));
}

void TestAvailabilityMenu::availableClearsTheNote()
{
    QMenu menu;
    m_menu->populate(&menu, m_desk->tile(QStringLiteral("1002")));
    findAction(&menu, QStringLiteral("Meeting"))->trigger();
    QTRY_COMPARE(demoMessage(QStringLiteral("1002")), QStringLiteral("Meeting"));
    QMenu next;
    m_menu->populate(&next, m_desk->tile(QStringLiteral("1002")));
    findAction(&next, QStringLiteral("Available"))->trigger();
    QTRY_COMPARE(
        m_desk->pbx->world()->presence().value(QStringLiteral("1002")).state, QStringLiteral("available"));
    QCOMPARE(demoMessage(QStringLiteral("1002")), QString());
    QTRY_COMPARE(TileText::presence(m_desk->tile(QStringLiteral("1002"))), QString());
}

void TestAvailabilityMenu::noteWithLineBreakIsRefused_data()
{
    QTest::addColumn<QString>("note");
    QTest::newRow("line break") << QStringLiteral("Back\nat two");
    QTest::newRow("tab") << QStringLiteral("Back\tat two");
    QTest::newRow("too long") << QString(121, u'x');
}

void TestAvailabilityMenu::noteWithLineBreakIsRefused()
{
    QFETCH(QString, note);
    PresenceDialog dialog(QStringLiteral("Bob"), PresenceNote());
    dialog.setNoteText(note);
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("presenceProblem"))->isVisibleTo(&dialog));
    // And the actions refuse it too, without sending anything.
    QSignalSpy messages(m_desk->actions.get(), &AvailabilityActions::messageShown);
    QVERIFY(!m_desk->actions->setPresence(
        m_desk->tile(QStringLiteral("1002")), PresenceNote(PresenceNote::Status::Away, note)));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(1).toBool(), true);
    QCOMPARE(m_desk->pbx->world()->presence().value(QStringLiteral("1002")).state, QStringLiteral("not_set"));
}

void TestAvailabilityMenu::othersGreyedOutWithTheReason()
{
    AvailabilitySettings ownOnly;
    ownOnly.othersPresence = false;
    ownOnly.othersDnd = false;
    ownOnly.othersForwarding = false;
    m_menu.reset();
    m_desk = std::make_unique<PresenceFixture>(ownOnly);
    QVERIFY(m_desk->start());
    m_menu = std::make_unique<AvailabilityMenu>(m_desk->actions.get(), nullptr);
    QMenu others;
    m_menu->populate(&others, m_desk->tile(QStringLiteral("1002")));
    for (const QString& text : {QStringLiteral("Lunch"), QStringLiteral("Away"), QStringLiteral("Custom"),
             QStringLiteral("Do not disturb"), QStringLiteral("Forward calls")}) {
        QAction* a = findAction(&others, text);
        QVERIFY2(a, qPrintable(text));
        QVERIFY2(!a->isEnabled(), qPrintable(text));
        QVERIFY2(a->statusTip().contains(QStringLiteral("own line")), qPrintable(a->statusTip()));
        QCOMPARE(a->toolTip(), a->statusTip());
    }
    QMenu own;
    m_menu->populate(&own, m_desk->tile(QStringLiteral("1000")));
    QVERIFY(findAction(&own, QStringLiteral("Lunch"))->isEnabled());
    QVERIFY(findAction(&own, QStringLiteral("Do not disturb"))->isEnabled());
}

void TestAvailabilityMenu::dialogWidgetsHaveNames()
{
    PresenceDialog dialog(QStringLiteral("Bob"), PresenceNote());
    const auto widgets = dialog.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parent()))
            continue; // the date editor's own line edit
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(TestAvailabilityMenu)
#include "TestAvailabilityMenu.moc"
