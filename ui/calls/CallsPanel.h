// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/calls/CallListView.h"

#include <QWidget>

class Clock;
class RowTextProxy;
class DropHandler;
class QAbstractItemModel;
class QListView;
class QMenu;

// Active calls with both parties, duration and hold. A call can be dragged
// onto an extension tile to transfer it, and a tile or a contact dropped on a
// call transfers the call there; right-click for its actions (callMenuRequested()).
class CallsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CallsPanel(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setCallModel(QAbstractItemModel* model);
    // Drops on a call row (not owned).
    void setDropHandler(DropHandler* handler);
    QListView* view() const { return m_view; }

Q_SIGNALS:
    // Right-click on a call: fill `menu` with its actions now (it opens after the signal).
    void callMenuRequested(QMenu* menu, const QModelIndex& call);

private:
    CallListView* m_view;
    Clock* m_clock;
    RowTextProxy* m_proxy;
};
