// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "core/common/Clock.h"
#include "core/conference/ConferenceControl.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxServer.h"
#include "core/recording/RecordingControl.h"
#include "core/settings/Settings.h"
#include "ui/calls/CallsPanel.h"
#include "ui/calls/IncomingCallBanner.h"
#include "ui/calls/OperatorCallWatcher.h"
#include "ui/calls/ParkedPanel.h"
#include "ui/calls/QueuePanel.h"
#include "ui/conference/ConferencePanel.h"
#include "ui/main/DropActions.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/PanelKeys.h"
#include "ui/main/RecordingActions.h"
#include "ui/main/ServerStatusWidget.h"
#include "ui/main/StatusMessage.h"
#include "ui/main/TrayIcon.h"
#include "ui/recording/CallRecordingPanel.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileGroupActions.h"
#include "ui/tiles/TileView.h"
#include "ui/tiles/TileZoom.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings* settings, OperatorActions* actions, QWidget* parent, Clock* clock)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_actions(actions)
    , m_clock(clock ? clock : Clock::system())
    , m_board(new ExtensionBoard(this, m_clock))
    , m_banner(new IncomingCallBanner(this))
    , m_calls(new CallsPanel(this, m_clock))
    , m_queues(new QueuePanel(this, m_clock))
    , m_parked(new ParkedPanel(this, m_clock))
    , m_conferences(new ConferencePanel(this, m_clock))
    , m_recordings(new CallRecordingPanel(this, m_clock))
    , m_watcher(new OperatorCallWatcher(this, m_clock))
    , m_tray(new TrayIcon(this, this))
    , m_message(new StatusMessage(this, m_clock))
    , m_drops(new DropActions(actions, m_board->boardModel(), this))
    , m_recordingActions(
          new RecordingActions([this](const QModelIndex& t) { return m_actions->callOfTile(t); },
              [this] { return chosenCall(); }, this))
    , m_zoom(new TileZoom(m_board->view()))
{
    setWindowTitle(tr("Attendant"));
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    buildCentral();
    buildMenus();
    dockSidePanels();
    statusBar()->addWidget(m_message, 1);
    connectOperatorActions();
    connectTray();
    connectWatcher();
    // Type anywhere: printable keys land in the board's filter.
    qApp->installEventFilter(this);
    restoreWindow();
}

void MainWindow::buildCentral()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_board, 1);
    setCentralWidget(central);
}

void MainWindow::dockSidePanels()
{
    addPanel(m_calls, tr("Calls"), Qt::RightDockWidgetArea)->setObjectName(QStringLiteral("callsDock"));
    QDockWidget* queues = addPanel(m_queues, tr("Queues"), Qt::RightDockWidgetArea);
    queues->setObjectName(QStringLiteral("queuesDock"));
    QDockWidget* parked = addPanel(m_parked, tr("Parked"), Qt::RightDockWidgetArea);
    parked->setObjectName(QStringLiteral("parkedDock"));
    QDockWidget* conferences = addPanel(m_conferences, tr("Conferences"), Qt::RightDockWidgetArea);
    conferences->setObjectName(QStringLiteral("conferencesDock"));
    connect(m_conferences, &ConferencePanel::messageShown, this, &MainWindow::showMessage);
    QDockWidget* recordings = addPanel(m_recordings, tr("Recording"), Qt::RightDockWidgetArea);
    recordings->setObjectName(QStringLiteral("recordingDock"));
    tabifyDockWidget(parked, recordings);
    parked->raise();
    connect(m_recordings, &CallRecordingPanel::messageShown, this, &MainWindow::showMessage);
    connect(m_recordingActions, &RecordingActions::messageShown, this, &MainWindow::showMessage);
    m_recordingActions->setFileTemplates(
        [this](const QString& id) { return m_recordings->fileTemplate(id); });
}

