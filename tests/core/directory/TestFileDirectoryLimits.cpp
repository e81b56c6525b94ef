// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/FileDirectory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

// Large and hostile contact files on disk (issue 19): read on the worker
// thread, bounded in size and entries, reloaded only when the file changed.
class TestFileDirectoryLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeFileIsParsedOffTheGuiThread();
    void overTheEntryLimitKeepsThePreviousContacts();
    void overTheSizeLimitIsNotRead();
    void strayQuotesOnEveryOtherLine();
    void longFoldedVCardLine();
    void otherFilesOfTheFolderDoNotReload();

private:
    QString write(const QString& name, const QByteArray& bytes);
    static QByteArray rows(int count, const QByteArray& pattern);
    QTemporaryDir m_dir;
};

QString TestFileDirectoryLimits::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// count rows, "%1" in the pattern replaced by the row number.
QByteArray TestFileDirectoryLimits::rows(int count, const QByteArray& pattern)
{
    QByteArray out;
    out.reserve(count * (pattern.size() + 8));
    for (int i = 0; i < count; ++i)
        out += QByteArray(pattern).replace("%1", QByteArray::number(i));
    return out;
}

void TestFileDirectoryLimits::largeFileIsParsedOffTheGuiThread()
{
    // 200,000 contacts (the limit), 7.9 MB.
    const QString path = write(QStringLiteral("big.csv"),
        "Name,Extension,Mobile,Department\n" + rows(200'000, "Person %1,1%1,+49 170 %1,Sales\n"));
    QVERIFY(!path.isEmpty());
    FileDirectory directory(QStringLiteral("big"), path);
    QSignalSpy started(&directory, &DirectorySource::loadingStarted);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    // The GUI thread's event loop keeps turning while the file is parsed.
    int ticksWhileLoading = 0;
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, this, [&] { ticksWhileLoading += directory.isLoading() ? 1 : 0; });
    tick.start();
    directory.start();
    QVERIFY(loaded.wait(120'000));
    tick.stop();
    QCOMPARE(started.size(), 1);
    QCOMPARE(directory.contacts().size(), 200'000);
    QCOMPARE(directory.contacts().last().name, QStringLiteral("Person 199999"));
    QVERIFY(directory.lastParserThread() != nullptr);
    QVERIFY(directory.lastParserThread() != QThread::currentThread());
    QVERIFY2(ticksWhileLoading > 0, "the GUI thread was blocked for the whole parse");
}

void TestFileDirectoryLimits::overTheEntryLimitKeepsThePreviousContacts()
{
    const QString path = write(QStringLiteral("grow.csv"), "Name,Phone\nA,1\nB,2\nC,3\n");
    FileDirectory directory(QStringLiteral("grow"), path);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(directory.contacts().size(), 3);

    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QVERIFY(!write(QStringLiteral("grow.csv"), "Name,Phone\n" + rows(200'001, "P%1,%1\n")).isEmpty());
    QVERIFY(errors.wait(120'000));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::FileTooLarge);
    const QString detail = errors.first().at(2).toString();
    QVERIFY2(detail.startsWith(path + QLatin1String(": more than 200")), qPrintable(detail));
    QVERIFY2(detail.endsWith(QLatin1String("the contacts read before are kept")), qPrintable(detail));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(directory.contacts().size(), 3);

    // Back under the limit: loads again.
    QVERIFY(!write(QStringLiteral("grow.csv"), "Name,Phone\n" + rows(200'000, "P%1,%1\n")).isEmpty());
    QVERIFY(loaded.wait(120'000));
    QCOMPARE(directory.contacts().size(), 200'000);
}

void TestFileDirectoryLimits::overTheSizeLimitIsNotRead()
{
    const QString path = write(QStringLiteral("huge.vcf"), "BEGIN:VCARD\nFN:A\nTEL:1\nEND:VCARD\n");
    FileDirectory directory(QStringLiteral("huge"), path);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(directory.contacts().size(), 1);

    // One byte over 50 MB (a sparse file: the size is real, the disk is spared).
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(FileDirectory::DefaultMaxBytes + 1));
    f.close();
    QVERIFY(errors.wait(10'000));
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::FileTooLarge);
    const QString detail = errors.first().at(2).toString();
    QVERIFY2(detail.contains(QLatin1String("than the 50 MB a contact file may have")), qPrintable(detail));
    QVERIFY2(detail.startsWith(path), qPrintable(detail));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(directory.contacts().size(), 1);
}

void TestFileDirectoryLimits::strayQuotesOnEveryOtherLine()
{
    // The audit's shape (it froze the window 18.7 s): 150,001 rows that open a
    // quote and never close it on their line, 3.4 MB. Each such quote closes at
    // the next row's, so every other row is reported (75,000), and the last
    // quote of the file never closes.
    const QString path = write(
        QStringLiteral("quotes.csv"), "Name,Phone\n" + rows(150'001, "\"Person %1,1%1\n") + "Last,2\n");
    FileDirectory directory(QStringLiteral("quotes"), path);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    directory.start();
    QVERIFY(loaded.wait(120'000));
    QVERIFY(directory.lastParserThread() != QThread::currentThread());
    const QList<ContactFileError> lineErrors = directory.lineErrors();
    QCOMPARE(lineErrors.size(), 75'001);
    QCOMPARE(errors.size(), 75'001);
    QCOMPARE(lineErrors.first().line, 2);
    QCOMPARE(lineErrors.first().reason, ContactFileError::Reason::TextAfterClosingQuote);
    QCOMPARE(lineErrors.at(74'999).line, 150'000);
    QCOMPARE(lineErrors.last().line, 150'002);
    QCOMPARE(lineErrors.last().reason, ContactFileError::Reason::UnterminatedQuote);
    QCOMPARE(directory.contacts().size(), 1);
    QCOMPARE(directory.contacts().first().name, QStringLiteral("Last"));
}

void TestFileDirectoryLimits::longFoldedVCardLine()
{
    // 200,000 quoted-printable soft breaks and no colon: one logical line
    // of 1.2 MB, which the unfolding once searched from its start per line.
    QByteArray vcf = "BEGIN:VCARD\nFN:A\nTEL:1\nEND:VCARD\nBEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE=\n";
    vcf += rows(200'000, "abcd=\n");
    vcf += "x\nEND:VCARD\n";
    const QString path = write(QStringLiteral("folded.vcf"), vcf);
    FileDirectory directory(QStringLiteral("folded"), path);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(loaded.wait(120'000));
    QCOMPARE(directory.contacts().size(), 1);
    QCOMPARE(directory.lineErrors().size(), 1);
    QCOMPARE(directory.lineErrors().first().reason, ContactFileError::Reason::MissingColon);
}

void TestFileDirectoryLimits::otherFilesOfTheFolderDoNotReload()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("staff.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Phone\nA,1\n");
    f.close();
    FileDirectory directory(QStringLiteral("staff"), path);
    QSignalSpy started(&directory, &DirectorySource::loadingStarted);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(loaded.wait(5000));
    // 20 other files come and go next to it; then ours changes, and that
    // is the only other parse.
    for (int i = 0; i < 20; ++i) {
        QFile other(folder.filePath(QStringLiteral("other%1.txt").arg(i)));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("x");
        other.close();
        QTest::qWait(10);
        QVERIFY(other.remove());
    }
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write("B,2\n");
    f.close();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(directory.contacts().size(), 2);
    QCOMPARE(started.size(), 2);
    QCOMPARE(loaded.size(), 2);
}

QTEST_GUILESS_MAIN(TestFileDirectoryLimits)
#include "TestFileDirectoryLimits.moc"
