// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/RecordingFile.h"
#include "core/recording/RecordingLibrary.h"

#include <QWidget>

#include <functional>

class Clock;
class QAction;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableWidget;
class VoicemailPlayer;

// The recordings panel: the calls MixMonitor recorded into the monitor
// folder (RecordingLibrary), newest first, with their parties, date, length
// and state in words and symbols; play with the voicemail player, save a
// copy, delete after a confirmation with undo (Ctrl+Z while the panel has
// focus, or the bar's Undo button) until the library commits it.
class RecordingBrowser final : public QWidget
{
    Q_OBJECT
public:
    // Asked before a delete; true deletes. Tests replace the question box.
    using Confirm = std::function<bool(const RecordingFile&)>;

    // library is not owned and must outlive the browser.
    explicit RecordingBrowser(RecordingLibrary* library, QWidget* parent = nullptr, Clock* clock = nullptr);
    ~RecordingBrowser() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The rows as shown.
    QList<RecordingFile> recordings() const { return m_shown; }
    void selectRow(int row);
    // The chosen recording; fileName empty when none.
    RecordingFile current() const;

    QTableWidget* table() const { return m_table; }
    // Filters the list by party, date or file name (accent- and case-insensitive).
    QLineEdit* searchEdit() const { return m_search; }
    VoicemailPlayer* player() const { return m_player; }
    QLabel* notice() const { return m_notice; }
    QLabel* undoLabel() const { return m_undoLabel; }
    QAction* undoAction() const { return m_undo; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* saveButton() const { return m_save; }

public Q_SLOTS:
    void playSelected();
    void saveSelectedCopy(); // asks for a file name
    void saveSelectedCopyTo(const QString& path);
    void deleteSelected();
    void undoDelete();

Q_SIGNALS:
    // A translated sentence for the status bar.
    void messageShown(const QString& text, bool error);

private:
    void buildLayout();
    QWidget* buildUndoBar();
    void connectParts();
    void refresh();
    void fillRow(int row, const RecordingFile& file);
    void updateNotice();
    void updateButtons();
    void handleCurrentChanged();
    void handleCopyFinished(const QString& target, RecordingLibrary::Error error, const QString& detail);

    RecordingLibrary* m_library;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLabel* m_notice;
    QWidget* m_undoBar;
    QLabel* m_undoLabel;
    QAction* m_undo;
    QPushButton* m_play;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_refresh;
    QLabel* m_detail;
    VoicemailPlayer* m_player;
    QList<RecordingFile> m_shown;
    Confirm m_confirm;
    QString m_loaded; // the file in the player
};
