// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

#include <functional>

// A model as a panel shows it, with each row's words for a screen reader
// (Qt::AccessibleTextRole) and as the row's tool tip: a painted row, whose
// delegate composes the words, otherwise exposes only the model's bare
// display text ("701") or a line cut with "…".
class RowTextProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using Text = std::function<QString(const QModelIndex&)>;

    explicit RowTextProxy(Text text, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;

private:
    Text m_text;
};
