// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationRig.h"

#include "Application.h"
#include "core/models/ConferenceRoomModel.h"
#include "core/models/ModelRoles.h"
#include "demo/DemoConference.h"
#include "demo/DemoPbx.h"
#include "ui/calls/CallsPanel.h"
#include "ui/conference/ConferencePanel.h"
#include "ui/main/DropActions.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StatusMessage.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "ui/common/MimeTypes.h"

// The conference gestures of the whole desk on the demo office: the demo PBX
// answers with the actions, events and fields of the Asterisk 22 recordings
// (08-confbridge-*), so what the desk shows here is what it shows on a PBX.
class TestConferenceDesk : public ApplicationRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void idleTileOntoCallRowMakesAThreeWay();

private:
    static QModelIndex tileOf(QAbstractItemModel* board, const QString& number);
    static QStringList idleNumbers(QAbstractItemModel* board, int count, const QStringList& except);
};

QModelIndex TestConferenceDesk::tileOf(QAbstractItemModel* board, const QString& number)
{
    for (int r = 0; r < board->rowCount(); ++r) {
        if (board->index(r, 0).data(ExtensionRoles::Number).toString() == number)
            return board->index(r, 0);
    }
    return {};
}

QStringList TestConferenceDesk::idleNumbers(QAbstractItemModel* board, int count, const QStringList& except)
{
    QStringList out;
    for (int r = 0; r < board->rowCount() && out.size() < count; ++r) {
        const QModelIndex i = board->index(r, 0);
        const QString number = i.data(ExtensionRoles::Number).toString();
        if (!number.isEmpty() && !except.contains(number)
            && Pbx::ExtensionState(i.data(ExtensionRoles::State).toInt()) == Pbx::ExtensionState::Idle)
            out << number;
    }
    return out;
}

// Two colleagues talk; the operator drops a third, free colleague onto their
// row in the Calls panel and picks "Add … to a three-way call": the call moves
// into the first free three-way room (8510), the third phone is rung into it,
// and the desk's conference panel shows the three of them.
void TestConferenceDesk::idleTileOntoCallRowMakesAThreeWay()
{
    QStandardPaths::setTestModeEnabled(true);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"),
        m_dir->filePath(QStringLiteral("demo.ini"))}));
    QAbstractItemModel* board = app.window()->board()->boardModel();
    QTRY_VERIFY_WITH_TIMEOUT(idleNumbers(board, 3, {QStringLiteral("1000")}).size() == 3, 15000);
    const QStringList people = idleNumbers(board, 3, {QStringLiteral("1000")});
    const QString callId = app.demo()->startCall(people.at(0), people.at(1));
    QVERIFY(app.demo()->answer(callId));

    QAbstractItemModel* calls = app.window()->callsPanel()->view()->model();
    QModelIndex row;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < calls->rowCount(); ++r) {
                const QModelIndex i = calls->index(r, 0);
                if (i.data(CallRoles::CallerNumber).toString() == people.at(0)
                    && i.data(CallRoles::AnsweredMs).toLongLong() > 0 && !i.data(CallRoles::Ringing).toBool())
                    row = i;
            }
            return row.isValid();
        }(),
        10000);

    QMimeData mime;
    const QModelIndex third = tileOf(board, people.at(2));
    mime.setData(
        QString::fromLatin1(MimeTypes::kExtension), third.data(ExtensionRoles::Key).toString().toUtf8());
    QVERIFY(app.window()->dropActions()->drop(&mime, row, {}));
    QPointer<QMenu> menu = app.window()->dropActions()->pendingChoice();
    QVERIFY(menu);
    const QString name = third.data(ExtensionRoles::Name).toString();
    QCOMPARE(
        menu->actions().at(1)->text(), QStringLiteral("Add %1 to a three-way call (room 8510)").arg(name));
    QSignalSpy messages(app.window()->conferencePanel(), &ConferencePanel::messageShown);
    menu->actions().at(1)->trigger();
    menu->close();

    QTRY_COMPARE_WITH_TIMEOUT(app.demo()->conference()->members(QStringLiteral("8510")).size(), 3, 20000);
    QAbstractItemModel* rooms = app.window()->conferencePanel()->roomView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < rooms->rowCount(); ++r) {
                const QModelIndex i = rooms->index(r, 0);
                if (i.data(ConferenceRoomModel::RoomRole).toString() == QLatin1String("8510"))
                    return i.data(ConferenceRoomModel::MemberCountRole).toInt() == 3;
            }
            return false;
        }(),
        10000);
    // Who joined, once each: the call's two sides, then the third (not "Joined room 8510" twice).
    QTRY_COMPARE(messages.size(), 2);
    const QString first = tileOf(board, people.at(0)).data(ExtensionRoles::Name).toString();
    const QString second = tileOf(board, people.at(1)).data(ExtensionRoles::Name).toString();
    const QString sides = messages.at(0).at(0).toString();
    QVERIFY2(sides == QStringLiteral("%1 and %2 joined room 8510").arg(first, second)
            || sides == QStringLiteral("%1 and %2 joined room 8510").arg(second, first),
        qPrintable(sides));
    QCOMPARE(messages.at(1).at(0).toString(), QStringLiteral("%1 joined room 8510").arg(name));
    for (const QList<QVariant>& m : messages)
        QVERIFY2(!m.at(1).toBool(), qPrintable(m.at(0).toString()));
}

QTEST_MAIN(TestConferenceDesk)
#include "TestConferenceDesk.moc"
