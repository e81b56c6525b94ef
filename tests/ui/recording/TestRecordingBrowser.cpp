// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/RecordingBrowser.h"

#include "ui/voicemail/VoicemailPlayer.h"

#include "MockClock.h"
#include "WavFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The recordings browser over a real temporary monitor folder with real WAV
// files: the list in words, play, delete with confirmation and undo, save a copy.
class TestRecordingBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsWithWordsAndSymbols();
    void damagedFileSaysWhyAndDoesNotPlay();
    void goodFileLoadsInThePlayer();
    void deleteAsksThenUndoes();
    void deleteCommitsAfterTheUndoTime();
    void stillRecordingCannotBeDeleted();
    void saveCopy();
    void missingFolderSaysSo();
    void everyControlHasAName();
    void searchByPartyAndDate();

private:
    QString path(const QString& name) const { return m_dir->path() + u'/' + name; }
    int rowOf(const QString& fileName) const;
    bool start();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<RecordingLibrary> m_library;
    std::unique_ptr<RecordingBrowser> m_browser;
};

static const QString kCall = QStringLiteral("20261206-091500-1001-1002-1796548500.7.wav");
static const QString kOld = QStringLiteral("20261205-170000-0612345678-1004-1796486400.3.wav");
static const QString kBroken = QStringLiteral("20261206-100000-1003-1005-1796551200.9.wav");

void TestRecordingBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(WavFixture::write(path(kCall), WavFixture::pcm(65000)));
    QVERIFY(WavFixture::write(path(kOld), WavFixture::pcm(3000)));
    QVERIFY(WavFixture::write(path(kBroken), WavFixture::pcm(3000).left(20)));
    m_clock = std::make_unique<MockClock>();
    m_library = std::make_unique<RecordingLibrary>(nullptr, m_clock.get());
    m_library->setDirectory(m_dir->path());
}

void TestRecordingBrowser::cleanup()
{
    m_browser.reset();
    m_library.reset();
}

bool TestRecordingBrowser::start()
{
    m_browser = std::make_unique<RecordingBrowser>(m_library.get(), nullptr, m_clock.get());
    m_browser->setConfirm([](const RecordingFile&) { return true; });
    QSignalSpy done(m_library.get(), &RecordingLibrary::scanFinished);
    m_library->rescan();
    return done.wait(5000);
}

int TestRecordingBrowser::rowOf(const QString& fileName) const
{
    const QList<RecordingFile> shown = m_browser->recordings();
    for (int i = 0; i < shown.size(); ++i) {
        if (shown[i].fileName == fileName)
            return i;
    }
    return -1;
}

void TestRecordingBrowser::listsWithWordsAndSymbols()
{
    QVERIFY(start());
    QTableWidget* table = m_browser->table();
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(m_browser->notice()->isHidden());
    const int call = rowOf(kCall);
    QCOMPARE(call, 1); // newest first: the broken one is from 10:00
    QCOMPARE(table->item(call, 0)->text(), QStringLiteral("✔ Complete"));
    QCOMPARE(table->item(call, 2)->text(), QStringLiteral("1001"));
    QCOMPARE(table->item(call, 3)->text(), QStringLiteral("1002"));
    QCOMPARE(table->item(call, 4)->text(), QStringLiteral("1:05"));
    const QString spoken = table->item(call, 0)->data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Complete")) && spoken.contains(QStringLiteral("1001 to 1002")),
        qPrintable(spoken));
    QCOMPARE(table->item(rowOf(kBroken), 0)->text(), QStringLiteral("⚠ Damaged"));
    QCOMPARE(table->item(rowOf(kBroken), 4)->text(), QStringLiteral("?"));
}

void TestRecordingBrowser::damagedFileSaysWhyAndDoesNotPlay()
{
    QVERIFY(start());
    m_browser->selectRow(rowOf(kBroken));
    QVERIFY(!m_browser->player()->canPlay());
    QVERIFY(m_browser->saveButton()->isEnabled()); // a damaged file can still be kept
    const auto labels = m_browser->findChildren<QLabel*>();
    const bool said = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->isVisibleTo(l->window()) && l->text().contains(QStringLiteral("damaged"));
    });
    QVERIFY(said);
}

void TestRecordingBrowser::goodFileLoadsInThePlayer()
{
    QVERIFY(start());
    m_browser->selectRow(rowOf(kCall));
    QVERIFY(m_browser->player()->canPlay());
    QCOMPARE(m_browser->player()->source(), path(kCall));
    // The voicemail player plays it: real audio through GStreamer, and nothing to mark heard.
    QSignalSpy heard(m_browser->player(), &VoicemailPlayer::heardRequested);
    QSignalSpy started(m_browser->player(), &VoicemailPlayer::playbackStarted);
    m_browser->playSelected();
    QVERIFY(started.wait(10000));
    QCOMPARE(heard.size(), 0);
    QCOMPARE(m_browser->player()->statusText(), QString());
}

void TestRecordingBrowser::deleteAsksThenUndoes()
{
    QVERIFY(start());
    int asked = 0;
    m_browser->setConfirm([&asked](const RecordingFile& file) {
        ++asked;
        return file.fileName != kCall; // "No" for the first one
    });
    m_browser->selectRow(rowOf(kCall));
    m_browser->deleteSelected();
    QCOMPARE(asked, 1);
    QCOMPARE(m_browser->table()->rowCount(), 3);
    QVERIFY(!m_browser->undoAction()->isEnabled());

    m_browser->selectRow(rowOf(kOld));
    m_browser->deleteSelected();
    QCOMPARE(asked, 2);
    QCOMPARE(m_browser->table()->rowCount(), 2);
    QCOMPARE(rowOf(kOld), -1);
    QVERIFY(m_browser->undoAction()->isEnabled());
    QVERIFY(m_browser->undoLabel()->text().contains(kOld));
    QVERIFY(QFile::exists(path(kOld)));
    m_browser->undoAction()->trigger();
    QCOMPARE(m_browser->table()->rowCount(), 3);
    QVERIFY(rowOf(kOld) >= 0);
    QVERIFY(!m_browser->undoAction()->isEnabled());
    m_clock->advance(RecordingLibrary::kDefaultUndoDelayMs * 2);
    QVERIFY(QFile::exists(path(kOld)));
}

