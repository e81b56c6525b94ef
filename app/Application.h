// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class AvailabilityDesk;
class CallControl;
class CommandLine;
class CertificateTrust;
class DemoPaceMenu;
class DemoPbx;
class MainWindow;
class NetworkWatch;
class OperatorActions;
class PbxServer;
class ProfilePanels;
class SecretStore;
class Settings;
class HistoryDesk;
class ServerModels;
class ServerSecrets;
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
    DemoPaceMenu* demoPace() const { return m_demoPace; }
    DemoPbx* demo() const { return m_demo.get(); }
    HistoryDesk* historyDesk() const { return m_history; }

private:
    // The steps of start(), in order.
    bool becomeSingleInstance(const QStringList& arguments);
    bool pickProfile(const CommandLine& commandLine);
    bool resolveProfile(const CommandLine& commandLine);
    // No profile yet: the welcome dialog, the demo office, or words on a cancel.
    bool firstStart(const CommandLine& commandLine);
    bool startDemo(int extensions, double eventsPerSecond);
    void buildWindow();
    void restoreBoardGroups();
    void startServers();
    void startServer(const ServerConfig& server);
    // tel:/sip: links from the command line and from later launches.
    void connectLinks();
    void scheduleScreenshots(const CommandLine& commandLine);
    void openSettings();
    void handleActivation(const QStringList& arguments);
    // Keeps the XDG autostart entry in step with the "start at login" setting.
    void applyStartAtLogin();
    void applyConferenceRooms(const Profile& saved);
    // The prompt for untrusted TLS certificates (AMI and LDAP), made on first use.
    CertificateTrust* certificateTrust();

    SingleInstance* m_instance = nullptr;
    UrlHandler* m_urls = nullptr;
    QStringList m_pendingLinks; // tel:/sip: links given at start, dialled once connected
    std::unique_ptr<Settings> m_settings;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<DemoPbx> m_demo;
    DemoPaceMenu* m_demoPace = nullptr; // with --demo only
    Profile m_profile;
    bool m_temporaryProfile = false; // --demo / --server: nothing saved
    OperatorActions* m_actions = nullptr;
    QList<PbxServer*> m_servers;
    NetworkWatch* m_network = nullptr;
    ServerModels* m_models = nullptr;
    HistoryDesk* m_history = nullptr;
    AvailabilityDesk* m_availability = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ProfilePanels* m_panels = nullptr; // directory and voicemail
    ServerSecrets* m_serverSecrets = nullptr;
    CertificateTrust* m_certificateTrust = nullptr;
    int m_exitCode = 0;
};
