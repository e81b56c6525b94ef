// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class AmiMessage;
class Clock;
class DemoCalls;
class DemoChanSpy;
class DemoConference;
class DemoRecording;
class DemoFeatures;
class DemoNoAnswer;
class DemoScenario;
class DemoSession;
class DemoVoicemail;
class DemoWorld;
class QTcpServer;
class QTemporaryDir;

// A simulated Asterisk 22 on 127.0.0.1: an AMI server that answers like the
// recorded one (tests/data/ami/22.10.1) for a simulated office, with a live
// call generator, a queue, parked calls, a voicemail spool and a directory
// file. Powers `attendant --demo`, attendant-demo-pbx, tests and benchmarks.
//
// Typical use:
//     DemoPbx pbx;                 // system clock, seed 1, 40 extensions
//     pbx.start();                 // 127.0.0.1, random port
//     connect to pbx.serverPort(), log in as "demo"/"demo"
//
// Configure (setSeed, setExtensionCount, setSpoolPath, setLoad) before start().
// Tests pass a MockClock and drive calls with the scripted API below.
class DemoPbx final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPbx)
public:
    static constexpr int DefaultExtensionCount = 40;
    static constexpr double DefaultEventRate = 20.0;
    // The in-app demo's two paces (DemoScenario::EventsPerCall events a call):
    // calm, about three calls a minute, to follow cause and effect; busy,
    // about sixteen, a reception desk at its peak.
    static constexpr double CalmEventRate = 4.0;
    static constexpr double BusyEventRate = DefaultEventRate;

    // clock: nullptr means Clock::system(); it must outlive the DemoPbx.
    explicit DemoPbx(QObject* parent = nullptr, Clock* clock = nullptr);
    ~DemoPbx() override;

    void setSeed(quint32 seed);
    void setExtensionCount(int count);
    // Where the voicemail spool is written (the level holding "default/").
    // Empty (default): a QTemporaryDir removed with the DemoPbx.
    void setSpoolPath(const QString& path);
    // The manager account (default "demo"/"demo", full rights).
    void setCredentials(const QString& user, const QString& secret);
    // An extra account with write=none, like the recorded "readonly" user.
    void addReadOnlyUser(const QString& user, const QString& secret);
    // Events per second the live generator aims at; 0 = no generated calls
    // (the scripted API only). Default 20. May change while running.
    void setEventRate(double eventsPerSecond);
    // Load mode: many extensions and a high event rate (e.g. 5000, 2000).
    void setLoad(int extensions, double eventsPerSecond);
    double eventRate() const { return m_eventRate; }
    // Holds the office still (see DemoScenario::setPaused); AMI keeps answering.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Before start(): AMI over TLS (Asterisk's tlsenable, port 5039) with this
    // certificate and RSA key (PEM files); empty = plain TCP.
    void setTls(const QString& certificatePemFile, const QString& keyPemFile);

    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString spoolPath() const;
    QString directoryFilePath() const;
    // MixMonitor's spool as the desk reads it (the events keep Asterisk's /var/spool/asterisk/monitor).
    QString monitorPath() const;
    int sessionCount() const { return int(m_sessions.size()); }

    // Scripted API (tests): call ids are the caller channel's Uniqueid.
    QString startCall(const QString& from, const QString& to);
    QString startExternalCall(const QString& number, const QString& name, const QString& to);
    bool answer(const QString& callId);
    bool hold(const QString& callId);
    bool unhold(const QString& callId);
    bool hangup(const QString& callId, bool callerHangsUp = false);
    // Parks the callee of the call; returns the space (0 on failure).
    int park(const QString& callId, qint64 timeoutMs = 120000);
    // Deposits a voicemail for mailbox as a missed call would (MessageWaiting).
    bool leaveVoicemail(const QString& mailbox, const QString& callerId, int seconds);

    DemoWorld* world() const { return m_world.get(); }
    DemoCalls* calls() const { return m_calls.get(); }
    DemoFeatures* features() const { return m_features.get(); }
    DemoChanSpy* chanSpy() const { return m_chanSpy.get(); }
    DemoConference* conference() const { return m_conference.get(); }
    DemoRecording* recording() const { return m_recording.get(); }
    DemoScenario* scenario() const { return m_scenario.get(); }
    Clock* clock() const { return m_clock; }

    // For DemoSession.
    bool authenticate(const QString& user, const QString& secret, const QByteArray& md5Key,
        const QByteArray& challenge, bool* readOnly) const;
    // Events published between beginAction() and endAction() are held back, so
    // an action's response always precedes the events it causes.
    void beginAction() { ++m_deferDepth; }
    void endAction();

Q_SIGNALS:
    void sessionsChanged();

private:
    static constexpr qint64 RecordedCallDelayMs = 3000;
    void seedRecordedCall();
    void handleNewConnection();
    // A QTcpServer, or a QSslServer after setTls(); null (m_error says why) when the files do not load.
    std::unique_ptr<QTcpServer> makeServer();
    bool listen(const QHostAddress& address, quint16 port);
    void handleEvent(const AmiMessage& event);
    void dispatch(const QByteArray& wire, QByteArrayView privilege);
    void seedVoicemail();

    Clock* m_clock;
    std::unique_ptr<class DemoPauseClock> m_officeClock; // the world's: its timers hold while paused
    quint32 m_seed = 1;
    int m_extensionCount = DefaultExtensionCount;
    double m_eventRate = DefaultEventRate;
    bool m_paused = false;
    QString m_spoolOverride;
    QString m_error;
    QString m_tlsCertificateFile;
    QString m_tlsKeyFile;
    struct Account
    {
        QString secret;
        bool readOnly = false;
    };
    QHash<QString, Account> m_accounts;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_basePath;
    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<DemoWorld> m_world;
    std::unique_ptr<DemoVoicemail> m_voicemail;
    std::unique_ptr<DemoCalls> m_calls;
    std::unique_ptr<DemoNoAnswer> m_noAnswer;
    std::unique_ptr<DemoFeatures> m_features;
    std::unique_ptr<DemoScenario> m_scenario;
    std::unique_ptr<DemoChanSpy> m_chanSpy;
    std::unique_ptr<DemoConference> m_conference;
    std::unique_ptr<DemoRecording> m_recording;
    QList<QPointer<DemoSession>> m_sessions;
    int m_deferDepth = 0;
    QList<std::pair<QByteArray, QByteArray>> m_deferred; // wire, privilege
};
