// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/LdapQuery.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>

// Lives on LdapDirectory's worker thread and runs the blocking libldap calls
// there. Results go back by queued signal; if the LdapDirectory is gone by
// then, Qt has already cut the connection and they are dropped.
class LdapWorker final : public QObject
{
    Q_OBJECT
public:
    explicit LdapWorker(std::shared_ptr<std::atomic_bool> cancel);

    // Runs on the worker thread (invoked queued). A non-empty cachePath gets
    // a successful result written there, stamped fetchedAt (off the GUI
    // thread: 100 k contacts are several MB of JSON).
    void fetch(quint64 generation, const LdapSettings& settings, const QString& password,
        const QString& filter, const QString& cachePath, const QDateTime& fetchedAt);

Q_SIGNALS:
    void progressed(quint64 generation, int loaded);
    void finished(quint64 generation, const LdapQueryResult& result);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
};
