// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/CallLogPanel.h"

#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"
#include "ui/common/UiText.h"

#include <QDateTime>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

CallLogPanel::CallLogPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_view(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Call"), tr("Who"), tr("Duration")});
    m_view->setObjectName(QStringLiteral("callLogView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click to call back"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& i) {
        const QString number = m_model->index(i.row(), 2).data(Qt::UserRole).toString();
        if (!number.isEmpty())
            Q_EMIT callBackRequested(number);
    });
}

void CallLogPanel::addEntry(Kind kind, const QString& number, const QString& name, qint64 atMs,
    qint64 durationMs, const QString& detail)
{
    QString what;
    switch (kind) {
    case Kind::Answered:
        what = tr("Answered");
        break;
    case Kind::Missed:
        what = tr("Missed");
        break;
    case Kind::Outgoing:
        what = tr("Outgoing");
        break;
    case Kind::Transferred:
        what = tr("Transferred");
        break;
    }
    if (!detail.isEmpty())
        what += QStringLiteral(" — ") + detail;
    auto* time = new QStandardItem(QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("HH:mm:ss")));
    auto* kindItem = new QStandardItem(what);
    kindItem->setData(int(kind), Qt::UserRole);
    // CallerIDNum is the caller's choice: shown escaped, called back only
    // when dialable (the reason is in the tooltip otherwise).
    auto* who = new QStandardItem(
        escapedForDisplay(name.isEmpty() || name == number ? number : name + u' ' + number));
    const DialableNumber callBack = DialableNumber::parse(number);
    who->setData(callBack.number(), Qt::UserRole);
    if (!number.isEmpty() && !callBack.isValid())
        who->setToolTip(DialableNumber::refusal(number, callBack.error()));
    auto* duration = new QStandardItem(durationMs >= 0 ? UiText::duration(durationMs) : QString());
    if (kind == Kind::Missed) {
        QFont bold = m_view->font();
        bold.setBold(true);
        kindItem->setFont(bold);
    }
    m_model->insertRow(0, {time, kindItem, who, duration});
}
