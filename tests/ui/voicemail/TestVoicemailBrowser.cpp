// SPDX-License-Identifier: GPL-3.0-or-later
// The voicemail browser on a copy of the real spool: mailboxes, folders, heard
// and urgent messages, playing, deleting with undo, and its keys.
#include "VoicemailBrowserRig.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxVoicemailBridge.h"

#include "core/voicemail/VoicemailMessageModel.h"
#include "core/voicemail/VoicemailRoles.h"
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
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Voicemail::Folder;

class TestVoicemailBrowser : public VoicemailBrowserRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void mailboxesWithCountsAndOwners();
    void folderSelectorAndTable();
    void urgentShownWithIconAndWord();
    void markHeardMovesTheFile();
    void playingMarksHeard();
    void playbackThatFailsLeavesTheMessageNew();
    void deleteWithUndo();
    void deleteCommitsWhenBrowserCloses();
    void ctrlZUndoesTheLastDelete();
    void playerKeysWorkFromTheMessageList();
    void listKeysWinOverTheWindowsKeys();
    void undoWaitsForAGenerousTime();
    void nextDeleteCommitsThePreviousOne();
    void mailboxOpensOnItsNewMessages();
    void urgentOnlyMailboxOpensOnUrgent();
    void mailboxListRebuildKeepsTheFolder();
};

void TestVoicemailBrowser::mailboxesWithCountsAndOwners()
{
    QAbstractItemModel* boxes = m_browser->mailboxView()->model();
    QAbstractItemModelTester tester(boxes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(boxes->rowCount(), 6);
    QCOMPARE(
        boxes->index(0, 0).data().toString(), QStringLiteral("1001 – Alice Example\n3 new, 1 urgent, 2 old"));
    QCOMPARE(boxes->index(1, 0).data().toString(), QStringLiteral("1002\n2 new, 1 urgent, 1 old"));
    QVERIFY(boxes->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!boxes->index(4, 0).data(Qt::FontRole).value<QFont>().bold()); // 1005: empty
    QVERIFY(!boxes->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull()); // has urgent
    QCOMPARE(m_browser->currentMailbox(), QStringLiteral("1001@default"));
}

void TestVoicemailBrowser::folderSelectorAndTable()
{
    auto* folder = m_browser->findChild<QComboBox*>();
    QVERIFY(folder);
    QCOMPARE(folder->itemText(folder->findData(int(Folder::Inbox))), QStringLiteral("New (2)"));
    QCOMPARE(folder->itemText(folder->findData(int(Folder::Old))), QStringLiteral("Old (2)"));
    QCOMPARE(folder->itemText(folder->findData(int(Folder::Urgent))), QStringLiteral("Urgent (1)"));
    QAbstractItemModel* table = m_browser->messageView()->model();
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->headerData(VoicemailMessageModel::CallerNameColumn, Qt::Horizontal).toString(),
        QStringLiteral("Caller"));
    const int acme = rowOfCaller(QStringLiteral("ACME Corp"));
    QVERIFY(acme >= 0);
    QCOMPARE(table->index(acme, VoicemailMessageModel::CallerNumberColumn).data().toString(),
        QStringLiteral("+15551234567"));
    QCOMPARE(
        table->index(acme, VoicemailMessageModel::DurationColumn).data().toString(), QStringLiteral("00:03"));
    // Newest first by default.
    QCOMPARE(acme, 0);
    m_browser->selectMailbox(QStringLiteral("1006@default"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(folder->itemText(folder->findData(int(Folder::Inbox))), QStringLiteral("New (2)"));
    m_browser->selectFolder(Folder::Old);
    QCOMPARE(m_browser->currentFolder(), Folder::Old);
    QCOMPARE(table->rowCount(), 0);
}

void TestVoicemailBrowser::urgentShownWithIconAndWord()
{
    m_browser->selectFolder(Folder::Urgent);
    QAbstractItemModel* table = m_browser->messageView()->model();
    QCOMPARE(table->rowCount(), 1);
    const QModelIndex flag = table->index(0, VoicemailMessageModel::UrgentColumn);
    QCOMPARE(flag.data().toString(), QStringLiteral("Urgent"));
    QVERIFY(!flag.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(table->index(0, VoicemailMessageModel::CallerNameColumn).data().toString(),
        QStringLiteral("Dave Example"));
}

void TestVoicemailBrowser::markHeardMovesTheFile()
{
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("Eve Example")));
    QCOMPARE(m_browser->selectedMessages().size(), 1);
    m_browser->markSelectedHeard();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path(QStringLiteral("1001/Old/msg0002.txt"))), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->visibleMessageCount(), 1, 10000);
    QVERIFY(!QFile::exists(path(QStringLiteral("1001/INBOX/msg0001.txt"))));
    QCOMPARE(
        MessageInfo::parse(SpoolFixture::readAll(path(QStringLiteral("1001/Old/msg0002.txt")))).callerName(),
        QStringLiteral("Eve Example"));
    auto* folder = m_browser->findChild<QComboBox*>();
    QTRY_COMPARE_WITH_TIMEOUT(
        folder->itemText(folder->findData(int(Folder::Old))), QStringLiteral("Old (3)"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->mailboxView()->model()->index(0, 0).data().toString(),
        QStringLiteral("1001 – Alice Example\n2 new, 1 urgent, 3 old"), 5000);
}

