// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class AmiClient;
class CallsPanel;
class Clock;
class DropActions;
class ExtensionBoard;
class IncomingCallBanner;
class OperatorActions;
class OperatorCallWatcher;
class PanelKeys;
class PbxServer;
class ParkedPanel;
class QAbstractItemModel;
class QAction;
class CallRecordingPanel;
class ConferencePanel;
class QDockWidget;
class QLabel;
class QMenu;
class QueuePanel;
class RecordingActions;
class Settings;
class StatusMessage;
class TileZoom;
class TrayIcon;

// The operator's window: the extension board in the middle, panels docked
// around it (calls, queues, parked, conferences, recording — and whatever
// addPanel() adds, e.g. the history, the directory and the voicemail browser),
// one status mark per server.
// It only arranges and forwards: actions live in OperatorActions, call
// tracking in OperatorCallWatcher.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(
        Settings* settings, OperatorActions* actions, QWidget* parent = nullptr, Clock* clock = nullptr);
    ~MainWindow() override;

    void setExtensionModel(QAbstractItemModel* model);
    void setCallModel(QAbstractItemModel* model);
    void setParkedModel(QAbstractItemModel* model);
    void setQueueModel(QAbstractItemModel* model);
    void setOperatorDevice(const QString& device, const QString& extension);

    // Docks a panel (directory, voicemail, …) with a View menu entry.
    // The dock whose widget Ctrl+F focuses (the directory); the board filter without one.
    void setSearchPanel(QDockWidget* dock);
    QDockWidget* addPanel(
        QWidget* panel, const QString& title, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    void addServerStatus(const QString& label, AmiClient* client);
    // The same with the whole server: also stale board, restart and account notes.
    void addServerStatus(const QString& label, PbxServer* server);
    // The server's conference rooms and call recordings in their panels; `context` is where
    // the rooms' extensions live, `callerId` what an invited phone shows.
    // `threeWayRooms`: the server's conference rooms for three-way calls (ConferenceRooms::parse).
    void addServerPanels(PbxServer* server, const QString& context, const QString& callerId,
        const QStringList& threeWayRooms = {});
    // Adds an action to the Edit menu (created, after File, by the first call):
    // e.g. the voicemail browser's "Undo delete", so Ctrl+Z works from anywhere.
    void addEditAction(QAction* action);

    ExtensionBoard* board() const { return m_board; }
    CallsPanel* callsPanel() const { return m_calls; }
    QueuePanel* queuePanel() const { return m_queues; }
    ParkedPanel* parkedPanel() const { return m_parked; }
    ConferencePanel* conferencePanel() const { return m_conferences; }
    CallRecordingPanel* recordingPanel() const { return m_recordings; }
    IncomingCallBanner* incomingBanner() const { return m_banner; }
    OperatorCallWatcher* callWatcher() const { return m_watcher; }
    DropActions* dropActions() const { return m_drops; }
    RecordingActions* recordingActions() const { return m_recordingActions; }
    PanelKeys* panelKeys() const { return m_panelKeys; }
    TileZoom* tileZoom() const { return m_zoom; }
    TrayIcon* tray() const { return m_tray; }
    QString statusText() const;
    // The screen's room for the window, without panels and task bars.
    QSize availableSize() const;
    StatusMessage* statusMessage() const { return m_message; }

Q_SIGNALS:
    void settingsRequested();
    // A tile's context menu is being built: others (availability) add their part.
    void tileMenuAboutToShow(QMenu* menu, const QModelIndex& tile);

public Q_SLOTS:
    void showMessage(const QString& text, bool error);
    // The tray's missed-call count: the history's missed calls not seen yet.
    void setUnseenMissedCalls(int count);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The constructor's steps.
    void buildCentral();
    void buildMenus();
    void buildFileMenu();
    void buildCallMenu();
    void addDialAction(QMenu* call);
    void dockSidePanels();
    void connectOperatorActions();
    void connectTray();
    void restoreWindow();
    void connectWatcher();
    void openCrm(const QString& number, const QString& name, const QString& queue);
    void updateTray();
    void showTileMenu(const QModelIndex& tile, const QPoint& globalPos);
    // The call the recording keys act on: the chosen tile's, else the calls panel's.
    QModelIndex chosenCall() const;

    Settings* m_settings;
    OperatorActions* m_actions;
    Clock* m_clock;
    ExtensionBoard* m_board;
    IncomingCallBanner* m_banner;
    CallsPanel* m_calls;
    QueuePanel* m_queues;
    ParkedPanel* m_parked;
    ConferencePanel* m_conferences;
    CallRecordingPanel* m_recordings;
    OperatorCallWatcher* m_watcher;
    TrayIcon* m_tray;
    StatusMessage* m_message;
    DropActions* m_drops;
    RecordingActions* m_recordingActions;
    TileZoom* m_zoom;
    QMenu* m_viewMenu = nullptr;
    PanelKeys* m_panelKeys = nullptr;
    QMenu* m_editMenu = nullptr;
    QPointer<QDockWidget> m_searchDock;
    QAbstractItemModel* m_extensions = nullptr;
    QString m_operatorExtension;
    int m_unseenMissed = 0;
    bool m_quitting = false;
};
