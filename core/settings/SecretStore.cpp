// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

// Log lines name the key and the qtkeychain error code only: never the secret,
// and not qtkeychain's errorString() either (it may quote backend replies).
Q_LOGGING_CATEGORY(lcSecretStore, "attendant.settings.secrets")

namespace {

enum class Outcome
{
    Ok,
    NotFound,
    Unavailable,
    AccessDenied,
    Error,
};

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

Outcome classify(QKeychain::Error error, const QString& errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Outcome::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Outcome::AccessDenied;
    case QKeychain::OtherError:
        return looksLikeNoKeychain(errorString) ? Outcome::Unavailable : Outcome::Error;
    case QKeychain::CouldNotDeleteEntry:
        return Outcome::Error;
    }
    return Outcome::Error;
}

SecretStore::Status toStatus(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return SecretStore::Status::Ok;
    case Outcome::NotFound:
        return SecretStore::Status::NotFound;
    case Outcome::Unavailable:
        return SecretStore::Status::KeychainUnavailable;
    case Outcome::AccessDenied:
        return SecretStore::Status::AccessDenied;
    case Outcome::Error:
        return SecretStore::Status::Error;
    }
    return SecretStore::Status::Error;
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
        // Answer asynchronously like the keychain path, so callers never see re-entrancy.
        QMetaObject::invokeMethod(
            this,
            [this, key, guard, callback = std::move(callback)] {
                if (!guard)
                    return;
                callback(Status::KeychainUnavailable, m_memory.value(key), m_unavailableReason);
            },
            Qt::QueuedConnection);
        return;
    }

    // Jobs are not children of the store: a job deleted while the backend
    // still works on it would be answered into freed memory. Each job deletes
    // itself when done; `this` as the connection context drops the answer if
    // the store is gone by then.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, callback = std::move(callback)] {
        const QKeychain::Error error = job->error();
        const Outcome outcome = classify(error, job->errorString());
        QString secret;
        QString text;
        switch (outcome) {
        case Outcome::Ok:
            secret = job->textData();
            break;
        case Outcome::NotFound:
            break;
        case Outcome::Unavailable:
            markUnavailable(key, int(error));
            secret = m_memory.value(key);
            text = m_unavailableReason;
            break;
        case Outcome::AccessDenied:
            text = accessDeniedText();
            break;
        case Outcome::Error:
            qCWarning(lcSecretStore) << "reading" << key << "failed, qtkeychain error" << int(error);
            text = errorText(job->errorString());
            break;
        }
        if (guard)
            callback(toStatus(outcome), secret, text);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    if (!m_keychainAvailable) {
        m_memory.insert(key, secret);
        QMetaObject::invokeMethod(
            this,
            [this, guard, callback = std::move(callback)] {
                if (guard)
                    callback(Status::KeychainUnavailable, m_unavailableReason);
            },
            Qt::QueuedConnection);
        return;
    }

    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    // The secret is captured so that it can be kept in memory if the keychain
    // turns out to be unreachable; it leaves this closure for nothing else.
    connect(job, &QKeychain::Job::finished, this,
        [this, job, key, secret, guard, callback = std::move(callback)] {
            const QKeychain::Error error = job->error();
            const Outcome outcome = classify(error, job->errorString());
            QString text;
            switch (outcome) {
            case Outcome::Ok:
                break;
            case Outcome::NotFound: // cannot happen on a write; treat as an error
                text = errorText(job->errorString());
                break;
            case Outcome::Unavailable:
                markUnavailable(key, int(error));
                m_memory.insert(key, secret);
                text = m_unavailableReason;
                break;
            case Outcome::AccessDenied:
                text = accessDeniedText();
                break;
            case Outcome::Error:
                qCWarning(lcSecretStore) << "writing" << key << "failed, qtkeychain error" << int(error);
                text = errorText(job->errorString());
                break;
            }
            if (guard)
                callback(outcome == Outcome::NotFound ? Status::Error : toStatus(outcome), text);
        });
    job->start();
}

void SecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    QPointer<QObject> guard(context);
    // Whatever the keychain says, a removed secret must not linger in memory.
    m_memory.remove(key);
    if (!m_keychainAvailable) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, callback = std::move(callback)] {
                if (guard)
                    callback(Status::KeychainUnavailable, m_unavailableReason);
            },
            Qt::QueuedConnection);
        return;
    }

    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, callback = std::move(callback)] {
        const QKeychain::Error error = job->error();
        const Outcome outcome = classify(error, job->errorString());
        QString text;
        switch (outcome) {
        case Outcome::Ok:
        case Outcome::NotFound: // already gone is what the caller wanted: Ok
            break;
        case Outcome::Unavailable:
            markUnavailable(key, int(error));
            m_memory.remove(key);
            text = m_unavailableReason;
            break;
        case Outcome::AccessDenied:
            text = accessDeniedText();
            break;
        case Outcome::Error:
            qCWarning(lcSecretStore) << "removing" << key << "failed, qtkeychain error" << int(error);
            text = errorText(job->errorString());
            break;
        }
        if (guard)
            callback(outcome == Outcome::NotFound ? Status::Ok : toStatus(outcome), text);
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
