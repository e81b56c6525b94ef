// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

Translations::Translations() = default;

Translations::~Translations()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList Translations::languages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString Translations::languageFor(const QLocale& locale)
{
    // QTranslator::load(QLocale) would take an English entry for a missing
    // file and load the next language; the user's order wins here.
    const QStringList shipped = languages();
    for (const QString& tag : locale.uiLanguages()) {
        const QString language = QLocale(tag).name().section(u'_', 0, 0);
        if (language == QLatin1String("en") || shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void Translations::apply(const QString& languageOverride)
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = false;
    m_qtInstalled = false;

    // The system locale keeps the user's own formats (de_AT, fr_CH); an
    // override is a language, so its formats are that language's defaults.
    // A code QLocale does not know ("xx", a typo in a rolled-out profile)
    // would give the C locale; the system's is the better guess.
    const QLocale wanted(languageOverride);
    m_locale = languageOverride.isEmpty() || wanted.language() == QLocale::C ? QLocale::system() : wanted;
    m_language = languageFor(m_locale);
    QLocale::setDefault(m_locale);

    // English too: attendant_en holds the plural forms ("1 call", "2 calls"), nothing else.
    if (m_appTranslator.load(QStringLiteral(":/i18n/attendant_") + m_language))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    if (m_language == QLatin1String("en"))
        return;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + m_language, qtDir))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
}

QString Translations::language() const
{
    return m_language;
}

QLocale Translations::locale() const
{
    return m_locale;
}

bool Translations::qtTranslationsLoaded() const
{
    return m_qtInstalled;
}
