// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "MockClock.h"
#include "core/pbx/CallActivity.h"
#include "ui/common/StateStyle.h"
#include "ui/common/UiText.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileText.h"

#include <QApplication>
#include <QDateTime>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QTest>

using S = Pbx::ExtensionState;

namespace {

const QList<S> kStates {S::Idle, S::Ringing, S::InUse, S::InUseRinging, S::Busy, S::DoNotDisturb, S::OnHold,
    S::InUseOnHold, S::Unavailable, S::Unknown};

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xea));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestTileDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateHasOwnWordsAndGlyph();
    void contrast_data();
    void contrast();
    void paintsEachStateDifferently();
    void durationTicks();
    void staleTileStopsItsTimer();
    void durationText_data();
    void durationText();
    void scalesWithFontAndDpi();
    void recordingAndConferenceInWords();
    void stateLineKeepsTheStateWords();
    void compactTileGivesLineOneToTheName();
};

void TestTileDelegate::everyStateHasOwnWordsAndGlyph()
{
    QSet<QString> words;
    QSet<int> glyphs;
    for (S s : kStates) {
        words.insert(StateStyle::text(s));
        glyphs.insert(int(StateStyle::glyph(s)));
    }
    QCOMPARE(words.size(), kStates.size());
    QCOMPARE(glyphs.size(), kStates.size());
    QVERIFY(StateStyle::text(S::DoNotDisturb) != StateStyle::text(S::Busy)); // DND never shown as Busy
}

void TestTileDelegate::contrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("state");
    for (S s : kStates) {
        const QByteArray name = QMetaEnum::fromType<S>().valueToKey(int(s));
        QTest::newRow(QByteArray("light " + name).constData()) << lightPalette() << int(s);
        QTest::newRow(QByteArray("dark " + name).constData()) << darkPalette() << int(s);
    }
}

void TestTileDelegate::contrast()
{
    QFETCH(QPalette, palette);
    QFETCH(int, state);
    const QColor bg = StateStyle::background(S(state), palette);
    const QColor accent = StateStyle::accent(S(state), palette);
    // Text on the tile: WCAG AA for normal text.
    QVERIFY2(StateStyle::contrast(bg, palette.color(QPalette::Text)) >= 4.5,
        qPrintable(QString::number(StateStyle::contrast(bg, palette.color(QPalette::Text)))));
    // The glyph and stripe: WCAG 1.4.11 non-text contrast against the page.
    QVERIFY2(StateStyle::contrast(accent, palette.color(QPalette::Base)) >= 3.0,
        qPrintable(QString::number(StateStyle::contrast(accent, palette.color(QPalette::Base)))));
    // Tinted, so state shows at a glance — but not for the grey states.
    if (accent.saturation() > 0)
        QVERIFY(bg != palette.color(QPalette::Base));
}

void TestTileDelegate::paintsEachStateDifferently()
{
    MockClock clock;
    QListView view;
    view.setPalette(lightPalette());
    TileDelegate delegate(&view, &clock);
    QStandardItemModel model;
    for (S s : kStates)
        model.appendRow(UiFixtures::extensionItem(
            {QStringLiteral("1001"), QStringLiteral("Alice"), s, QStringLiteral("Sales")}));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    const QSize size = delegate.tileSize(option.font);
    option.rect = QRect(QPoint(0, 0), size);
    QList<QImage> images;
    for (int r = 0; r < model.rowCount(); ++r) {
        QImage img(size, QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        delegate.paint(&p, option, model.index(r, 0));
        p.end();
        for (const QImage& other : std::as_const(images))
            QVERIFY2(img != other, qPrintable(StateStyle::text(kStates.at(r))));
        images.append(img);
    }
}

void TestTileDelegate::durationTicks()
{
    MockClock clock;
    QListView view;
    TileDelegate delegate(&view, &clock);
    QStandardItemModel model;
    model.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1001"), QStringLiteral("Alice"), S::InUse, QStringLiteral("Sales"),
            QStringLiteral("1002"), QStringLiteral("Bob"), clock.currentMSecsSinceEpoch() - 5000}));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    option.rect = QRect(QPoint(0, 0), delegate.tileSize(option.font));
    auto render = [&] {
        QImage img(option.rect.size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        delegate.paint(&p, option, model.index(0, 0));
        return img;
    };
    const QImage before = render();
    QCOMPARE(render(), before); // same second, same picture
    clock.advance(1000);
    QVERIFY(render() != before);
}

