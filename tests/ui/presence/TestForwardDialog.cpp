// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceFixture.h"
#include "demo/DemoAstDb.h"
#include "demo/DemoPresence.h"
#include "demo/DemoWorld.h"
#include "ui/presence/AvailabilityMenu.h"
#include "ui/presence/ForwardDialog.h"
#include "ui/tiles/TileText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

using Forward = AvailabilityPreset::Forward;

// Call forwarding and DND from a tile's menu against the demo PBX with the
// FreePBX preset: the ASTDB keys (CF/CFB/CFU, DND) are what the demo PBX
// received, and the tile shows "→ 0612…" and DND apart from busy.
class TestForwardDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setAndClearForward();
    void badTargetIsSaidAndNothingSent_data();
    void badTargetIsSaidAndNothingSent();
    void forwardReadAtLogin();
    void dndToggle();
    void dialogWidgetsHaveNames();

private:
    std::optional<QString> astdb(const QString& family, const QString& key) const
    {
        return DemoAstDb::get(*m_desk->pbx->world(), family, key);
    }
    static QLineEdit* field(ForwardDialog* dialog, Forward kind)
    {
        return dialog->findChild<QLineEdit*>(QStringLiteral("forwardTarget%1").arg(int(kind)));
    }
    static QPushButton* ok(QDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    QAction* menuAction(QMenu* menu, const QString& number, const char* name)
    {
        m_menu->populate(menu, m_desk->tile(number));
        return menu->findChild<QAction*>(QLatin1String(name));
    }

    std::unique_ptr<PresenceFixture> m_desk;
    std::unique_ptr<AvailabilityMenu> m_menu;
};

void TestForwardDialog::init()
{
    m_desk = std::make_unique<PresenceFixture>();
    // One forward set before the desk logs in (a phone's feature code): read with DBGetTree.
    QVERIFY(m_desk->start([](DemoWorld& world) {
        DemoAstDb::put(world, QStringLiteral("CFB"), QStringLiteral("1004"), QStringLiteral("2000"));
    }));
    m_menu = std::make_unique<AvailabilityMenu>(m_desk->actions.get(), nullptr);
    m_menu->setDirectory([] {
        return QList<ForwardDialog::Entry> {{QStringLiteral("Mobile of Bob"), QStringLiteral("0612345678")}};
    });
}

void TestForwardDialog::cleanup()
{
    m_menu.reset();
    m_desk.reset();
}

void TestForwardDialog::setAndClearForward()
{
    QMenu menu;
    QAction* forward = menuAction(&menu, QStringLiteral("1002"), "availabilityForward");
    QVERIFY(forward && forward->isEnabled());
    PresenceFixture::whenShown<ForwardDialog>([](ForwardDialog* dialog) {
        QCOMPARE(dialog->kinds(), (QList<Forward> {Forward::Always, Forward::Busy, Forward::NoAnswer}));
        QTest::keyClicks(field(dialog, Forward::Always), QStringLiteral("06 12 34 56 78"));
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(dialog->isChanged(Forward::Always));
        QVERIFY(!dialog->isChanged(Forward::Busy));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
    });
    forward->trigger();
    QTRY_COMPARE(
        astdb(QStringLiteral("CF"), QStringLiteral("1002")), std::optional(QStringLiteral("0612345678")));
    QVERIFY(!astdb(QStringLiteral("CFB"), QStringLiteral("1002"))); // only what changed is written
    QTRY_COMPARE(m_desk->tile(QStringLiteral("1002")).data(ExtensionRoles::ForwardAlways).toString(),
        QStringLiteral("0612345678"));
    QCOMPARE(TileText::forward(m_desk->tile(QStringLiteral("1002"))), QStringLiteral("→ 0612…"));
    QVERIFY(TileText::accessible(m_desk->tile(QStringLiteral("1002")))
                .contains(QStringLiteral("forwarded to 0612345678")));

    QMenu again;
    QAction* change = menuAction(&again, QStringLiteral("1002"), "availabilityForward");
    QVERIFY2(change->text().contains(QStringLiteral("0612345678")), qPrintable(change->text()));
    PresenceFixture::whenShown<ForwardDialog>([](ForwardDialog* dialog) {
        QCOMPARE(field(dialog, Forward::Always)->text(), QStringLiteral("0612345678"));
        QTest::mouseClick(
            dialog->findChild<QPushButton*>(QStringLiteral("forwardClear%1").arg(int(Forward::Always))),
            Qt::LeftButton);
        QVERIFY(dialog->isChanged(Forward::Always));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
    });
    change->trigger();
    QTRY_VERIFY(!astdb(QStringLiteral("CF"), QStringLiteral("1002")));
    QTRY_COMPARE(TileText::forward(m_desk->tile(QStringLiteral("1002"))), QString());
}

