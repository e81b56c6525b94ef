// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class CallHistory;
class CallRecorder;
class HistoryPanel;
class MainWindow;
class OperatorActions;
class PbxServer;
class QDockWidget;
class Settings;
struct Profile;

// The persistent call history of the running profile: its file, one
// CallRecorder per server (fed the state's calls and the client's Cdr events),
// and the History panel docked beside the parked calls, its tab and the tray
// counting the missed calls not seen yet.
class HistoryDesk final : public QObject
{
    Q_OBJECT
public:
    HistoryDesk(const Profile& profile, Settings* settings, MainWindow* window, OperatorActions* actions,
        QObject* parent = nullptr);

    void addServer(PbxServer* server);
    // The History page of the settings was saved: retention and whose calls, at once.
    void applySettings(const Settings& settings);
    CallHistory* history() const { return m_history; }
    HistoryPanel* panel() const { return m_panel; }
    QDockWidget* dockWidget() const;

private:
    void dock(MainWindow* window);
    void updateTitle(int unseenMissed);

    CallHistory* m_history;
    HistoryPanel* m_panel;
    QPointer<QDockWidget> m_dock;
    QList<CallRecorder*> m_recorders;
    QString m_operatorDevice;
    bool m_recordAll = false;
};
