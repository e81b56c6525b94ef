// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryPanel.h"

#include "MockClock.h"
#include "core/directory/DirectoryCache.h"
#include "core/directory/DirectoryModel.h"
#include "core/directory/FileDirectory.h"
#include "core/directory/LdapDirectory.h"
#include "core/directory/PresenceSource.h"
#include "core/pbx/ExtensionState.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

class TablePresence final : public PresenceSource
{
public:
    int presenceState(const QString& extension) const override
    {
        return int(m_states.value(extension, Pbx::ExtensionState::Unknown));
    }
    void set(const QString& extension, Pbx::ExtensionState state)
    {
        m_states.insert(extension, state);
        Q_EMIT presenceChanged(extension);
    }

private:
    QHash<QString, Pbx::ExtensionState> m_states;
};

// Contacts as an LDAP server can hand them over: numbers nobody checked.
class ListSource final : public DirectorySource
{
public:
    ListSource(const QList<Contact>& contacts, QObject* parent)
        : DirectorySource(QStringLiteral("list"), parent)
        , m_list(contacts)
    { }
    QString location() const override { return QStringLiteral("ldap://dir.example.com"); }
    void start() override { publish(m_list, false, QDateTime::currentDateTimeUtc()); }
    void reload() override { start(); }

private:
    QList<Contact> m_list;
};

const QByteArray staff = "Name;Durchwahl;Mobil;Abteilung;E-Mail\n"
                         "Jürgen Müller;1001;+49 170 1;Vertrieb;jm@example.com\n"
                         "Ana Sánchez;1002;;Ventas;ana@example.com\n"
                         "Front Desk;;+49 30 999;;\n";

// Types like a keyboard would, including letters QTest::keyClicks cannot map ("ü").
void type(QWidget* widget, const QString& text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestDirectoryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingFilters();
    void enterCallsFirstMatch();
    void enterOnTableRowCalls();
    void typedExternalNumber();
    void typedNumberOfAContact();
    void contextMenuOffersEveryNumber();
    void dragCarriesNumber();
    void undialableNumberIsGreyedOutWithReason();
    void presenceHasWordsAndIcon();
    void bannerForUnreadableFile();
    void bannerForSkippedEntries();
    void bannerForTooLargeFile();
    void bannerEscapesControlCharacters();
    void staleBannerWhenLdapUnreachable();

private:
    int rows() const { return m_view->model()->rowCount(); }
    QString nameAt(int row) const { return m_view->model()->index(row, 0).data().toString(); }

    QTemporaryDir* m_dir = nullptr;
    DirectoryModel* m_model = nullptr;
    DirectoryPanel* m_panel = nullptr;
    FileDirectory* m_source = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestDirectoryPanel::init()
{
    m_dir = new QTemporaryDir;
    QFile f(m_dir->filePath(QStringLiteral("staff.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(staff);
    f.close();
    m_model = new DirectoryModel;
    m_panel = new DirectoryPanel(m_model);
    m_source = new FileDirectory(QStringLiteral("staff"), f.fileName(), FileDirectory::Format::Auto, m_panel);
    m_panel->addSource(m_source);
    m_source->start();
    m_panel->resize(800, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_search = m_panel->findChild<QLineEdit*>();
    m_view = m_panel->findChild<QTableView*>();
    QVERIFY(m_search && m_view);
    // The view's model is the presence proxy over DirectoryModel.
    m_tester = new QAbstractItemModelTester(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(rows(), 3); // read on the source's worker thread
}

void TestDirectoryPanel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_panel;
    delete m_model;
    delete m_dir;
}

void TestDirectoryPanel::typingFilters()
{
    type(m_search, QStringLiteral("mül"));
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(nameAt(0), QStringLiteral("Jürgen Müller"));
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTRY_COMPARE(rows(), 3);
    type(m_search, QStringLiteral("VENTAS"));
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(nameAt(0), QStringLiteral("Ana Sánchez"));
}

void TestDirectoryPanel::enterCallsFirstMatch()
{
    QSignalSpy calls(m_panel, &DirectoryPanel::callRequested);
    type(m_search, QStringLiteral("sanch"));
    QTest::keyClick(m_search, Qt::Key_Return); // at once: Enter does not wait for the debounce
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().at(0).toString(), QStringLiteral("1002"));
}

void TestDirectoryPanel::enterOnTableRowCalls()
{
    QSignalSpy calls(m_panel, &DirectoryPanel::callRequested);
    type(m_search, QStringLiteral("desk"));
    QTest::keyClick(m_search, Qt::Key_Down); // into the results
    QVERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().at(0).toString(), QStringLiteral("+49 30 999")); // no extension: its other number
}

void TestDirectoryPanel::typedExternalNumber()
{
    QSignalSpy calls(m_panel, &DirectoryPanel::callRequested);
    QSignalSpy transfers(m_panel, &DirectoryPanel::transferRequested);
    type(m_search, QStringLiteral("+49 (89) 555-0100"));
    QTRY_COMPARE(rows(), 0);
    QPushButton* call = nullptr;
    QPushButton* transfer = nullptr;
    const QList<QPushButton*> buttons = m_panel->findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->text() == QStringLiteral("Call +49895550100"))
            call = b;
        if (b->text() == QStringLiteral("Transfer to +49895550100"))
            transfer = b;
    }
    QVERIFY(call && call->isVisible());
    QVERIFY(transfer && transfer->isVisible());
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().at(0).toString(), QStringLiteral("+49895550100"));
    transfer->click();
    QCOMPARE(transfers.size(), 1);
    QCOMPARE(transfers.first().at(0).toString(), QStringLiteral("+49895550100"));

    // Letters: a search, not a number.
    m_search->clear();
    type(m_search, QStringLiteral("Ana"));
    QVERIFY(!call->isVisible());
    QCOMPARE(DirectoryPanel::dialableNumber(QStringLiteral("1")), QString());
    QCOMPARE(DirectoryPanel::dialableNumber(QStringLiteral("12a")), QString());
    QCOMPARE(DirectoryPanel::dialableNumber(QStringLiteral(" 030 / 12 34 ")), QStringLiteral("0301234"));
}

