// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Clock;
class OperatorActions;
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
    explicit QueuePanel(OperatorActions* actions, QWidget* parent = nullptr, Clock* clock = nullptr);

    void setQueueModel(QAbstractItemModel* model);
    QListView* waitingView() const { return m_waiting; }
    QListView* membersView() const { return m_members; }
    // Pause the selected member with a reason (the button asks for one).
    void pauseSelected(const QString& reason);
    void resumeSelected();

private:
    void askReasonAndPause();
    void updateButtons();

    OperatorActions* m_actions;
    QSortFilterProxyModel* m_waitingProxy;
    QSortFilterProxyModel* m_membersProxy;
    QListView* m_waiting;
    QListView* m_members;
    QPushButton* m_pause;
    QPushButton* m_resume;
    Clock* m_clock;
};