void TestVoicemailBrowser::playingMarksHeard()
{
    QVERIFY(m_browser->markHeardOnPlay());
    m_browser->selectMailbox(QStringLiteral("1004@default"));
    m_browser->selectMessageRow(0);
    QSignalSpy started(m_browser->player(), &VoicemailPlayer::playbackStarted);
    m_browser->playSelected();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path(QStringLiteral("1004/Old/msg0000.wav"))), 10000);
    // A move links each file into Old, then unlinks it from INBOX (like
    // app_voicemail): for a moment both names exist.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path(QStringLiteral("1004/INBOX/msg0000.wav"))), 10000);
}

void TestVoicemailBrowser::playbackThatFailsLeavesTheMessageNew()
{
    // Dave's recording in the spool is cut off after its header (an interrupted
    // copy): Play reaches "Playing" and the end at 0:00. Nothing was heard.
    const QString wav = path(QStringLiteral("1004/INBOX/msg0000.wav"));
    QVERIFY(SpoolFixture::writeFile(wav, SpoolFixture::readAll(wav).left(44)));
    m_browser->selectMailbox(QStringLiteral("1004@default"));
    m_browser->selectMessageRow(0);
    QSignalSpy errors(m_browser.get(), &VoicemailBrowser::errorOccurred);
    m_browser->playSelected();
    QVERIFY(errors.wait(15000));
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("cut off")),
        qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(m_browser->player()->statusText(), errors.at(0).at(0).toString());
    QVERIFY(m_browser->player()->statusText().contains(QLatin1String("stays unheard")));
    QTest::qWait(500); // a mark-heard would have moved the files by now
    QVERIFY(QFile::exists(path(QStringLiteral("1004/INBOX/msg0000.txt"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("1004/Old/msg0000.txt"))));
    QCOMPARE(m_browser->visibleMessageCount(), 1);
}

void TestVoicemailBrowser::deleteWithUndo()
{
    m_browser->selectMailbox(QStringLiteral("1006@default"));
    const QByteArray second = SpoolFixture::readAll(path(QStringLiteral("1006/INBOX/msg0001.txt")));
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("Alice Example")));
    m_browser->deleteSelected();
    // Gone from view at once, still on disk while it can be undone.
    QCOMPARE(m_browser->visibleMessageCount(), 1);
    QVERIFY(m_browser->hasPendingDelete());
    QVERIFY(QFile::exists(path(QStringLiteral("1006/INBOX/msg0000.txt"))));
    m_browser->undoDelete();
    QCOMPARE(m_browser->visibleMessageCount(), 2);
    m_clock->advance(10000);
    QVERIFY(QFile::exists(path(QStringLiteral("1006/INBOX/msg0000.txt"))));
    QVERIFY(QFile::exists(path(QStringLiteral("1006/INBOX/msg0001.txt"))));

    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("Alice Example")));
    m_browser->deleteSelected();
    m_clock->advance(m_browser->undoDelayMs() - 1);
    QVERIFY(QFile::exists(path(QStringLiteral("1006/INBOX/msg0001.txt"))));
    m_clock->advance(1);
    // Committed: the gap is closed like app_voicemail does it.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path(QStringLiteral("1006/INBOX/msg0001.txt"))), 10000);
    QCOMPARE(SpoolFixture::readAll(path(QStringLiteral("1006/INBOX/msg0000.txt"))), second);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->visibleMessageCount(), 1, 5000);
    QVERIFY(!m_browser->hasPendingDelete());
}

