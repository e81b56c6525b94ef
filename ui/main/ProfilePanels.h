// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class DirectoryModel;
class DirectorySources;
class MainWindow;
class OperatorActions;
class PbxServer;
class QDockWidget;
class QWidget;

// The profile's directory and voicemail panels, docked below the board and
// tabbed so the board keeps its width. Presence next to each contact and the
// voicemail's mailboxes and message-waiting come from every server. Rebuilt
// whole when the settings change.
class ProfilePanels final : public QObject
{
    Q_OBJECT
public:
    ProfilePanels(
        MainWindow* window, OperatorActions* actions, DirectorySources* sources, QObject* parent = nullptr);
    ~ProfilePanels() override;

    void addServer(PbxServer* server);
    void build(const Profile& profile);
    void rebuild(const Profile& profile);
    // Shows the directory searched for this number (a call's "Open contact").
    void openContact(const QString& number);
    // The directory of the current build (forward targets are picked from it); null before build().
    DirectoryModel* directoryModel() const;

private:
    QWidget* buildDirectory(const Profile& profile, DirectoryModel* model);
    // The browser, a notice when the spool cannot be read, nullptr when none is set.
    QWidget* buildVoicemail(const VoicemailConfig& config, DirectoryModel* directoryModel);
    // One recordings browser per server with a monitor folder, tabbed beside the directory.
    void buildRecordings(const RecordingSettings& settings);
    void remove();

    MainWindow* m_window;
    OperatorActions* m_actions;
    DirectorySources* m_sources;
    QList<QPointer<PbxServer>> m_servers;
    QObject* m_parts = nullptr; // directory sources, presence, voicemail store: deleted together
    QPointer<QDockWidget> m_directoryDock;
    QPointer<DirectoryModel> m_directoryModel;
    QPointer<QDockWidget> m_voicemailDock;
    QList<QPointer<QDockWidget>> m_recordingDocks;
};
