// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class CallControl;
class CommandLine;
class CertificateTrust;
class DemoPbx;
class DirectoryModel;
class DirectoryPanel;
class LdapDirectory;
class QDockWidget;
class MainWindow;
class NetworkWatch;
class OperatorActions;
class PbxServer;
class SecretStore;
class Settings;
class HistoryDesk;
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
    // The steps of start(), in order.
    bool becomeSingleInstance(const QStringList& arguments);
    bool pickProfile(const CommandLine& commandLine);
    bool resolveProfile(const CommandLine& commandLine);
    bool startDemo(int extensions, double eventsPerSecond);
    void buildWindow();
    // The profile's directory sources and voicemail spool, docked below the
    // board (the demo's profile points at the files its PBX writes).
    void dockDirectoryAndVoicemail();
    void startDirectorySource(DirectoryPanel* panel, const DirectorySourceConfig& config);
    void askLdapPassword(LdapDirectory* ldap);
    // The browser, a message when the spool cannot be read, nullptr when none is set.
    QWidget* buildVoicemailPanel(DirectoryModel* directoryModel);
    void removeDirectoryAndVoicemail();
    void startServers();
    void startServer(const ServerConfig& server);
    // tel:/sip: links from the command line and from later launches.
    void connectLinks();
    void scheduleScreenshots(const CommandLine& commandLine);
    void obtainSecretAndStart(PbxServer* server, const ServerConfig& config);
    void askSecret(PbxServer* server, const ServerConfig& config, const QString& why);
    void openSettings();
    void handleActivation(const QStringList& arguments);
    // Keeps the XDG autostart entry in step with the "start at login" setting.
    void applyStartAtLogin();
    // The prompt for untrusted TLS certificates (AMI and LDAP), made on first use.
    CertificateTrust* certificateTrust();

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
    NetworkWatch* m_network = nullptr;
    ServerModels* m_models = nullptr;
    HistoryDesk* m_history = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QObject* m_panelParts = nullptr; // directory sources, voicemail store
    QPointer<QDockWidget> m_directoryDock;
    QPointer<QDockWidget> m_voicemailDock;
    QSet<QString> m_askedLdapPasswords; // source ids asked for a bind password this run
    CertificateTrust* m_certificateTrust = nullptr;
    int m_exitCode = 0;
};