void TestVoicemailBrowser::deleteCommitsWhenBrowserCloses()
{
    m_browser->selectMailbox(QStringLiteral("1004@default"));
    m_browser->selectMessageRow(0);
    m_browser->deleteSelected();
    QSignalSpy done(m_store.get(), &VoicemailStore::operationFinished);
    m_browser.reset();
    QVERIFY(done.wait(10000));
    QVERIFY(!QFile::exists(path(QStringLiteral("1004/INBOX/msg0000.txt"))));
}

void TestVoicemailBrowser::ctrlZUndoesTheLastDelete()
{
    m_browser->selectMailbox(QStringLiteral("1006@default"));
    QTableView* table = m_browser->messageView();
    table->setFocus();
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("Alice Example")));
    QAction* undo = m_browser->undoDeleteAction();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_browser->visibleMessageCount(), 1);
    QVERIFY(undo->isEnabled());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_browser->visibleMessageCount(), 2);
    QVERIFY(!m_browser->hasPendingDelete());
    QVERIFY(!undo->isEnabled());
    m_clock->advance(60000);
    QVERIFY(QFile::exists(path(QStringLiteral("1006/INBOX/msg0000.txt"))));
    QVERIFY(QFile::exists(path(QStringLiteral("1006/INBOX/msg0001.txt"))));
    QCOMPARE(m_browser->visibleMessageCount(), 2);
}

void TestVoicemailBrowser::playerKeysWorkFromTheMessageList()
{
    m_browser->setMarkHeardOnPlay(false); // the message stays where it is
    m_browser->selectMailbox(QStringLiteral("1001@default"));
    m_browser->selectFolder(Folder::Old);
    QAbstractItemModel* messages = m_browser->messageView()->model();
    for (int r = 0; r < messages->rowCount(); ++r) {
        if (messages->index(r, 0).data(VoicemailMessageRoles::Message).value<VoicemailMessage>().index == 0)
            m_browser->selectMessageRow(r); // msg0000, the longest fixture, ~4.3 s
    }
    QTableView* table = m_browser->messageView();
    table->setFocus();
    QMediaPlayer* media = m_browser->player()->mediaPlayer();
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(media->playbackState(), QMediaPlayer::PlayingState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 4000, 10000);
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(media->playbackState(), QMediaPlayer::PausedState, 10000);
    media->setPosition(0);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() < 500, 10000);
    const qint64 from = media->position();
    QTest::keyClick(table, Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() >= std::min(from + 4900, media->duration() - 100), 10000);
    QTest::keyClick(table, Qt::Key_Left);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() < 500, 10000);
    QVERIFY(table->hasFocus());
    // Space did not change the selection.
    QCOMPARE(m_browser->messageView()->selectionModel()->selectedRows().size(), 1);
}

void TestVoicemailBrowser::listKeysWinOverTheWindowsKeys()
{
    // In the main window F3 calls the selected extension from anywhere; in the list it calls back.
    QAction windowF3;
    windowF3.setShortcut(Qt::Key_F3);
    windowF3.setShortcutContext(Qt::ApplicationShortcut);
    m_browser->addAction(&windowF3);
    QSignalSpy windowCalls(&windowF3, &QAction::triggered);
    QSignalSpy call(m_browser.get(), &VoicemailBrowser::callRequested);
    QTableView* table = m_browser->messageView();
    table->setFocus();
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("ACME Corp")));
    QTest::keyClick(table, Qt::Key_F3);
    QCOMPARE(call.size(), 1);
    QCOMPARE(call.at(0).at(0).toString(), QStringLiteral("+15551234567"));
    QCOMPARE(windowCalls.size(), 0);
    // Elsewhere the window's F3 is untouched.
    m_browser->findChild<QComboBox*>()->setFocus();
    QTest::keyClick(m_browser->findChild<QComboBox*>(), Qt::Key_F3);
    QCOMPARE(windowCalls.size(), 1);
    QCOMPARE(call.size(), 1);
    // Tab leaves the table instead of walking its cells.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
}

