// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One Attendant per user session. The first launch listens on a local socket in
// the user's runtime directory; a later launch (a second click on the icon, a
// tel: link from the browser, `attendant --profile X`) hands its arguments to the
// first one and exits, and the first raises its window.
//
// Usage, after the command line has been checked (so --help and --version still
// print in the second process) and before any window exists:
//   SingleInstance instance(SingleInstance::defaultServerName());
//   if (instance.start(arguments) == SingleInstance::Role::Secondary)
//       return 0;
//   connect(&instance, &SingleInstance::activationRequested, ...);
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    enum class Role
    {
        Undecided,
        Primary, // listening; activationRequested() reports later launches
        Secondary, // arguments delivered to the running instance: exit now
        Failed, // neither: run on without single-instance behaviour (see errorString())
    };
    Q_ENUM(Role)

    // Largest forwarded message; a longer one is dropped as garbage.
    static constexpr qint64 MaximumMessageSize = 64 * 1024;

    // serverName: a socket path (or a QLocalServer name) unique per user and app.
    explicit SingleInstance(const QString& serverName, QObject* parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR/<app id>.instance: the runtime directory is private to the
    // user (0700), so neither another user nor another user's launch can reach it.
    static QString defaultServerName();

    // Decides the role. A stale socket left by a crashed instance is replaced; a
    // lock file serialises two launches racing each other.
    Role start(const QStringList& arguments);
    Role role() const { return m_role; }
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    // A later launch's arguments (argv[0] included, as QCoreApplication::arguments()).
    void activationRequested(const QStringList& arguments);

private:
    bool sendToPrimary(const QStringList& arguments);
    bool listen();
    void handleNewConnection();
    void handleReadyRead(QLocalSocket* socket);
    void dropClient(QLocalSocket* socket);

    QString m_serverName;
    QString m_errorString;
    Role m_role = Role::Undecided;
    QLocalServer* m_server = nullptr;
};
