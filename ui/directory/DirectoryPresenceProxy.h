// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

// Puts words and an icon on DirectoryModel's presence column (core only
// knows the Pbx::ExtensionState number). The word is always there, so the
// state never depends on seeing the colour.
class DirectoryPresenceProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit DirectoryPresenceProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "Available", "Busy", … for a Pbx::ExtensionState; empty for Unknown.
    static QString stateText(int state);
};
