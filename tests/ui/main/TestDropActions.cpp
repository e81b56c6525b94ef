// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropFixtures.h"
#include "FakeAmiServer.h"
#include "core/ami/AmiClient.h"
#include "core/directory/DirectoryModel.h"
#include "core/directory/FileDirectory.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"
#include "core/settings/Settings.h"
#include "ui/calls/CallsPanel.h"
#include "ui/common/MimeTypes.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/main/DropActions.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QCursor>
#include <QDrag>
#include <QFile>
#include <QGuiApplication>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

// Drag and drop with real mouse events. QTest presses on the source view and
// moves past the drag distance, so the view's own code builds and starts a
// real QDrag. The offscreen platform ends QDrag::exec at once (its drag is a
// stub), so the second half is played with real QDragEnter/Move/Drop events
// carrying that QDrag's own QMimeData and actions, on the viewport under the
// target, with the modifiers held; the platform's rules are kept: a refused
// move gets no drop, only a drag leave after the button is up. The whole
// gesture under a real X server is checked by hand (docs/user.md,
// "Drag and drop"). What reaches Asterisk is asserted at the fake AMI server.
namespace {

using namespace DropFixtures;

// Catches the QDrag a view creates (as its child) when a drag starts.
class DragCatcher final : public QObject
{
public:
    QList<QPointer<QObject>> children;
    QDrag* drag() const
    {
        for (const auto& c : children) {
            if (auto* d = qobject_cast<QDrag*>(c.data()))
                return d;
        }
        return nullptr;
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded)
            children.append(static_cast<QChildEvent*>(event)->child());
        return false;
    }
};

// What the target showed and did.
struct Outcome
{
    Qt::DropAction moveAction = Qt::IgnoreAction; // the drag cursor: copy, link or "no"
    QString tooltip;
    bool dropped = false;
};

enum class Source
{
    CallRow,
    Tile,
    Contact,
};

enum class Target
{
    Tile,
    CallRow,
};

} // namespace

Q_DECLARE_METATYPE(Source)
Q_DECLARE_METATYPE(Target)

class TestDropActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void gestures_data();
    void gestures();
    void refusals_data();
    void refusals();
    void dragsCarryTheirItem_data();
    void dragsCarryTheirItem();
    void outcomeSaysWhoAndWhat();
    void movingAwayForgetsTheRefusal();

private:
    QModelIndex tile(const QString& number) const;
    QPoint sourcePoint(Source source, const QString& item, QWidget** viewport) const;
    QPoint targetPoint(Target target, const QString& item, QWidget** viewport) const;
    // Starts a real drag on the source; returns its QDrag (deleted later).
    QDrag* startDrag(Source source, const QString& from);
    Outcome drag(
        Source source, const QString& from, Target target, const QString& to, Qt::KeyboardModifiers mods);
    // Proves that nothing was sent since `before`: a hang-up sent now must be the only new action.
    void expectNothingSentSince(qsizetype before);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
    DirectoryModel* m_directory = nullptr;
    DirectoryPanel* m_directoryPanel = nullptr;
    DragCatcher* m_catcher = nullptr;
};

void TestDropActions::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_server = new FakeAmiServer;
    QVERIFY(m_server->listen());
    m_client = new AmiClient;
    AmiConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_server->port();
    s.username = QStringLiteral("panel");
    m_client->setSettings(s);
    m_client->setSecret(QStringLiteral("panelpass"));
    m_client->connectToServer();
    QTRY_COMPARE(m_client->state(), AmiClient::State::LoggedIn);

    Profile p;
    p.operatorDevice = QStringLiteral("PJSIP/1000");
    p.operatorExtension = QStringLiteral("1000");
    p.callerIdName = QStringLiteral("Operator");
    p.originateContext = QStringLiteral("phones");
    m_state = new PbxState(QStringLiteral("main"));
    connect(m_client, &AmiClient::eventReceived, m_state, &PbxState::apply);
    m_control = new CallControl(m_client, m_state);
    m_control->setProfile(p);
    m_actions = new OperatorActions;
    m_actions->addServer(QStringLiteral("main"), m_control);
    m_window = new MainWindow(m_settings.get(), m_actions);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window->setExtensionModel(office(m_window, now));
    m_window->setCallModel(calls(m_window, now));
    m_window->setOperatorDevice(p.operatorDevice, p.operatorExtension);

    QFile f(m_dir.filePath(QStringLiteral("staff.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kDirectory);
    f.close();
    m_directory = new DirectoryModel;
    m_directoryPanel = new DirectoryPanel(m_directory);
    auto* source = new FileDirectory(
        QStringLiteral("staff"), f.fileName(), FileDirectory::Format::Auto, m_directoryPanel);
    m_directoryPanel->addSource(source);
    source->start();
    m_window->addPanel(m_directoryPanel, QStringLiteral("Directory"));
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_directory->rowCount(), 1);
    m_window->board()->boardModel()->rebuildNow();
    m_catcher = new DragCatcher;
}

void TestDropActions::cleanup()
{
    delete m_catcher;
    delete m_window;
    delete m_directory;
    delete m_actions;
    delete m_control;
    delete m_state;
    delete m_client;
    delete m_server;
    m_catcher = nullptr;
    m_window = nullptr;
    m_directory = nullptr;
    m_actions = nullptr;
    m_control = nullptr;
    m_state = nullptr;
    m_client = nullptr;
    m_server = nullptr;
}

QModelIndex TestDropActions::tile(const QString& number) const
{
    TileBoardModel* m = m_window->board()->boardModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ExtensionRoles::Number).toString() == number)
            return m->index(r, 0);
    }
    return {};
}

