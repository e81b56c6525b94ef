// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/RecordingRules.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class AmiPermissions;
class QAction;
class QMenu;
class RecordingControl;
class RecordingStore;
struct CallRecording;

// Recording a live call from the board: the tile menu's Record call /
// Pause / Resume / Stop recording, and two keys for the chosen call
// (Ctrl+R starts or stops, Ctrl+Shift+R pauses or resumes). RecordingRules
// decides; a refused item is disabled and its tooltip says why (no call,
// already recorded, the AMI account lacks the class). The recording may have
// been started by anybody, on either side of the call: the store says.
class RecordingActions final : public QObject
{
    Q_OBJECT
public:
    // `callOfTile` finds the calls-panel row of a tile's call; `chosenCall` the
    // call the keys act on (the chosen tile's, else the calls panel's).
    RecordingActions(std::function<QModelIndex(const QModelIndex& tile)> callOfTile,
        std::function<QModelIndex()> chosenCall, QObject* parent = nullptr);
    ~RecordingActions() override;

    // `permissions` may be null (everything assumed granted).
    void addServer(const QString& serverId, RecordingStore* store, RecordingControl* control,
        AmiPermissions* permissions);
    // The file name template (RecordingFileName) of a server's recordings, as the
    // recording panel has it from the settings.
    void setFileTemplates(std::function<QString(const QString& serverId)> templateOf)
    {
        m_templateOf = std::move(templateOf);
    }

    void populateTileMenu(QMenu* menu, const QModelIndex& tile);
    // The two keys, for the window's Call menu.
    QAction* startStopAction() const { return m_startStop; }
    QAction* pauseResumeAction() const { return m_pauseResume; }

    // What `action` on the call row `call` would meet (None: it would be sent).
    RecordingRules::Refusal check(RecordingRules::Action action, const QModelIndex& call) const;
    // Sends it, or says why not; true when sent.
    bool run(RecordingRules::Action action, const QModelIndex& call);

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

private:
    struct Server
    {
        QPointer<RecordingStore> store;
        QPointer<RecordingControl> control;
        QPointer<AmiPermissions> permissions;
    };

    // The call's running recording (either side), its channel in `channel`.
    const CallRecording* recordingOf(const QModelIndex& call, QString* channel = nullptr) const;
    QAction* addItem(QMenu* menu, RecordingRules::Action action, const QModelIndex& call);
    void triggerKey(bool startStop);
    static QString who(const QModelIndex& call);

    std::function<QModelIndex(const QModelIndex&)> m_callOfTile;
    std::function<QModelIndex()> m_chosenCall;
    QHash<QString, Server> m_servers;
    std::function<QString(const QString&)> m_templateOf;
    QAction* m_startStop;
    QAction* m_pauseResume;
};