void TestDirectoryPanel::typedNumberOfAContact()
{
    QSignalSpy calls(m_panel, &DirectoryPanel::callRequested);
    type(m_search, QStringLiteral("+491701"));
    QTRY_COMPARE(rows(), 1);
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(calls.size(), 1);
    // The contact's mobile, written as the directory has it (not its extension).
    QCOMPARE(calls.first().at(0).toString(), QStringLiteral("+49 170 1"));
}

void TestDirectoryPanel::contextMenuOffersEveryNumber()
{
    QSignalSpy calls(m_panel, &DirectoryPanel::callRequested);
    QSignalSpy transfers(m_panel, &DirectoryPanel::transferRequested);
    type(m_search, QStringLiteral("jürgen"));
    QTRY_COMPARE(rows(), 1);
    std::unique_ptr<QMenu> menu(m_panel->createContextMenu(0, nullptr));
    QVERIFY(menu);
    QStringList texts;
    const QList<QAction*> actions = menu->actions();
    for (QAction* a : actions) {
        if (!a->isSeparator())
            texts.append(a->text());
    }
    QCOMPARE(texts,
        (QStringList {QStringLiteral("Call 1001 (extension)"), QStringLiteral("Call +49 170 1 (mobile)"),
            QStringLiteral("Transfer to 1001 (extension)"),
            QStringLiteral("Transfer to +49 170 1 (mobile)")}));
    for (QAction* a : actions) {
        if (a->text() == QStringLiteral("Transfer to +49 170 1 (mobile)"))
            a->trigger();
        if (a->text() == QStringLiteral("Call 1001 (extension)"))
            a->trigger();
    }
    QCOMPARE(transfers.size(), 1);
    QCOMPARE(transfers.first().at(0).toString(), QStringLiteral("+49 170 1"));
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().at(0).toString(), QStringLiteral("1001"));
}

