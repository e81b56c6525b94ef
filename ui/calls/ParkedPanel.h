// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Clock;
class QAbstractItemModel;
class QListView;
class QPushButton;

// Parked calls: space, who, how long; double-click, Enter or the button retrieves.
class ParkedPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ParkedPanel(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setParkedModel(QAbstractItemModel* model);
    QListView* view() const { return m_view; }

Q_SIGNALS:
    void retrieveRequested(const QModelIndex& parked);

private:
    void retrieveCurrent();

    QListView* m_view;
    QPushButton* m_retrieve;
    Clock* m_clock;
};
