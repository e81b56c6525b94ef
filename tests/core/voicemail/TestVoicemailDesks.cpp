// SPDX-License-Identifier: GPL-3.0-or-later
// Spool safety at scale (issue 19): three processes deposit messages the way
// app_voicemail does while two desks, each a separate process with its own
// VoicemailStore, move, mark heard, delete and purge on the same mailbox.
// Every message carries its own msg_id (in the .txt and spelled by its
// audio); afterwards each one is there exactly once, or was purged by a desk
// that said so, and every folder is numbered without gaps or stray files.
#include "SpoolCensus.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestVoicemailDesks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoDesksThreeWriters();

private:
    static int envOr(const char* name, int fallback);
};

int TestVoicemailDesks::envOr(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

void TestVoicemailDesks::twoDesksThreeWriters()
{
    constexpr int kSeeded = 40;
    constexpr int kWriters = 3;
    constexpr int kDesks = 2;
    // Longer runs: ATTENDANT_SPOOL_OPERATIONS (per desk), ATTENDANT_SPOOL_DEPOSITS (per writer).
    const int operations = envOr("ATTENDANT_SPOOL_OPERATIONS", 1000);
    const int deposits = envOr("ATTENDANT_SPOOL_DEPOSITS", 150);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString box = dir.path() + QStringLiteral("/default/2000");
    for (Voicemail::Folder f : {Voicemail::Folder::Inbox, Voicemail::Folder::Old, Voicemail::Folder::Work,
             Voicemail::Folder::Family, Voicemail::Folder::Urgent, Voicemail::Folder::Deleted})
        QVERIFY(QDir().mkpath(box + u'/' + Voicemail::folderName(f)));
    QSet<QString> expected;
    for (int i = 0; i < kSeeded; ++i) {
        const QString id = QStringLiteral("seed-%1").arg(i);
        QVERIFY(SpoolFixture::writeMessage(box + QStringLiteral("/INBOX"), i, id, QStringLiteral("2000")));
        expected.insert(id);
    }

    std::vector<std::unique_ptr<QProcess>> processes;
    auto start = [&](const QString& program, const QStringList& args) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(program, args);
        return processes.back()->waitForStarted(10000);
    };
    for (int w = 0; w < kWriters; ++w) {
        const QString tmp = box + QStringLiteral("/tmp%1").arg(w);
        QVERIFY(QDir().mkpath(tmp));
        const QString prefix = QStringLiteral("writer%1-").arg(w);
        for (int i = 0; i < deposits; ++i)
            expected.insert(prefix + QString::number(i));
        // Deposits spread over the desks' run (a pause of up to 40 ms between two).
        QVERIFY(start(QStringLiteral(FAKE_ASTERISK_WRITER),
            {box + QStringLiteral("/INBOX"), tmp, QStringLiteral("2000"), QString::number(deposits),
                QString::number(4711 + w), QStringLiteral("40000"), prefix}));
    }
    for (int d = 0; d < kDesks; ++d) {
        QVERIFY(start(QStringLiteral(VOICEMAIL_DESK),
            {dir.path(), QStringLiteral("2000@default"), QString::number(operations),
                QString::number(1919 + d)}));
    }

    QSet<QString> purged;
    int ok = 0, notFound = 0;
    for (const auto& p : processes) {
        QVERIFY(p->waitForFinished(600000));
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
            QByteArray(out.right(500) + p->readAllStandardError().right(500)).constData());
        for (const QByteArray& line : out.split('\n')) {
            if (line.startsWith("purged "))
                purged.insert(QString::fromUtf8(line.mid(7)));
            if (line.startsWith("done ")) {
                ok += line.split(' ').value(1).toInt();
                notFound += line.split(' ').value(2).toInt();
            }
        }
    }

    const SpoolCensus census = SpoolCensus::of(box);
    QVERIFY2(census.problems.isEmpty(), qPrintable(census.problems.join(u'\n')));
    QCOMPARE(census.duplicates(), 0);
    const QSet<QString> present = census.ids();
    QCOMPARE(present & purged, QSet<QString>()); // purged and yet there
    QCOMPARE(expected - purged - present, QSet<QString>()); // lost
    QCOMPARE(present - expected, QSet<QString>()); // from nowhere
    for (int w = 0; w < kWriters; ++w)
        QVERIFY(QDir(box + QStringLiteral("/tmp%1").arg(w)).isEmpty());
    QVERIFY(ok > operations / 2);
    qInfo("%d deposits by %d writers, %d operations by %d desks: %d done, %d on a message another desk had "
          "moved; %d purged, %d messages at the end, 0 lost, 0 duplicated",
        kWriters * deposits, kWriters, kDesks * operations, kDesks, ok, notFound, int(purged.size()),
        int(present.size()));
}

QTEST_GUILESS_MAIN(TestVoicemailDesks)
#include "TestVoicemailDesks.moc"