void TestDirectoryPanel::undialableNumberIsGreyedOutWithReason()
{
    Contact eve;
    eve.name = QStringLiteral("Eve Injector");
    eve.addNumber(PhoneNumber::Kind::Extension, QStringLiteral("1234&PJSIP/evil@trunk"));
    eve.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("0170 5"));
    Contact mallory;
    mallory.name = QStringLiteral("Mallory Injector");
    mallory.addNumber(PhoneNumber::Kind::Extension, QStringLiteral("1001\r\nAction: Command"));
    auto* source = new ListSource({eve, mallory}, m_panel);
    m_panel->addSource(source);
    source->start();
    QSignalSpy calls(m_panel, &DirectoryPanel::callRequested);
    QSignalSpy transfers(m_panel, &DirectoryPanel::transferRequested);

    type(m_search, QStringLiteral("eve inj"));
    QTRY_COMPARE(rows(), 1);
    std::unique_ptr<QMenu> menu(m_panel->createContextMenu(0, nullptr));
    QVERIFY(menu);
    QAction* bad = nullptr;
    QAction* good = nullptr;
    const QList<QAction*> actions = menu->actions();
    for (QAction* a : actions) {
        // '&' doubled: the menu shows "1234&PJSIP…", not "1234PJSIP…" with an underlined P.
        if (a->text() == QStringLiteral("Call 1234&&PJSIP/evil@trunk (extension)"))
            bad = a;
        if (a->text() == QStringLiteral("Call 0170 5 (mobile)"))
            good = a;
    }
    QVERIFY(bad && good);
    QVERIFY(!bad->isEnabled());
    QVERIFY2(bad->toolTip().contains(QStringLiteral("not a dialable number")), qPrintable(bad->toolTip()));
    QVERIFY(good->isEnabled());
    bad->trigger();
    QCOMPARE(calls.size(), 0);
    // Enter and double-click dial the first dialable number, not the bad extension.
    QTest::keyClick(m_search, Qt::Key_Down); // into the results
    QVERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().at(0).toString(), QStringLiteral("0170 5"));

    // Nothing dialable: nothing happens on Enter, the reason is in the tooltip, control characters escaped.
    m_search->clear();
    type(m_search, QStringLiteral("mallory"));
    QTRY_COMPARE(nameAt(0), QStringLiteral("Mallory Injector"));
    QCOMPARE(rows(), 1);
    QTest::keyClick(m_search, Qt::Key_Return);
    QTest::keyClick(m_search, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(calls.size(), 1);
    const QString tip = m_view->model()->index(0, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("1001\\r\\nAction")), qPrintable(tip));
    QVERIFY(!m_view->model()->index(0, 1).data().toString().contains(u'\n'));
    std::unique_ptr<QMenu> menu2(m_panel->createContextMenu(0, nullptr));
    for (QAction* a : menu2->actions()) {
        if (!a->isSeparator())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
    QCOMPARE(transfers.size(), 0);
}

void TestDirectoryPanel::dragCarriesNumber()
{
    QVERIFY(m_view->dragEnabled());
    QAbstractItemModel* model = m_view->model();
    const QModelIndex ana = model->index(0, DirectoryModel::NameColumn);
    QCOMPARE(ana.data().toString(), QStringLiteral("Ana Sánchez"));
    QVERIFY(model->flags(ana) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(model->mimeData({ana}));
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("1002"));
    QCOMPARE(mime->data(QStringLiteral("application/x-attendant-number")), QByteArray("1002"));
}

void TestDirectoryPanel::presenceHasWordsAndIcon()
{
    TablePresence presence;
    m_model->setPresenceSource(&presence);
    const QModelIndex juergen = m_view->model()->index(2, DirectoryModel::PresenceColumn);
    QCOMPARE(m_view->model()->index(2, 0).data().toString(), QStringLiteral("Jürgen Müller"));
    QCOMPARE(juergen.data().toString(), QString()); // unknown yet: nothing claimed
    presence.set(QStringLiteral("1001"), Pbx::ExtensionState::Idle);
    QCOMPARE(juergen.data().toString(), QStringLiteral("Available"));
    QVERIFY(!juergen.data(Qt::DecorationRole).value<QIcon>().isNull());
    presence.set(QStringLiteral("1001"), Pbx::ExtensionState::DoNotDisturb);
    QCOMPARE(juergen.data().toString(), QStringLiteral("Do not disturb"));
    QCOMPARE(m_view->model()->headerData(DirectoryModel::PresenceColumn, Qt::Horizontal).toString(),
        QStringLiteral("Presence"));
    m_model->setPresenceSource(nullptr);
}

void TestDirectoryPanel::bannerForUnreadableFile()
{
    QCOMPARE(m_panel->bannerText(), QString());
    const QString path = m_dir->filePath(QStringLiteral("missing.vcf"));
    auto* missing = new FileDirectory(QStringLiteral("missing"), path, FileDirectory::Format::Auto, m_panel);
    m_panel->addSource(missing);
    QSignalSpy failed(missing, &DirectorySource::errorOccurred);
    missing->start();
    QVERIFY(failed.wait(5000));
    QVERIFY2(m_panel->bannerText().contains(path), qPrintable(m_panel->bannerText()));
    QVERIFY(m_panel->bannerText().contains(QStringLiteral("cannot be read")));
    delete missing;
    QCOMPARE(m_panel->bannerText(), QString());
}

