// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/DirectorySource.h"
#include "core/settings/LdapSettings.h"

#include <atomic>
#include <functional>

// The outcome of one blocking LDAP fetch.
struct LdapQueryResult
{
    DirectorySource::Error error = DirectorySource::Error::None;
    QString detail; // "<url>: <libldap's reason>" when error != None
    QList<Contact> contacts; // also filled when the size limit cut the list short
    // TlsFailed: the DER certificate the server showed (for the trust
    // prompt), fetched without binding; empty when none could be read.
    QByteArray peerCertificate;
};
Q_DECLARE_METATYPE(LdapQueryResult)

// Connects, optionally StartTLS, binds, and runs a paged search with
// libldap's synchronous API. Blocks: call it on a worker thread only.
// progress(loaded) is called after every page; cancel is checked between pages.
LdapQueryResult runLdapQuery(const LdapSettings& settings, const QString& password, const QString& filter,
    const std::atomic_bool& cancel, const std::function<void(int)>& progress);
