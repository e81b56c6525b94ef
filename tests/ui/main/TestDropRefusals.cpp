// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropActionsRig.h"
#include "FakeAmiServer.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/main/DropActions.h"
#include "ui/main/MainWindow.h"

#include <QDrag>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// What a drop refuses: the "no" cursor and the reason while hovering, the same
// words in the status bar once it is over, and nothing sent to Asterisk.
class TestDropRefusals : public DropActionsRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void refusals_data();
    void refusals();
    void movingAwayForgetsTheRefusal();
};

void TestDropRefusals::refusals_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("from");
    QTest::addColumn<Target>("target");
    QTest::addColumn<QString>("to");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QString>("reason");

    const Qt::KeyboardModifiers none;
    QTest::newRow("a colleagues' call cannot be announced")
        << Source::Tile << QStringLiteral("1003") << Target::Tile << QStringLiteral("1005")
        << Qt::KeyboardModifiers(Qt::ShiftModifier)
        << QStringLiteral("Only your own answered call can be announced first; release without Shift or Ctrl "
                          "to transfer it.");
    QTest::newRow("do not disturb") << Source::CallRow << QStringLiteral("0") << Target::Tile
                                    << QStringLiteral("1006") << none
                                    << QStringLiteral("Frank Foster does not take calls (do not disturb).");
    QTest::newRow("unregistered phone")
        << Source::Tile << QStringLiteral("1001") << Target::Tile << QStringLiteral("1009") << none
        << QStringLiteral("The phone of Ivan Irwin is not registered.");
    QTest::newRow("free tile onto a busy one")
        << Source::Tile << QStringLiteral("1001") << Target::Tile << QStringLiteral("1003") << none
        << QStringLiteral("Carol Clark is on a call and no room is free for a three-way call.");
    QTest::newRow("a call onto someone in it")
        << Source::CallRow << QStringLiteral("1") << Target::Tile << QStringLiteral("1003") << none
        << QStringLiteral("Carol Clark is already in this call.");
    QTest::newRow("a call onto another call")
        << Source::CallRow << QStringLiteral("1") << Target::CallRow << QStringLiteral("0") << none
        << QStringLiteral("A call can be dropped onto an extension, not onto another call.");
}

void TestDropRefusals::refusals()
{
    QFETCH(Source, source);
    QFETCH(QString, from);
    QFETCH(Target, target);
    QFETCH(QString, to);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QString, reason);
    QSignalSpy messages(m_window->dropActions(), &DropActions::messageShown);
    const qsizetype before = m_server->receivedActions().size();
    const Outcome out = drag(source, from, target, to, modifiers);
    QCOMPARE(out.moveAction, Qt::IgnoreAction); // the "no" cursor
    QVERIFY(!out.dropped);
    QCOMPARE(out.tooltip, reason); // said while hovering
    QTRY_COMPARE(messages.size(), 1); // and in the status bar once the drag is over
    QCOMPARE(messages.at(0).at(0).toString(), reason);
    QCOMPARE(messages.at(0).at(1).toBool(), true);
    QVERIFY(m_window->statusText().contains(reason)); // after the time, as every error
    expectNothingSentSince(before);
}

void TestDropRefusals::movingAwayForgetsTheRefusal()
{
    QSignalSpy messages(m_window->dropActions(), &DropActions::messageShown);
    QDrag* started = startDrag(Source::Tile, QStringLiteral("1001"));
    QVERIFY(started);
    QWidget* viewport = nullptr;
    const QPoint at = targetPoint(Target::Tile, QStringLiteral("1009"), &viewport); // unregistered
    const QMimeData* mime = started->mimeData();
    QDragEnterEvent enter(at, started->supportedActions(), mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, started->supportedActions(), mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    QVERIFY(!move.isAccepted());
    // On to the directory, where nothing is dropped, and let go there.
    QCursor::setPos(m_directoryPanel->mapToGlobal(m_directoryPanel->rect().center()));
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(viewport, &leave);
    QPointer<QDrag> gone(started);
    QTRY_VERIFY(gone.isNull());
    QCOMPARE(messages.size(), 0);
}

QTEST_MAIN(TestDropRefusals)
#include "TestDropRefusals.moc"
