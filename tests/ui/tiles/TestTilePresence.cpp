// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 6 on the board: feature hints are no tiles, a dialled *76
// turns the phone's own tile to DND, and a presence note is shown in words
// (and a symbol) and heard by a screen reader.
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/ExtensionModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"
#include "ui/common/PresenceStyle.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileText.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

class TestTilePresence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void presenceWords_data();
    void presenceWords();
    void noteOnTheTile();
    void dialledDndOnThePhonesTile();
    void dndNoteSaidOnce();
    void noteIsPainted();
    void forwardAndDndBesideACall();
    void returnTimeAndOverdue();

private:
    void replay(const QString& transcript, const QString& stop);
    QModelIndex tile(const QString& number) const;

    MockClock m_clock;
    PbxState* m_pbx = nullptr;
    ExtensionModel* m_model = nullptr;
    TileBoardModel* m_board = nullptr;
};

void TestTilePresence::init()
{
    m_pbx = new PbxState(QStringLiteral("lab"));
    Transcript::seedPresenceHints(*m_pbx);
    m_model = new ExtensionModel(nullptr, &m_clock);
    m_model->addServer(m_pbx);
    m_board = new TileBoardModel;
    m_board->setSourceModel(m_model);
}

void TestTilePresence::cleanup()
{
    delete m_board;
    delete m_model;
    delete m_pbx;
}

void TestTilePresence::replay(const QString& transcript, const QString& stop)
{
    const QList<AmiMessage> events = Transcript::liveEvents(transcript);
    const qsizetype at = Transcript::find(events, stop);
    QVERIFY(at >= 0);
    for (qsizetype i = 0; i <= at; ++i)
        m_pbx->apply(events[i]);
    m_clock.advance(CoalescedListModel::FlushIntervalMs);
    m_board->rebuildNow();
}

QModelIndex TestTilePresence::tile(const QString& number) const
{
    for (int r = 0; r < m_board->rowCount(); ++r) {
        const QModelIndex i = m_board->index(r, 0);
        if (!m_board->isHeader(i) && i.data(ExtensionRoles::Number).toString() == number)
            return i;
    }
    return {};
}

void TestTilePresence::presenceWords_data()
{
    QTest::addColumn<QString>("presence");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("text");
    QTest::newRow("away with a note") << "away"
                                      << "Back at 14:00"
                                      << "Away: Back at 14:00";
    QTest::newRow("xa") << "xa"
                        << "On holiday until Monday"
                        << "Away for a long time: On holiday until Monday";
    QTest::newRow("dnd without note") << "dnd"
                                      << ""
                                      << "Do not disturb";
    QTest::newRow("available: nothing to say") << "available"
                                               << ""
                                               << "";
    QTest::newRow("not_set with a note") << "not_set"
                                         << "Desk 4"
                                         << "Desk 4";
    QTest::newRow("line breaks in a note") << "chat"
                                           << "a\nb"
                                           << "Free to chat: a b";
}

void TestTilePresence::presenceWords()
{
    QFETCH(QString, presence);
    QFETCH(QString, message);
    QFETCH(QString, text);
    QCOMPARE(PresenceStyle::text(presence, message), text);
}

void TestTilePresence::noteOnTheTile()
{
    replay(QStringLiteral("10-presence-state"), QStringLiteral("PresenceStatus[Subtype=lunch]#1"));
    const QModelIndex alice = tile(QStringLiteral("1001"));
    QVERIFY(alice.isValid());
    QCOMPARE(TileText::presence(alice), QStringLiteral("Away: Back at 14:00"));
    const QString spoken = alice.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QLatin1String("Alice Example, 1001, Free")), qPrintable(spoken));
    QVERIFY2(spoken.contains(QLatin1String("Away: Back at 14:00")), qPrintable(spoken));
}

