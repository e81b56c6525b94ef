// SPDX-License-Identifier: GPL-3.0-or-later
// What the operator reads after an action: errors in the status bar with their
// time, messages that say who and what, F9's words, menu texts, refused numbers.
#include "OperatorActionsRig.h"

#include "../common/UiFixtures.h"
#include "FakeAmiServer.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"
#include "core/settings/Settings.h"
#include "ui/calls/IncomingCallBanner.h"
#include "ui/calls/ParkedPanel.h"
#include "ui/calls/QueuePanel.h"
#include "ui/common/MimeTypes.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/StatusMessage.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestOperatorMessages : public OperatorActionsRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void errorsReachTheStatusBar();
    void messagesSayWhoAndWhat();
    void errorsCarryTheirTimeAndCanBeDismissed();
    void f9WordsSayWhatHappens();
    void f9NeedsTheCallClassOnly();
    void ampersandInMenuTextIsShown();
    void untrustedNumberRefusedWithReason_data();
    void untrustedNumberRefusedWithReason();
};

void TestOperatorMessages::errorsReachTheStatusBar()
{
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "No such channel"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    perform(Gesture::KeyTransfer);
    QVERIFY(shown.wait());
    QVERIFY(shown.last().at(0).toString().contains(QLatin1String("No such channel")));
    QVERIFY(shown.last().at(1).toBool());
    QVERIFY(m_window->statusText().contains(QLatin1String("No such channel")));
}

void TestOperatorMessages::messagesSayWhoAndWhat()
{
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    perform(Gesture::KeyTransfer);
    QVERIFY(shown.wait());
    QCOMPARE(shown.last().at(0).toString(), QStringLiteral("Transferred Zoë Customer 5551234 to Eve Evans"));
    QVERIFY(!shown.last().at(1).toBool());
    QCOMPARE(
        m_window->statusMessage()->text(), QStringLiteral("Transferred Zoë Customer 5551234 to Eve Evans"));

    m_server->setHandler("Park", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Park failed"}});
    });
    perform(Gesture::KeyPark);
    QVERIFY(shown.wait());
    QCOMPARE(
        shown.last().at(0).toString(), QStringLiteral("Could not park Zoë Customer 5551234: Park failed"));
    QVERIFY(shown.last().at(1).toBool());
}

void TestOperatorMessages::errorsCarryTheirTimeAndCanBeDismissed()
{
    StatusMessage* status = m_window->statusMessage();
    const QString now = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_window->showMessage(QStringLiteral("Could not park Zoë Customer: Park failed"), true);
    QVERIFY2(status->text().startsWith(now), qPrintable(status->text()));
    QVERIFY(status->dismissButton()->isVisible());
    QVERIFY(!status->dismissButton()->accessibleName().isEmpty());
    QTest::mouseClick(status->dismissButton(), Qt::LeftButton);
    QVERIFY(status->text().isEmpty());
    QVERIFY(!status->dismissButton()->isVisible());
}

void TestOperatorMessages::f9WordsSayWhatHappens()
{
    const QString text = m_actions->action(OperatorActions::Key::Answer)->text().remove(u'&');
    QVERIFY2(text.contains(QLatin1String("waiting caller to my phone")), qPrintable(text));
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    perform(Gesture::KeyAnswerQueue);
    QVERIFY(shown.wait());
    QCOMPARE(shown.last().at(0).toString(),
        QStringLiteral("Bringing Niaj Nolan 5552222 from queue support to your phone"));
    // The banner for a call ringing the operator's own phone promises nothing AMI cannot do.
    m_window->incomingBanner()->showCall(
        QStringLiteral("k"), QStringLiteral("5551234"), QString(), QString());
    QVERIFY(!m_window->incomingBanner()->text().contains(QLatin1String("Answer key")));
    QVERIFY(m_window->incomingBanner()->text().contains(QLatin1String("pick up the handset")));
}

void TestOperatorMessages::f9NeedsTheCallClassOnly()
{
    // F9 always redirects (write class "call"), even where F8 picks up with
    // the feature code (an Originate).
    Profile p = m_control->profile();
    p.pickupMethod = Profile::PickupMethod::FeatureCode;
    p.missingWriteClasses = {QStringLiteral("originate")};
    m_control->setProfile(p);
    QVERIFY(!m_actions->action(OperatorActions::Key::Pickup)->isEnabled());
    QVERIFY(m_actions->action(OperatorActions::Key::Answer)->isEnabled());
}

void TestOperatorMessages::ampersandInMenuTextIsShown()
{
    // A name the PBX or a caller chose: '&' must not turn into a mnemonic.
    QStandardItemModel* extensions = nullptr;
    const QList<QStandardItemModel*> models = m_window->findChildren<QStandardItemModel*>();
    for (QStandardItemModel* m : models) {
        if (m->rowCount() > 0
            && m->index(0, 0).data(ExtensionRoles::Number).toString() == QStringLiteral("1000"))
            extensions = m;
    }
    QVERIFY(extensions);
    for (int r = 0; r < extensions->rowCount(); ++r) {
        if (extensions->index(r, 0).data(ExtensionRoles::Number).toString() == QStringLiteral("1001"))
            extensions->setData(
                extensions->index(r, 0), QStringLiteral("1001&PJSIP/1002"), ExtensionRoles::Name);
    }
    QTRY_COMPARE(tile(QStringLiteral("1001")).data(ExtensionRoles::Name).toString(),
        QStringLiteral("1001&PJSIP/1002"));
    QAction* call = menuAction(QStringLiteral("1001"), QStringLiteral("Call "));
    QVERIFY(call);
    QCOMPARE(call->text(), QStringLiteral("Call 1001&&PJSIP/1002"));
    // What the menu draws: the text without mnemonics is the name as written.
    QCOMPARE(QString(call->text()).replace(QStringLiteral("&&"), QStringLiteral("&")),
        QStringLiteral("Call 1001&PJSIP/1002"));
}

void TestOperatorMessages::untrustedNumberRefusedWithReason_data()
{
    QTest::addColumn<bool>("transfer");
    QTest::newRow("call back") << false;
    QTest::newRow("transfer to a directory number") << true;
}

void TestOperatorMessages::untrustedNumberRefusedWithReason()
{
    QFETCH(bool, transfer);
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    // The callerid of a voicemail, the CallerIDNum of the call log, an LDAP number.
    const QString evil = QStringLiteral("1234&PJSIP/evil@trunk");
    if (transfer)
        m_actions->transferTo(evil);
    else
        m_actions->callNumber(QString(), evil);
    QVERIFY(shown.wait());
    const QString text = shown.last().at(0).toString();
    QVERIFY2(text.contains(QLatin1String("not a dialable number")), qPrintable(text));
    QVERIFY(shown.last().at(1).toBool());
    // A Ping round trip: nothing else went to the PBX.
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QVERIFY(m_server->receivedActions("Originate").isEmpty());
    QVERIFY(m_server->receivedActions("Redirect").isEmpty());
    QVERIFY(m_server->receivedActions("BlindTransfer").isEmpty());

    // A dialable untrusted number goes out without its separators.
    m_actions->callNumber(QString(), QStringLiteral("+49 (30) 1234-5"));
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 1);
    QCOMPARE(m_server->receivedActions("Originate").first().value("Exten"), QStringLiteral("+493012345"));
}

QTEST_MAIN(TestOperatorMessages)
#include "TestOperatorMessages.moc"
