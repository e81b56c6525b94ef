// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/ParkedPanel.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"
#include "ui/common/RowTextProxy.h"
#include "ui/common/SecondTicker.h"
#include "ui/common/TwoLineDelegate.h"
#include "ui/common/UiText.h"

#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ParkedPanel::ParkedPanel(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_view(new QListView(this))
    , m_proxy(new RowTextProxy([this](const QModelIndex& i) { return accessibleText(i); }, this))
    , m_retrieve(new QPushButton(tr("Retrieve"), this))
    , m_clock(clock ? clock : Clock::system())
{
    // Every row has the same height: no per-row layout when calls come and go.
    m_view->setUniformItemSizes(true);
    m_view->setObjectName(QStringLiteral("parkedView"));
    m_view->setAccessibleName(tr("Parked calls"));
    m_view->setItemDelegate(new TwoLineDelegate([this](const QModelIndex& i) { return lines(i); }, m_view));
    m_view->setModel(m_proxy);
    m_retrieve->setToolTip(tr("Ring your phone and connect the selected parked call"));
    m_retrieve->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_retrieve);

    connect(m_view, &QAbstractItemView::activated, this, [this] { retrieveCurrent(); });
    connect(m_retrieve, &QPushButton::clicked, this, &ParkedPanel::retrieveCurrent);
    connect(SecondTicker::of(this, clock), &SecondTicker::ticked, this, [this] {
        if (isVisible())
            m_view->viewport()->update();
    });
}

TwoLineDelegate::Lines ParkedPanel::lines(const QModelIndex& i) const
{
    TwoLineDelegate::Lines l;
    const QString name = i.data(ParkedCallRoles::CallerName).toString();
    const QString number = i.data(ParkedCallRoles::CallerNumber).toString();
    l.title = tr("Space %1: %2")
                  .arg(i.data(ParkedCallRoles::Space).toString(),
                      name.isEmpty() || name == number ? number : name + u' ' + number);
    const QString parker = i.data(ParkedCallRoles::ParkerNumber).toString();
    l.subtitle = parker.isEmpty() ? tr("Parked") : tr("Parked by %1").arg(parker);
    const qint64 at = i.data(ParkedCallRoles::ParkedAtMs).toLongLong();
    const qint64 now = m_clock->currentMSecsSinceEpoch();
    if (at > 0)
        l.right = UiText::duration(now - at);
    const qint64 timeout = i.data(ParkedCallRoles::TimeoutMs).toLongLong();
    // What matters most: the name and the parker give way, never the countdown.
    if (timeout > now)
        l.subtitleTail = tr("returns in %1").arg(UiText::duration(timeout - now));
    l.mark = m_view->palette().color(QPalette::Highlight);
    l.markText = tr("PARKED");
    return l;
}

QString ParkedPanel::accessibleText(const QModelIndex& i) const
{
    // The same words as the row, for a screen reader (the model's display text is the space alone).
    const TwoLineDelegate::Lines l = lines(i);
    QStringList parts {l.title, l.subtitle};
    if (!l.subtitleTail.isEmpty())
        parts << l.subtitleTail;
    if (!l.right.isEmpty())
        parts << tr("parked for %1").arg(l.right);
    return parts.join(QStringLiteral(", "));
}

void ParkedPanel::setParkedModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { m_retrieve->setEnabled(current.isValid()); });
}

void ParkedPanel::retrieveCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        Q_EMIT retrieveRequested(i);
}