void TestRecordingBrowser::deleteCommitsAfterTheUndoTime()
{
    QVERIFY(start());
    m_browser->selectRow(rowOf(kCall));
    QVERIFY(m_browser->player()->canPlay());
    m_browser->deleteSelected();
    QVERIFY(!m_browser->player()->canPlay()); // the file about to go is not kept open
    QSignalSpy done(m_library.get(), &RecordingLibrary::scanFinished);
    m_clock->advance(RecordingLibrary::kDefaultUndoDelayMs);
    QVERIFY(done.wait(5000));
    QVERIFY(!QFile::exists(path(kCall)));
    QCOMPARE(m_browser->table()->rowCount(), 2);
    QVERIFY(!m_browser->undoAction()->isEnabled());
}

void TestRecordingBrowser::stillRecordingCannotBeDeleted()
{
    QVERIFY(WavFixture::write(path("live.wav"), WavFixture::pcm(2000, false)));
    QVERIFY(start());
    m_browser->selectRow(rowOf(QStringLiteral("live.wav")));
    QCOMPARE(m_browser->table()->item(rowOf(QStringLiteral("live.wav")), 0)->text(),
        QStringLiteral("● Being recorded"));
    QVERIFY(!m_browser->deleteButton()->isEnabled());
    QVERIFY(!m_browser->deleteButton()->toolTip().isEmpty());
}

void TestRecordingBrowser::saveCopy()
{
    QVERIFY(start());
    QTemporaryDir elsewhere;
    const QString target = elsewhere.path() + QStringLiteral("/for-the-boss.wav");
    QSignalSpy shown(m_browser.get(), &RecordingBrowser::messageShown);
    m_browser->selectRow(rowOf(kOld));
    m_browser->saveSelectedCopyTo(target);
    QVERIFY(shown.wait(5000));
    QVERIFY2(shown.first().at(0).toString().startsWith(QStringLiteral("✔")),
        qPrintable(shown.first().at(0).toString()));
    QCOMPARE(shown.first().at(1).toBool(), false);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), WavFixture::pcm(3000));
    // Into a folder that is not there: an error in words.
    m_browser->saveSelectedCopyTo(elsewhere.path() + QStringLiteral("/none/x.wav"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(shown.last().at(1).toBool(), true);
    QVERIFY(shown.last().at(0).toString().startsWith(QStringLiteral("✘")));
}

void TestRecordingBrowser::missingFolderSaysSo()
{
    m_library->setDirectory(path("not-mounted"));
    QVERIFY(start());
    QCOMPARE(m_browser->table()->rowCount(), 0);
    QVERIFY(!m_browser->notice()->isHidden());
    QVERIFY(m_browser->notice()->text().contains(QStringLiteral("does not exist")));
    QVERIFY(!m_browser->deleteButton()->isEnabled());
}

void TestRecordingBrowser::everyControlHasAName()
{
    QVERIFY(start());
    QVERIFY(!m_browser->accessibleName().isEmpty());
    QVERIFY(!m_browser->table()->accessibleName().isEmpty());
    QVERIFY(!m_browser->player()->accessibleName().isEmpty());
    const auto buttons = m_browser->findChildren<QAbstractButton*>();
    QVERIFY(buttons.size() >= 5);
    for (const QAbstractButton* b : buttons) {
        if (b->focusPolicy() == Qt::NoFocus) // the table's corner button: the keyboard never reaches it
            continue;
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
    }
}

// The search field keeps the recordings whose parties, date or file name hold
// every typed word; nothing matching is said, not shown as an empty folder.
void TestRecordingBrowser::searchByPartyAndDate()
{
    QVERIFY(start());
    QLineEdit* search = m_browser->searchEdit();
    QCOMPARE(search->accessibleName(), QStringLiteral("Search recordings"));
    QTest::keyClicks(search, QStringLiteral("1003"));
    QCOMPARE(m_browser->table()->rowCount(), 1);
    QCOMPARE(m_browser->recordings().first().fileName, kBroken);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("2026-12-05"));
    QCOMPARE(m_browser->table()->rowCount(), 1);
    QCOMPARE(m_browser->recordings().first().fileName, kOld);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("1004 0612"));
    QCOMPARE(m_browser->recordings().size(), 1);
    QCOMPARE(m_browser->recordings().first().fileName, kOld);
    // The chosen recording stays chosen while the search still shows it.
    m_browser->selectRow(0);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(m_browser->table()->selectedItems().first()->row(), rowOf(kOld));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody"));
    QCOMPARE(m_browser->table()->rowCount(), 0);
    QVERIFY(!m_browser->notice()->isHidden());
    QCOMPARE(m_browser->notice()->text(), QStringLiteral("No recording matches “nobody”."));
    QVERIFY(!m_browser->deleteButton()->isEnabled());
    search->clear();
    QCOMPARE(m_browser->table()->rowCount(), 3);
    QVERIFY(m_browser->notice()->isHidden());
}

QTEST_MAIN(TestRecordingBrowser)
#include "TestRecordingBrowser.moc"