void TestTileDelegate::staleTileStopsItsTimer()
{
    // Item 7: the server is unreachable since 00:42; the tile still shows
    // the call it last knew, but its timer stands still and it looks faded.
    MockClock clock;
    clock.advance(42 * 60000);
    QListView view;
    TileDelegate delegate(&view, &clock);
    QStandardItemModel model;
    model.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1001"), QStringLiteral("Alice"), S::InUse, QStringLiteral("Sales"),
            QStringLiteral("1002"), QStringLiteral("Bob"), clock.currentMSecsSinceEpoch() - 5000}));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    option.rect = QRect(QPoint(0, 0), delegate.tileSize(option.font));
    auto render = [&] {
        QImage img(option.rect.size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        delegate.paint(&p, option, model.index(0, 0));
        return img;
    };
    const QImage live = render();
    const qint64 lostAt = clock.currentMSecsSinceEpoch();
    model.setData(model.index(0, 0), lostAt, ExtensionRoles::StaleSinceMs);
    const QImage stale = render();
    QVERIFY(stale != live);
    clock.advance(1000);
    QCOMPARE(render(), stale); // timer stopped
    clock.advance(60000);
    QCOMPARE(render(), stale);
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(lostAt).time(), QLocale::ShortFormat);
    QCOMPARE(TileDelegate::staleText(QStringLiteral("On a call"), lostAt),
        QStringLiteral("On a call · last known ") + time);
    // Back live: ticking again.
    model.setData(model.index(0, 0), qint64(0), ExtensionRoles::StaleSinceMs);
    const QImage again = render();
    clock.advance(1000);
    QVERIFY(render() != again);
}

void TestTileDelegate::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("under a minute") << qint64(42999) << QStringLiteral("0:42");
    QTest::newRow("minutes") << qint64(12 * 60000 + 3000) << QStringLiteral("12:03");
    QTest::newRow("hours") << qint64(3723000) << QStringLiteral("1:02:03");
    QTest::newRow("clock skew") << qint64(-5000) << QStringLiteral("0:00");
}

void TestTileDelegate::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(UiText::duration(ms), text);
}

void TestTileDelegate::scalesWithFontAndDpi()
{
    QListView view;
    TileDelegate delegate(&view);
    QFont small = view.font();
    small.setPointSizeF(9);
    QFont big = small;
    big.setPointSizeF(18);
    const QSize a = delegate.tileSize(small);
    const QSize b = delegate.tileSize(big);
    QVERIFY(b.width() > a.width() * 3 / 2);
    QVERIFY(b.height() > a.height() * 3 / 2);

    // At device pixel ratio 2 the tile paints into twice the pixels with the same layout.
    QStandardItemModel model;
    model.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1001"), QStringLiteral("Alice"), S::Ringing, QStringLiteral("Sales")}));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = small;
    option.rect = QRect(QPoint(0, 0), a);
    QImage hi(a * 2, QImage::Format_ARGB32);
    hi.setDevicePixelRatio(2);
    hi.fill(Qt::white);
    QPainter p(&hi);
    delegate.paint(&p, option, model.index(0, 0));
    p.end();
    // The stripe reaches the bottom device pixel rows: the layout used the whole tile.
    const QColor stripe = hi.pixelColor(4, hi.height() / 2);
    QVERIFY(stripe != QColor(Qt::white));
}

