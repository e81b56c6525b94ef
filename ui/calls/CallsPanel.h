// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/calls/CallListView.h"

#include <QWidget>

class Clock;
class DropHandler;
class OperatorActions;
class QAbstractItemModel;
class QListView;

// Active calls with both parties, duration and hold. A call can be dragged
// onto an extension tile to transfer it, and a tile or a contact dropped on a
// call transfers the call there; right-click for its actions.
class CallsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CallsPanel(OperatorActions* actions, QWidget* parent = nullptr, Clock* clock = nullptr);

    void setCallModel(QAbstractItemModel* model);
    // Drops on a call row (not owned).
    void setDropHandler(DropHandler* handler);
    QListView* view() const { return m_view; }

private:
    OperatorActions* m_actions;
    CallListView* m_view;
    Clock* m_clock;
};
