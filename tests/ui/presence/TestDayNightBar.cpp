// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceFixture.h"
#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"
#include "demo/DemoPresence.h"
#include "demo/DemoWorld.h"
#include "ui/presence/DayNightBar.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

// The day/night bar against the demo PBX's night mode (9001 on
// Custom:nightmode, 13-daynight-nightmode): a click asks, Yes sets the
// device state, Cancel sends nothing, and the bar follows changes made
// elsewhere.
class TestDayNightBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheModeInWords();
    void nightModeWithConfirmation();
    void cancelSendsNothing();
    void followsChangesMadeElsewhere();
    void refusedWithoutTheRight();

private:
    QToolButton* nightButton() const
    {
        return m_bar->button(QStringLiteral("demo"), QStringLiteral("9001@phones"));
    }
    QString nightState() const
    {
        return DemoPresence::customState(*m_desk->pbx->world(), QStringLiteral("nightmode"));
    }

    std::unique_ptr<PresenceFixture> m_desk;
    std::unique_ptr<DayNightBar> m_bar;
};

void TestDayNightBar::init()
{
    m_desk = std::make_unique<PresenceFixture>();
    QVERIFY(m_desk->start());
    m_bar = std::make_unique<DayNightBar>(m_desk->actions.get());
    m_bar->addServer(QStringLiteral("demo"), m_desk->switches);
    m_bar->show();
    QTRY_VERIFY(nightButton());
}

void TestDayNightBar::cleanup()
{
    m_bar.reset();
    m_desk.reset();
}

void TestDayNightBar::showsTheModeInWords()
{
    // Never set: the hint reads Idle, so it is day (and func_devstate says UNKNOWN).
    QCOMPARE(nightState(), QStringLiteral("UNKNOWN"));
    QCOMPARE(nightButton()->text(), QStringLiteral("Night mode: ☀ Day"));
    QCOMPARE(nightButton()->accessibleName(), nightButton()->text());
    QVERIFY(nightButton()->isEnabled());
    QVERIFY2(nightButton()->toolTip().contains(QStringLiteral("Custom:nightmode")),
        qPrintable(nightButton()->toolTip()));
    QVERIFY(!m_bar->accessibleName().isEmpty());
}

void TestDayNightBar::nightModeWithConfirmation()
{
    QSignalSpy messages(m_desk->actions.get(), &AvailabilityActions::messageShown);
    QString question;
    PresenceFixture::whenShown<QMessageBox>([&question](QMessageBox* box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(nightButton(), Qt::LeftButton);
    QVERIFY2(question.startsWith(QStringLiteral("Switch the PBX to night mode?")), qPrintable(question));
    QTRY_COMPARE(nightState(), QStringLiteral("INUSE"));
    QTRY_COMPARE(nightButton()->text(), QStringLiteral("Night mode: ☾ Night"));
    QTRY_VERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Night mode switched on"));

    // And back to day.
    PresenceFixture::whenShown<QMessageBox>(
        [](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    QTest::mouseClick(nightButton(), Qt::LeftButton);
    QTRY_COMPARE(nightState(), QStringLiteral("NOT_INUSE"));
    QTRY_COMPARE(nightButton()->text(), QStringLiteral("Night mode: ☀ Day"));
}

void TestDayNightBar::cancelSendsNothing()
{
    bool asked = false;
    PresenceFixture::whenShown<QMessageBox>([&asked](QMessageBox* box) {
        asked = true;
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(nightButton(), Qt::LeftButton);
    QVERIFY(asked);
    // A round trip to the PBX after the click: had a Setvar gone out, it would be applied by now.
    AmiAction* ping = m_desk->server->client()->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(nightState(), QStringLiteral("UNKNOWN"));
    QCOMPARE(nightButton()->text(), QStringLiteral("Night mode: ☀ Day"));
}

void TestDayNightBar::followsChangesMadeElsewhere()
{
    // Another desk, or a phone dialling 9001.
    QVERIFY(DemoPresence::setDeviceState(
        *m_desk->pbx->world(), QStringLiteral("Custom:nightmode"), QStringLiteral("INUSE")));
    QTRY_COMPARE(nightButton()->text(), QStringLiteral("Night mode: ☾ Night"));
    QVERIFY(DemoPresence::setDeviceState(
        *m_desk->pbx->world(), QStringLiteral("Custom:nightmode"), QStringLiteral("NOT_INUSE")));
    QTRY_COMPARE(nightButton()->text(), QStringLiteral("Night mode: ☀ Day"));
}

void TestDayNightBar::refusedWithoutTheRight()
{
    AvailabilitySettings noSwitches;
    noSwitches.switches = false;
    m_bar.reset();
    m_desk = std::make_unique<PresenceFixture>(noSwitches);
    QVERIFY(m_desk->start());
    m_bar = std::make_unique<DayNightBar>(m_desk->actions.get());
    m_bar->addServer(QStringLiteral("demo"), m_desk->switches);
    QTRY_VERIFY(nightButton());
    QVERIFY(!nightButton()->isEnabled());
    QVERIFY2(nightButton()->toolTip().contains(QStringLiteral("may not change")),
        qPrintable(nightButton()->toolTip()));
}

QTEST_MAIN(TestDayNightBar)
#include "TestDayNightBar.moc"
