// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The only way a secret (AMI secret, LDAP bind password) is stored: the OS
// keychain through qtkeychain. Never QSettings, never a file, never a log.
// When no keychain is reachable (no D-Bus session, no Secret Service) the
// secret is kept in this process's memory only and status() says why, so the
// UI can ask for it again on the next start.
//
// Keys are plain names chosen by the caller, e.g. "ami/<profile>/<server>"
// or "ldap/<source>".
namespace QKeychain {
class Job;
}

class SecretStore final : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        KeychainUnavailable, // fell back to memory for this process
        AccessDenied,
        Error,
    };
    Q_ENUM(Status)

    using ReadCallback = std::function<void(Status status, const QString& secret, const QString& errorText)>;
    using WriteCallback = std::function<void(Status status, const QString& errorText)>;

    explicit SecretStore(
        const QString& service = QStringLiteral(ATTENDANT_APP_ID), QObject* parent = nullptr);
    ~SecretStore() override;

    // Asynchronous; the callback runs once, on this object's thread, unless
    // context has been destroyed by then.
    //
    // remove() of a key that is not stored answers Ok.
    // Without a keychain every call answers KeychainUnavailable with
    // unavailableReason() as errorText: write() then kept the secret in memory,
    // remove() dropped it from memory, and read() passes the secret held in
    // memory (empty when there is none, so the UI asks the user for it).
    void read(const QString& key, QObject* context, ReadCallback callback);
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback callback);
    void remove(const QString& key, QObject* context, WriteCallback callback);

    // False once an operation found no keychain; secrets then live in memory only.
    bool keychainAvailable() const { return m_keychainAvailable; }
    // A sentence for the user when the keychain is not available.
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void keychainAvailabilityChanged(bool available);
    // A write did not reach the keychain (errorText says why, in the user's
    // words): the secret will not be there at the next start. Emitted besides
    // the callback, so that the one place that talks to the user hears of
    // every failed write, whoever asked for it.
    void writeFailed(const QString& key, SecretStore::Status status, const QString& errorText);

private:
    using JobDone = std::function<void(Status status, const QString& errorText)>;
    // Starts one keychain job and maps its outcome to a Status and a sentence
    // (falling back to memory when no keychain answers); done() always runs.
    void run(QKeychain::Job* job, const QString& key, const char* verb, JobDone done);
    // Runs answer() on the event loop unless guard is gone by then.
    void answerLater(const QPointer<QObject>& guard, std::function<void()> answer);
    // Switches to memory-only for the rest of the process and says why.
    void markUnavailable(const QString& key, int keychainError);

    QString m_service;
    bool m_keychainAvailable = true;
    QString m_unavailableReason;
    QHash<QString, QString> m_memory; // fallback only
};
