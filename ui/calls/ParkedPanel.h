// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/TwoLineDelegate.h"

#include <QWidget>

class Clock;
class QAbstractItemModel;
class QListView;
class QPushButton;
class RowTextProxy;

// Parked calls: space, who, how long; double-click, Enter or the button retrieves.
class ParkedPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ParkedPanel(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setParkedModel(QAbstractItemModel* model);
    QListView* view() const { return m_view; }
    // A row's lines as painted, and the same words for a screen reader and the tool tip.
    TwoLineDelegate::Lines lines(const QModelIndex& parked) const;
    QString accessibleText(const QModelIndex& parked) const;

Q_SIGNALS:
    void retrieveRequested(const QModelIndex& parked);

private:
    void retrieveCurrent();

    QListView* m_view;
    RowTextProxy* m_proxy;
    QPushButton* m_retrieve;
    Clock* m_clock;
};
