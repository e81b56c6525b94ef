// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"

#include <QIdentityProxyModel>

class Clock;

// The history's words: HistoryModel's roles said in each column (when, what
// happened, who, how long), with a symbol next to every outcome word, the
// same words as accessible text, unhandled missed calls in bold. Names and
// numbers come from outside and are shown escaped.
class HistoryText final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit HistoryText(QObject* parent = nullptr, Clock* clock = nullptr);

    // "✗ Missed", "⇄ Transferred to 1003", …
    static QString outcome(
        CallRecord::Direction direction, CallRecord::Outcome outcome, const QString& detail);
    // "Today 10:42", "Yesterday 09:13", or the date: the day groups of the list.
    QString when(qint64 startMs) const;

    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString display(const QModelIndex& index) const;
    QString spoken(const QModelIndex& index) const;
    QString who(const QModelIndex& index) const;

    Clock* m_clock;
};
