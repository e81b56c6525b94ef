// SPDX-License-Identifier: GPL-3.0-or-later
// The voicemail browser's actions: mailboxes the PBX knows, forwarding, calling
// back, search and filter, sorting, saving, errors in words and damaged messages.
#include "VoicemailBrowserRig.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxVoicemailBridge.h"

#include "core/voicemail/VoicemailMessageModel.h"
#include "core/voicemail/VoicemailRoles.h"
#include "ui/common/Translations.h"
#include "ui/voicemail/VoicemailMessageActions.h"
#include "ui/voicemail/VoicemailPlayer.h"

#include "../../core/voicemail/SpoolFixture.h"
#include "MockClock.h"
#include "Transcript.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QMediaPlayer>
#include <QMenu>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using Voicemail::Folder;

class TestVoicemailBrowserActions : public VoicemailBrowserRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void pbxMailboxesWithoutAFolderAreListed();
    void forwardToAMailboxWithoutAFolderCreatesIt();
    void callBackAndTransfer();
    void callBackRefusesUndialableCallerId();
    void searchAndFilter_data();
    void searchAndFilter();
    void sortByCaller();
    void forwardAndSave();
    void errorsAreShownInWords();
    void damagedMessageIsListed();
    void germanToolbarFits();
    void narrowColumnStacksAndShowsIcons();
};

void TestVoicemailBrowserActions::pbxMailboxesWithoutAFolderAreListed()
{
    // The spool has directories for 1001–1006 only (1000 never had a
    // message); Asterisk's VoicemailUsersList names all seven.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("1000"))));
    PbxState state(QStringLiteral("pbx"));
    PbxVoicemailBridge bridge(nullptr);
    applyRecordedVoicemailUsers(state, bridge);
    QAbstractItemModel* boxes = m_browser->mailboxView()->model();
    QAbstractItemModelTester tester(boxes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(boxes->rowCount(), 7); // the PBX's mailboxes come once per pass of the event loop
    const QStringList titles = mailboxTitles();
    QCOMPARE(titles.first(), QStringLiteral("1000 – Operator\n0 new, 0 urgent, 0 old"));
    // The directory's name wins; the PBX's full name fills in where the directory has none.
    QVERIFY2(titles.contains(QStringLiteral("1001 – Alice Example\n3 new, 1 urgent, 2 old")),
        qPrintable(titles.join(u'|')));
    QVERIFY(titles.contains(QStringLiteral("1005 – Eve Example\n0 new, 0 urgent, 0 old")));
    m_browser->selectMessageRow(0);
    const QStringList targets = forwardTargets();
    QVERIFY2(targets.contains(QStringLiteral("1000 – Operator")), qPrintable(targets.join(u'|')));
    QVERIFY(targets.contains(QStringLiteral("1005 – Eve Example")));
    QVERIFY(!targets.contains(QStringLiteral("1001 – Alice Example"))); // the open mailbox itself
    m_browser->selectMailbox(QStringLiteral("1000@default"));
    QCOMPARE(m_browser->currentMailbox(), QStringLiteral("1000@default"));
    QCOMPARE(m_browser->visibleMessageCount(), 0);
}

void TestVoicemailBrowserActions::forwardToAMailboxWithoutAFolderCreatesIt()
{
    PbxState state(QStringLiteral("pbx"));
    PbxVoicemailBridge bridge(nullptr);
    applyRecordedVoicemailUsers(state, bridge);
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("ACME Corp")));
    const QByteArray txt = SpoolFixture::readAll(path(QStringLiteral("1001/INBOX/msg0001.txt")));
    const QByteArray wav = SpoolFixture::readAll(path(QStringLiteral("1001/INBOX/msg0001.wav")));
    QSignalSpy errors(m_browser.get(), &VoicemailBrowser::errorOccurred);
    m_browser->forwardSelected(QStringLiteral("1000@default"));
    // As app_voicemail's copy_message(): the folder is made, the message is its first (msg0000).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path(QStringLiteral("1000/INBOX/msg0000.txt"))), 10000);
    QCOMPARE(SpoolFixture::readAll(path(QStringLiteral("1000/INBOX/msg0000.txt"))), txt);
    QCOMPARE(SpoolFixture::readAll(path(QStringLiteral("1000/INBOX/msg0000.wav"))), wav);
    QCOMPARE(SpoolFixture::tree(path(QStringLiteral("1000"))),
        QStringList({QStringLiteral("INBOX/msg0000.txt"), QStringLiteral("INBOX/msg0000.wav")}));
    QTRY_COMPARE_WITH_TIMEOUT(
        mailboxTitles().first(), QStringLiteral("1000 – Operator\n1 new, 0 urgent, 0 old"), 5000);
    QCOMPARE(m_browser->mailboxView()->model()->rowCount(), 7);
    QCOMPARE(errors.size(), 0);
    m_browser->selectMailbox(QStringLiteral("1000@default"));
    QCOMPARE(m_browser->visibleMessageCount(), 1);
    // The copy keeps the original's msg_id: deleting the copy leaves Alice's original in view.
    m_browser->selectMessageRow(0);
    m_browser->deleteSelected();
    QCOMPARE(m_browser->visibleMessageCount(), 0);
    m_browser->selectMailbox(QStringLiteral("1001@default"));
    QCOMPARE(m_browser->visibleMessageCount(), 2);
    QVERIFY(rowOfCaller(QStringLiteral("ACME Corp")) >= 0);
}

