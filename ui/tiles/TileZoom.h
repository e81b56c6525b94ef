// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class TileView;

// The board's zoom: Ctrl++ / Ctrl+- / Ctrl+0 make the tiles larger or
// smaller (their text and everything measured from it), so a whole office
// fits a small screen or reads from across the desk. In steps of a tenth or
// so between 60% and 160%; the caller remembers the percentage. Compact tiles
// (two lines, narrower) put a 200-extension office on one Full HD screen.
class TileZoom final : public QObject
{
    Q_OBJECT
public:
    explicit TileZoom(TileView* view);

    // Zoom in, zoom out, normal size, compact tiles: for the View menu (and the window, so the keys
    // work everywhere).
    QList<QAction*> actions() const { return {m_in, m_out, m_reset, m_compact}; }
    int percent() const { return m_percent; }
    // Takes the nearest step.
    void setPercent(int percent);
    static QList<int> steps();
    bool isCompact() const;
    void setCompact(bool compact);

Q_SIGNALS:
    void percentChanged(int percent);
    void compactChanged(bool compact);

private:
    void step(int direction);
    void updateActions();

    TileView* m_view;
    qreal m_basePointSize;
    int m_percent = 100;
    QAction* m_in;
    QAction* m_out;
    QAction* m_reset;
    QAction* m_compact;
};
