// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapDirectoryRig.h"

#include <QSignalSpy>
#include <QTest>

void LdapDirectoryRig::setUpRig()
{
    QVERIFY2(m_server.setUp(), qPrintable(m_server.errorString()));
    QVERIFY(m_cacheDir.isValid());
}

LdapSettings LdapDirectoryRig::settingsFor(const SlapdFixture& server)
{
    LdapSettings s;
    s.sourceId = QStringLiteral("test-ldap");
    s.url = server.ldapUrl();
    s.encryption = LdapSettings::Encryption::None;
    s.baseDn = SlapdFixture::baseDn();
    s.networkTimeoutSeconds = 5;
    // One cache file per test: tests must not see each other's cache.
    s.cacheFile = m_cacheDir.filePath(QStringLiteral("cache-%1.json").arg(m_cacheCounter++));
    return s;
}

QList<Contact> LdapDirectoryRig::load(LdapDirectory& directory, bool* stale)
{
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.reload();
    if (!loaded.wait(20000))
        return {};
    if (stale)
        *stale = loaded.first().at(2).toBool();
    return loaded.first().at(1).value<QList<Contact>>();
}

const Contact* LdapDirectoryRig::byUid(const QList<Contact>& contacts, const QString& uid)
{
    for (const Contact& c : contacts) {
        if (c.uid == uid)
            return &c;
    }
    return nullptr;
}
