// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

// The receptionist's language: Attendant's own translations (:/i18n), Qt's
// (qtbase_<lang>.qm, so standard dialogs and context menus match) and the
// default QLocale (dates, times, durations, numbers). Lives as long as the
// application; its translators leave the application when it is destroyed.
class Translations final
{
public:
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // The languages Attendant ships besides English (the source language).
    static QStringList languages();
    // The first of the locale's UI languages that Attendant speaks, "en" when
    // none: LANGUAGE=fr:de picks "fr", LANGUAGE=en:de stays English.
    static QString languageFor(const QLocale& locale);

    // languageOverride: "" follows the system locale, otherwise a code such as
    // "de" or "fr_CH" (Settings::languageOverride(), --lang).
    void apply(const QString& languageOverride);

    // "de", "es", "fr" or "en".
    QString language() const;
    QLocale locale() const;
    bool qtTranslationsLoaded() const;

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
