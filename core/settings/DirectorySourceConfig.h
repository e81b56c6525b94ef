// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/LdapSettings.h"
#include "core/voicemail/VoicemailSpool.h"

#include <QLatin1String>
#include <QString>

#include <array>
#include <utility>

class QSettings;

// The single-attribute fields of LdapAttributeMap with their settings keys,
// in the order the settings show them (department, a list, is apart).
using LdapAttributeField = QString LdapAttributeMap::*;
const std::array<std::pair<QLatin1String, LdapAttributeField>, 11>& ldapAttributeFields();

// One directory source of a profile: an LDAP server or a CSV/vCard file.
// Holds no secret: an LDAP bind password lives in SecretStore under
// ldap.secretKey() ("ldap/<id>").
struct DirectorySourceConfig
{
    enum class Kind
    {
        Ldap,
        File,
    };

    Kind kind = Kind::File;
    QString id; // unique in the profile; also the LDAP source id and cache name
    QString filePath; // Kind::File: .csv or .vcf
    LdapSettings::Preset preset = LdapSettings::Preset::Zentyal; // which mapping the overrides start from
    LdapSettings ldap; // Kind::Ldap; ldap.sourceId follows id

    // The LDAP settings with sourceId = id.
    LdapSettings ldapSettings() const;
    // "ldap://dir.example.com" or the file path, for lists and messages.
    QString location() const;

    // Attributes are written only where they differ from the preset's, so a
    // preset improved in a later version still reaches existing profiles.
    void write(QSettings& settings) const;
    static DirectorySourceConfig read(QSettings& settings);
};

// How the profile reaches Asterisk's voicemail spool (voicemail.conf terms).
struct VoicemailConfig
{
    enum class LockMode
    {
        LockFile, // voicemail.conf locking=lockfile (Asterisk's default)
        Flock,
    };
    QString spoolRoot = QStringLiteral("/var/spool/asterisk/voicemail"); // empty = no voicemail panel
    LockMode lockMode = LockMode::LockFile;
    int keepDeleted = 0; // backupdeleted: 0 = delete for good
    int maxMessages = 100; // maxmsg
    bool markHeardOnPlay = true;

    VoicemailSpool::Config spoolConfig() const;
    void write(QSettings& settings) const;
    static VoicemailConfig read(QSettings& settings);
};
