// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conference/ConferenceRowText.h"

#include "ui/conference/ConferenceText.h"

ConferenceRowText::ConferenceRowText(TwoLineDelegate::Provider provider, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_provider(std::move(provider))
{ }

QVariant ConferenceRowText::data(const QModelIndex& index, int role) const
{
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        // The subtitle says the state in words already (the mark's word is its short form).
        return ConferenceText::spoken(m_provider(mapToSource(index)));
    }
    return QIdentityProxyModel::data(index, role);
}
