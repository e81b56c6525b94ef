// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingLibrary.h"

#include "core/recording/RecordingStore.h"

#include "AmiEvents.h"
#include "MockClock.h"
#include "WavFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The library over a real temporary monitor folder: listing off the GUI
// thread, delete by delayed commit with undo, a copy saved elsewhere.
class TestRecordingLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lists();
    void deleteThenUndoKeepsTheFile();
    void deleteCommitsAfterTheDelay();
    void nextDeleteCommitsThePrevious();
    void stillRecordingIsNotDeleted();
    void saveCopy();
    void saveCopyOfAVanishedFile();
    void missingFolderThenMounted();
    void pendingDeleteHappensWhenTheLibraryGoes();
    void readsAgainWhenARecordingStartsOrStops();

private:
    QString path(const QString& name) const { return m_dir->path() + u'/' + name; }
    bool scan();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<RecordingLibrary> m_library;
};

static const QString kFirst = QStringLiteral("20261206-090000-1001-1002-1796547600.1.wav");
static const QString kSecond = QStringLiteral("20261206-100000-1003-1004-1796551200.2.wav");

void TestRecordingLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(WavFixture::write(path(kFirst), WavFixture::pcm(1500)));
    QVERIFY(WavFixture::write(path(kSecond), WavFixture::pcm(3000)));
    m_clock = std::make_unique<MockClock>();
    m_library = std::make_unique<RecordingLibrary>(nullptr, m_clock.get());
    m_library->setDirectory(m_dir->path());
}

bool TestRecordingLibrary::scan()
{
    QSignalSpy done(m_library.get(), &RecordingLibrary::scanFinished);
    m_library->rescan();
    return done.wait(5000);
}

void TestRecordingLibrary::lists()
{
    QVERIFY(!m_library->hasScanned());
    QSignalSpy changed(m_library.get(), &RecordingLibrary::recordingsChanged);
    QVERIFY(scan());
    QCOMPARE(changed.size(), 1);
    const QList<RecordingFile> list = m_library->recordings();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].fileName, kSecond); // newest first
    QCOMPARE(list[0].caller, QStringLiteral("1003"));
    QCOMPARE(list[0].durationMs, qint64(3000));
    QCOMPARE(list[1].callee, QStringLiteral("1002"));
    // Nothing changed: no second recordingsChanged.
    QVERIFY(scan());
    QCOMPARE(changed.size(), 1);
}

void TestRecordingLibrary::deleteThenUndoKeepsTheFile()
{
    QVERIFY(scan());
    m_library->remove(m_library->recordings().first());
    QCOMPARE(m_library->recordings().size(), 1);
    QVERIFY(m_library->canUndo());
    QCOMPARE(m_library->pending(), QStringList {kSecond});
    m_library->undo();
    QVERIFY(!m_library->canUndo());
    QCOMPARE(m_library->recordings().size(), 2);
    m_clock->advance(RecordingLibrary::kDefaultUndoDelayMs + 1);
    QVERIFY(scan());
    QVERIFY(QFile::exists(path(kSecond)));
    QCOMPARE(m_library->recordings().size(), 2);
}

void TestRecordingLibrary::deleteCommitsAfterTheDelay()
{
    QVERIFY(scan());
    m_library->remove(m_library->recordings().first());
    m_clock->advance(RecordingLibrary::kDefaultUndoDelayMs - 1);
    QVERIFY(QFile::exists(path(kSecond)));
    QSignalSpy done(m_library.get(), &RecordingLibrary::scanFinished);
    m_clock->advance(1);
    QVERIFY(!m_library->canUndo());
    QVERIFY(done.wait(5000)); // the commit reads the folder again after removing
    QVERIFY(!QFile::exists(path(kSecond)));
    QCOMPARE(m_library->recordings().size(), 1);
    QCOMPARE(m_library->recordings().first().fileName, kFirst);
}

void TestRecordingLibrary::nextDeleteCommitsThePrevious()
{
    QVERIFY(scan());
    const QList<RecordingFile> list = m_library->recordings();
    QSignalSpy done(m_library.get(), &RecordingLibrary::scanFinished);
    m_library->remove(list[0]);
    m_library->remove(list[1]);
    QCOMPARE(m_library->pending(), QStringList {kFirst});
    QVERIFY(m_library->recordings().isEmpty());
    QVERIFY(done.wait(5000));
    QVERIFY(!QFile::exists(path(kSecond)));
    m_library->undo();
    QCOMPARE(m_library->recordings().size(), 1);
    QVERIFY(QFile::exists(path(kFirst)));
}

