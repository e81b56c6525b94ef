// SPDX-License-Identifier: GPL-3.0-or-later
// PresenceNote against 10-presence-state: the states Asterisk 22 knows, the
// value Attendant writes (base64 with option e, so a comma survives), the
// return time in the subtype, overdue, and bad notes refused.
#include "Transcript.h"
#include "core/presence/PresenceNote.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using Status = PresenceNote::Status;

class TestPresenceNote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames_data();
    void statusNames();
    void recordedSetvarValues_data();
    void recordedSetvarValues();
    void readsEveryRecordedEvent();
    void returnTimeTravelsInTheSubtype();
    void overdueOnlyWhileAway();
    void badNotes_data();
    void badNotes();
};

void TestPresenceNote::statusNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Status>("status");
    QTest::newRow("available") << "available" << Status::Available;
    QTest::newRow("away") << "away" << Status::Away;
    QTest::newRow("extended away") << "xa" << Status::ExtendedAway;
    QTest::newRow("dnd") << "dnd" << Status::DoNotDisturb;
    QTest::newRow("chat") << "chat" << Status::Chat;
    QTest::newRow("unavailable") << "unavailable" << Status::Unavailable;
    QTest::newRow("not set") << "not_set" << Status::NotSet;
    QTest::newRow("upper case") << "AWAY" << Status::Away;
    QTest::newRow("unknown from a PBX") << "busy" << Status::Unknown;
}

void TestPresenceNote::statusNames()
{
    QFETCH(QString, name);
    QFETCH(Status, status);
    QCOMPARE(PresenceNote::parseStatus(name), status);
    if (status != Status::Unknown)
        QCOMPARE(PresenceNote::asteriskName(status), name.toLower());
    else
        QVERIFY(PresenceNote::asteriskName(status).isEmpty());
}

// The Setvar values of 10-presence-state that Asterisk accepted, rebuilt from what
// its events said: the same bytes (the recorded base64 one included).
void TestPresenceNote::recordedSetvarValues_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("subtype");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("recordedValue");
    QTest::newRow("empty") << "available"
                           << ""
                           << ""
                           << "available,,";
    QTest::newRow("comma in the message") << "away"
                                          << "lunch"
                                          << "Back at 14:00, room 2"
                                          << "away,bHVuY2g=,QmFjayBhdCAxNDowMCwgcm9vbSAy,e";
}

void TestPresenceNote::recordedSetvarValues()
{
    QFETCH(QString, status);
    QFETCH(QString, subtype);
    QFETCH(QString, message);
    QFETCH(QString, recordedValue);
    const PresenceNote note = PresenceNote::fromPbx(status, subtype, message);
    QCOMPARE(note.setvarValue(), recordedValue);
    QCOMPARE(note.validate(), PresenceNote::Error::None);
    // The value really was sent in the recording.
    QFile f(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/10-presence-state.sent"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray line = QByteArray("Value: ") + recordedValue.toUtf8() + QByteArray("\r\n");
    QVERIFY(f.readAll().contains(line));
}

void TestPresenceNote::readsEveryRecordedEvent()
{
    int read = 0;
    for (const AmiMessage& m : Transcript::liveEvents(QStringLiteral("10-presence-state"))) {
        if (m.eventName() != "PresenceStateChange")
            continue;
        const PresenceNote note
            = PresenceNote::fromPbx(m.value("Status"), m.value("Subtype"), m.value("Message"));
        QVERIFY2(note.status() != Status::Unknown, qPrintable(m.value("Status")));
        QCOMPARE(note.note(), m.value("Message"));
        QVERIFY(!note.returnAt().isValid()); // "lunch" is no time
        ++read;
    }
    QCOMPARE(read, 11);
}

void TestPresenceNote::returnTimeTravelsInTheSubtype()
{
    const QDateTime back(QDate(2026, 12, 6), QTime(14, 0), QTimeZone(3600));
    const PresenceNote written(Status::Away, QStringLiteral("Lunch"), back);
    QCOMPARE(written.subtype(), QStringLiteral("2026-12-06T13:00:00Z"));
    const QString value = written.setvarValue();
    QVERIFY(value.endsWith(QLatin1String(",e")));
    // What the PBX sends back (decoded) gives the same moment.
    const QStringList parts = value.split(u',');
    QCOMPARE(parts.size(), 4);
    const PresenceNote read = PresenceNote::fromPbx(QStringLiteral("away"),
        QString::fromUtf8(QByteArray::fromBase64(parts.at(1).toLatin1())),
        QString::fromUtf8(QByteArray::fromBase64(parts.at(2).toLatin1())));
    QCOMPARE(read.returnAt(), back);
    QCOMPARE(read.note(), QStringLiteral("Lunch"));
    // A time without zone is no return time (which zone would it be?).
    QVERIFY(!PresenceNote::fromPbx(QStringLiteral("away"), QStringLiteral("2026-12-06T14:00:00"), {})
                 .returnAt()
                 .isValid());
}

void TestPresenceNote::overdueOnlyWhileAway()
{
    const QDateTime back(QDate(2026, 12, 6), QTime(14, 0), QTimeZone::utc());
    const PresenceNote away(Status::Away, QStringLiteral("Lunch"), back);
    QVERIFY(!away.isOverdue(back.addSecs(-60)));
    QVERIFY(away.isOverdue(back.addSecs(60)));
    QVERIFY(!PresenceNote(Status::Available, {}, back).isOverdue(back.addSecs(60)));
    QVERIFY(!PresenceNote(Status::Away, QStringLiteral("Lunch")).isOverdue(back));
}

void TestPresenceNote::badNotes_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<PresenceNote::Error>("error");
    QTest::newRow("line feed") << "Lunch\nback soon" << PresenceNote::Error::ControlCharacter;
    QTest::newRow("carriage return") << "Lunch\r" << PresenceNote::Error::ControlCharacter;
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                         << PresenceNote::Error::ControlCharacter;
    QTest::newRow("tab") << "a\tb" << PresenceNote::Error::ControlCharacter;
    QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(QChar::LineSeparator))
                                    << PresenceNote::Error::ControlCharacter;
    QTest::newRow("too long") << QString(PresenceNote::MaximumNoteLength + 1, u'x')
                              << PresenceNote::Error::NoteTooLong;
    QTest::newRow("longest") << QString(PresenceNote::MaximumNoteLength, u'x') << PresenceNote::Error::None;
    QTest::newRow("accents and comma") << "Réunion, salle 2" << PresenceNote::Error::None;
}

void TestPresenceNote::badNotes()
{
    QFETCH(QString, note);
    QFETCH(PresenceNote::Error, error);
    QCOMPARE(PresenceNote(Status::Away, note).validate(), error);
    QCOMPARE(
        PresenceNote::fromPbx(QStringLiteral("busy"), {}, {}).validate(), PresenceNote::Error::UnknownStatus);
}

QTEST_GUILESS_MAIN(TestPresenceNote)
#include "TestPresenceNote.moc"
