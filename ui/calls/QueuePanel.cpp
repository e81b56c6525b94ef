// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/QueuePanel.h"

#include "ui/calls/QueueMemberText.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"
#include "ui/common/RowTextProxy.h"
#include "ui/common/SecondTicker.h"
#include "ui/common/StateStyle.h"
#include "ui/common/TwoLineDelegate.h"
#include "ui/common/UiText.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace {

// Members as a screen reader hears them: name, phone status, pause, calls taken.
class MemberProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::AccessibleTextRole && index.isValid())
            return QueueMemberText::accessible(index);
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

QueuePanel::QueuePanel(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_waitingProxy(new QSortFilterProxyModel(this))
    , m_membersProxy(new MemberProxy(this))
    , m_waiting(new QListView(this))
    , m_members(new QListView(this))
    , m_pause(new QPushButton(tr("Pause…"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_clock(clock ? clock : Clock::system())
{
    setUpViews();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Waiting"), this));
    layout->addWidget(m_waiting, 1);
    layout->addWidget(new QLabel(tr("Members"), this));
    layout->addWidget(m_members, 2);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, &QueuePanel::askReasonAndPause);
    connect(m_resume, &QPushButton::clicked, this, &QueuePanel::resumeSelected);
    m_members->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_members, &QWidget::customContextMenuRequested, this, &QueuePanel::showMemberMenu);
    connect(SecondTicker::of(this, clock), &SecondTicker::ticked, this, [this] {
        if (isVisible())
            m_waiting->viewport()->update();
    });
    updateButtons();
}

void QueuePanel::setUpViews()
{
    m_waitingProxy->setFilterRole(QueueRoles::IsMember);
    m_waitingProxy->setFilterFixedString(QStringLiteral("false"));
    m_membersProxy->setFilterRole(QueueRoles::IsMember);
    m_membersProxy->setFilterFixedString(QStringLiteral("true"));
    // Callers as a screen reader hears them: position, who, which queue, how long.
    auto* waitingText = new RowTextProxy(
        [this](const QModelIndex& i) { return TwoLineDelegate::spoken(waitingLines(i)); }, this);
    waitingText->setSourceModel(m_waitingProxy);
    m_waiting->setModel(waitingText);
    m_members->setModel(m_membersProxy);
    // Every row has the same height: no per-row layout when calls come and go.
    m_waiting->setUniformItemSizes(true);
    m_waiting->setObjectName(QStringLiteral("queueWaitingView"));
    // Every row has the same height: no per-row layout when calls come and go.
    m_members->setUniformItemSizes(true);
    m_members->setObjectName(QStringLiteral("queueMembersView"));
    m_waiting->setAccessibleName(tr("Callers waiting"));
    m_members->setAccessibleName(tr("Queue members"));

    m_waiting->setItemDelegate(
        new TwoLineDelegate([this](const QModelIndex& i) { return waitingLines(i); }, m_waiting));
    m_members->setItemDelegate(new TwoLineDelegate(
        [this](const QModelIndex& i) { return QueueMemberText::lines(i, m_members->palette()); }, m_members));
}

TwoLineDelegate::Lines QueuePanel::waitingLines(const QModelIndex& i) const
{
    TwoLineDelegate::Lines l;
    const QString name = i.data(QueueRoles::CallerName).toString();
    const QString number = i.data(QueueRoles::CallerNumber).toString();
    l.title = tr("%1. %2")
                  .arg(i.data(QueueRoles::Position).toInt())
                  .arg(name.isEmpty() || name == number ? number : name + u' ' + number);
    l.subtitle = tr("waiting in %1").arg(i.data(QueueRoles::Queue).toString());
    const qint64 since = i.data(QueueRoles::WaitingSinceMs).toLongLong();
    if (since > 0)
        l.right = UiText::duration(m_clock->currentMSecsSinceEpoch() - since);
    l.mark = StateStyle::accent(Pbx::ExtensionState::Ringing, m_waiting->palette());
    return l;
}

void QueuePanel::showMemberMenu(const QPoint& pos)
{
    if (!m_members->indexAt(pos).isValid())
        return;
    m_members->setCurrentIndex(m_members->indexAt(pos));
    QMenu menu(this);
    menu.addAction(m_pause->text(), this, &QueuePanel::askReasonAndPause)->setEnabled(m_pause->isEnabled());
    menu.addAction(m_resume->text(), this, &QueuePanel::resumeSelected)->setEnabled(m_resume->isEnabled());
    menu.exec(m_members->viewport()->mapToGlobal(pos));
}

void QueuePanel::setQueueModel(QAbstractItemModel* model)
{
    m_waitingProxy->setSourceModel(model);
    m_membersProxy->setSourceModel(model);
    connect(
        m_members->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueuePanel::updateButtons);
    connect(m_membersProxy, &QAbstractItemModel::dataChanged, this, &QueuePanel::updateButtons);
    updateButtons();
}

void QueuePanel::updateButtons()
{
    const QModelIndex i = m_members->currentIndex();
    const bool paused = i.isValid() && i.data(QueueRoles::Paused).toBool();
    m_pause->setEnabled(i.isValid() && !paused);
    m_resume->setEnabled(i.isValid() && paused);
    const QString tip = i.isValid() ? QString() : tr("Select a member first");
    m_pause->setToolTip(tip);
    m_resume->setToolTip(tip);
}

void QueuePanel::askReasonAndPause()
{
    bool ok = false;
    const QStringList reasons {tr("Break"), tr("Lunch"), tr("Meeting"), tr("Training")};
    const QString reason = QInputDialog::getItem(this, tr("Pause queue member"),
        tr("Reason (shown to supervisors and in queue reports):"), reasons, 0, true, &ok);
    if (ok)
        pauseSelected(reason.trimmed());
}

void QueuePanel::pauseSelected(const QString& reason)
{
    const QModelIndex i = m_members->currentIndex();
    if (i.isValid())
        Q_EMIT pauseRequested(m_membersProxy->mapToSource(i), true, reason);
}

void QueuePanel::resumeSelected()
{
    const QModelIndex i = m_members->currentIndex();
    if (i.isValid())
        Q_EMIT pauseRequested(m_membersProxy->mapToSource(i), false, QString());
}
