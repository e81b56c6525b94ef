// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/FileDirectory.h"

#include <QFile>
#include <QMetaEnum>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// CSV and vCard files on disk, read through FileDirectory.
class TestFileDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csv_data();
    void csv();
    void vcard_data();
    void vcard();
    void malformedRowsAreReported();
    void reloadsWhenEditedInPlace();
    void reloadsAfterAtomicReplace();
    void missingFile();

private:
    void addColumns();
    void check(const QString& fileName);
    QString write(const QString& name, const QByteArray& bytes);
    static QList<Contact> load(FileDirectory& directory);
    QTemporaryDir m_dir;
};

// Compact form of a contact for _data rows: "name|kind:number,kind:number|mail|department|title|uid".
static QString describe(const Contact& c)
{
    QStringList numbers;
    const QMetaEnum kinds = QMetaEnum::fromType<PhoneNumber::Kind>();
    for (const PhoneNumber& n : c.numbers)
        numbers.append(QString::fromLatin1(kinds.valueToKey(int(n.kind))) + QLatin1Char(':') + n.number);
    return QStringList {c.name, numbers.join(QLatin1Char(',')), c.mail, c.department, c.title, c.uid}.join(
        QLatin1Char('|'));
}

static QString describe(const ContactFileError& e)
{
    return QString::number(e.line) + QLatin1Char(':')
        + QString::fromLatin1(QMetaEnum::fromType<ContactFileError::Reason>().valueToKey(int(e.reason)));
}

void TestFileDirectory::addColumns()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("contacts");
    QTest::addColumn<QStringList>("errors");
}

QString TestFileDirectory::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(bytes);
    return path;
}

QList<Contact> TestFileDirectory::load(FileDirectory& directory)
{
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    if (loaded.isEmpty() && !loaded.wait(5000))
        return {};
    return loaded.last().at(1).value<QList<Contact>>();
}

void TestFileDirectory::check(const QString& fileName)
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, contacts);
    QFETCH(QStringList, errors);
    const QString path = write(fileName, content);
    QVERIFY(!path.isEmpty());
    FileDirectory directory(QStringLiteral("file"), path);
    const QList<Contact> loaded = load(directory);
    QStringList got;
    for (const Contact& c : loaded) {
        got.append(describe(c));
        QCOMPARE(c.sourceId, QStringLiteral("file"));
    }
    QCOMPARE(got, contacts);
    QStringList gotErrors;
    const QList<ContactFileError> lineErrors = directory.lineErrors();
    for (const ContactFileError& e : lineErrors)
        gotErrors.append(describe(e));
    QCOMPARE(gotErrors, errors);
}