void TestRecordingLibrary::stillRecordingIsNotDeleted()
{
    QVERIFY(WavFixture::write(path("live.wav"), WavFixture::pcm(500, false)));
    QVERIFY(scan());
    const RecordingFile* live = m_library->recording(QStringLiteral("live.wav"));
    QVERIFY(live);
    QCOMPARE(live->state, RecordingFile::State::Growing);
    QSignalSpy failed(m_library.get(), &RecordingLibrary::removeFailed);
    m_library->remove(*live);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<RecordingLibrary::Error>(), RecordingLibrary::Error::StillRecording);
    QVERIFY(!m_library->canUndo());
    QCOMPARE(m_library->recordings().size(), 3);
}

void TestRecordingLibrary::saveCopy()
{
    QVERIFY(scan());
    QTemporaryDir elsewhere;
    const QString target = elsewhere.path() + QStringLiteral("/call.wav");
    QVERIFY(WavFixture::write(target, "old content"));
    QSignalSpy copied(m_library.get(), &RecordingLibrary::copyFinished);
    m_library->saveCopy(m_library->recordings().first(), target);
    QVERIFY(copied.wait(5000));
    QCOMPARE(copied.first().at(1).value<RecordingLibrary::Error>(), RecordingLibrary::Error::None);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), WavFixture::pcm(3000));
    QVERIFY(QFile::exists(path(kSecond)));
}

void TestRecordingLibrary::saveCopyOfAVanishedFile()
{
    QVERIFY(scan());
    QVERIFY(QFile::remove(path(kSecond)));
    QTemporaryDir elsewhere;
    QSignalSpy copied(m_library.get(), &RecordingLibrary::copyFinished);
    m_library->saveCopy(m_library->recordings().first(), elsewhere.path() + QStringLiteral("/x.wav"));
    QVERIFY(copied.wait(5000));
    QCOMPARE(copied.first().at(1).value<RecordingLibrary::Error>(), RecordingLibrary::Error::NotFound);
    // A folder that cannot be written to.
    m_library->saveCopy(m_library->recordings().last(), elsewhere.path() + QStringLiteral("/no/such/x.wav"));
    QVERIFY(copied.wait(5000));
    QCOMPARE(copied.last().at(1).value<RecordingLibrary::Error>(), RecordingLibrary::Error::IoError);
}

void TestRecordingLibrary::missingFolderThenMounted()
{
    m_library->setDirectory(path("monitor"));
    QVERIFY(scan());
    QCOMPARE(m_library->problem(), RecordingScan::Problem::Missing);
    QVERIFY(m_library->recordings().isEmpty());
    QVERIFY(WavFixture::write(path("monitor/a.wav"), WavFixture::pcm(100)));
    QVERIFY(scan());
    QCOMPARE(m_library->problem(), RecordingScan::Problem::None);
    QCOMPARE(m_library->recordings().size(), 1);
}

void TestRecordingLibrary::pendingDeleteHappensWhenTheLibraryGoes()
{
    QVERIFY(scan());
    m_library->remove(m_library->recordings().last());
    m_library.reset();
    QVERIFY(!QFile::exists(path(kFirst)));
    QVERIFY(QFile::exists(path(kSecond)));
}

void TestRecordingLibrary::readsAgainWhenARecordingStartsOrStops()
{
    // A share reports no change: the PBX's events say when to look (09-mixmonitor-actions).
    QVERIFY(scan());
    RecordingStore store(nullptr, m_clock.get());
    m_library->follow(&store);
    QSignalSpy done(m_library.get(), &RecordingLibrary::scanFinished);
    const QList<QPair<QByteArray, QString>> channel {
        {"Channel", QStringLiteral("PJSIP/1001-0000000d")}, {"Uniqueid", QStringLiteral("1796547600.13")}};
    store.apply(makeEvent("MixMonitorStart", channel));
    QCOMPARE(done.size(), 0);
    m_clock->advance(1000);
    QVERIFY(done.wait(5000));
    store.apply(makeEvent("MixMonitorStop", channel));
    m_clock->advance(1000);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.size(), 2);
}

QTEST_GUILESS_MAIN(TestRecordingLibrary)
#include "TestRecordingLibrary.moc"