void TestTileDelegate::recordingAndConferenceInWords()
{
    MockClock clock;
    QListView view;
    TileDelegate delegate(&view, &clock);
    QStandardItemModel model;
    const qint64 now = clock.currentMSecsSinceEpoch();
    QStandardItem* item = UiFixtures::extensionItem({QStringLiteral("1001"), QStringLiteral("Alice"),
        S::InUse, QStringLiteral("Sales"), QStringLiteral("1002"), QStringLiteral("Bob"), now - 70000});
    model.appendRow(item);
    const QModelIndex tile = model.index(0, 0);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    option.rect = QRect(QPoint(0, 0), delegate.tileSize(option.font));
    auto render = [&] {
        QImage img(option.rect.size(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        delegate.paint(&p, option, tile);
        return img;
    };
    const QImage plain = render();
    QCOMPARE(TileText::recording(tile, now), QString());

    // Recorded for 65 s (started by anybody): a symbol and the word REC, with the time.
    item->setData(1, ExtensionRoles::Recording);
    item->setData(now - 65000, ExtensionRoles::RecordingSinceMs);
    QCOMPARE(TileText::recording(tile, now), QStringLiteral("● REC ") + UiText::duration(65000));
    QVERIFY(render() != plain);
    QVERIFY2(TileText::accessible(tile).contains(QStringLiteral("recorded for")),
        qPrintable(TileText::accessible(tile)));
    item->setData(2, ExtensionRoles::Recording);
    QCOMPARE(TileText::recording(tile, now), QStringLiteral("‖ REC paused ") + UiText::duration(65000));
    QVERIFY2(TileText::accessible(tile).contains(QStringLiteral("recording paused")),
        qPrintable(TileText::accessible(tile)));

    // In a ConfBridge room: the state says which, not just "On a call".
    item->setData(QStringLiteral("8500"), ExtensionRoles::InConference);
    QCOMPARE(TileText::state(tile), QStringLiteral("In conference 8500"));
    QVERIFY(TileText::accessible(tile).contains(QStringLiteral("In conference 8500")));
    // Its call is the room, not a talk with another member: no second line repeating the room.
    Pbx::CallActivity inRoom;
    inRoom.kind = Pbx::CallActivity::Kind::Conference;
    inRoom.place = QStringLiteral("8500");
    item->setData(QVariant::fromValue(inRoom), ExtensionRoles::Activity);
    QCOMPARE(TileText::party(tile, now), QString());
    item->setData(QString(), ExtensionRoles::InConference);
    QCOMPARE(TileText::party(tile, now), QStringLiteral("in conference 8500"));
}

// Issue 17: "1006 · Im Gespräch · 1 gehal…" on a four-column board in German. A line that
// does not fit drops the number (the tooltip keeps it) before it cuts the state's words.
void TestTileDelegate::stateLineKeepsTheStateWords()
{
    const QFontMetrics fm(QApplication::font());
    const QString state = QStringLiteral("Im Gespräch · 1 gehalten");
    const QString full = QStringLiteral("1006 · ") + state;
    QCOMPARE(TileText::stateLine(fm, fm.horizontalAdvance(full), QStringLiteral("1006"), state), full);
    QCOMPARE(TileText::stateLine(fm, fm.horizontalAdvance(full) - 1, QStringLiteral("1006"), state), state);
    QCOMPARE(TileText::stateLine(fm, fm.horizontalAdvance(state), QStringLiteral("1006"), state), state);
    // Narrower still: elided at the end, never empty.
    const QString cut
        = TileText::stateLine(fm, fm.horizontalAdvance(state) / 2, QStringLiteral("1006"), state);
    QVERIFY(cut.startsWith(QStringLiteral("Im ")) && cut.endsWith(QChar(0x2026)));
    // A tile without a name shows its number as the title: line 2 is the state alone.
    QCOMPARE(TileText::stateLine(fm, 1000, QString(), state), state);
}

// Compact tiles are narrow: a free tile's new-messages badge sits at the end of line 2, so
// line 1 is the name's; with a call running (its time at the end of line 2) it stays on line 1.
void TestTileDelegate::compactTileGivesLineOneToTheName()
{
    MockClock clock;
    QListView view;
    view.setPalette(lightPalette());
    TileDelegate delegate(&view, &clock);
    delegate.setCompact(true);
    QStandardItemModel model;
    model.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1010"), QStringLiteral("Mateo Fernández"), S::Idle, QString(), {}, {}, 0, 2}));
    model.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1004"), QStringLiteral("Björn Ångström"), S::InUse, QString(),
            QStringLiteral("1001"), QStringLiteral("Zoë Müller"), clock.currentMSecsSinceEpoch() - 5000, 2}));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    const QSize size = delegate.tileSize(option.font);
    option.rect = QRect(QPoint(0, 0), size);
    const QColor badge = option.palette.color(QPalette::Highlight);
    // The rows where the badge's colour is painted.
    const auto badgeRows = [&](int row) {
        QImage img(size, QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        delegate.paint(&p, option, model.index(row, 0));
        p.end();
        int top = size.height();
        int bottom = -1;
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                if (img.pixelColor(x, y) == badge) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        }
        return std::pair {top, bottom};
    };
    const int middle = size.height() / 2;
    const auto free = badgeRows(0);
    QVERIFY2(free.first >= middle - 2 && free.second >= 0, qPrintable(QString::number(free.first)));
    const auto talking = badgeRows(1);
    QVERIFY2(
        talking.second >= 0 && talking.second <= middle + 2, qPrintable(QString::number(talking.second)));
}

QTEST_MAIN(TestTileDelegate)
#include "TestTileDelegate.moc"
