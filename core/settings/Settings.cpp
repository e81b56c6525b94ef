// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Settings.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kCurrentProfile = QStringLiteral("currentProfile");
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::profileGroup(const QString& name)
{
    // Group names are keys in the ini file: percent-encode so any profile
    // name (slashes, spaces, non-ASCII) round-trips.
    return kProfiles + u'/' + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(kProfiles);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString& g : groups)
        names.append(QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1())));
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool Settings::hasProfile(const QString& name) const
{
    return profileNames().contains(name);
}

std::optional<Profile> Settings::profile(const QString& name) const
{
    if (!hasProfile(name))
        return std::nullopt;
    m_settings->beginGroup(profileGroup(name));
    Profile p = Profile::read(*m_settings);
    m_settings->endGroup();
    p.name = name;
    return p;
}

void Settings::saveProfile(const Profile& profile)
{
    m_settings->beginGroup(profileGroup(profile.name));
    profile.write(*m_settings);
    m_settings->endGroup();
}

void Settings::saveBoardGroups(const QString& profileName, const BoardGroups& groups)
{
    m_settings->beginGroup(profileGroup(profileName));
    groups.write(*m_settings);
    m_settings->endGroup();
}

BoardGroups Settings::demoBoardGroups() const
{
    m_settings->beginGroup(QStringLiteral("demo"));
    BoardGroups groups = BoardGroups::read(*m_settings);
    m_settings->endGroup();
    return groups;
}

void Settings::setDemoBoardGroups(const BoardGroups& groups)
{
    m_settings->beginGroup(QStringLiteral("demo"));
    groups.write(*m_settings);
    m_settings->endGroup();
}

void Settings::removeProfile(const QString& name)
{
    m_settings->remove(profileGroup(name));
    if (m_settings->value(kCurrentProfile).toString() == name)
        m_settings->remove(kCurrentProfile);
}

QString Settings::currentProfileName() const
{
    const QString current = m_settings->value(kCurrentProfile).toString();
    const QStringList names = profileNames();
    if (names.contains(current))
        return current;
    return names.value(0);
}

void Settings::setCurrentProfileName(const QString& name)
{
    m_settings->setValue(kCurrentProfile, name);
}

QString Settings::shortcut(const QString& action, const QString& fallback) const
{
    return m_settings->value(QStringLiteral("shortcuts/") + action, fallback).toString();
}

void Settings::setShortcut(const QString& action, const QString& keys)
{
    m_settings->setValue(QStringLiteral("shortcuts/") + action, keys);
}

QString Settings::crmUrlTemplate() const
{
    return m_settings->value(QStringLiteral("crm/urlTemplate")).toString();
}

void Settings::setCrmUrlTemplate(const QString& urlTemplate)
{
    m_settings->setValue(QStringLiteral("crm/urlTemplate"), urlTemplate);
}

Settings::CrmTrigger Settings::crmTrigger() const
{
    const QString t = m_settings->value(QStringLiteral("crm/trigger")).toString();
    if (t == QLatin1String("ring"))
        return CrmTrigger::OnRing;
    if (t == QLatin1String("answer"))
        return CrmTrigger::OnAnswer;
    return CrmTrigger::Never;
}

void Settings::setCrmTrigger(CrmTrigger trigger)
{
    const char* name = trigger == CrmTrigger::OnRing ? "ring"
        : trigger == CrmTrigger::OnAnswer            ? "answer"
                                                     : "never";
    m_settings->setValue(QStringLiteral("crm/trigger"), QString::fromLatin1(name));
}

bool Settings::minimiseToTray() const
{
    return m_settings->value(QStringLiteral("ui/minimiseToTray"), false).toBool();
}

void Settings::setMinimiseToTray(bool on)
{
    m_settings->setValue(QStringLiteral("ui/minimiseToTray"), on);
}

bool Settings::startAtLogin() const
{
    return m_settings->value(QStringLiteral("ui/startAtLogin"), false).toBool();
}

void Settings::setStartAtLogin(bool on)
{
    m_settings->setValue(QStringLiteral("ui/startAtLogin"), on);
}

bool Settings::desktopNotifications() const
{
    return m_settings->value(QStringLiteral("ui/desktopNotifications"), true).toBool();
}

void Settings::setDesktopNotifications(bool on)
{
    m_settings->setValue(QStringLiteral("ui/desktopNotifications"), on);
}

QString Settings::languageOverride() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguageOverride(const QString& language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

Settings::ColorScheme Settings::colorScheme() const
{
    const QString s = m_settings->value(QStringLiteral("ui/colorScheme")).toString();
    if (s == QLatin1String("light"))
        return ColorScheme::Light;
    if (s == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void Settings::setColorScheme(ColorScheme scheme)
{
    const char* name = scheme == ColorScheme::Light ? "light"
        : scheme == ColorScheme::Dark               ? "dark"
                                                    : "system";
    m_settings->setValue(QStringLiteral("ui/colorScheme"), QString::fromLatin1(name));
}

int Settings::tileZoomPercent() const
{
    return std::clamp(m_settings->value(QStringLiteral("ui/tileZoom"), 0).toInt(), 0, 400);
}

void Settings::setTileZoomPercent(int percent)
{
    m_settings->setValue(QStringLiteral("ui/tileZoom"), percent);
}

bool Settings::compactTiles() const
{
    return m_settings->value(QStringLiteral("ui/compactTiles"), false).toBool();
}

void Settings::setCompactTiles(bool on)
{
    m_settings->setValue(QStringLiteral("ui/compactTiles"), on);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QStringLiteral("ui/windowState")).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("ui/windowState"), state);
}

int Settings::historyRetentionDays() const
{
    return qMax(0, m_settings->value(QStringLiteral("history/retentionDays"), 90).toInt());
}

void Settings::setHistoryRetentionDays(int days)
{
    m_settings->setValue(QStringLiteral("history/retentionDays"), qMax(0, days));
}

bool Settings::historyAllExtensions() const
{
    return m_settings->value(QStringLiteral("history/allExtensions"), false).toBool();
}

void Settings::setHistoryAllExtensions(bool on)
{
    m_settings->setValue(QStringLiteral("history/allExtensions"), on);
}
