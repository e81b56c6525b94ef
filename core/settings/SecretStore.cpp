// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

// Log lines name the key and the qtkeychain error code only: never the secret,
// and not qtkeychain's errorString() either (it may quote backend replies).
Q_LOGGING_CATEGORY(lcSecretStore, "attendant.settings.secrets")

namespace {

// The libsecret backend reports a missing or dead D-Bus session (and a session
// without a Secret Service) as OtherError; its text then names D-Bus or the
// service. Any other OtherError (e.g. a locked collection the user refused) is
// a plain error, not a reason to fall back to memory for the whole session.
bool looksLikeNoKeychain(const QString& errorString)
{
    static const char* const markers[] = {
        "dbus",
        "d-bus",
        "secret service",
        "org.freedesktop.secrets",
        "no such interface",
        "serviceunknown",
        "service unknown",
        "could not connect",
        "failed to connect",
        "unable to autolaunch",
        "cannot autolaunch",
        "no such file or directory",
        "connection refused",
        "not provided by any .service files",
    };
    const QString lower = errorString.toLower();
    for (const char* marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

SecretStore::Status classify(QKeychain::Error error, const QString& errorString)
{
    using Status = SecretStore::Status;
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::KeychainUnavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::OtherError:
        return looksLikeNoKeychain(errorString) ? Status::KeychainUnavailable : Status::Error;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Error;
    }
    return Status::Error;
}

QString accessDeniedText()
{
    return QCoreApplication::translate("SecretStore", "Access to the keychain was denied.");
}

QString errorText(const QString& keychainError)
{
    return QCoreApplication::translate("SecretStore", "The keychain reported an error: %1")
        .arg(keychainError);
}

} // namespace

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    QPointer<QObject> guard(context);
    if (!m_keychainAvailable) {
        answerLater(guard, [this, key, callback = std::move(callback)] {
            callback(Status::KeychainUnavailable, m_memory.value(key), m_unavailableReason);
        });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    run(job, key, "reading",
        [this, job, key, guard, callback = std::move(callback)](Status status, const QString& text) {
            QString secret;
            if (status == Status::Ok)
                secret = job->textData();
            else if (status == Status::KeychainUnavailable)
                secret = m_memory.value(key);
            if (guard)
                callback(status, secret, text);
        });
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    if (!m_keychainAvailable) {
        m_memory.insert(key, secret);
        // Queued like the keychain's answer: the signal too reaches its
        // listeners after write() returned.
        QMetaObject::invokeMethod(
            this,
            [this, key, guard, callback = std::move(callback)] {
                Q_EMIT writeFailed(key, Status::KeychainUnavailable, m_unavailableReason);
                if (guard)
                    callback(Status::KeychainUnavailable, m_unavailableReason);
            },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    // The secret is captured so that it can be kept in memory if the keychain
    // turns out to be unreachable; it leaves this closure for nothing else.
    run(job, key, "writing",
        [this, key, secret, guard, callback = std::move(callback)](Status status, const QString& text) {
            if (status == Status::KeychainUnavailable)
                m_memory.insert(key, secret);
            if (status == Status::NotFound) // cannot happen on a write; treat as an error
                status = Status::Error;
            if (status != Status::Ok)
                Q_EMIT writeFailed(key, status, text);
            if (guard)
                callback(status, text);
        });
}

void SecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    // Whatever the keychain says, a removed secret must not linger in memory.
    m_memory.remove(key);
    if (!m_keychainAvailable) {
        answerLater(guard, [this, callback = std::move(callback)] {
            callback(Status::KeychainUnavailable, m_unavailableReason);
        });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    run(job, key, "removing", [guard, callback = std::move(callback)](Status status, const QString& text) {
        // Already gone is what the caller wanted: Ok.
        if (guard)
            callback(status == Status::NotFound ? Status::Ok : status, text);
    });
}

void SecretStore::answerLater(const QPointer<QObject>& guard, std::function<void()> answer)
{
    // Asynchronous like the keychain path, so callers never see re-entrancy.
    QMetaObject::invokeMethod(
        this,
        [guard, answer = std::move(answer)] {
            if (guard)
                answer();
        },
        Qt::QueuedConnection);
}

void SecretStore::run(QKeychain::Job* job, const QString& key, const char* verb, JobDone done)
{
    // Jobs are not children of the store: a job deleted while the backend
    // still works on it would be answered into freed memory. Each job deletes
    // itself when done; `this` as the connection context drops the answer if
    // the store is gone by then.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, verb, done = std::move(done)] {
        const QKeychain::Error error = job->error();
        const Status status = classify(error, job->errorString());
        QString text;
        switch (status) {
        case Status::Ok:
        case Status::NotFound:
            break;
        case Status::KeychainUnavailable:
            markUnavailable(key, int(error));
            text = m_unavailableReason;
            break;
        case Status::AccessDenied:
            text = accessDeniedText();
            break;
        case Status::Error:
            qCWarning(lcSecretStore) << verb << key << "failed, qtkeychain error" << int(error);
            text = errorText(job->errorString());
            break;
        }
        done(status, text);
    });
    job->start();
}

void SecretStore::markUnavailable(const QString& key, int keychainError)
{
    if (!m_keychainAvailable)
        return;
    qCWarning(lcSecretStore) << "no keychain reachable (qtkeychain error" << keychainError << "on" << key
                             << "): keeping secrets in memory for this session";
    m_keychainAvailable = false;
    m_unavailableReason = QCoreApplication::translate("SecretStore",
        "No keychain (Secret Service) is available on this desktop session: the secret is kept in memory "
        "until "
        "Attendant quits.");
    Q_EMIT keychainAvailabilityChanged(false);
}
