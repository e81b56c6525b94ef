// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class CallControl;
class DemoPbx;
class MainWindow;
class OperatorActions;
class PbxServer;
class QCommandLineParser;
class SecretStore;
class Settings;
class ServerModels;
class SingleInstance;
class UrlHandler;

// The one composition root: parses the command line, picks the profile,
// starts one PbxServer (AmiClient + PbxState + PbxSync) and one CallControl
// per server, the models, and the window, and wires them together.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(QObject* parent = nullptr);
    ~Application() override;

    // Returns false when the program should exit (help, version, bad
    // arguments, first-run dialog cancelled); exitCode() says how.
    bool start(const QStringList& arguments);
    int exitCode() const { return m_exitCode; }

    MainWindow* window() const { return m_window.get(); }

private:
    bool resolveProfile(const QCommandLineParser& parser);
    bool startDemo(int extensions, double eventsPerSecond);
    void applyColorScheme(const QString& scheme);
    void buildWindow();
    // The directory file and voicemail spool the demo PBX writes, docked.
    void dockDemoDirectoryAndVoicemail();
    void startServer(const ServerConfig& server);
    void obtainSecretAndStart(PbxServer* server, const ServerConfig& config);
    void askSecret(PbxServer* server, const ServerConfig& config, const QString& why);
    void scheduleScreenshot(const QString& file, int delayMs);
    void openSettings();
    void handleActivation(const QStringList& arguments);

    SingleInstance* m_instance = nullptr;
    UrlHandler* m_urls = nullptr;
    QStringList m_pendingLinks; // tel:/sip: links given at start, dialled once connected
    std::unique_ptr<Settings> m_settings;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<DemoPbx> m_demo;
    Profile m_profile;
    bool m_temporaryProfile = false; // --demo / --server: nothing saved
    OperatorActions* m_actions = nullptr;
    QList<PbxServer*> m_servers;
    ServerModels* m_models = nullptr;
    std::unique_ptr<MainWindow> m_window;
    int m_exitCode = 0;
};
