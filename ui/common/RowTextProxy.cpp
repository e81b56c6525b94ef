// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RowTextProxy.h"

RowTextProxy::RowTextProxy(Text text, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_text(std::move(text))
{ }

QVariant RowTextProxy::data(const QModelIndex& index, int role) const
{
    if ((role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) && index.isValid())
        return m_text(mapToSource(index));
    return QIdentityProxyModel::data(index, role);
}
