// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/TwoLineDelegate.h"

#include <QWidget>

class Clock;
class QAbstractItemModel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

// Queues: the callers waiting (position, wait time) and the members
// (available / in a call / paused with its reason), with pause and resume.
class QueuePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePanel(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setQueueModel(QAbstractItemModel* model);
    QListView* waitingView() const { return m_waiting; }
    QListView* membersView() const { return m_members; }
    // Pause the selected member with a reason (the button asks for one).
    void pauseSelected(const QString& reason);
    void resumeSelected();

Q_SIGNALS:
    // `member`: a row of the queue model (QueueRoles).
    void pauseRequested(const QModelIndex& member, bool paused, const QString& reason);

private:
    void setUpViews();
    TwoLineDelegate::Lines waitingLines(const QModelIndex& waiting) const;
    void showMemberMenu(const QPoint& pos);
    void askReasonAndPause();
    void updateButtons();

    QSortFilterProxyModel* m_waitingProxy;
    QSortFilterProxyModel* m_membersProxy;
    QListView* m_waiting;
    QListView* m_members;
    QPushButton* m_pause;
    QPushButton* m_resume;
    Clock* m_clock;
};
