// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/DirectorySourceConfig.h"

#include <QSettings>

namespace {

QString presetKey(LdapSettings::Preset preset)
{
    switch (preset) {
    case LdapSettings::Preset::InetOrgPerson:
        return QStringLiteral("inetOrgPerson");
    case LdapSettings::Preset::ActiveDirectory:
        return QStringLiteral("activeDirectory");
    case LdapSettings::Preset::Zentyal:
        break;
    }
    return QStringLiteral("zentyal");
}

LdapSettings::Preset presetFromKey(const QString& key)
{
    if (key == QLatin1String("inetOrgPerson"))
        return LdapSettings::Preset::InetOrgPerson;
    if (key == QLatin1String("activeDirectory"))
        return LdapSettings::Preset::ActiveDirectory;
    return LdapSettings::Preset::Zentyal;
}

QString scopeKey(LdapSettings::Scope scope)
{
    switch (scope) {
    case LdapSettings::Scope::Base:
        return QStringLiteral("base");
    case LdapSettings::Scope::OneLevel:
        return QStringLiteral("one");
    case LdapSettings::Scope::Subtree:
        break;
    }
    return QStringLiteral("sub");
}

QString encryptionKey(LdapSettings::Encryption encryption)
{
    switch (encryption) {
    case LdapSettings::Encryption::None:
        return QStringLiteral("none");
    case LdapSettings::Encryption::Ldaps:
        return QStringLiteral("ldaps");
    case LdapSettings::Encryption::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

} // namespace

const std::array<std::pair<QLatin1String, LdapAttributeField>, 11>& ldapAttributeFields()
{
    static const std::array<std::pair<QLatin1String, LdapAttributeField>, 11> fields {{
        {QLatin1String("name"), &LdapAttributeMap::name},
        {QLatin1String("callerId"), &LdapAttributeMap::callerId},
        {QLatin1String("extension"), &LdapAttributeMap::extension},
        {QLatin1String("workPhone"), &LdapAttributeMap::workPhone},
        {QLatin1String("mobile"), &LdapAttributeMap::mobile},
        {QLatin1String("otherPhone"), &LdapAttributeMap::otherPhone},
        {QLatin1String("mail"), &LdapAttributeMap::mail},
        {QLatin1String("uid"), &LdapAttributeMap::uid},
        {QLatin1String("title"), &LdapAttributeMap::title},
        {QLatin1String("mailbox"), &LdapAttributeMap::mailbox},
        {QLatin1String("context"), &LdapAttributeMap::context},
    }};
    return fields;
}

LdapSettings DirectorySourceConfig::ldapSettings() const
{
    LdapSettings s = ldap;
    s.sourceId = id;
    return s;
}

QString DirectorySourceConfig::location() const
{
    return kind == Kind::Ldap ? ldap.url : filePath;
}

void DirectorySourceConfig::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("id"), id);
    settings.setValue(
        QStringLiteral("kind"), kind == Kind::Ldap ? QStringLiteral("ldap") : QStringLiteral("file"));
    if (kind == Kind::File) {
        settings.setValue(QStringLiteral("path"), filePath);
        return;
    }
    settings.setValue(QStringLiteral("url"), ldap.url);
    settings.setValue(QStringLiteral("encryption"), encryptionKey(ldap.encryption));
    settings.setValue(QStringLiteral("caFile"), ldap.caCertificateFile);
    settings.setValue(
        QStringLiteral("pinnedCertificateSha256"), QString::fromLatin1(ldap.pinnedCertificateSha256));
    settings.setValue(QStringLiteral("bindDn"), ldap.bindDn);
    settings.setValue(QStringLiteral("baseDn"), ldap.baseDn);
    settings.setValue(QStringLiteral("scope"), scopeKey(ldap.scope));
    settings.setValue(QStringLiteral("filter"), ldap.filter);
    settings.setValue(QStringLiteral("sizeLimit"), ldap.sizeLimit);
    settings.setValue(QStringLiteral("timeLimit"), ldap.timeLimitSeconds);
    settings.setValue(QStringLiteral("pageSize"), ldap.pageSize);
    settings.setValue(QStringLiteral("preset"), presetKey(preset));
    const LdapAttributeMap base = LdapSettings::fromPreset(preset).attributes;
    settings.beginGroup(QStringLiteral("attributes"));
    settings.remove(QString());
    for (const auto& [key, field] : ldapAttributeFields()) {
        if (ldap.attributes.*field != base.*field)
            settings.setValue(key, ldap.attributes.*field);
    }
    if (ldap.attributes.department != base.department)
        settings.setValue(QStringLiteral("department"), ldap.attributes.department.join(u','));
    settings.endGroup();
}

