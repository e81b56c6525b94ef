// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;

// This session's calls: answered, missed, outgoing, transferred — newest first.
class CallLogPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Answered,
        Missed,
        Outgoing,
        Transferred,
    };
    Q_ENUM(Kind)

    explicit CallLogPanel(QWidget* parent = nullptr);

    void addEntry(Kind kind, const QString& number, const QString& name, qint64 atMs, qint64 durationMs = -1,
        const QString& detail = {});
    QStandardItemModel* model() const { return m_model; }

Q_SIGNALS:
    // Double-click on an entry: call that number back.
    void callBackRequested(const QString& number);

private:
    QStandardItemModel* m_model;
    QTreeView* m_view;
};
