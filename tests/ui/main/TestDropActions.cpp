// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropActionsRig.h"
#include "DropFixtures.h"
#include "FakeAmiServer.h"
#include "ui/common/MimeTypes.h"
#include "ui/main/OperatorActions.h"

#include <QDrag>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace DropFixtures;

// What each drop does: the exact action at the fake AMI server, the cursor and
// the tooltip while hovering, what the drag carries, and the outcome said after it.
class TestDropActions : public DropActionsRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void gestures_data();
    void gestures();
    void dragsCarryTheirItem_data();
    void dragsCarryTheirItem();
    void outcomeSaysWhoAndWhat();

private:
    static void addCallRowGestures();
    static void addTileGestures();
    static void addContactGestures();
};

void TestDropActions::gestures_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("from");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("to");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<QString>("tooltip");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("packet");

    addCallRowGestures();
    addTileGestures();
    addContactGestures();
}

// gestures rows: the operator's call row dropped on a free tile, plain or attended.
void TestDropActions::addCallRowGestures()
{
    const Qt::KeyboardModifiers none;
    const QByteArray redirectCallerTo1005 = lines({"Action: Redirect", "Channel: PJSIP/trunk-00000012",
        "Exten: 1005", "Context: phones", "Priority: 1"});
    const QByteArray atxferTo1005
        = lines({"Action: Atxfer", "Channel: PJSIP/1000-00000013", "Exten: 1005", "Context: phones"});
    QTest::newRow("call row onto a free tile: transfer")
        << Source::CallRow << QStringLiteral("0") << Target::Tile << QStringLiteral("1005") << none
        << int(Qt::CopyAction) << QStringLiteral("Transfer ACME Corp to Eve Evans") << QByteArray("Redirect")
        << redirectCallerTo1005;
    QTest::newRow("call row with Shift: attended")
        << Source::CallRow << QStringLiteral("0") << Target::Tile << QStringLiteral("1005")
        << Qt::KeyboardModifiers(Qt::ShiftModifier) << int(Qt::LinkAction)
        << QStringLiteral("Announce ACME Corp to Eve Evans first") << QByteArray("Atxfer") << atxferTo1005;
    QTest::newRow("call row with Ctrl: attended")
        << Source::CallRow << QStringLiteral("0") << Target::Tile << QStringLiteral("1005")
        << Qt::KeyboardModifiers(Qt::ControlModifier) << int(Qt::LinkAction)
        << QStringLiteral("Announce ACME Corp to Eve Evans first") << QByteArray("Atxfer") << atxferTo1005;
}

// gestures rows: a tile dragged (its call, or a free phone to connect).
void TestDropActions::addTileGestures()
{
    const Qt::KeyboardModifiers none;
    const QByteArray redirectCallerTo1005 = lines({"Action: Redirect", "Channel: PJSIP/trunk-00000012",
        "Exten: 1005", "Context: phones", "Priority: 1"});
    QTest::newRow("the operator's busy tile means its call")
        << Source::Tile << QStringLiteral("1000") << Target::Tile << QStringLiteral("1005") << none
        << int(Qt::CopyAction) << QStringLiteral("Transfer ACME Corp to Eve Evans") << QByteArray("Redirect")
        << redirectCallerTo1005;
    QTest::newRow("a colleague's busy tile: its peer goes there")
        << Source::Tile << QStringLiteral("1003") << Target::Tile << QStringLiteral("1005") << none
        << int(Qt::CopyAction) << QStringLiteral("Transfer Dave Davis to Eve Evans") << QByteArray("Redirect")
        << lines({"Action: Redirect", "Channel: PJSIP/1004-0000000a", "Exten: 1005", "Context: phones",
               "Priority: 1"});
    QTest::newRow("free tile onto a free tile: connect")
        << Source::Tile << QStringLiteral("1001") << Target::Tile << QStringLiteral("1005") << none
        << int(Qt::CopyAction) << QStringLiteral("Connect Alice Adams with Eve Evans")
        << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1001", "Context: phones", "Exten: 1005", "Priority: 1",
               "CallerID: \"Alice Adams\" <1001>", "Timeout: 30000", "Async: true"});
    QTest::newRow("free tile onto a call row: that call goes there")
        << Source::Tile << QStringLiteral("1005") << Target::CallRow << QStringLiteral("0") << none
        << int(Qt::CopyAction) << QStringLiteral("Transfer ACME Corp to Eve Evans") << QByteArray("Redirect")
        << redirectCallerTo1005;
}

