// SPDX-License-Identifier: GPL-3.0-or-later
#include "calls/CallsPanel.h"

#include "common/Clock.h"
#include "common/StateStyle.h"
#include "common/TwoLineDelegate.h"
#include "common/UiText.h"
#include "main/OperatorActions.h"
#include "models/ModelRoles.h"

#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString party(const QModelIndex& i, int nameRole, int numberRole)
{
    const QString name = i.data(nameRole).toString();
    const QString number = i.data(numberRole).toString();
    if (name.isEmpty() || name == number)
        return number.isEmpty() ? CallsPanel::tr("unknown") : number;
    return name + u' ' + number;
}

} // namespace

CallsPanel::CallsPanel(OperatorActions* actions, QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_actions(actions)
    , m_view(new CallListView(this))
    , m_clock(clock ? clock : Clock::system())
{
    // Every row has the same height: no per-row layout when calls come and go.
    m_view->setUniformItemSizes(true);
    m_view->setObjectName(QStringLiteral("callsView"));
    m_view->setAccessibleName(tr("Active calls"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new TwoLineDelegate(
        [this](const QModelIndex& i) {
            TwoLineDelegate::Lines l;
            // Caller on top, who they reach below: both stay readable in a narrow dock.
            l.title = party(i, CallRoles::CallerName, CallRoles::CallerNumber);
            const QString callee
                = QStringLiteral("→ ") + party(i, CallRoles::CalleeName, CallRoles::CalleeNumber);
            const bool ringing = i.data(CallRoles::Ringing).toBool();
            const bool hold = i.data(CallRoles::OnHold).toBool();
            const QString queue = i.data(CallRoles::Queue).toString();
            QPalette pal = m_view->palette();
            if (ringing) {
                l.subtitle = callee;
                l.markText = tr("RING");
                l.mark = StateStyle::accent(Pbx::ExtensionState::Ringing, pal);
            } else if (hold) {
                l.subtitle = callee;
                l.markText = tr("HOLD");
                l.mark = StateStyle::accent(Pbx::ExtensionState::OnHold, pal);
            } else {
                l.subtitle = callee;
                l.markText = tr("TALK");
                l.mark = StateStyle::accent(Pbx::ExtensionState::InUse, pal);
            }
            if (!queue.isEmpty())
                l.subtitle += QStringLiteral(" · ") + tr("queue %1").arg(queue);
            const qint64 answered = i.data(CallRoles::AnsweredMs).toLongLong();
            const qint64 since = answered > 0 ? answered : i.data(CallRoles::StartMs).toLongLong();
            if (since > 0)
                l.right = UiText::duration(m_clock->currentMSecsSinceEpoch() - since);
            return l;
        },
        m_view));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex i = m_view->indexAt(pos);
        if (!i.isValid())
            return;
        QMenu menu(this);
        m_actions->populateCallMenu(&menu, i);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    auto* ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_view->viewport()->update();
    });
    ticker->start();
}

void CallsPanel::setDropHandler(DropHandler* handler)
{
    m_view->setDropHandler(handler);
}

void CallsPanel::setCallModel(QAbstractItemModel* model)
{
    m_view->setModel(model);
}
