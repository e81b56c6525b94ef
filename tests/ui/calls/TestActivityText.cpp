// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 2 on screen: a tile and a calls-panel row say what really
// happens (leaving a message, parked, waiting in a queue, on hold, talking),
// never "with" a party from a stale connected line. Real recordings, the
// real models, the words the user reads (ActivityText through TileText and
// CallRowText).
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/CallModel.h"
#include "core/models/ExtensionModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"
#include "ui/calls/CallRowText.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileText.h"

#include <QPalette>
#include <QTest>

class TestActivityText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tile_data();
    void tile();
    void callRow_data();
    void callRow();

private:
    QModelIndex tileOf(const QString& number) const;

    MockClock m_clock;
    PbxState* m_pbx = nullptr;
    ExtensionModel* m_extensions = nullptr;
    TileBoardModel* m_board = nullptr;
    CallModel* m_calls = nullptr;
};

void TestActivityText::init()
{
    m_pbx = new PbxState(QStringLiteral("lab"));
    Transcript::applyList(*m_pbx, QStringLiteral("02-VoicemailUsersList"), "02-VoicemailUsersList-2",
        int(PbxState::Category::Mailboxes));
    m_extensions = new ExtensionModel(nullptr, &m_clock);
    m_extensions->addServer(m_pbx);
    m_board = new TileBoardModel;
    m_board->setSourceModel(m_extensions);
    m_calls = new CallModel(nullptr, &m_clock);
    m_calls->addServer(m_pbx);
}

void TestActivityText::cleanup()
{
    delete m_calls;
    delete m_board;
    delete m_extensions;
    delete m_pbx;
}

QModelIndex TestActivityText::tileOf(const QString& number) const
{
    for (int r = 0; r < m_board->rowCount(); ++r) {
        const QModelIndex i = m_board->index(r, 0);
        if (!m_board->isHeader(i) && i.data(ExtensionRoles::Number).toString() == number)
            return i;
    }
    return {};
}

void TestActivityText::tile_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("party");

    QTest::newRow("Alice leaves a message for Dave")
        << "12-cdr-noanswer-voicemail"
        << "CoreShowChannelsComplete#2" << qint64(1796532195000) << "1001"
        << "On a call"
        << "leaving a message for Dave Example 1004";
    QTest::newRow("Dave's own tile is free, nobody talks to him")
        << "12-cdr-noanswer-voicemail"
        << "CoreShowChannelsComplete#2" << qint64(1796532195000) << "1004"
        << "Free"
        << "";
    QTest::newRow("Bob parked on 701 by the operator, 20 s ago")
        << "04-park-and-retrieve"
        << "Hangup#1" << qint64(1795737854315) << "1002"
        << "On a call"
        << "parked on 701 by Operator 1000 · returns in 1:40";
    QTest::newRow("the parking space holds Bob")
        << "04-park-and-retrieve"
        << "Hangup#1" << qint64(1795737854315) << "701"
        << "Parked call"
        << "Bob Example 1002, parked by Operator 1000 · returns in 1:40";
    QTest::newRow("Alice waits in queue support for 42 s")
        << "04-queue-call"
        << "QueueCallerJoin#1" << qint64(1795737944261) << "1001"
        << "On a call"
        << "waiting in queue support (position 1, 0:42)";
    QTest::newRow("Bob on hold while the operator consults Carol")
        << "04-atxfer-attended-transfer"
        << "BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1" << qint64(1795737823000) << "1002"
        << "On hold"
        << "on hold with Operator 1000";
    QTest::newRow("Carol talks to Bob after the retrieve")
        << "04-park-and-retrieve"
        << "BridgeEnter[Channel=PJSIP/1003-00000018]#1" << qint64(1795737840000) << "1003"
        << "On a call"
        << "with Bob Example 1002";
}

void TestActivityText::tile()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(qint64, nowMs);
    QFETCH(QString, number);
    QFETCH(QString, state);
    QFETCH(QString, party);

    QVERIFY(Transcript::replay(*m_pbx, transcript, stop));
    m_clock.advance(CoalescedListModel::FlushIntervalMs);
    m_board->rebuildNow();
    const QModelIndex t = tileOf(number);
    QVERIFY(t.isValid());
    QCOMPARE(TileText::party(t, nowMs), party);
    QVERIFY2(TileText::state(t).startsWith(state), qPrintable(TileText::state(t)));
}

void TestActivityText::callRow_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subtitle");
    QTest::addColumn<QString>("mark");

    QTest::newRow("leaving a message, not TALK with Dave")
        << "12-cdr-noanswer-voicemail"
        << "CoreShowChannelsComplete#2" << qint64(1796532195000) << "Alice Example 1001"
        << "leaving a message for Dave Example 1004"
        << "VOICEMAIL";
    QTest::newRow("Alice calls Dave: his phone rings")
        << "12-cdr-noanswer-voicemail"
        << "CoreShowChannelsComplete#1" << qint64(1796532180000) << "Alice Example 1001"
        << "→ Dave Example 1004"
        << "RING";
    QTest::newRow("parked, not TALK with the operator")
        << "04-park-and-retrieve"
        << "Hangup#1" << qint64(1795737854315) << "Bob Example 1002"
        << "parked on 701 by Operator 1000 · returns in 1:40"
        << "PARKED";
    QTest::newRow("waiting in the queue while the members ring, not TALK with support 8000")
        << "04-queue-call"
        << "AgentCalled#2" << qint64(1795737944261) << "Alice Example 1001"
        << "waiting in queue support (position 1, 0:42)"
        << "QUEUE";
    QTest::newRow("talking after the queue")
        << "04-queue-call"
        << "BridgeEnter#2" << qint64(1795737910000) << "Alice Example 1001"
        << "→ Carol Example 1003 · queue support"
        << "TALK";
    QTest::newRow("on hold") << "04-atxfer-attended-transfer"
                             << "Hold#1" << qint64(1795737820000) << "Operator 1000"
                             << "→ Bob Example 1002"
                             << "HOLD";
}

void TestActivityText::callRow()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(qint64, nowMs);
    QFETCH(QString, title);
    QFETCH(QString, subtitle);
    QFETCH(QString, mark);

    QVERIFY(Transcript::replay(*m_pbx, transcript, stop));
    m_clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(m_calls->rowCount(), 1);
    const TwoLineDelegate::Lines l = CallRowText::lines(m_calls->index(0, 0), nowMs, QPalette());
    QCOMPARE(l.title, title);
    QCOMPARE(l.subtitle, subtitle);
    QCOMPARE(l.markText, mark);
    QVERIFY(CallRowText::accessible(m_calls->index(0, 0), nowMs).contains(subtitle));
}

QTEST_MAIN(TestActivityText)
#include "TestActivityText.moc"
