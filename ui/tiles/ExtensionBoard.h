// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Clock;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class TileBoardModel;
class TileGroupActions;
class TileView;

// The extension board: a filter box over the grouped tiles. Typing
// anywhere in the window lands in the filter (see takeTypedText()).
class ExtensionBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit ExtensionBoard(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setExtensionModel(QAbstractItemModel* model);
    TileBoardModel* boardModel() const { return m_board; }
    TileView* view() const { return m_view; }
    TileGroupActions* groupActions() const { return m_groups; }
    QLineEdit* filterEdit() const { return m_filter; }
    // "40 extensions", "3 of 40 shown".
    QString countText() const;

    // Starts or continues filtering with typed text from elsewhere in the window.
    void appendFilterText(const QString& text);
    // The current tile, or the only tile left after filtering.
    QModelIndex currentTile() const;

Q_SIGNALS:
    // Enter in the filter when no tile matches but a number was typed.
    void numberEntered(const QString& number);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void handleFilterChanged(const QString& text);
    void updateCount();

    TileBoardModel* m_board;
    TileView* m_view;
    TileGroupActions* m_groups;
    QLineEdit* m_filter;
    QLabel* m_count;
};
