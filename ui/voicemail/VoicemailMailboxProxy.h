// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

#include <functional>

// Mailbox list text for people: number, owner's name (from the directory via
// a lookup the composition root provides, else as the PBX lists it) and the
// new/urgent/old counts.
class VoicemailMailboxProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // (context, mailbox) → display name, or empty when unknown.
    using NameLookup = std::function<QString(const QString& context, const QString& mailbox)>;

    explicit VoicemailMailboxProxy(QObject* parent = nullptr);
    void setNameLookup(NameLookup lookup);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    NameLookup m_lookup;
};
