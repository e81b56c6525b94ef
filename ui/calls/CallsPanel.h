// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Clock;
class OperatorActions;
class QAbstractItemModel;
class QListView;

// Active calls with both parties, duration and hold. A call can be dragged
// onto an extension tile to transfer it; right-click for its actions.
class CallsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CallsPanel(OperatorActions* actions, QWidget* parent = nullptr, Clock* clock = nullptr);

    void setCallModel(QAbstractItemModel* model);
    QListView* view() const { return m_view; }

private:
    OperatorActions* m_actions;
    QListView* m_view;
    Clock* m_clock;
};
