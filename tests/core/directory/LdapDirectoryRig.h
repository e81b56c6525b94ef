// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/LdapDirectory.h"

#include "SlapdFixture.h"

#include <QObject>
#include <QTemporaryDir>

// What the LdapDirectory tests share: a real slapd started by SlapdFixture on
// 127.0.0.1 for the whole test case (setUpRig() from initTestCase()), settings
// pointing at it with one cache file per test, and waiting for a load.
class LdapDirectoryRig : public QObject
{
protected:
    void setUpRig();
    LdapSettings settingsFor(const SlapdFixture& server);
    // Starts (or reloads) and waits for the next contactsLoaded.
    static QList<Contact> load(LdapDirectory& directory, bool* stale = nullptr);
    static const Contact* byUid(const QList<Contact>& contacts, const QString& uid);

    SlapdFixture m_server;
    QTemporaryDir m_cacheDir;
    int m_cacheCounter = 0;
};