void TestVoicemailBrowserActions::callBackAndTransfer()
{
    QSignalSpy call(m_browser.get(), &VoicemailBrowser::callRequested);
    QSignalSpy transfer(m_browser.get(), &VoicemailBrowser::transferRequested);
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("ACME Corp")));
    m_browser->callBackSelected();
    m_browser->transferSelectedCaller();
    QCOMPARE(call.size(), 1);
    QCOMPARE(call.at(0).at(0).toString(), QStringLiteral("+15551234567"));
    QCOMPARE(transfer.size(), 1);
    QCOMPARE(transfer.at(0).at(0).toString(), QStringLiteral("+15551234567"));
}

void TestVoicemailBrowserActions::callBackRefusesUndialableCallerId()
{
    // app_voicemail writes whatever caller ID the caller sent into callerid=.
    QVERIFY(SpoolFixture::writeFile(path(QStringLiteral("1001/INBOX/msg0002.wav")),
        SpoolFixture::fakeWav(QStringLiteral("1795737700-00000009"))));
    QVERIFY(SpoolFixture::writeFile(path(QStringLiteral("1001/INBOX/msg0002.txt")),
        SpoolFixture::fakeTxt(QStringLiteral("1795737700-00000009"), QStringLiteral("1001"), 1795737700,
            QStringLiteral("\"Evil\" <1234&PJSIP/evil@trunk>"))));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfCaller(QStringLiteral("Evil")) >= 0, 5000);
    QSignalSpy call(m_browser.get(), &VoicemailBrowser::callRequested);
    QSignalSpy transfer(m_browser.get(), &VoicemailBrowser::transferRequested);
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("Evil")));
    QAction* callBack = nullptr;
    const QList<QAction*> actions = m_browser->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->text() == QStringLiteral("Call back"))
            callBack = a;
    }
    QVERIFY(callBack);
    QVERIFY(!callBack->isEnabled());
    QVERIFY2(callBack->toolTip().contains(QLatin1String("not a dialable number")),
        qPrintable(callBack->toolTip()));
    m_browser->callBackSelected();
    m_browser->transferSelectedCaller();
    QCOMPARE(call.size(), 0);
    QCOMPARE(transfer.size(), 0);
    // A dialable caller ID enables it again, without the reason.
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("ACME Corp")));
    QVERIFY(callBack->isEnabled());
    QVERIFY(!callBack->toolTip().contains(QLatin1String("not a dialable number")));
}

void TestVoicemailBrowserActions::searchAndFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::newRow("name, any case") << QStringLiteral("acme") << 1;
    QTest::newRow("number written with spaces") << QStringLiteral("+1 555 123") << 1;
    QTest::newRow("internal number") << QStringLiteral("1005") << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0;
    QTest::newRow("empty") << QString() << 2;
}

void TestVoicemailBrowserActions::searchAndFilter()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    m_browser->setSearchText(search);
    QCOMPARE(m_browser->visibleMessageCount(), rows);
}

void TestVoicemailBrowserActions::sortByCaller()
{
    QTableView* view = m_browser->messageView();
    view->sortByColumn(VoicemailMessageModel::CallerNameColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, VoicemailMessageModel::CallerNameColumn).data().toString(),
        QStringLiteral("ACME Corp"));
    view->sortByColumn(VoicemailMessageModel::CallerNameColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, VoicemailMessageModel::CallerNameColumn).data().toString(),
        QStringLiteral("Eve Example"));
}