void MainWindow::connectOperatorActions()
{
    m_actions->setCurrentTileProvider([this] { return m_board->currentTile(); });
    m_actions->setTypedNumberProvider([this] {
        const QString text = m_board->filterEdit()->text().trimmed();
        for (QChar c : text) {
            if (!c.isDigit() && c != u'*' && c != u'#' && c != u'+')
                return QString();
        }
        return text;
    });
    connect(m_actions, &OperatorActions::messageShown, this, &MainWindow::showMessage);

    TileView* view = m_board->view();
    connect(view, &TileView::callRequested, m_actions, &OperatorActions::callTile);
    connect(m_board, &ExtensionBoard::numberEntered, this,
        [this](const QString& number) { m_actions->callTypedNumber(QString(), number); });
    connect(view, &TileView::menuRequested, this, &MainWindow::showTileMenu);
    connect(m_calls, &CallsPanel::callMenuRequested, m_actions, &OperatorActions::populateCallMenu);
    connect(m_calls, &CallsPanel::callMenuRequested, m_drops, &DropActions::populateCallMenu);
    connect(m_parked, &ParkedPanel::retrieveRequested, m_actions, &OperatorActions::retrieveParked);
    connect(m_queues, &QueuePanel::pauseRequested, m_actions, &OperatorActions::setQueuePaused);
    // Drops on tiles and call rows: DropActions decides what they mean.
    view->setDropHandler(m_drops);
    m_calls->setDropHandler(m_drops);
    connect(m_drops, &DropActions::messageShown, this, &MainWindow::showMessage);
    // The same calls and tiles, dropped on a conference room, bring people in.
    m_conferences->setDraggedItemResolver(
        [drops = QPointer<DropActions>(m_drops)](const QMimeData* mime, DropItem* item, QString* label) {
            return drops && drops->resolveDragged(mime, item, label);
        });
}

void MainWindow::connectTray()
{
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        close();
    });
}

void MainWindow::restoreWindow()
{
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    else
        resize(availableSize()); // the whole screen: the board is the receptionist's main tool
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
    if (m_settings->tileZoomPercent() > 0)
        m_zoom->setPercent(m_settings->tileZoomPercent());
    else if (availableSize().height() < 900)
        m_zoom->setPercent(90); // never chosen: a 40-person office whole on a 1280x800 laptop
    connect(m_zoom, &TileZoom::percentChanged, this, [this](int p) { m_settings->setTileZoomPercent(p); });
    m_zoom->setCompact(m_settings->compactTiles());
    connect(m_zoom, &TileZoom::compactChanged, this, [this](bool on) { m_settings->setCompactTiles(on); });
}

QSize MainWindow::availableSize() const
{
    const QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen();
    return s ? s->availableGeometry().size() : QSize(1280, 800);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildCallMenu();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_zoom->actions());
    QMenu* groups = m_viewMenu->addMenu(tr("&Groups"));
    groups->setObjectName(QStringLiteral("groupsMenu"));
    connect(groups, &QMenu::aboutToShow, this, [this, groups] {
        groups->clear();
        m_board->groupActions()->populateGroupsMenu(groups);
    });
    m_viewMenu->addSeparator();
    m_panelKeys = new PanelKeys(this, m_viewMenu);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Attendant"), this, [this] {
        QMessageBox::about(this, tr("About Attendant"),
            tr("<b>Attendant</b> %1<br>An attendant console for the Asterisk PBX.<br>"
               "Licensed under the GNU GPL, version 3 or later.")
                .arg(QStringLiteral(ATTENDANT_VERSION)));
    });
}

void MainWindow::buildFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    // QKeySequence::Preferences is empty outside KDE and macOS: Ctrl+, everywhere.
    settings->setShortcuts(QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)}
        + QKeySequence::keyBindings(QKeySequence::Preferences));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_quitting = true;
        close();
    });
}

void MainWindow::buildCallMenu()
{
    QMenu* call = menuBar()->addMenu(tr("&Call"));
    call->setToolTipsVisible(true);
    addDialAction(call);
    call->addSeparator();
    const QList<OperatorActions::Key> keys = OperatorActions::allKeys();
    for (auto key : keys) {
        call->addAction(m_actions->action(key));
        addAction(m_actions->action(key));
    }
    call->addSeparator();
    // Ctrl+R / Ctrl+Shift+R: record the chosen call (RecordingActions).
    for (QAction* a : {m_recordingActions->startStopAction(), m_recordingActions->pauseResumeAction()}) {
        call->addAction(a);
        addAction(a);
    }
    call->addSeparator();
    call->addAction(tr("&Find extension"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
        m_board->filterEdit()->setFocus();
        m_board->filterEdit()->selectAll();
    });
    call->addAction(tr("&Search the directory"), QKeySequence(Qt::CTRL | Qt::Key_F), this, [this] {
        if (!m_searchDock) {
            m_board->filterEdit()->setFocus(Qt::ShortcutFocusReason);
            m_board->filterEdit()->selectAll();
            return;
        }
        m_searchDock->show();
        m_searchDock->raise();
        m_searchDock->widget()->setFocus(Qt::ShortcutFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget()))
            edit->selectAll();
    });
}