DirectorySourceConfig DirectorySourceConfig::read(QSettings& settings)
{
    DirectorySourceConfig c;
    c.id = settings.value(QStringLiteral("id")).toString();
    c.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("ldap") ? Kind::Ldap
                                                                                        : Kind::File;
    if (c.kind == Kind::File) {
        c.filePath = settings.value(QStringLiteral("path")).toString();
        return c;
    }
    c.preset = presetFromKey(settings.value(QStringLiteral("preset")).toString());
    c.ldap = LdapSettings::fromPreset(c.preset);
    c.ldap.sourceId = c.id;
    c.ldap.url = settings.value(QStringLiteral("url"), c.ldap.url).toString();
    const QString encryption = settings.value(QStringLiteral("encryption")).toString();
    c.ldap.encryption = encryption == QLatin1String("none") ? LdapSettings::Encryption::None
        : encryption == QLatin1String("ldaps")              ? LdapSettings::Encryption::Ldaps
                                                            : LdapSettings::Encryption::StartTls;
    c.ldap.caCertificateFile = settings.value(QStringLiteral("caFile")).toString();
    c.ldap.pinnedCertificateSha256
        = settings.value(QStringLiteral("pinnedCertificateSha256")).toString().toLatin1();
    c.ldap.bindDn = settings.value(QStringLiteral("bindDn")).toString();
    c.ldap.baseDn = settings.value(QStringLiteral("baseDn")).toString();
    const QString scope = settings.value(QStringLiteral("scope")).toString();
    c.ldap.scope = scope == QLatin1String("base") ? LdapSettings::Scope::Base
        : scope == QLatin1String("one")           ? LdapSettings::Scope::OneLevel
                                                  : LdapSettings::Scope::Subtree;
    c.ldap.filter = settings.value(QStringLiteral("filter"), c.ldap.filter).toString();
    c.ldap.sizeLimit = settings.value(QStringLiteral("sizeLimit"), c.ldap.sizeLimit).toInt();
    c.ldap.timeLimitSeconds = settings.value(QStringLiteral("timeLimit"), c.ldap.timeLimitSeconds).toInt();
    c.ldap.pageSize = settings.value(QStringLiteral("pageSize"), c.ldap.pageSize).toInt();
    settings.beginGroup(QStringLiteral("attributes"));
    for (const auto& [key, field] : ldapAttributeFields()) {
        if (settings.contains(key))
            c.ldap.attributes.*field = settings.value(key).toString();
    }
    if (settings.contains(QStringLiteral("department")))
        c.ldap.attributes.department
            = settings.value(QStringLiteral("department")).toString().split(u',', Qt::SkipEmptyParts);
    settings.endGroup();
    return c;
}

VoicemailSpool::Config VoicemailConfig::spoolConfig() const
{
    VoicemailSpool::Config c;
    c.root = spoolRoot;
    c.lockMode = lockMode == LockMode::Flock ? SpoolLock::Mode::Flock : SpoolLock::Mode::LockFile;
    c.maxMessages = maxMessages;
    c.maxDeletedMessages = keepDeleted;
    return c;
}

void VoicemailConfig::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("spoolRoot"), spoolRoot);
    settings.setValue(QStringLiteral("lockMode"),
        lockMode == LockMode::Flock ? QStringLiteral("flock") : QStringLiteral("lockfile"));
    settings.setValue(QStringLiteral("keepDeleted"), keepDeleted);
    settings.setValue(QStringLiteral("maxMessages"), maxMessages);
    settings.setValue(QStringLiteral("markHeardOnPlay"), markHeardOnPlay);
}

VoicemailConfig VoicemailConfig::read(QSettings& settings)
{
    VoicemailConfig c;
    c.spoolRoot = settings.value(QStringLiteral("spoolRoot"), c.spoolRoot).toString();
    c.lockMode = settings.value(QStringLiteral("lockMode")).toString() == QLatin1String("flock")
        ? LockMode::Flock
        : LockMode::LockFile;
    c.keepDeleted = settings.value(QStringLiteral("keepDeleted"), c.keepDeleted).toInt();
    c.maxMessages = settings.value(QStringLiteral("maxMessages"), c.maxMessages).toInt();
    c.markHeardOnPlay = settings.value(QStringLiteral("markHeardOnPlay"), c.markHeardOnPlay).toBool();
    return c;
}
