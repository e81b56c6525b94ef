// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"
#include "core/voicemail/VoicemailStore.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QSet>
#include <QWidget>

#include <functional>

class Clock;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;
class QToolBar;
class VoicemailFolderSelector;
class VoicemailMailboxModel;
class VoicemailMailboxProxy;
class VoicemailMessageActions;
class VoicemailMessageModel;
class VoicemailMessageProxy;
class VoicemailPendingDeletes;
class VoicemailPlayer;

// The voicemail panel (for a dock or a tab): mailboxes with their counts and
// owners, a folder selector, the messages of that folder (sortable,
// filterable, searchable), a player, and the actions a receptionist needs:
// play, mark heard, move, delete (with undo), forward, save the recording,
// call the caller back, transfer the caller. Delete is undoable for a while
// (VoicemailPendingDeletes; Ctrl+Z). Opening a mailbox shows its new
// messages (INBOX, or Urgent when only urgent ones are new), whatever folder
// the previous mailbox showed.
class VoicemailBrowser final : public QWidget
{
    Q_OBJECT
public:
    // (context, mailbox) → the owner's display name, empty when unknown.
    using NameLookup = std::function<QString(const QString& context, const QString& mailbox)>;

    // store is not owned and must outlive the browser. clock: for the undo delay (tests pass a MockClock).
    explicit VoicemailBrowser(VoicemailStore* store, QWidget* parent = nullptr, Clock* clock = nullptr);
    ~VoicemailBrowser() override;

    void setNameLookup(NameLookup lookup);
    void setMarkHeardOnPlay(bool on);
    bool markHeardOnPlay() const;
    void setUndoDelayMs(int ms);
    int undoDelayMs() const;
    // "Undo delete" (Ctrl+Z), for the window's Edit menu; enabled while a delete can be undone.
    QAction* undoDeleteAction() const;

    void selectMailbox(const QString& mailboxKey);
    QString currentMailbox() const;
    void selectFolder(Voicemail::Folder folder);
    Voicemail::Folder currentFolder() const;
    void setSearchText(const QString& text);
    QList<VoicemailMessage> selectedMessages() const;
    // The message table's rows as shown (filtered and sorted).
    int visibleMessageCount() const;
    void selectMessageRow(int row);
    bool hasPendingDelete() const;
    QString lastError() const;

    VoicemailPlayer* player() const { return m_player; }
    QTableView* messageView() const { return m_table; }
    QListView* mailboxView() const { return m_mailboxes; }

public Q_SLOTS:
    void playSelected();
    void markSelectedHeard();
    void moveSelected(Voicemail::Folder to);
    void deleteSelected();
    void undoDelete();
    void forwardSelected(const QString& toMailboxKey);
    void saveSelectedAudioAs(); // asks for a file name
    void saveSelectedAudioTo(const QString& path);
    void callBackSelected();
    void transferSelectedCaller();

Q_SIGNALS:
    // The lead wires these to CallControl: dial the caller from the operator's
    // phone, or send the caller's number to the transfer flow.
    void callRequested(const QString& number);
    void transferRequested(const QString& number);
    // A translated sentence for the status bar; also shown in the panel.
    void errorOccurred(const QString& text);

protected:
    // In a narrow column (the right one, up to Full HD) the mailboxes go above the messages and
    // the toolbar shows its icons only (the words in tooltips and to a screen reader).
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout(); // also the toolbar
    void connectParts();
    void connectActions();
    void handleMailboxChanged();
    void handleFolderIndexChanged();
    void handleSelectionChanged();
    void handleCountsChanged(const QString& mailboxKey);
    void handleOperationFinished(
        VoicemailStore::OperationId id, Voicemail::Error error, const QString& detail);
    void handleContextMenu(const QPoint& pos);
    void updateActions();
    void updateHidden();
    void showError(const QString& text);
    void populateMoveMenu();
    void populateForwardMenu();
    VoicemailMessage currentMessage() const;

    VoicemailStore* m_store;
    Clock* m_clock;
    VoicemailMailboxModel* m_mailboxModel;
    VoicemailMailboxProxy* m_mailboxProxy;
    VoicemailMessageModel* m_messageModel;
    VoicemailMessageProxy* m_messageProxy;
    QListView* m_mailboxes;
    VoicemailFolderSelector* m_folder;
    QComboBox* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    VoicemailPendingDeletes* m_deletes;
    QLabel* m_error;
    VoicemailPlayer* m_player;
    QSplitter* m_splitter = nullptr;
    QToolBar* m_toolbar = nullptr;
    VoicemailMessageActions* m_actions;
    QSet<VoicemailStore::OperationId> m_ownOperations;
};