void MainWindow::addDialAction(QMenu* call)
{
    QAction* dial = call->addAction(tr("&Dial a number…"), QKeySequence(Qt::CTRL | Qt::Key_D), this, [this] {
        bool ok = false;
        const QString number = QInputDialog::getText(
            this, tr("Dial"), tr("Number to call from your phone:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !number.trimmed().isEmpty())
            m_actions->callTypedNumber(QString(), number.trimmed());
    });
    dial->setObjectName(QStringLiteral("dialAction"));
    // An Originate like F3: offered only when the AMI account may originate.
    const auto updateDial = [this, dial] {
        const QString why = m_actions->unavailableReason(CallControl::Operation::Call);
        dial->setEnabled(why.isEmpty());
        dial->setToolTip(why);
    };
    connect(m_actions, &OperatorActions::permissionsChanged, dial, updateDial);
    updateDial();
}

void MainWindow::setSearchPanel(QDockWidget* dock)
{
    m_searchDock = dock;
}

void MainWindow::addEditAction(QAction* action)
{
    if (!m_editMenu) {
        m_editMenu = new QMenu(tr("&Edit"), this);
        const QList<QAction*> menus = menuBar()->actions();
        menuBar()->insertMenu(menus.value(1), m_editMenu); // after File
    }
    m_editMenu->addAction(action);
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(panel->objectName().isEmpty() ? title : panel->objectName() + QStringLiteral("Dock"));
    dock->setWidget(panel);
    panel->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    m_panelKeys->add(dock);
    return dock;
}

void MainWindow::addServerStatus(const QString& label, AmiClient* client)
{
    statusBar()->addPermanentWidget(new ServerStatusWidget(label, client, this));
}

void MainWindow::addServerStatus(const QString& label, PbxServer* server)
{
    statusBar()->addPermanentWidget(new ServerStatusWidget(label, server, this));
}

QString MainWindow::statusText() const
{
    QStringList parts {m_message->text()};
    const auto servers = statusBar()->findChildren<ServerStatusWidget*>();
    for (const ServerStatusWidget* s : servers)
        parts << s->text();
    return parts.join(u'\n');
}

void MainWindow::setExtensionModel(QAbstractItemModel* model)
{
    m_extensions = model;
    m_board->setExtensionModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTray);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateTray);
    }
}

void MainWindow::addServerPanels(
    PbxServer* server, const QString& context, const QString& callerId, const QStringList& threeWayRooms)
{
    auto* conferences = new ConferenceControl(server->client(), server->conferences(), server);
    conferences->setDialplan(context, callerId);
    m_conferences->addServer(
        server->id(), server->conferences(), conferences, server->permissions(), server->state());
    m_drops->addConferences(server->id(), server->conferences(), conferences, threeWayRooms);
    auto* recording = new RecordingControl(server->client(), server->recordings(), server);
    m_recordings->addServer(server->id(), server->recordings(), recording, server->permissions());
    m_recordingActions->addServer(server->id(), server->recordings(), recording, server->permissions());
}

QModelIndex MainWindow::chosenCall() const
{
    // The chosen tile's call, else the calls panel's chosen row.
    const QModelIndex call = m_actions->callOfTile(m_board->currentTile());
    return call.isValid() ? call : m_calls->view()->currentIndex();
}

void MainWindow::setCallModel(QAbstractItemModel* model)
{
    m_calls->setCallModel(model);
    m_recordings->setCallView(m_calls->view());
    m_actions->setCallModel(model);
    m_watcher->setCallModel(model);
}

void MainWindow::setParkedModel(QAbstractItemModel* model)
{
    m_parked->setParkedModel(model);
}

