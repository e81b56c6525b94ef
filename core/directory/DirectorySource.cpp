// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectorySource.h"

DirectorySource::DirectorySource(const QString& id, QObject* parent)
    : QObject(parent)
    , m_id(id)
{
    qRegisterMetaType<Contact>();
    qRegisterMetaType<QList<Contact>>();
    qRegisterMetaType<DirectorySource::Error>();
}

DirectorySource::~DirectorySource() = default;

void DirectorySource::publish(const QList<Contact>& contacts, bool stale, const QDateTime& loadedAt)
{
    m_contacts = contacts;
    m_stale = stale;
    m_loadedAt = loadedAt;
    Q_EMIT contactsLoaded(m_id, m_contacts, stale);
}

void DirectorySource::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    if (loading)
        Q_EMIT loadingStarted(m_id);
}