void TestFileDirectory::csv_data()
{
    addColumns();
    QTest::newRow("comma, English header")
        << QByteArray("Name,Extension,Mobile,E-Mail\nAnna Berg,1001,+49 170 1,anna@example.com\nBob,1002,,\n")
        << QStringList {QStringLiteral("Anna Berg|Extension:1001,Mobile:+49 170 1|anna@example.com|||"),
               QStringLiteral("Bob|Extension:1002||||")}
        << QStringList {};
    QTest::newRow("semicolon, German header")
        << QByteArray("Name;Durchwahl;Abteilung;Position\nJürgen Müller;1001;Vertrieb;Leiter\n")
        << QStringList {QStringLiteral("Jürgen Müller|Extension:1001||Vertrieb|Leiter|")} << QStringList {};
    QTest::newRow("BOM, Spanish header with accents")
        << QByteArray("\xEF\xBB\xBFNombre,Teléfono,Móvil,Correo electrónico,Departamento\n"
                      "Ana Sánchez,+34 91 100,+34 600 100,ana@example.es,Ventas\n")
        << QStringList {QStringLiteral(
               "Ana Sánchez|Work:+34 91 100,Mobile:+34 600 100|ana@example.es|Ventas||")}
        << QStringList {};
    QTest::newRow("French header in capitals")
        << QByteArray(
               "PRÉNOM;NOM DE FAMILLE;POSTE;SERVICE;COURRIEL\nFrançois;Durand;1003;Comptabilité;f@ex.fr\n")
        << QStringList {QStringLiteral("François Durand|Extension:1003|f@ex.fr|Comptabilité||")}
        << QStringList {};
    QTest::newRow("quoted comma and doubled quotes")
        << QByteArray("Name,Phone\n\"Doe, John \"\"JD\"\"\",1004\n")
        << QStringList {QStringLiteral("Doe, John \"JD\"|Work:1004||||")} << QStringList {};
    QTest::newRow("embedded newline keeps line numbers")
        << QByteArray("Name,Phone,Department\n\"Anna\nBerg\",1005,\"Sales\"\nBob,call me,\n")
        << QStringList {QStringLiteral("Anna\nBerg|Work:1005||Sales||")}
        << QStringList {QStringLiteral("4:InvalidNumber")};
    QTest::newRow("CRLF line ends") << QByteArray("Name,Phone\r\nA,1\r\nB,2\r\n")
                                    << QStringList {QStringLiteral("A|Work:1||||"),
                                           QStringLiteral("B|Work:2||||")}
                                    << QStringList {};
    QTest::newRow("tab separated with uid")
        << QByteArray("Username\tDisplay Name\tExt\njdoe\tJane Doe\t1007\n")
        << QStringList {QStringLiteral("Jane Doe|Extension:1007||||jdoe")} << QStringList {};
    QTest::newRow("several numbers of one contact")
        << QByteArray(
               "Name,Extension,Work Phone,Mobile,Home Phone\nEve,1008,+1 555 0100,+1 555 0101,+1 555 0102\n")
        << QStringList {QStringLiteral(
               "Eve|Extension:1008,Work:+1 555 0100,Mobile:+1 555 0101,Other:+1 555 0102||||")}
        << QStringList {};
    QTest::newRow("Latin-1 export") << QByteArray("Name;Telefon\nM\xfcller;1009\n")
                                    << QStringList {QStringLiteral("Müller|Work:1009||||")} << QStringList {};
    QTest::newRow("blank lines skipped") << QByteArray("\nName,Phone\n\nA,1\n,\n")
                                         << QStringList {QStringLiteral("A|Work:1||||")} << QStringList {};
    QTest::newRow("no known header") << QByteArray("foo,bar\n1,2\n") << QStringList {}
                                     << QStringList {QStringLiteral("1:NoHeader")};
    // One line only: a file whose line breaks were lost, or an empty export.
    QTest::newRow("header row never ends") << QByteArray("Name,Phone,Anna,1001,Bob,1002") << QStringList {}
                                           << QStringList {QStringLiteral("1:HeaderNeverEnds")};
    QTest::newRow("header row never ends after blank lines") << QByteArray(
        "\n\r\nName;Phone") << QStringList {} << QStringList {QStringLiteral("3:HeaderNeverEnds")};
    QTest::newRow("header row alone, with its line break")
        << QByteArray("Name,Phone\r\n") << QStringList {} << QStringList {};
    QTest::newRow("malformed rows, the rest loads")
        << QByteArray("Name,Phone,Department\n"
                      "Good,1,\n" // 2
                      "\"Bad\"x,2,\n" // 3
                      "Too,3,many,fields\n" // 4
                      "Call,me maybe,\n" // 5
                      ",,Sales\n" // 6
                      "\"Unterminated,4,\n" // 7
                      "Last,5,\n") // 8
        << QStringList {QStringLiteral("Good|Work:1||||"), QStringLiteral("Last|Work:5||||")}
        << QStringList {QStringLiteral("3:TextAfterClosingQuote"), QStringLiteral("4:TooManyFields"),
               QStringLiteral("5:InvalidNumber"), QStringLiteral("6:NoNameOrNumber"),
               QStringLiteral("7:UnterminatedQuote")};
}

