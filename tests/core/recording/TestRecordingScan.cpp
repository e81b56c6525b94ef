// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingScan.h"

#include "WavFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using State = RecordingFile::State;

// The monitor spool read from real files: WAV headers as format_wav writes
// them, files cut short, empty, still growing, and folders that are not there.
class TestRecordingScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneFile_data();
    void oneFile();
    void partiesFromTemplate();
    void otherNamesUseFileTime();
    void growingBetweenLooks();
    void unchangedFileIsNotOpenedAgain();
    void datedSubfolders();
    void strangersIgnored();
    void missingDirectory();
    void fileInsteadOfDirectory();
    void unreadableDirectory();

private:
    QString path(const QString& name) const { return m_dir->path() + u'/' + name; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecordingScan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRecordingScan::oneFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("durationMs");
    const QByteArray good = WavFixture::pcm(2500);
    QTest::newRow("complete pcm wav") << "a.wav" << good << int(State::Complete) << qint64(2500);
    QTest::newRow("wav49 (gsm in wav)")
        << "a.WAV" << WavFixture::gsm(4000) << int(State::Complete) << qint64(4000);
    QTest::newRow("raw gsm") << "a.gsm" << QByteArray(33 * 150, 'x') << int(State::Complete) << qint64(3000);
    QTest::newRow("0 bytes") << "a.wav" << QByteArray() << int(State::Empty) << qint64(-1);
    QTest::newRow("header only") << "a.wav" << good.left(44) << int(State::Empty) << qint64(-1);
    QTest::newRow("header length 0: still recording")
        << "a.wav" << WavFixture::pcm(1000, false) << int(State::Growing) << qint64(1000);
    QTest::newRow("truncated header (RIFF only)")
        << "a.wav" << good.left(10) << int(State::Damaged) << qint64(-1);
    QTest::newRow("truncated header (before data)")
        << "a.wav" << good.left(30) << int(State::Damaged) << qint64(-1);
    QTest::newRow("audio cut short") << "a.wav" << good.left(44 + 16000) << int(State::Damaged)
                                     << qint64(1000);
    QTest::newRow("not a wav") << "a.wav" << QByteArray("<html>not audio</html>") << int(State::Damaged)
                               << qint64(-1);
}

void TestRecordingScan::oneFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(qint64, durationMs);
    QVERIFY(WavFixture::write(path(name), bytes));
    const RecordingScan::Result r = RecordingScan::scan(m_dir->path(), {});
    QCOMPARE(r.problem, RecordingScan::Problem::None);
    QCOMPARE(r.files.size(), 1);
    const RecordingFile& f = r.files.first();
    QCOMPARE(int(f.state), state);
    QCOMPARE(f.durationMs, durationMs);
    QCOMPARE(f.size, qint64(bytes.size()));
    QCOMPARE(f.path, path(name));
    QCOMPARE(f.state == State::Complete, f.detail.isEmpty());
}

void TestRecordingScan::partiesFromTemplate()
{
    QVERIFY(WavFixture::write(path("20261206-181200-1001-+4930123-1796532128.23.wav"), WavFixture::pcm(100)));
    const RecordingScan::Result r = RecordingScan::scan(m_dir->path(), {});
    QCOMPARE(r.files.size(), 1);
    const RecordingFile& f = r.files.first();
    QVERIFY(f.namedByTemplate);
    QCOMPARE(f.caller, QStringLiteral("1001"));
    QCOMPARE(f.callee, QStringLiteral("+4930123"));
    QCOMPARE(f.uniqueid, QStringLiteral("1796532128.23"));
    QCOMPARE(f.when, QDateTime(QDate(2026, 12, 6), QTime(18, 12, 0)));
    // Another template reads the same name differently, or not at all.
    const RecordingFile other
        = RecordingScan::scan(m_dir->path(), QStringLiteral("{uniqueid}.wav")).files.first();
    QVERIFY(!other.namedByTemplate);
    QVERIFY(other.caller.isEmpty());
}

void TestRecordingScan::otherNamesUseFileTime()
{
    const QString p = path("q-1001.wav");
    QVERIFY(WavFixture::write(p, WavFixture::pcm(100)));
    const QDateTime mtime(QDate(2026, 11, 30), QTime(9, 30, 5));
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    f.close();
    // uniqueid only: the time comes from the uniqueid's seconds.
    QVERIFY(WavFixture::write(path("1796532128.23.wav"), WavFixture::pcm(100)));
    const RecordingScan::Result r = RecordingScan::scan(m_dir->path(), QStringLiteral("{uniqueid}.wav"));
    QCOMPARE(r.files.size(), 2);
    QCOMPARE(r.files[0].uniqueid, QStringLiteral("1796532128.23"));
    QCOMPARE(r.files[0].when, QDateTime::fromSecsSinceEpoch(1796532128));
    QCOMPARE(r.files[1].fileName, QStringLiteral("q-1001.wav"));
    QVERIFY(!r.files[1].namedByTemplate);
    QCOMPARE(r.files[1].when, mtime);
}