void TestDirectoryPanel::bannerForSkippedEntries()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Phone\nGood,1\nBad,\"x\"y\nWorse,call me\n");
    f.close();
    auto* broken = new FileDirectory(QStringLiteral("broken"), path, FileDirectory::Format::Auto, m_panel);
    m_panel->addSource(broken);
    QSignalSpy first(broken, &DirectorySource::contactsLoaded);
    broken->start();
    QVERIFY(first.wait(5000));
    const QString banner = m_panel->bannerText();
    QVERIFY2(
        banner.contains(QStringLiteral("2 entries of the directory file were skipped")), qPrintable(banner));
    QVERIFY2(banner.contains(path + QLatin1String(": line 3")), qPrintable(banner));
    QCOMPARE(rows(), 4);

    // Repaired: the banner goes away with the next load.
    QSignalSpy loaded(broken, &DirectorySource::contactsLoaded);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("Name,Phone\nGood,1\nBad,2\n");
    f.close();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_panel->bannerText(), QString());
    delete broken;
}

void TestDirectoryPanel::bannerEscapesControlCharacters()
{
    // A file name (or a server's message) with a line break and a bidi override.
    const QString path = m_dir->filePath(QStringLiteral("gone\nsecond line\u202E.csv"));
    auto* missing = new FileDirectory(QStringLiteral("odd"), path, FileDirectory::Format::Auto, m_panel);
    m_panel->addSource(missing);
    QSignalSpy failed(missing, &DirectorySource::errorOccurred);
    missing->start();
    QVERIFY(failed.wait(5000));
    const QString banner = m_panel->bannerText();
    QVERIFY2(banner.contains(QLatin1String("gone\\nsecond line\\u202E.csv")), qPrintable(banner));
    QVERIFY(!banner.contains(QLatin1Char('\n')));
    QVERIFY(!banner.contains(QChar(0x202E)));
    delete missing;
}

void TestDirectoryPanel::bannerForTooLargeFile()
{
    const QString path = m_dir->filePath(QStringLiteral("staff.csv"));
    m_source->setLimits(FileDirectory::DefaultMaxBytes, 3);
    QSignalSpy failed(m_source, &DirectorySource::errorOccurred);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write("Dora;1004\n");
    f.close();
    QVERIFY(failed.wait(5000));
    const QString banner = m_panel->bannerText();
    QVERIFY2(banner.startsWith(QLatin1String("The directory file is too large to load. ") + path
                 + QLatin1String(": more than 3 contacts; the contacts read before are kept")),
        qPrintable(banner));
    QCOMPARE(rows(), 3);
}

void TestDirectoryPanel::staleBannerWhenLdapUnreachable()
{
    // A cache from an earlier run, and a server that is not there (nothing
    // listens on port 1 of the loopback).
    Contact cached;
    cached.name = QStringLiteral("Cached Person");
    cached.addNumber(PhoneNumber::Kind::Extension, QStringLiteral("1999"));
    const QString cacheFile = m_dir->filePath(QStringLiteral("ldap-cache.json"));
    const QDateTime savedAt(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    QVERIFY(DirectoryCache::save(cacheFile, {cached}, savedAt));

    MockClock clock;
    LdapSettings s;
    s.sourceId = QStringLiteral("hq");
    s.url = QStringLiteral("ldap://127.0.0.1:1");
    s.encryption = LdapSettings::Encryption::None;
    s.cacheFile = cacheFile;
    auto* ldap = new LdapDirectory(s, &clock, m_panel);
    m_panel->addSource(ldap);
    QSignalSpy loaded(ldap, &DirectorySource::contactsLoaded);
    ldap->start();
    QVERIFY(m_panel->isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_panel->isLoading());
    const QString banner = m_panel->bannerText();
    QVERIFY2(banner.contains(QStringLiteral("cannot be reached")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("ldap://127.0.0.1:1")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("showing cached results from")), qPrintable(banner));
    QVERIFY2(
        banner.contains(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)), qPrintable(banner));
    QTRY_COMPARE(rows(), 4);
    delete ldap;
}

QTEST_MAIN(TestDirectoryPanel)
#include "TestDirectoryPanel.moc"
