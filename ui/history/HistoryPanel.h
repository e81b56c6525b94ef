// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"
#include "core/history/HistoryDatabase.h"

#include <QWidget>

class CallHistory;
class Clock;
class HistoryModel;
class HistoryText;
class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

// The call history that survives restarts: filter (all, missed, incoming,
// outgoing), search as you type over numbers and names, call back (F3) through
// the dialable-number rule, mark missed calls handled, copy the number, open
// the caller's contact in the directory, export
// the filtered view as CSV, clear with confirmation. Says when the file could
// not be used and the calls are kept for this session only.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(CallHistory* history, QWidget* parent = nullptr, Clock* clock = nullptr);

    HistoryModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    void setFilter(HistoryQuery::Filter filter);
    // The notice under the list ("" when all is well).
    QString noticeText() const;
    // Writes the current filter and search, all matching calls, to path.
    void exportTo(const QString& path);

    // Words for how the file was found; empty when nothing needs saying.
    static QString openMessage(const HistoryDatabase::OpenResult& result, bool persistent);

Q_SIGNALS:
    // A dialable number (the rule already applied).
    void callBackRequested(const QString& number);
    // The directory should show whoever has this number.
    void contactRequested(const QString& number);
    void messageShown(const QString& text, bool error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildActions();
    void connectHistory();
    // The answer to an export's query: the CSV file.
    void handleQueried(int ticket, const CallRecords& rows);
    QWidget* buildFilterBar();
    void updateQuery();
    void updateActions();
    void callBack();
    void markHandled();
    void copyNumber();
    void openContact();
    void chooseExportFile();
    void confirmClear();
    void showNotice(const QString& text);
    QModelIndex currentRow() const;

    CallHistory* m_history;
    HistoryModel* m_model;
    HistoryText* m_text;
    QTreeView* m_view;
    QLineEdit* m_search;
    QButtonGroup* m_filters;
    QLabel* m_notice;
    QTimer* m_typing;
    QAction* m_callBack;
    QAction* m_markHandled;
    QAction* m_copy;
    QAction* m_openContact;
    QAction* m_export;
    QAction* m_clear;
    int m_exportTicket = -1;
    QString m_exportPath;
};