void TestFileDirectory::csv()
{
    check(QStringLiteral("contacts.csv"));
}

void TestFileDirectory::vcard_data()
{
    addColumns();
    QTest::newRow("vCard 3.0 with typed numbers")
        << QByteArray(
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nN:Müller;Jürgen;;;\r\n"
               "TEL;TYPE=x-extension:1001\r\nTEL;TYPE=WORK,VOICE:+49 30 1234501\r\n"
               "TEL;TYPE=CELL:+49 170 1\r\nTEL;TYPE=HOME:+49 30 999\r\nEMAIL;TYPE=INTERNET:j@example.com\r\n"
               "ORG:Example GmbH;Vertrieb\r\nTITLE:Leiter\r\nUID:jmueller\r\nEND:VCARD\r\n")
        << QStringList {QStringLiteral("Jürgen Müller|Extension:1001,Work:+49 30 1234501,Mobile:+49 170 "
                                       "1,Other:+49 30 999|j@example.com|Vertrieb|Leiter|jmueller")}
        << QStringList {};
    QTest::newRow("vCard 4.0 tel URI with ext") << QByteArray(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\nTEL;VALUE=uri;TYPE=\"work,voice\":tel:+1-555-0100;ext=42\n"
        "ORG:Acme\nEND:VCARD\n")
                                                << QStringList {QStringLiteral(
                                                       "Ann Lee|Work:+1-555-0100,Extension:42||Acme||")}
                                                << QStringList {};
    // The ext= parameter would become the primary number: same rule as the rest.
    QTest::newRow("tel URI with an injected ext")
        << QByteArray(
               "BEGIN:VCARD\nVERSION:4.0\nFN:Eve\nTEL;VALUE=uri:tel:+1-555-0100;ext=1234&PJSIP/evil@trunk\n"
               "TEL;TYPE=cell:0170 1\nEND:VCARD\n")
        << QStringList {}
        << QStringList {QStringLiteral("4:InvalidNumber")}; // the card is refused and reported
    QTest::newRow("number with an ampersand")
        << QByteArray(
               "BEGIN:VCARD\nVERSION:3.0\nFN:Mallory\nTEL;TYPE=x-extension:1001&PJSIP/1002\nEND:VCARD\n")
        << QStringList {} << QStringList {QStringLiteral("4:InvalidNumber")};
    QTest::newRow("folded lines") << QByteArray(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maximilian \r\n Mustermann\r\nTEL:+49 \r\n\t30 1\r\nEND:VCARD\r\n")
                                  << QStringList {QStringLiteral("Maximilian Mustermann|Work:+49 30 1||||")}
                                  << QStringList {};
    QTest::newRow("N only, escaped comma")
        << QByteArray(
               "BEGIN:VCARD\nVERSION:3.0\nN:Durand;François;;;\nTEL:1003\nTITLE:Chef\\, compta\nEND:VCARD\n")
        << QStringList {QStringLiteral("François Durand|Work:1003|||Chef, compta|")} << QStringList {};
    QTest::newRow("2.1 quoted-printable Latin-1") << QByteArray(
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\n"
        "TEL;CELL:0170 1\nEND:VCARD\n") << QStringList {QStringLiteral("Jürgen Müller|Mobile:0170 1||||")}
                                                  << QStringList {};
    QTest::newRow("CHARSET=UTF-8 on plain text")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN;CHARSET=UTF-8:Zoë\nTEL:1010\nEND:VCARD\n")
        << QStringList {QStringLiteral("Zoë|Work:1010||||")} << QStringList {};
    QTest::newRow("two cards, grouped property") << QByteArray(
        "BEGIN:VCARD\nVERSION:3.0\nFN:A\nitem1.TEL:1\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n"
        "TEL:2\nEND:VCARD\n") << QStringList {QStringLiteral("A|Work:1||||"), QStringLiteral("B|Work:2||||")}
                                                 << QStringList {};
    QTest::newRow("malformed cards, the rest loads")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Good\nTEL:1\nEND:VCARD\n" // 1-5
                      "BEGIN:VCARD\nVERSION:3.0\nFN:Broken\ngarbage without colon\nEND:VCARD\n" // 6-10
                      "BEGIN:VCARD\nVERSION:3.0\nEMAIL:nobody@example.com\nEND:VCARD\n" // 11-14
                      "END:VCARD\n" // 15
                      "BEGIN:VCARD\nVERSION:3.0\nFN:Bad number\nTEL:ring me\nEND:VCARD\n" // 16-20
                      "BEGIN:VCARD\nVERSION:3.0\nFN:Also good\nTEL:2\nEND:VCARD\n" // 21-25
                      "BEGIN:VCARD\nFN:Cut off\n") // 26
        << QStringList {QStringLiteral("Good|Work:1||||"), QStringLiteral("Also good|Work:2||||")}
        << QStringList {QStringLiteral("9:MissingColon"), QStringLiteral("11:NoNameOrNumber"),
               QStringLiteral("15:EndWithoutBegin"), QStringLiteral("19:InvalidNumber"),
               QStringLiteral("26:UnterminatedCard")};
}