void TestForwardDialog::badTargetIsSaidAndNothingSent_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("letters") << QStringLiteral("06abc");
    QTest::newRow("200 digits") << QString(200, u'6');
    QTest::newRow("line break") << QStringLiteral("0612\n345678");
    QTest::newRow("ampersand") << QStringLiteral("1234&PJSIP/evil");
}

void TestForwardDialog::badTargetIsSaidAndNothingSent()
{
    QFETCH(QString, target);
    QMenu menu;
    QAction* forward = menuAction(&menu, QStringLiteral("1002"), "availabilityForward");
    QString problem;
    bool okEnabled = true;
    PresenceFixture::whenShown<ForwardDialog>([&](ForwardDialog* dialog) {
        field(dialog, Forward::Always)->setText(target);
        problem = dialog->problem();
        okEnabled = ok(dialog)->isEnabled();
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("forwardProblem"))->isVisibleTo(dialog));
        dialog->reject();
    });
    forward->trigger();
    QVERIFY2(problem.startsWith(QStringLiteral("Always: not a number to forward to")), qPrintable(problem));
    QVERIFY(!okEnabled);
    // Straight to the actions: refused with a message, nothing reaches the PBX.
    QSignalSpy messages(m_desk->actions.get(), &AvailabilityActions::messageShown);
    QVERIFY(!m_desk->actions->setForward(m_desk->tile(QStringLiteral("1002")), Forward::Always, target));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().at(0).toString().contains(QStringLiteral("not a dialable number")),
        qPrintable(messages.first().at(0).toString()));
    QVERIFY(!astdb(QStringLiteral("CF"), QStringLiteral("1002")));
}

void TestForwardDialog::forwardReadAtLogin()
{
    const QModelIndex dave = m_desk->tile(QStringLiteral("1004"));
    QCOMPARE(dave.data(ExtensionRoles::ForwardBusy).toString(), QStringLiteral("2000"));
    QVERIFY(TileText::accessible(dave).contains(QStringLiteral("forwarded when busy to 2000")));
    QCOMPARE(TileText::forward(dave), QString()); // only "always" is on the tile's first line
    QMenu menu;
    QAction* forward = menuAction(&menu, QStringLiteral("1004"), "availabilityForward");
    PresenceFixture::whenShown<ForwardDialog>([](ForwardDialog* dialog) {
        QCOMPARE(field(dialog, Forward::Busy)->text(), QStringLiteral("2000"));
        QVERIFY(!dialog->isChanged(Forward::Busy));
        dialog->reject();
    });
    forward->trigger();
}

void TestForwardDialog::dndToggle()
{
    QMenu menu;
    QAction* dnd = menuAction(&menu, QStringLiteral("1002"), "availabilityDnd");
    QVERIFY(dnd && dnd->isEnabled() && !dnd->isChecked());
    dnd->trigger();
    // FreePBX: DND/<ext> = YES beside the Custom:DND<ext> device state (11-astdb-forward-dnd).
    QTRY_COMPARE(astdb(QStringLiteral("DND"), QStringLiteral("1002")), std::optional(QStringLiteral("YES")));
    QTRY_COMPARE(
        DemoPresence::customState(*m_desk->pbx->world(), QStringLiteral("DND1002")), QStringLiteral("BUSY"));
    QTRY_VERIFY(m_desk->tile(QStringLiteral("1002")).data(ExtensionRoles::DatabaseDnd).toBool());
    QTRY_VERIFY(AvailabilityActions::isDnd(m_desk->tile(QStringLiteral("1002"))));
    QMenu again;
    QAction* off = menuAction(&again, QStringLiteral("1002"), "availabilityDnd");
    QVERIFY(off->isChecked());
    off->trigger();
    QTRY_VERIFY(!astdb(QStringLiteral("DND"), QStringLiteral("1002")));
    QTRY_COMPARE(DemoPresence::customState(*m_desk->pbx->world(), QStringLiteral("DND1002")),
        QStringLiteral("NOT_INUSE"));
    QTRY_VERIFY(!m_desk->tile(QStringLiteral("1002")).data(ExtensionRoles::DatabaseDnd).toBool());
}

void TestForwardDialog::dialogWidgetsHaveNames()
{
    ForwardDialog dialog(QStringLiteral("Bob"),
        {{Forward::Always, {}, {}}, {Forward::Busy, {}, QStringLiteral("This desk may change only…")}});
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPushButton*>(w))
            QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QDialogButtonBox*>(w->parent()),
                qPrintable(w->objectName()));
    }
    QVERIFY(!field(&dialog, Forward::Busy)->isEnabled());
    QCOMPARE(field(&dialog, Forward::Busy)->toolTip(), QStringLiteral("This desk may change only…"));
}

QTEST_MAIN(TestForwardDialog)
#include "TestForwardDialog.moc"
