// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/directory/PbxPresenceSource.h"
#include "core/models/ExtensionModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/ExtensionState.h"
#include "core/pbx/PbxState.h"

#include "core/ami/AmiMessage.h"

#include <QSignalSpy>
#include <QTest>

namespace {

AmiMessage extensionStatus(const char* exten, const char* context, const char* hint, int status)
{
    AmiMessage m;
    m.append("Event", QByteArrayView("ExtensionStatus"));
    m.append("Privilege", QByteArrayView("call,all"));
    m.append("Exten", QByteArrayView(exten));
    m.append("Context", QByteArrayView(context));
    m.append("Hint", QByteArrayView(hint));
    m.append("Status", QByteArrayView(QByteArray::number(status)));
    m.append("StatusText", QByteArrayView("x"));
    return m;
}

} // namespace

class TestPbxPresenceSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsExtensionStatus();
    void phoneWinsOverParkingHint();
    void severalServersAndRemoval();
    void agreesWithTheBoard_data();
    void agreesWithTheBoard();
    void featureHintsAreNoContacts();
    void presenceNoteBesideTheContact();
};

void TestPbxPresenceSource::followsExtensionStatus()
{
    PbxState state(QStringLiteral("pbx1"));
    PbxPresenceSource presence;
    presence.addServer(&state);
    QSignalSpy changed(&presence, &PresenceSource::presenceChanged);

    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
    state.apply(extensionStatus("1001", "phones", "PJSIP/1001", 0));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Idle));
    QVERIFY(changed.contains(QVariantList {QStringLiteral("1001")}));

    state.apply(extensionStatus("1001", "phones", "PJSIP/1001", 8));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Ringing));
    state.apply(extensionStatus("1001", "phones", "PJSIP/1001", 4));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unavailable));

    QSignalSpy reset(&presence, &PresenceSource::presenceReset);
    state.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
}

void TestPbxPresenceSource::phoneWinsOverParkingHint()
{
    PbxState state(QStringLiteral("pbx1"));
    PbxPresenceSource presence;
    presence.addServer(&state);
    state.apply(extensionStatus("701", "parkedcalls", "park:701@parkedcalls", 1));
    QCOMPARE(presence.presenceState(QStringLiteral("701")), int(Pbx::ExtensionState::InUse));
    state.apply(extensionStatus("701", "phones", "PJSIP/701", 0));
    QCOMPARE(presence.presenceState(QStringLiteral("701")), int(Pbx::ExtensionState::Idle));
}

void TestPbxPresenceSource::severalServersAndRemoval()
{
    PbxState a(QStringLiteral("a"));
    auto* b = new PbxState(QStringLiteral("b"));
    PbxPresenceSource presence;
    presence.addServer(&a);
    presence.addServer(b);
    b->apply(extensionStatus("2001", "phones", "PJSIP/2001", 2));
    a.apply(extensionStatus("1001", "phones", "PJSIP/1001", 1));
    QCOMPARE(presence.presenceState(QStringLiteral("2001")), int(Pbx::ExtensionState::Busy));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::InUse));

    QSignalSpy reset(&presence, &PresenceSource::presenceReset);
    delete b; // a server going away takes its extensions with it
    QCOMPARE(reset.count(), 1);
    QCOMPARE(presence.presenceState(QStringLiteral("2001")), int(Pbx::ExtensionState::Unknown));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::InUse));

    presence.removeServer(&a);
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
    a.apply(extensionStatus("1001", "phones", "PJSIP/1001", 0));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
}

void TestPbxPresenceSource::agreesWithTheBoard_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<bool>("presenceHints");
    QTest::newRow("phone dials (hint InUse comes after the channel)")
        << QStringLiteral("03-call-phone-dials-1001-to-1003") << false;
    QTest::newRow("ringing, then answered")
        << QStringLiteral("03-call-ringing-then-answer-1000-to-1004") << false;
    QTest::newRow("attended transfer") << QStringLiteral("04-atxfer-attended-transfer") << false;
    QTest::newRow("queue call") << QStringLiteral("04-queue-call") << false;
    QTest::newRow("presence hints, no answer, voicemail")
        << QStringLiteral("12-cdr-noanswer-voicemail") << true;
    QTest::newRow("presence hints, *76 DND toggle") << QStringLiteral("11-astdb-forward-dnd") << true;
    QTest::newRow("presence states") << QStringLiteral("10-presence-state") << true;
}

