// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"
#include "core/directory/DirectorySource.h"
#include "core/directory/LdapQuery.h"
#include "core/settings/LdapSettings.h"

#include <QThread>

#include <atomic>
#include <memory>

class Clock;
class ClockTimer;
class LdapWorker;
class QSslCertificate;
class SecretStore;

// An LDAP directory read with OpenLDAP's libldap on a worker thread.
// start() loads everything (paged); when the server cannot be reached it
// retries with exponential backoff and meanwhile publishes the last good
// result from the disk cache, marked stale. search() asks the server itself
// (for directories too big to load), with the text escaped per RFC 4515.
class LdapDirectory final : public DirectorySource
{
    Q_OBJECT
public:
    explicit LdapDirectory(const LdapSettings& settings, Clock* clock = nullptr, QObject* parent = nullptr);
    ~LdapDirectory() override;
    Q_DISABLE_COPY_MOVE(LdapDirectory)

    LdapSettings settings() const { return m_settings; }
    // Takes effect on the next reload().
    void setSettings(const LdapSettings& settings);
    // The bind password read from SecretStore (key settings().secretKey()).
    // Kept in memory only, never cached or logged.
    void setBindPassword(const QString& password);
    // start(), after reading the bind password from store (key
    // settings().secretKey()) when a bind DN is set. Without a stored
    // password: errorOccurred(PasswordMissing) and the cache, no bind attempt
    // (the ui asks for it, writes it to the store and calls this again).
    void startWithPasswordFrom(SecretStore* store);

    QString location() const override { return m_settings.url; }
    void start() override;
    void reload() override;

    // Server-side search: matches the text against name, caller id, uid,
    // mail and numbers; answers with searchFinished().
    void search(const QString& text);

    // Retry state (for the status line and tests).
    bool isRetryScheduled() const;
    int retryAttempt() const { return m_retryAttempt; }
    qint64 retryDelayMs() const { return m_retryDelayMs; }
    QString cacheFile() const;

    // The certificate of the last certificateUntrusted(), for the prompt.
    CertificateInfo presentedCertificate() const { return m_presented; }
    // The user accepted that certificate: pin it (in memory) and load again.
    void trustPresentedCertificate();

Q_SIGNALS:
    void searchFinished(const QString& text, const QList<Contact>& contacts);
    void retryScheduled(qint64 delayMs, int attempt);
    // StartTLS/ldaps: the server's certificate is not trusted (or not the
    // pinned one). errorOccurred(TlsFailed) comes too; nothing was sent.
    void certificateUntrusted(const CertificateInfo& certificate);

private:
    void fetch(quint64 generation, const QString& filter, bool cache);
    void handleProgress(quint64 generation, int loaded);
    void handleFinished(quint64 generation, const LdapQueryResult& result);
    void handleRetryTimeout();
    void scheduleRetry();
    void publishCacheIfNeeded();
    void announceUntrusted(const LdapQueryResult& result);
    bool isIssuerInCaFile(const QSslCertificate& certificate) const;

    LdapSettings m_settings;
    QString m_password;
    Clock* m_clock;
    ClockTimer* m_retryTimer;
    QThread m_thread;
    LdapWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_nextGeneration = 1;
    quint64 m_loadGeneration = 0;
    quint64 m_searchGeneration = 0;
    QString m_searchText;
    QDateTime m_fetchStartedAt;
    bool m_started = false;
    bool m_hasLiveResult = false;
    int m_retryAttempt = 0;
    qint64 m_retryDelayMs = 0;
    CertificateInfo m_presented;
};