void TestVoicemailBrowser::undoWaitsForAGenerousTime()
{
    // Long enough to take a call between deleting and noticing the mistake.
    QVERIFY(m_browser->undoDelayMs() >= 30000);
    m_browser->selectMailbox(QStringLiteral("1004@default"));
    m_browser->selectMessageRow(0);
    m_browser->deleteSelected();
    m_clock->advance(29000);
    QVERIFY(m_browser->hasPendingDelete());
    QVERIFY(m_browser->undoDeleteAction()->isEnabled());
    QTest::keyClick(m_browser->messageView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_browser->visibleMessageCount(), 1);
    QVERIFY(QFile::exists(path(QStringLiteral("1004/INBOX/msg0000.txt"))));
}

void TestVoicemailBrowser::nextDeleteCommitsThePreviousOne()
{
    // Undo goes back one delete: the bar stays until the next delete, which commits the one before.
    m_browser->selectMailbox(QStringLiteral("1006@default"));
    m_browser->selectMessageRow(rowOfCaller(QStringLiteral("Alice Example")));
    m_browser->deleteSelected();
    m_browser->selectMailbox(QStringLiteral("1004@default"));
    m_browser->selectMessageRow(0);
    m_browser->deleteSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path(QStringLiteral("1006/INBOX/msg0001.txt"))), 10000);
    QVERIFY(m_browser->hasPendingDelete());
    QTest::keyClick(m_browser->messageView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_browser->hasPendingDelete());
    QCOMPARE(m_browser->visibleMessageCount(), 1);
    m_clock->advance(60000);
    QVERIFY(QFile::exists(path(QStringLiteral("1004/INBOX/msg0000.txt"))));
    m_browser->selectMailbox(QStringLiteral("1006@default"));
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->visibleMessageCount(), 1, 5000);
}

void TestVoicemailBrowser::mailboxOpensOnItsNewMessages()
{
    // Alice's Old folder chosen, then Frank's mailbox (2 new, nothing old) is opened.
    m_browser->selectFolder(Folder::Old);
    QCOMPARE(m_browser->visibleMessageCount(), 2);
    m_browser->selectMailbox(QStringLiteral("1006@default"));
    QCOMPARE(m_browser->currentFolder(), Folder::Inbox);
    QCOMPARE(m_browser->findChild<QComboBox*>()->currentData().toInt(), int(Folder::Inbox));
    QCOMPARE(m_browser->visibleMessageCount(), 2);
    // Clicking a mailbox in the list does the same.
    m_browser->selectFolder(Folder::Old);
    QListView* boxes = m_browser->mailboxView();
    const QModelIndex alice = boxes->model()->index(0, 0);
    QTest::mouseClick(boxes->viewport(), Qt::LeftButton, {}, boxes->visualRect(alice).center());
    QCOMPARE(m_browser->currentMailbox(), QStringLiteral("1001@default"));
    QCOMPARE(m_browser->currentFolder(), Folder::Inbox);
    QCOMPARE(m_browser->visibleMessageCount(), 2);
}

void TestVoicemailBrowser::urgentOnlyMailboxOpensOnUrgent()
{
    // Bob's INBOX message was heard on the phone: only his urgent one is new.
    QVERIFY(QFile::remove(path(QStringLiteral("1002/INBOX/msg0000.txt"))));
    QVERIFY(QFile::remove(path(QStringLiteral("1002/INBOX/msg0000.wav"))));
    m_store->handleMessageWaiting(QStringLiteral("1002@default"));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->counts(QStringLiteral("1002@default")).inbox, 0, 5000);
    m_browser->selectMailbox(QStringLiteral("1002@default"));
    QCOMPARE(m_browser->currentFolder(), Folder::Urgent);
    QCOMPARE(m_browser->visibleMessageCount(), 1);
}

void TestVoicemailBrowser::mailboxListRebuildKeepsTheFolder()
{
    m_browser->selectFolder(Folder::Old);
    m_browser->selectMessageRow(0);
    m_store->setPbxMailboxes({{QStringLiteral("1000@default"), QStringLiteral("Operator")}});
    QCOMPARE(m_browser->mailboxView()->model()->rowCount(), 7);
    QCOMPARE(m_browser->currentMailbox(), QStringLiteral("1001@default"));
    QCOMPARE(m_browser->currentFolder(), Folder::Old);
    QCOMPARE(m_browser->selectedMessages().size(), 1);
}

QTEST_MAIN(TestVoicemailBrowser)
#include "TestVoicemailBrowser.moc"