// gestures rows: a directory contact dropped on a call row or a tile.
void TestDropActions::addContactGestures()
{
    const Qt::KeyboardModifiers none;
    QTest::newRow("contact onto the operator's call row")
        << Source::Contact << QString() << Target::CallRow << QStringLiteral("0") << none
        << int(Qt::CopyAction) << QStringLiteral("Transfer ACME Corp to Zoë Müller") << QByteArray("Redirect")
        << lines({"Action: Redirect", "Channel: PJSIP/trunk-00000012", "Exten: +49301234567",
               "Context: phones", "Priority: 1"});
    QTest::newRow("contact onto the operator's call row with Shift: attended")
        << Source::Contact << QString() << Target::CallRow << QStringLiteral("0")
        << Qt::KeyboardModifiers(Qt::ShiftModifier) << int(Qt::LinkAction)
        << QStringLiteral("Announce ACME Corp to Zoë Müller first") << QByteArray("Atxfer")
        << lines(
               {"Action: Atxfer", "Channel: PJSIP/1000-00000013", "Exten: +49301234567", "Context: phones"});
    QTest::newRow("contact onto a colleague's busy tile")
        << Source::Contact << QString() << Target::Tile << QStringLiteral("1003") << none
        << int(Qt::CopyAction) << QStringLiteral("Transfer Dave Davis to Zoë Müller")
        << QByteArray("Redirect")
        << lines({"Action: Redirect", "Channel: PJSIP/1004-0000000a", "Exten: +49301234567",
               "Context: phones", "Priority: 1"});
    QTest::newRow("contact onto a free tile: connect")
        << Source::Contact << QString() << Target::Tile << QStringLiteral("1002") << none
        << int(Qt::CopyAction) << QStringLiteral("Connect Bob Brown with Zoë Müller")
        << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1002", "Context: phones", "Exten: +49301234567",
               "Priority: 1", "CallerID: \"Bob Brown\" <1002>", "Timeout: 30000", "Async: true"});
}

void TestDropActions::gestures()
{
    QFETCH(Source, source);
    QFETCH(QString, from);
    QFETCH(Target, target);
    QFETCH(QString, to);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, packet);
    const qsizetype before = m_server->receivedActions().size();
    const Outcome out = drag(source, from, target, to, modifiers);
    QTEST(int(out.moveAction), "cursor");
    QFETCH(QString, tooltip);
    QVERIFY2(out.tooltip.startsWith(tooltip), qPrintable(out.tooltip));
    QVERIFY(out.dropped);
    QTRY_COMPARE(m_server->receivedActions(action).size(), 1);
    QCOMPARE(wireWithoutActionId(m_server->receivedActions(action).first()), packet);
    QCOMPARE(m_server->receivedActions().size(), before + 1); // exactly once
}

void TestDropActions::dragsCarryTheirItem_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("call row") << Source::CallRow << QStringLiteral("0") << QByteArray(MimeTypes::kCall)
                              << QByteArray("main/1795737818.43") << QByteArray();
    QTest::newRow("busy tile") << Source::Tile << QStringLiteral("1003") << QByteArray(MimeTypes::kExtension)
                               << QByteArray("main/1003@phones") << QByteArray();
    QTest::newRow("contact") << Source::Contact << QString() << QByteArray(MimeTypes::kContactNumber)
                             << QByteArray("+49 30 1234567") << QStringLiteral("Zoë Müller").toUtf8();
}

void TestDropActions::dragsCarryTheirItem()
{
    QFETCH(Source, source);
    QFETCH(QString, from);
    QFETCH(QByteArray, payload);
    const QDrag* drag = startDrag(source, from);
    QVERIFY2(drag, "the drag did not start");
    QVERIFY(drag->mimeData());
    QFETCH(QByteArray, format);
    QCOMPARE(drag->mimeData()->data(QString::fromLatin1(format)), payload);
    QFETCH(QByteArray, name);
    if (!name.isEmpty())
        QCOMPARE(drag->mimeData()->data(QString::fromLatin1(MimeTypes::kContactName)), name);
    // Copy: transfer or connect; Link: the attended transfer's cursor.
    QCOMPARE(drag->supportedActions(), Qt::CopyAction | Qt::LinkAction);
    QVERIFY(!drag->pixmap().isNull());
}

void TestDropActions::outcomeSaysWhoAndWhat()
{
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "No such channel"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    const Outcome out = drag(Source::CallRow, QStringLiteral("0"), Target::Tile, QStringLiteral("1005"), {});
    QVERIFY(out.dropped);
    QVERIFY(shown.wait());
    const QString text = shown.last().at(0).toString();
    QVERIFY2(text.startsWith(QLatin1String("Could not transfer ACME Corp to Eve Evans")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("No such channel")));
    QVERIFY(shown.last().at(1).toBool());
}

QTEST_MAIN(TestDropActions)
#include "TestDropActions.moc"
