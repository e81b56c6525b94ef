// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapWorker.h"

#include "core/directory/DirectoryCache.h"

LdapWorker::LdapWorker(std::shared_ptr<std::atomic_bool> cancel)
    : m_cancel(std::move(cancel))
{ }

void LdapWorker::fetch(quint64 generation, const LdapSettings& settings, const QString& password,
    const QString& filter, const QString& cachePath, const QDateTime& fetchedAt)
{
    const LdapQueryResult result = runLdapQuery(settings, password, filter, *m_cancel,
        [this, generation](int loaded) { Q_EMIT progressed(generation, loaded); });
    Q_EMIT finished(generation, result);
    // After the result is on its way: the user should not wait for the disk.
    if (!cachePath.isEmpty()
        && (result.error == DirectorySource::Error::None
            || result.error == DirectorySource::Error::SizeLimitExceeded))
        DirectoryCache::save(cachePath, result.contacts, fetchedAt);
}
