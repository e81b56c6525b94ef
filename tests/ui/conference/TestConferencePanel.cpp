// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceStore.h"
#include "core/models/ConferenceMemberModel.h"
#include "core/pbx/PbxServer.h"
#include "demo/DemoConference.h"
#include "demo/DemoPbx.h"
#include "ui/conference/ConferencePanel.h"

#include <QAccessible>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The conferences panel against the demo PBX over loopback TCP: the office's
// meeting shows up with words and symbols, and the buttons really moderate it.
class TestConferencePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void meetingIsShownInWords();
    void muteLockRemoveAndBringIn();
    void buttonsSayWhyNot();

private:
    QPushButton* button(const char* name) const
    {
        return m_panel->findChild<QPushButton*>(QLatin1String(name));
    }
    QString memberText(int row) const
    {
        return m_panel->memberView()->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
    }
    QString roomText() const
    {
        return m_panel->roomView()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    }

    std::unique_ptr<DemoPbx> m_pbx;
    std::unique_ptr<PbxServer> m_server;
    std::unique_ptr<ConferenceControl> m_control;
    std::unique_ptr<ConferencePanel> m_panel;
};

void TestConferencePanel::init()
{
    m_pbx = std::make_unique<DemoPbx>();
    m_pbx->setEventRate(0);
    QVERIFY2(m_pbx->start(), qPrintable(m_pbx->errorString()));
    m_pbx->conference()->startMeeting(
        {QStringLiteral("1005"), QStringLiteral("1006"), QStringLiteral("1007")});
    PbxServerConfig config;
    config.id = QStringLiteral("demo");
    config.connection.host = QStringLiteral("127.0.0.1");
    config.connection.port = m_pbx->serverPort();
    config.connection.username = QStringLiteral("demo");
    config.connection.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    m_server = std::make_unique<PbxServer>(config);
    m_server->setSecret(QStringLiteral("demo"));
    m_control = std::make_unique<ConferenceControl>(m_server->client(), m_server->conferences());
    m_panel = std::make_unique<ConferencePanel>();
    m_panel->addServer(
        config.id, m_server->conferences(), m_control.get(), m_server->permissions(), m_server->state());
    m_panel->resize(400, 600);
    m_panel->show();
    m_server->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->memberModel()->rowCount(), 3, 10000);
}

void TestConferencePanel::cleanup()
{
    m_panel.reset();
    m_control.reset();
    m_server.reset();
    m_pbx.reset();
}

void TestConferencePanel::meetingIsShownInWords()
{
    QVERIFY(m_panel->roomView()->currentIndex().isValid()); // the first room is chosen
    QVERIFY2(roomText().startsWith(QStringLiteral("Room 8500")), qPrintable(roomText()));
    QVERIFY2(roomText().contains(QStringLiteral("3 members")), qPrintable(roomText()));
    QVERIFY2(roomText().contains(QStringLiteral("open")), qPrintable(roomText()));
    QVERIFY2(memberText(0).contains(QStringLiteral("admin")), qPrintable(memberText(0)));
    QVERIFY2(memberText(1).contains(QStringLiteral("1006")), qPrintable(memberText(1)));
    QVERIFY2(memberText(1).contains(QStringLiteral("silent")), qPrintable(memberText(1)));
    QCOMPARE(m_panel->roomView()->accessibleName(), QStringLiteral("Conference rooms"));
    QCOMPARE(m_panel->memberView()->accessibleName(), QStringLiteral("Members of the chosen room"));
    for (QPushButton* b : m_panel->findChildren<QPushButton*>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
}

void TestConferencePanel::muteLockRemoveAndBringIn()
{
    QSignalSpy messages(m_panel.get(), &ConferencePanel::messageShown);
    m_panel->memberView()->setCurrentIndex(m_panel->memberView()->model()->index(1, 0));
    QCOMPARE(button("conferenceMute")->text(), QStringLiteral("Mute"));
    QTest::mouseClick(button("conferenceMute"), Qt::LeftButton);
    QTRY_VERIFY2(memberText(1).contains(QStringLiteral("muted")), qPrintable(memberText(1)));
    QTRY_COMPARE(button("conferenceMute")->text(), QStringLiteral("Unmute"));

    QTest::mouseClick(button("conferenceLock"), Qt::LeftButton);
    QTRY_VERIFY(m_pbx->conference()->isLocked(QStringLiteral("8500")));
    QTRY_VERIFY2(roomText().contains(QStringLiteral("locked")), qPrintable(roomText()));
    QTRY_COMPARE(button("conferenceLock")->text(), QStringLiteral("Unlock room"));

    QTest::mouseClick(button("conferenceKick"), Qt::LeftButton);
    QTRY_COMPARE(m_panel->memberModel()->rowCount(), 2);
    QCOMPARE(m_pbx->conference()->members(QStringLiteral("8500")).size(), 2);

    // Open the room again and bring 1002 in by number.
    QTest::mouseClick(button("conferenceLock"), Qt::LeftButton);
    QTRY_VERIFY(!m_pbx->conference()->isLocked(QStringLiteral("8500")));
    auto* number = m_panel->findChild<QLineEdit*>(QStringLiteral("conferenceInviteNumber"));
    QTest::keyClicks(number, QStringLiteral("1002"));
    QVERIFY(button("conferenceInvite")->isEnabled());
    QTest::mouseClick(button("conferenceInvite"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->memberModel()->rowCount(), 3, 10000);
    // Who joined: the number typed (the join carries the Originate's caller ID, the operator's).
    const QString joined = QStringLiteral("1002 joined room 8500");
    QTRY_VERIFY2(!messages.isEmpty() && messages.last().at(0).toString() == joined,
        qPrintable(messages.isEmpty() ? QString() : messages.last().at(0).toString()));
}

void TestConferencePanel::buttonsSayWhyNot()
{
    // Nobody chosen: the member buttons are off and their tooltips say so.
    m_panel->memberView()->setCurrentIndex({});
    QVERIFY(!button("conferenceKick")->isEnabled());
    QVERIFY2(button("conferenceKick")->toolTip().contains(QStringLiteral("Choose a member")),
        qPrintable(button("conferenceKick")->toolTip()));
    QVERIFY(!button("conferenceInvite")->isEnabled()); // no extension typed
    // Stop recording is not offered while nothing records.
    QCOMPARE(button("conferenceRecord")->text(), QStringLiteral("Record room"));
    QVERIFY(button("conferenceRecord")->isEnabled());
}

QTEST_MAIN(TestConferencePanel)
#include "TestConferencePanel.moc"