void TestRecordingScan::growingBetweenLooks()
{
    // A format without a length in its header (raw gsm) grows: only a second look tells.
    const QString p = path("a.gsm");
    QVERIFY(WavFixture::write(p, QByteArray(33 * 50, 'x')));
    RecordingScan::Result first = RecordingScan::scan(m_dir->path(), {});
    QCOMPARE(first.files.first().state, State::Complete);
    QVERIFY(WavFixture::write(p, QByteArray(33 * 100, 'x')));
    const RecordingScan::Previous before {{QStringLiteral("a.gsm"), first.files.first()}};
    RecordingScan::Result second = RecordingScan::scan(m_dir->path(), {}, before);
    QCOMPARE(second.files.first().state, State::Growing);
    QCOMPARE(second.files.first().durationMs, qint64(2000));
    const RecordingScan::Previous same {{QStringLiteral("a.gsm"), second.files.first()}};
    QCOMPARE(RecordingScan::scan(m_dir->path(), {}, same).files.first().state, State::Complete);
}

void TestRecordingScan::unchangedFileIsNotOpenedAgain()
{
    const QString p = path("a.wav");
    QVERIFY(WavFixture::write(p, WavFixture::pcm(1000)));
    const RecordingScan::Result first = RecordingScan::scan(m_dir->path(), {});
    QCOMPARE(first.files.first().durationMs, qint64(1000));
    const RecordingScan::Previous before {{QStringLiteral("a.wav"), first.files.first()}};
    // Same size, same time, other bytes: what the last look found stands.
    const QDateTime mtime = QFileInfo(p).lastModified();
    QVERIFY(WavFixture::write(p, QByteArray(WavFixture::pcm(1000).size(), 'x')));
    QFile f(p);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    f.close();
    QCOMPARE(RecordingScan::scan(m_dir->path(), {}, before).files.first().state, State::Complete);
    // Another time: read again, and now it is no WAV.
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(mtime.addSecs(5), QFileDevice::FileModificationTime));
    f.close();
    QCOMPARE(RecordingScan::scan(m_dir->path(), {}, before).files.first().state, State::Damaged);
}

void TestRecordingScan::datedSubfolders()
{
    QVERIFY(WavFixture::write(path("2026/12/06/in-1001.wav"), WavFixture::pcm(100)));
    QVERIFY(WavFixture::write(path("2026/12/06/x/y/too-deep.wav"), WavFixture::pcm(100)));
    const RecordingScan::Result r = RecordingScan::scan(m_dir->path(), {});
    QCOMPARE(r.files.size(), 1);
    QCOMPARE(r.files.first().fileName, QStringLiteral("2026/12/06/in-1001.wav"));
}

void TestRecordingScan::strangersIgnored()
{
    QVERIFY(WavFixture::write(path("a.wav"), WavFixture::pcm(100)));
    for (const char* name : {".hidden.wav", "notes.txt", "a.wav.part", "noextension"})
        QVERIFY(WavFixture::write(path(QString::fromLatin1(name)), "x"));
    QVERIFY(QDir().mkpath(path("dir.wav")));
    const RecordingScan::Result r = RecordingScan::scan(m_dir->path(), {});
    QCOMPARE(r.files.size(), 1);
    QCOMPARE(r.files.first().fileName, QStringLiteral("a.wav"));
}

void TestRecordingScan::missingDirectory()
{
    const RecordingScan::Result r = RecordingScan::scan(path("monitor"), {});
    QCOMPARE(r.problem, RecordingScan::Problem::Missing);
    QCOMPARE(r.detail, path("monitor"));
    QVERIFY(r.files.isEmpty());
}

void TestRecordingScan::fileInsteadOfDirectory()
{
    QVERIFY(WavFixture::write(path("monitor"), "x"));
    QCOMPARE(RecordingScan::scan(path("monitor"), {}).problem, RecordingScan::Problem::NotADirectory);
}

void TestRecordingScan::unreadableDirectory()
{
    QVERIFY(WavFixture::write(path("monitor/a.wav"), WavFixture::pcm(100)));
    QVERIFY(::chmod(QFile::encodeName(path("monitor")).constData(), 0) == 0);
    const RecordingScan::Result r = RecordingScan::scan(path("monitor"), {});
    // Root ignores permissions (CI runs the tests as root): it reads the folder.
    if (::geteuid() == 0) {
        QCOMPARE(r.problem, RecordingScan::Problem::None);
        QCOMPARE(r.files.size(), 1);
    } else {
        QCOMPARE(r.problem, RecordingScan::Problem::Unreadable);
        QVERIFY(r.files.isEmpty());
    }
    QVERIFY(::chmod(QFile::encodeName(path("monitor")).constData(), 0700) == 0);
}

QTEST_GUILESS_MAIN(TestRecordingScan)
#include "TestRecordingScan.moc"
