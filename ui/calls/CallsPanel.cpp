// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/CallsPanel.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"
#include "ui/calls/CallRowText.h"
#include "ui/common/RowTextProxy.h"
#include "ui/common/SecondTicker.h"
#include "ui/common/TwoLineDelegate.h"

#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

CallsPanel::CallsPanel(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_view(new CallListView(this))
    , m_clock(clock ? clock : Clock::system())
    , m_proxy(new RowTextProxy(
          [this](
              const QModelIndex& i) { return CallRowText::accessible(i, m_clock->currentMSecsSinceEpoch()); },
          this))
{
    // Every row has the same height: no per-row layout when calls come and go.
    m_view->setUniformItemSizes(true);
    m_view->setObjectName(QStringLiteral("callsView"));
    m_view->setAccessibleName(tr("Active calls"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new TwoLineDelegate(
        [this](const QModelIndex& i) {
            return CallRowText::lines(i, m_clock->currentMSecsSinceEpoch(), m_view->palette());
        },
        m_view));
    // A screen reader hears the row's sentence ("Alice 1001 talking with Bob 1002, 0:42"), not the number.
    m_view->setModel(m_proxy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex i = m_view->indexAt(pos);
        if (!i.isValid())
            return;
        QMenu menu(this);
        Q_EMIT callMenuRequested(&menu, i);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(SecondTicker::of(this, clock), &SecondTicker::ticked, this, [this] {
        if (isVisible())
            m_view->viewport()->update();
    });
}

void CallsPanel::setDropHandler(DropHandler* handler)
{
    m_view->setDropHandler(handler);
}

void CallsPanel::setCallModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
}
