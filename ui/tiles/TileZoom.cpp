// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileZoom.h"

#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileView.h"

#include <QAction>

#include <algorithm>
#include <cstdlib>

TileZoom::TileZoom(TileView* view)
    : QObject(view)
    , m_view(view)
    , m_basePointSize(view->font().pointSizeF())
    , m_in(new QAction(tr("Zoom &in"), this))
    , m_out(new QAction(tr("Zoom &out"), this))
    , m_reset(new QAction(this))
    , m_compact(new QAction(tr("&Compact tiles"), this))
{
    // Ctrl+= too: on most layouts "+" needs Shift.
    m_in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_out->setShortcuts(QKeySequence::ZoomOut);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_in->setObjectName(QStringLiteral("zoomIn"));
    m_out->setObjectName(QStringLiteral("zoomOut"));
    m_reset->setObjectName(QStringLiteral("zoomReset"));
    connect(m_in, &QAction::triggered, this, [this] { step(+1); });
    connect(m_out, &QAction::triggered, this, [this] { step(-1); });
    connect(m_reset, &QAction::triggered, this, [this] { setPercent(100); });
    m_compact->setObjectName(QStringLiteral("compactTiles"));
    m_compact->setCheckable(true);
    m_compact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_compact->setToolTip(tr("Two lines per tile, narrower: a large office on one screen"));
    connect(m_compact, &QAction::toggled, this, &TileZoom::setCompact);
    updateActions();
}

QList<int> TileZoom::steps()
{
    return {60, 70, 80, 90, 100, 115, 130, 145, 160};
}

void TileZoom::setPercent(int percent)
{
    const QList<int> all = steps();
    const int nearest = *std::min_element(all.cbegin(), all.cend(),
        [percent](int a, int b) { return std::abs(a - percent) < std::abs(b - percent); });
    if (nearest == m_percent)
        return;
    m_percent = nearest;
    QFont font = m_view->font();
    font.setPointSizeF(m_basePointSize * m_percent / 100.0);
    // The view lays its tiles out again: every size is measured from this font.
    m_view->setFont(font);
    updateActions();
    Q_EMIT percentChanged(m_percent);
}

bool TileZoom::isCompact() const
{
    return m_view->tileDelegate()->isCompact();
}

void TileZoom::setCompact(bool compact)
{
    m_compact->setChecked(compact);
    if (compact == isCompact())
        return;
    m_view->tileDelegate()->setCompact(compact);
    m_view->scheduleDelayedItemsLayout();
    m_view->viewport()->update();
    Q_EMIT compactChanged(compact);
}

void TileZoom::step(int direction)
{
    const QList<int> all = steps();
    const qsizetype at = all.indexOf(m_percent);
    setPercent(all.value(std::clamp<qsizetype>(at + direction, 0, all.size() - 1)));
}

void TileZoom::updateActions()
{
    m_in->setEnabled(m_percent < steps().constLast());
    m_out->setEnabled(m_percent > steps().constFirst());
    m_reset->setEnabled(m_percent != 100);
    //: The board's zoom in the View menu, %1 the percentage.
    m_reset->setText(tr("&Normal size (now %1%)").arg(m_percent));
}
