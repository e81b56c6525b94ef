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
    // Where the session's call log was: a tab beside the parked calls.
    auto* parked = window->findChild<QDockWidget*>(QStringLiteral("parkedDock"));
    if (!window->restoreDockWidget(m_dock) && parked) {
        window->tabifyDockWidget(parked, m_dock);
        parked->raise();
    }
    // The tray counts what the tab counts; showing the tab marks them seen.
    connect(m_history, &CallHistory::unseenMissedChanged, window, &MainWindow::setUnseenMissedCalls);
}

QDockWidget* HistoryDesk::dockWidget() const
{
    return m_dock;
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
    m_recorders.append(recorder);
}

void HistoryDesk::applySettings(const Settings& settings)
{
    m_recordAll = settings.historyAllExtensions();
    for (CallRecorder* recorder : std::as_const(m_recorders))
        recorder->setRecordAll(m_recordAll);
    m_history->setRetentionDays(settings.historyRetentionDays());
}