void TestVoicemailBrowserActions::forwardAndSave()
{
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("ACME Corp")));
    m_browser->forwardSelected(QStringLiteral("1003@default"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path(QStringLiteral("1003/INBOX/msg0001.txt"))), 10000);
    QCOMPARE(SpoolFixture::readAll(path(QStringLiteral("1003/INBOX/msg0001.txt"))),
        SpoolFixture::readAll(path(QStringLiteral("1001/INBOX/msg0001.txt"))));
    const QString target = m_dir->path() + QStringLiteral("/acme.wav");
    m_browser->saveSelectedAudioTo(target);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 10000);
    QCOMPARE(
        SpoolFixture::readAll(target), SpoolFixture::readAll(path(QStringLiteral("1001/INBOX/msg0001.wav"))));
}

void TestVoicemailBrowserActions::errorsAreShownInWords()
{
    VoicemailSpool::Config config = m_store->config();
    config.maxMessages = 2; // Old of 1001 is full
    m_store->setConfig(config);
    QSignalSpy errors(m_browser.get(), &VoicemailBrowser::errorOccurred);
    m_browser->selectMessageRow(0);
    m_browser->markSelectedHeard();
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.at(0).at(0).toString(),
        QStringLiteral("The destination folder is full. Delete or move some messages first."));
    QCOMPARE(m_browser->lastError(), errors.at(0).at(0).toString());
    QCOMPARE(m_browser->visibleMessageCount(), 2);
}

void TestVoicemailBrowserActions::damagedMessageIsListed()
{
    QVERIFY(SpoolFixture::writeFile(path(QStringLiteral("1001/INBOX/msg0002.txt")), "not a message"));
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->visibleMessageCount(), 3, 5000);
    QAbstractItemModel* table = m_browser->messageView()->model();
    int damaged = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, 0).data(VoicemailMessageRoles::Damaged).toBool())
            damaged = r;
    }
    QVERIFY(damaged >= 0);
    QCOMPARE(table->index(damaged, VoicemailMessageModel::CallerNameColumn).data().toString(),
        QStringLiteral("Damaged message (no [message] section)"));
    QVERIFY(table->index(damaged, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("could not be read")));
}

// Issue 17: in German the eight labelled buttons overflowed the toolbar at 1600 px (the
// panel under the board has about 900 px beside the mailbox list). Words beside the icons
// only for play, delete and call back; the others keep theirs in the tooltip and menu.
void TestVoicemailBrowserActions::germanToolbarFits()
{
    Translations german;
    german.apply(QStringLiteral("de"));
    QWidget owner;
    VoicemailMessageActions actions(&owner);
    QToolBar bar;
    bar.setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions.addTo(&bar);
    const QList<QAction*> all = bar.actions();
    QStringList labelled;
    for (QAction* a : all) {
        if (a->isSeparator())
            continue;
        QVERIFY(!a->text().isEmpty()); // the tooltip, the overflow menu and a screen reader say it
        if (a->priority() != QAction::LowPriority)
            labelled << a->text();
    }
    QCOMPARE(labelled,
        (QStringList {
            QStringLiteral("Abspielen"), QStringLiteral("Löschen"), QStringLiteral("Zurückrufen")}));
    const int fits = bar.sizeHint().width();
    // The same actions, every one labelled, as before.
    QToolBar every;
    every.setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions.addTo(&every);
    for (QAction* a : all)
        a->setPriority(QAction::NormalPriority);
    const int wideAll = every.sizeHint().width();
    QVERIFY2(fits <= 600 && wideAll > 900, qPrintable(QStringLiteral("%1 / %2").arg(fits).arg(wideAll)));
    german.apply(QStringLiteral("en"));
}

// Docked in the right column (screens up to 1200 px tall), the panel is ~430 px wide: the
// mailboxes go above the messages and the toolbar shows its icons, all of them on screen.
void TestVoicemailBrowserActions::narrowColumnStacksAndShowsIcons()
{
    auto* splitter = m_browser->findChild<QSplitter*>();
    auto* toolbar = m_browser->findChild<QToolBar*>();
    QVERIFY(splitter && toolbar);
    m_browser->resize(430, 500);
    QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
    QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QVERIFY2(toolbar->sizeHint().width() <= toolbar->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(toolbar->sizeHint().width()).arg(toolbar->width())));
    // One line a message, however narrow: "José García" elided, never wrapped over two lines.
    auto* table = m_browser->findChild<QTableView*>();
    QVERIFY(table && table->model()->rowCount() > 0);
    table->resizeRowsToContents();
    QVERIFY2(table->rowHeight(0) < 2 * table->fontMetrics().lineSpacing(),
        qPrintable(QString::number(table->rowHeight(0))));
    m_browser->resize(1200, 500);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
}

QTEST_MAIN(TestVoicemailBrowserActions)
#include "TestVoicemailBrowserActions.moc"
