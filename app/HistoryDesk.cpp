// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDesk.h"

#include "core/ami/AmiClient.h"
#include "core/history/CallHistory.h"
#include "core/history/CallRecorder.h"
#include "core/pbx/PbxServer.h"
#include "core/settings/Profile.h"
#include "core/settings/Settings.h"
#include "ui/history/HistoryPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"

#include <QAction>
#include <QDockWidget>

HistoryDesk::HistoryDesk(
    const Profile& profile, Settings* settings, MainWindow* window, OperatorActions* actions, QObject* parent)
    : QObject(parent)
    , m_history(new CallHistory(this))
    , m_operatorDevice(profile.operatorDevice)
    , m_recordAll(settings->historyAllExtensions())
{
    // Opened first: the panel's first question must find the file open.
    m_history->open(CallHistory::defaultPath(profile.name), settings->historyRetentionDays());
    m_panel = new HistoryPanel(m_history);
    connect(m_panel, &HistoryPanel::callBackRequested, actions,
        [actions](const QString& number) { actions->callNumber(QString(), number); });
    connect(m_panel, &HistoryPanel::messageShown, window, &MainWindow::showMessage);
    connect(m_history, &CallHistory::unseenMissedChanged, this, &HistoryDesk::updateTitle);
    dock(window);
}

void HistoryDesk::dock(MainWindow* window)
{
    m_dock = window->addPanel(m_panel, tr("History"), Qt::RightDockWidgetArea);
    // The history replaces this session's call log: same place, the log's tab hidden.
    auto* log = window->findChild<QDockWidget*>(QStringLiteral("logDock"));
    if (!window->restoreDockWidget(m_dock) && log)
        window->tabifyDockWidget(log, m_dock);
    if (log) {
        log->toggleViewAction()->setVisible(false);
        log->hide();
    }
}

void HistoryDesk::updateTitle(int unseenMissed)
{
    if (m_dock)
        m_dock->setWindowTitle(
            unseenMissed > 0 ? tr("History (%n missed)", nullptr, unseenMissed) : tr("History"));
}

void HistoryDesk::addServer(PbxServer* server)
{
    // Owned by the history: it never writes into a history that is gone.
    auto* recorder = new CallRecorder(server->state(), m_history, m_history);
    recorder->setOperatorDevice(m_operatorDevice);
    recorder->setRecordAll(m_recordAll);
    connect(server->client(), &AmiClient::eventReceived, recorder, &CallRecorder::applyEvent);
}
