// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapDirectory.h"

#include "core/common/Clock.h"
#include "core/directory/DirectoryCache.h"
#include "core/directory/LdapFilter.h"
#include "core/directory/LdapWorker.h"
#include "core/settings/SecretStore.h"

#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <algorithm>

LdapDirectory::LdapDirectory(const LdapSettings& settings, Clock* clock, QObject* parent)
    : DirectorySource(settings.sourceId, parent)
    , m_settings(settings)
    , m_clock(clock ? clock : Clock::system())
    , m_retryTimer(m_clock->createTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<LdapQueryResult>();
    qRegisterMetaType<LdapSettings>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &ClockTimer::timeout, this, &LdapDirectory::handleRetryTimeout);

    m_worker = new LdapWorker(m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &LdapWorker::progressed, this, &LdapDirectory::handleProgress);
    connect(m_worker, &LdapWorker::finished, this, &LdapDirectory::handleFinished);
    m_thread.setObjectName(QStringLiteral("ldap-") + settings.sourceId);
    m_thread.start();
}

LdapDirectory::~LdapDirectory()
{
    // A running fetch stops after its current page; the network timeout and
    // the time limit bound how long that can take.
    m_cancel->store(true);
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void LdapDirectory::setSettings(const LdapSettings& settings)
{
    m_settings = settings;
}

void LdapDirectory::setBindPassword(const QString& password)
{
    m_password = password;
}

void LdapDirectory::startWithPasswordFrom(SecretStore* store)
{
    if (m_settings.bindDn.isEmpty() || !store) {
        start();
        return;
    }
    store->read(m_settings.secretKey(), this,
        [this](SecretStore::Status status, const QString& secret, const QString& errorText) {
            // Without a keychain the store answers from this process's memory.
            const bool have = status == SecretStore::Status::Ok
                || (status == SecretStore::Status::KeychainUnavailable && !secret.isEmpty());
            if (have) {
                setBindPassword(secret);
                m_started = false;
                start();
                return;
            }
            QString detail = m_settings.url + QLatin1String(": no password for ") + m_settings.bindDn;
            if (!errorText.isEmpty())
                detail += QLatin1String(" (") + errorText + QLatin1Char(')');
            Q_EMIT errorOccurred(id(), Error::PasswordMissing, detail);
            publishCacheIfNeeded();
        });
}

QString LdapDirectory::cacheFile() const
{
    return m_settings.cacheFile.isEmpty() ? DirectoryCache::defaultPath(m_settings.sourceId)
                                          : m_settings.cacheFile;
}

void LdapDirectory::start()
{
    if (m_started)
        return;
    m_started = true;
    reload();
}

void LdapDirectory::reload()
{
    m_started = true;
    m_retryTimer->stop();
    m_loadGeneration = m_nextGeneration++;
    setLoading(true);
    Q_EMIT progressChanged(id(), 0, -1);
    fetch(m_loadGeneration, m_settings.filter, true);
}

void LdapDirectory::search(const QString& text)
{
    m_searchGeneration = m_nextGeneration++;
    m_searchText = text;
    fetch(m_searchGeneration, ldapSearchFilter(m_settings.filter, m_settings.attributes, text), false);
}

bool LdapDirectory::isRetryScheduled() const
{
    return m_retryTimer->isActive();
}

void LdapDirectory::fetch(quint64 generation, const QString& filter, bool cache)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->currentMSecsSinceEpoch(), Qt::UTC);
    if (cache)
        m_fetchStartedAt = now;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, settings = m_settings, password = m_password, filter,
            cachePath = cache ? cacheFile() : QString(),
            now]() { worker->fetch(generation, settings, password, filter, cachePath, now); },
        Qt::QueuedConnection);
}

void LdapDirectory::handleProgress(quint64 generation, int loaded)
{
    if (generation == m_loadGeneration)
        Q_EMIT progressChanged(id(), loaded, -1);
}