void TestTilePresence::dialledDndOnThePhonesTile()
{
    replay(QStringLiteral("11-astdb-forward-dnd"), QStringLiteral("ExtensionStatus[Exten=1002,Status=0]#1"));
    for (int r = 0; r < m_board->rowCount(); ++r) {
        const QString number = m_board->index(r, 0).data(ExtensionRoles::Number).toString();
        QVERIFY2(!number.startsWith(u'*') && number != QLatin1String("9001"), qPrintable(number));
    }
    const QModelIndex bob = tile(QStringLiteral("1002"));
    QCOMPARE(Pbx::ExtensionState(bob.data(ExtensionRoles::State).toInt()), Pbx::ExtensionState::DoNotDisturb);
    QVERIFY(bob.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Do not disturb")));
}

void TestTilePresence::dndNoteSaidOnce()
{
    // Presence dnd with a note: the state says "Do not disturb", the note adds the reason.
    replay(QStringLiteral("10-presence-state"), QStringLiteral("PresenceStatus[Exten=1002,Status=dnd]#1"));
    const QModelIndex bob = tile(QStringLiteral("1002"));
    QCOMPARE(Pbx::ExtensionState(bob.data(ExtensionRoles::State).toInt()), Pbx::ExtensionState::DoNotDisturb);
    QCOMPARE(TileText::presence(bob), QStringLiteral("Do not disturb"));
    QCOMPARE(bob.data(Qt::AccessibleTextRole).toString().count(QLatin1String("Do not disturb")), 2);
}

void TestTilePresence::noteIsPainted()
{
    // The note is on the tile itself, not only in the accessible text: the
    // tile with a note paints differently from the same tile without it.
    replay(QStringLiteral("10-presence-state"), QStringLiteral("PresenceStatus[Subtype=lunch]#1"));
    QListView view;
    TileDelegate delegate(&view, &m_clock);
    const QModelIndex alice = tile(QStringLiteral("1001"));
    const QModelIndex carol = tile(QStringLiteral("1003"));
    const auto paint = [&](const QModelIndex& index) {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(QPoint(0, 0), delegate.tileSize(option.font));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        delegate.paint(&p, option, index);
        return image;
    };
    const QImage withNote = paint(alice);
    // Carol (1003) has no note: compare the third line's area.
    const QImage without = paint(carol);
    const QFontMetrics fm(view.font());
    const QRect line3(0, fm.lineSpacing() * 2 + 6, withNote.width(), fm.lineSpacing());
    QVERIFY(withNote.copy(line3) != without.copy(line3));
}

void TestTilePresence::forwardAndDndBesideACall()
{
    // Issue 14: a forward is "→ 0612…" on the tile, DND set while on a call is said beside the call.
    QStandardItemModel model;
    auto* item = new QStandardItem;
    item->setData(QStringLiteral("1002"), ExtensionRoles::Number);
    item->setData(int(Pbx::ExtensionState::InUse), ExtensionRoles::State);
    item->setData(true, ExtensionRoles::DatabaseDnd);
    item->setData(QStringLiteral("0612345678"), ExtensionRoles::ForwardAlways);
    item->setData(QStringLiteral("2000"), ExtensionRoles::ForwardNoAnswer);
    model.appendRow(item);
    const QModelIndex bob = model.index(0, 0);
    QCOMPARE(TileText::forward(bob), QStringLiteral("→ 0612…"));
    QCOMPARE(TileText::dndApart(bob), QStringLiteral("Do not disturb"));
    QCOMPARE(TileText::availability(bob),
        QStringLiteral("forwarded to 0612345678, forwarded when not answering to 2000, Do not disturb"));
    QVERIFY(TileText::accessible(bob).contains(TileText::availability(bob)));
    // The state says DND itself: not twice.
    item->setData(int(Pbx::ExtensionState::DoNotDisturb), ExtensionRoles::State);
    QCOMPARE(TileText::dndApart(bob), QString());
    item->setData(QStringLiteral("12345"), ExtensionRoles::ForwardAlways);
    QCOMPARE(TileText::forward(bob), QStringLiteral("→ 12345"));
}

void TestTilePresence::returnTimeAndOverdue()
{
    QStandardItemModel model;
    auto* item = new QStandardItem;
    const QDateTime back(QDate(2026, 12, 6), QTime(14, 0));
    item->setData(QStringLiteral("away"), ExtensionRoles::Presence);
    item->setData(back.toMSecsSinceEpoch(), ExtensionRoles::PresenceReturnMs);
    model.appendRow(item);
    const QModelIndex tile = model.index(0, 0);
    const QString at = QLocale().toString(
        back.time(), QLocale().timeFormat(QLocale::ShortFormat).remove(QLatin1String(":ss")));
    QCOMPARE(
        TileText::returnTime(tile, back.addSecs(-600).toMSecsSinceEpoch()), QStringLiteral("back at ") + at);
    QCOMPARE(TileText::returnTime(tile, back.addSecs(60).toMSecsSinceEpoch()),
        QStringLiteral("overdue since ") + at);
    // Back and available: no time to say.
    item->setData(QStringLiteral("available"), ExtensionRoles::Presence);
    QCOMPARE(TileText::returnTime(tile, back.addSecs(60).toMSecsSinceEpoch()), QString());
}

QTEST_MAIN(TestTilePresence)
#include "TestTilePresence.moc"
