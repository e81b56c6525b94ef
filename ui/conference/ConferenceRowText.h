// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/TwoLineDelegate.h"

#include <QIdentityProxyModel>

// Gives a conference list's rows the words the delegate paints as their
// accessible text and tooltip, so a screen reader hears what the eye sees.
class ConferenceRowText final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    ConferenceRowText(TwoLineDelegate::Provider provider, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    TwoLineDelegate::Provider m_provider;
};