void LdapDirectory::handleFinished(quint64 generation, const LdapQueryResult& result)
{
    if (generation == m_searchGeneration) {
        if (result.error != Error::None && result.error != Error::SizeLimitExceeded)
            Q_EMIT errorOccurred(id(), result.error, result.detail);
        Q_EMIT searchFinished(m_searchText, result.contacts);
        return;
    }
    if (generation != m_loadGeneration)
        return; // superseded by a later reload()
    setLoading(false);

    if (result.error == Error::None || result.error == Error::SizeLimitExceeded) {
        m_retryAttempt = 0;
        m_retryDelayMs = 0;
        m_hasLiveResult = true;
        publish(result.contacts, false, m_fetchStartedAt);
        if (result.error == Error::SizeLimitExceeded)
            Q_EMIT errorOccurred(id(), result.error, result.detail);
        return;
    }

    Q_EMIT errorOccurred(id(), result.error, result.detail);
    if (result.error == Error::TlsFailed && !result.peerCertificate.isEmpty())
        announceUntrusted(result);
    publishCacheIfNeeded();
    // Only an unreachable server heals by itself; a wrong password or base DN
    // would just be hammered (and could lock the account).
    if (result.error == Error::ServerUnreachable)
        scheduleRetry();
}

void LdapDirectory::publishCacheIfNeeded()
{
    if (m_hasLiveResult || (isStale() && !contacts().isEmpty()))
        return;
    const std::optional<DirectoryCache> cache = DirectoryCache::load(cacheFile());
    if (cache)
        publish(cache->contacts, true, cache->savedAt);
}

void LdapDirectory::scheduleRetry()
{
    const qint64 initial = qMax(1, m_settings.retryInitialMs);
    m_retryDelayMs = m_retryAttempt == 0 ? initial : qMin<qint64>(m_retryDelayMs * 2, m_settings.retryMaxMs);
    ++m_retryAttempt;
    m_retryTimer->start(m_retryDelayMs);
    Q_EMIT retryScheduled(m_retryDelayMs, m_retryAttempt);
}

void LdapDirectory::handleRetryTimeout()
{
    m_loadGeneration = m_nextGeneration++;
    setLoading(true);
    fetch(m_loadGeneration, m_settings.filter, true);
}

void LdapDirectory::announceUntrusted(const LdapQueryResult& result)
{
    // The exact reasons, worded by Qt's TLS backend for the same certificate
    // and host name; a changed pin says so itself.
    const QSslCertificate certificate(result.peerCertificate, QSsl::Der);
    QStringList errors;
    if (!m_settings.pinnedCertificateSha256.isEmpty())
        errors.append(result.detail.mid(m_settings.url.size() + 2));
    const QList<QSslError> verified = QSslCertificate::verify({certificate}, QUrl(m_settings.url).host());
    const bool issuerInCaFile = isIssuerInCaFile(certificate);
    for (const QSslError& e : verified) {
        // Qt checks against the system's CAs only: an issuer found in the CA
        // file is not a reason (the host name or the dates are).
        const bool aboutIssuer = e.error() == QSslError::UnableToGetLocalIssuerCertificate
            || e.error() == QSslError::UnableToVerifyFirstCertificate;
        if (!(issuerInCaFile && aboutIssuer))
            errors.append(e.errorString());
    }
    m_presented = CertificateInfo::fromCertificate(certificate, m_settings.url, errors);
    Q_EMIT certificateUntrusted(m_presented);
}

bool LdapDirectory::isIssuerInCaFile(const QSslCertificate& certificate) const
{
    if (m_settings.caCertificateFile.isEmpty())
        return false;
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caCertificateFile);
    return std::any_of(cas.cbegin(), cas.cend(), [&](const QSslCertificate& ca) {
        return ca.subjectDisplayName() == certificate.issuerDisplayName()
            && ca.subjectInfo(QSslCertificate::Organization)
            == certificate.issuerInfo(QSslCertificate::Organization);
    });
}

void LdapDirectory::trustPresentedCertificate()
{
    if (m_presented.isNull())
        return;
    m_settings.pinnedCertificateSha256 = m_presented.sha256;
    reload();
}