QPoint TestDropActions::sourcePoint(Source source, const QString& item, QWidget** viewport) const
{
    switch (source) {
    case Source::CallRow: {
        QListView* view = m_window->callsPanel()->view();
        *viewport = view->viewport();
        return view->visualRect(view->model()->index(item.toInt(), 0)).center();
    }
    case Source::Tile: {
        TileView* view = m_window->board()->view();
        *viewport = view->viewport();
        return view->visualRect(tile(item)).center();
    }
    case Source::Contact:
        break;
    }
    auto* view = m_directoryPanel->findChild<QTableView*>();
    *viewport = view->viewport();
    return view->visualRect(view->model()->index(0, DirectoryModel::NameColumn)).center();
}

QPoint TestDropActions::targetPoint(Target target, const QString& item, QWidget** viewport) const
{
    return sourcePoint(target == Target::Tile ? Source::Tile : Source::CallRow, item, viewport);
}

QDrag* TestDropActions::startDrag(Source source, const QString& from)
{
    QWidget* viewport = nullptr;
    const QPoint start = sourcePoint(source, from, &viewport);
    if (!viewport->rect().contains(start))
        return nullptr;
    // QDrag's parent is the view (the viewport's parent).
    m_catcher->children.clear();
    viewport->parentWidget()->installEventFilter(m_catcher);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(4, 0));
    QTest::mouseMove(viewport, start + QPoint(QGuiApplication::styleHints()->startDragDistance() + 8, 4));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start);
    viewport->parentWidget()->removeEventFilter(m_catcher);
    return m_catcher->drag();
}

Outcome TestDropActions::drag(
    Source source, const QString& from, Target target, const QString& to, Qt::KeyboardModifiers mods)
{
    Outcome out;
    QDrag* started = startDrag(source, from);
    if (!started || !started->mimeData()) {
        qWarning("the drag did not start");
        return out;
    }
    QWidget* viewport = nullptr;
    const QPoint at = targetPoint(target, to, &viewport);
    const QMimeData* mime = started->mimeData();
    const Qt::DropActions actions = started->supportedActions();
    QDragEnterEvent enter(at, actions, mime, Qt::LeftButton, mods);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, mime, Qt::LeftButton, mods);
    QCoreApplication::sendEvent(viewport, &move);
    out.moveAction = move.isAccepted() ? move.dropAction() : Qt::IgnoreAction;
    out.tooltip = QToolTip::text();
    if (move.isAccepted()) {
        QDropEvent drop(QPointF(at), actions, mime, Qt::NoButton, mods);
        QCoreApplication::sendEvent(viewport, &drop);
        out.dropped = drop.isAccepted();
    } else {
        // Released over a refused target: the platform cancels the drag, the
        // target only sees it leave (the mouse still over it), and the QDrag
        // goes with its payload.
        QCursor::setPos(viewport->mapToGlobal(at));
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(viewport, &leave);
    }
    return out;
}

void TestDropActions::expectNothingSentSince(qsizetype before)
{
    QCOMPARE(m_server->receivedActions().size(), before);
    m_control->hangup(QStringLiteral("PJSIP/1000-00000013"));
    QTRY_COMPARE(m_server->receivedActions("Hangup").size(), 1);
    QCOMPARE(m_server->receivedActions().size(), before + 1);
}

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

void TestDropActions::refusals_data()
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

void TestDropActions::refusals()
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

void TestDropActions::movingAwayForgetsTheRefusal()
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

QTEST_MAIN(TestDropActions)
#include "TestDropActions.moc"