void MainWindow::setQueueModel(QAbstractItemModel* model)
{
    m_queues->setQueueModel(model);
    m_actions->setQueueModel(model);
}

void MainWindow::setOperatorDevice(const QString& device, const QString& extension)
{
    m_watcher->setOperatorDevice(device);
    m_operatorExtension = extension;
    updateTray();
}

void MainWindow::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error);
    if (error && !isActiveWindow())
        m_tray->notify(tr("Attendant"), text);
}

void MainWindow::showTileMenu(const QModelIndex& tile, const QPoint& globalPos)
{
    QMenu menu(this);
    m_actions->populateTileMenu(&menu, tile);
    m_recordingActions->populateTileMenu(&menu, tile);
    Q_EMIT tileMenuAboutToShow(&menu, tile);
    m_board->groupActions()->populateTileMenu(&menu, tile);
    menu.exec(globalPos);
}

void MainWindow::connectWatcher()
{
    connect(m_watcher, &OperatorCallWatcher::incomingRinging, this,
        [this](const OperatorCallWatcher::CallInfo& c) {
            m_banner->showCall(
                c.key, c.number, c.name, c.queue.isEmpty() ? QString() : tr("queue %1").arg(c.queue));
            if (m_settings->desktopNotifications())
                m_tray->notify(tr("Incoming call"), c.name.isEmpty() ? c.number : c.name + u' ' + c.number);
            if (m_settings->crmTrigger() == Settings::CrmTrigger::OnRing)
                openCrm(c.number, c.name, c.queue);
        });
    connect(m_watcher, &OperatorCallWatcher::answered, this, [this](const OperatorCallWatcher::CallInfo& c) {
        m_banner->clearCall(c.key);
        if (c.incoming && m_settings->crmTrigger() == Settings::CrmTrigger::OnAnswer)
            openCrm(c.number, c.name, c.queue);
    });
    connect(m_watcher, &OperatorCallWatcher::ended, this,
        [this](const OperatorCallWatcher::CallInfo& c) { m_banner->clearCall(c.key); });
}

void MainWindow::openCrm(const QString& number, const QString& name, const QString& queue)
{
    QString url = m_settings->crmUrlTemplate();
    if (url.isEmpty())
        return;
    // Values are percent-encoded so a caller name cannot change the URL's shape.
    auto enc = [](const QString& v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    url.replace(QLatin1String("{callerid}"), enc(number));
    url.replace(QLatin1String("{callername}"), enc(name));
    url.replace(QLatin1String("{queue}"), enc(queue));
    QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
}

void MainWindow::updateTray()
{
    int voicemail = 0;
    if (m_extensions && !m_operatorExtension.isEmpty()) {
        const QModelIndexList hits = m_extensions->match(
            m_extensions->index(0, 0), ExtensionRoles::Number, m_operatorExtension, 1, Qt::MatchExactly);
        if (!hits.isEmpty())
            voicemail = hits.first().data(ExtensionRoles::MailboxNew).toInt();
    }
    m_tray->setCounts(voicemail, m_unseenMissed);
}

void MainWindow::setUnseenMissedCalls(int count)
{
    m_unseenMissed = count;
    updateTray();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitting && m_settings->minimiseToTray() && m_tray->isAvailable()) {
        hide();
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !isActiveWindow())
        return QMainWindow::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    QWidget* focus = QApplication::focusWidget();
    const bool typingElsewhere = qobject_cast<QLineEdit*>(focus) || qobject_cast<QTextEdit*>(focus)
        || qobject_cast<QPlainTextEdit*>(focus) || qobject_cast<QAbstractSpinBox*>(focus);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = key->text();
    if (!typingElsewhere && mods == Qt::NoModifier && !text.isEmpty() && text.at(0).isPrint()
        && !text.at(0).isSpace() && focus && focus->window() == this) {
        // In the directory's table the letters search the directory, elsewhere the board.
        if (m_searchDock && m_searchDock->isAncestorOf(focus)) {
            m_searchDock->widget()->setFocus(Qt::OtherFocusReason);
            if (auto* search = qobject_cast<QLineEdit*>(QApplication::focusWidget()))
                search->insert(text);
            return true;
        }
        m_board->appendFilterText(text);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}