void TestPbxPresenceSource::agreesWithTheBoard()
{
    // Issue 12 item 5: after every event of the recording, the directory says
    // what the tile says, never "Available" while the tile shows a call.
    QFETCH(QString, transcript);
    QFETCH(bool, presenceHints);
    PbxState state(QStringLiteral("lab"));
    if (presenceHints)
        Transcript::seedPresenceHints(state);
    else
        Transcript::seed(state);
    ExtensionModel board;
    board.addServer(&state);
    PbxPresenceSource presence;
    presence.addServer(&state);
    const QList<AmiMessage> events = Transcript::liveEvents(transcript);
    int checked = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        state.apply(events[i]);
        for (int row = 0; row < board.rowCount(); ++row) {
            const QModelIndex tile = board.index(row, 0);
            if (tile.data(ExtensionRoles::Context).toString() != QLatin1String("phones"))
                continue;
            const QString number = tile.data(ExtensionRoles::Number).toString();
            const int shown = tile.data(ExtensionRoles::State).toInt();
            const int directory = presence.presenceState(number);
            if (directory != shown)
                QFAIL(qPrintable(QStringLiteral("event %1 (%2): %3 tile %4, directory %5")
                                     .arg(i)
                                     .arg(QString::fromLatin1(events[i].eventName()), number)
                                     .arg(shown)
                                     .arg(directory)));
            if (tile.data(ExtensionRoles::ActiveCalls).toInt() > 0
                && Pbx::ExtensionState(directory) == Pbx::ExtensionState::Idle)
                QFAIL(qPrintable(
                    QStringLiteral("event %1: %2 has a call but reads Available").arg(i).arg(number)));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestPbxPresenceSource::featureHintsAreNoContacts()
{
    PbxState state(QStringLiteral("lab"));
    Transcript::seed(state);
    PbxPresenceSource presence;
    presence.addServer(&state);
    // 9001 = Custom:nightmode: a switch, not somebody one could call.
    QCOMPARE(presence.presenceState(QStringLiteral("9001")), int(Pbx::ExtensionState::Unknown));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Idle));
}

void TestPbxPresenceSource::presenceNoteBesideTheContact()
{
    // Issue 14: the directory shows the note a person (or the desk) set, as the tile does.
    PbxState state(QStringLiteral("lab"));
    PbxPresenceSource presence;
    presence.addServer(&state);
    state.apply(extensionStatus("1001", "phones", "PJSIP/1001,CustomPresence:1001", 0));
    QCOMPARE(presence.presenceNote(QStringLiteral("1001")).message, QString());
    QSignalSpy changed(&presence, &PresenceSource::presenceChanged);
    // 10-presence-state: the PresenceStatus of the hint holding the provider.
    AmiMessage status;
    status.append("Event", QByteArrayView("PresenceStatus"));
    status.append("Privilege", QByteArrayView("call,all"));
    status.append("Exten", QByteArrayView("1001"));
    status.append("Context", QByteArrayView("phones"));
    status.append("Hint", QByteArrayView("PJSIP/1001,CustomPresence:1001"));
    status.append("Status", QByteArrayView("away"));
    status.append("Subtype", QByteArrayView(""));
    status.append("Message", QByteArrayView("Back at 14:00"));
    state.apply(status);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(presence.presenceNote(QStringLiteral("1001")).presence, QStringLiteral("away"));
    QCOMPARE(presence.presenceNote(QStringLiteral("1001")).message, QStringLiteral("Back at 14:00"));
    QCOMPARE(presence.presenceNote(QStringLiteral("1002")).message, QString());
}

QTEST_GUILESS_MAIN(TestPbxPresenceSource)
#include "TestPbxPresenceSource.moc"
