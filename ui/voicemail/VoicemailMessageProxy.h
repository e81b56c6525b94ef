// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// The message table's view of VoicemailMessageModel: translated headers, the
// urgent icon and word, damaged rows spelled out, sorting by value, search
// over caller name/number, a filter, and rows hidden while a delete can
// still be undone.
class VoicemailMessageProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter
    {
        All,
        UrgentOnly,
        WithRecording,
        Damaged,
    };
    Q_ENUM(Filter)

    explicit VoicemailMessageProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setFilter(Filter filter);
    // Rows to hide, by hiddenKey(): a forwarded copy keeps the original's
    // msg_id, so the identity alone would hide both.
    void setHiddenMessages(const QSet<QString>& keys);
    static QString hiddenKey(const QString& mailboxKey, int folder, const QString& identity);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    Filter m_filter = Filter::All;
    QSet<QString> m_hidden;
};
