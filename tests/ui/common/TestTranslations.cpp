// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Settings.h"
#include "ui/common/StateStyle.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageForLocale_data();
    void languageForLocale();
    void translatesEveryLayer_data();
    void translatesEveryLayer();
    void englishRemovesTranslators();
    void englishHasPluralForms();
    void emptyOverrideFollowsSystem_data();
    void emptyOverrideFollowsSystem();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("German in Austria") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("Spanish in Mexico") << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("French in Switzerland") << QStringLiteral("fr_CH") << QStringLiteral("fr");
    QTest::newRow("British English") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("Italian (not shipped) falls back to English")
        << QStringLiteral("it_IT") << QStringLiteral("en");
    QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("en");
}

void TestTranslations::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Translations::languageFor(QLocale(locale)), language);
}

void TestTranslations::translatesEveryLayer_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("ringing");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("november");
    QTest::newRow("German") << QStringLiteral("de") << QLocale::German
                            << QStringList {QStringLiteral("&Datei"), QStringLiteral("&Anruf"),
                                   QStringLiteral("A&nsicht"), QStringLiteral("&Hilfe")}
                            << QStringLiteral("Klingelt") << QStringLiteral("Abbrechen")
                            << QStringLiteral("November");
    QTest::newRow("Spanish") << QStringLiteral("es") << QLocale::Spanish
                             << QStringList {QStringLiteral("&Archivo"), QStringLiteral("&Llamada"),
                                    QStringLiteral("&Ver"), QStringLiteral("A&yuda")}
                             << QStringLiteral("Sonando") << QStringLiteral("Cancelar")
                             << QStringLiteral("noviembre");
    QTest::newRow("French") << QStringLiteral("fr") << QLocale::French
                            << QStringList {QStringLiteral("&Fichier"), QStringLiteral("A&ppel"),
                                   QStringLiteral("&Affichage"), QStringLiteral("A&ide")}
                            << QStringLiteral("Sonne") << QStringLiteral("Annuler")
                            << QStringLiteral("novembre");
}

void TestTranslations::translatesEveryLayer()
{
    QFETCH(QString, code);
    QFETCH(QLocale::Language, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, ringing);
    QFETCH(QString, cancel);
    QFETCH(QString, november);

    Translations translations;
    translations.apply(code);
    QCOMPARE(translations.language(), code);
    QVERIFY(translations.qtTranslationsLoaded());

    // Our strings, from a real window built after the language was chosen.
    Settings settings(m_dir.filePath(code + QStringLiteral(".ini")));
    OperatorActions actions;
    MainWindow window(&settings, &actions);
    QStringList titles;
    const QList<QAction*> menuActions = window.menuBar()->actions();
    for (const QAction* action : menuActions)
        titles << action->text();
    QCOMPARE(titles, menus);
    QCOMPARE(StateStyle::text(Pbx::ExtensionState::Ringing), ringing);

    // Qt's own strings (qtbase_<lang>.qm): the standard dialog buttons.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);

    // Formats follow the language.
    QCOMPARE(QLocale().language(), language);
    QVERIFY2(QLocale().toString(QDate(2026, 11, 27), QLocale::LongFormat).contains(november),
        qPrintable(QLocale().toString(QDate(2026, 11, 27), QLocale::LongFormat)));
}

void TestTranslations::englishRemovesTranslators()
{
    auto translations = std::make_unique<Translations>();
    translations->apply(QStringLiteral("de"));
    QCOMPARE(StateStyle::text(Pbx::ExtensionState::Ringing), QStringLiteral("Klingelt"));

    translations->apply(QStringLiteral("en"));
    QCOMPARE(translations->language(), QStringLiteral("en"));
    QVERIFY(!translations->qtTranslationsLoaded());
    QCOMPARE(StateStyle::text(Pbx::ExtensionState::Ringing), QStringLiteral("Ringing"));
    QCOMPARE(QLocale().language(), QLocale::English);

    // Destroying the object takes its translators out of the application.
    translations->apply(QStringLiteral("fr"));
    QCOMPARE(StateStyle::text(Pbx::ExtensionState::Ringing), QStringLiteral("Sonne"));
    translations.reset();
    QCOMPARE(StateStyle::text(Pbx::ExtensionState::Ringing), QStringLiteral("Ringing"));
}

void TestTranslations::englishHasPluralForms()
{
    Translations translations;
    translations.apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ExtensionBoard", "%n extension(s)", nullptr, 1),
        QStringLiteral("1 extension"));
    QCOMPARE(QCoreApplication::translate("ExtensionBoard", "%n extension(s)", nullptr, 40),
        QStringLiteral("40 extensions"));
    QCOMPARE(
        QCoreApplication::translate("ConferenceText", "%n members", nullptr, 1), QStringLiteral("1 member"));
    // Every count in the program, for one and for several: never "(s)".
    QFile file(QStringLiteral(ATTENDANT_TRANSLATIONS_DIR "/attendant_en.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QByteArray context;
    int checked = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == QLatin1String("source")) {
            const QByteArray source = xml.readElementText().toUtf8();
            for (int n : {1, 2, 21}) {
                const QString text
                    = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
                QVERIFY2(!text.contains(QLatin1String("(s)")) && text.contains(QString::number(n)),
                    qPrintable(QString::fromUtf8(context + ": " + source) + QStringLiteral(" → ") + text));
            }
            ++checked;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(checked >= 12);
}

void TestTranslations::emptyOverrideFollowsSystem_data()
{
    QTest::addColumn<QString>("languageOverride");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown code") << QStringLiteral("xx");
}

void TestTranslations::emptyOverrideFollowsSystem()
{
    QFETCH(QString, languageOverride);
    Translations translations;
    translations.apply(QStringLiteral("de"));
    translations.apply(languageOverride);
    QCOMPARE(translations.locale(), QLocale::system());
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(translations.language(), Translations::languageFor(QLocale::system()));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