void TestFileDirectory::vcard()
{
    check(QStringLiteral("contacts.vcf"));
}

void TestFileDirectory::malformedRowsAreReported()
{
    const QString path = write(QStringLiteral("report.csv"), "Name,Phone\nA,1\nB,\"x\"y\n");
    FileDirectory directory(QStringLiteral("file"), path);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QCOMPARE(load(directory).size(), 1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::MalformedEntry);
    const QString detail = errors.first().at(2).toString();
    QVERIFY2(detail.startsWith(path) && detail.contains(QLatin1String("line 3")), qPrintable(detail));
}

void TestFileDirectory::reloadsWhenEditedInPlace()
{
    const QString path = write(QStringLiteral("edit.csv"), "Name,Phone\nA,1\n");
    FileDirectory directory(QStringLiteral("file"), path);
    QCOMPARE(load(directory).size(), 1);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    write(QStringLiteral("edit.csv"), "Name,Phone\nA,1\nB,2\n");
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.last().at(1).value<QList<Contact>>().size(), 2);
}

void TestFileDirectory::reloadsAfterAtomicReplace()
{
    const QString path = write(QStringLiteral("atomic.vcf"), "BEGIN:VCARD\nFN:A\nTEL:1\nEND:VCARD\n");
    FileDirectory directory(QStringLiteral("file"), path);
    QCOMPARE(load(directory).size(), 1);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    for (int round = 2; round <= 3; ++round) {
        // QSaveFile writes a temporary file and renames it over the original,
        // like most editors; the watch on the old file is gone after that.
        QSaveFile save(path);
        QVERIFY(save.open(QIODevice::WriteOnly));
        QByteArray cards;
        for (int i = 0; i < round; ++i)
            cards += "BEGIN:VCARD\nFN:P" + QByteArray::number(i) + "\nTEL:" + QByteArray::number(i)
                + "\nEND:VCARD\n";
        save.write(cards);
        QVERIFY(save.commit());
        QTRY_COMPARE(directory.contacts().size(), round);
    }
    QVERIFY(loaded.size() >= 2);
}

void TestFileDirectory::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.csv"));
    FileDirectory directory(QStringLiteral("file"), path);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::FileUnreadable);
    QVERIFY(errors.first().at(2).toString().startsWith(path));
    // Created later: picked up through the directory watch.
    write(QStringLiteral("absent.csv"), "Name,Phone\nLate,1\n");
    QVERIFY(loaded.wait(5000));
    QCOMPARE(directory.contacts().size(), 1);
}

QTEST_GUILESS_MAIN(TestFileDirectory)
#include "TestFileDirectory.moc"
