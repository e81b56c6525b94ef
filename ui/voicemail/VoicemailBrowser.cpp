// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailBrowser.h"

#include "core/common/Clock.h"
#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"
#include "core/voicemail/SpoolLock.h"
#include "core/voicemail/VoicemailMailboxModel.h"
#include "core/voicemail/VoicemailMessageModel.h"
#include "core/voicemail/VoicemailRoles.h"
#include "ui/voicemail/VoicemailErrorText.h"
#include "ui/voicemail/VoicemailFolderSelector.h"
#include "ui/voicemail/VoicemailListKeys.h"
#include "ui/voicemail/VoicemailMailboxProxy.h"
#include "ui/voicemail/VoicemailMessageActions.h"
#include "ui/voicemail/VoicemailMessageProxy.h"
#include "ui/voicemail/VoicemailPendingDeletes.h"
#include "ui/voicemail/VoicemailPlayer.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using Voicemail::Error;
using Voicemail::Folder;

VoicemailBrowser::VoicemailBrowser(VoicemailStore* store, QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock ? clock : Clock::system())
    , m_mailboxModel(new VoicemailMailboxModel(store, this))
    , m_mailboxProxy(new VoicemailMailboxProxy(this))
    , m_messageModel(new VoicemailMessageModel(store, this))
    , m_messageProxy(new VoicemailMessageProxy(this))
    , m_mailboxes(new QListView(this))
    , m_folder(new VoicemailFolderSelector(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_deletes(new VoicemailPendingDeletes(store, m_clock, this))
    , m_error(new QLabel(this))
    , m_player(new VoicemailPlayer(this, m_clock))
    , m_actions(new VoicemailMessageActions(this))
{
    m_mailboxProxy->setSourceModel(m_mailboxModel);
    m_mailboxes->setModel(m_mailboxProxy);
    m_mailboxes->setAccessibleName(tr("Mailboxes"));
    m_mailboxes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mailboxes->setUniformItemSizes(false);
    // "3 nouveaux, 1 urgent…" is longer than the English summary: wrap, don't cut.
    m_mailboxes->setWordWrap(true);

    m_filter->addItem(tr("All messages"), int(VoicemailMessageProxy::Filter::All));
    m_filter->addItem(tr("Urgent only"), int(VoicemailMessageProxy::Filter::UrgentOnly));
    m_filter->addItem(tr("With recording"), int(VoicemailMessageProxy::Filter::WithRecording));
    m_filter->addItem(tr("Damaged"), int(VoicemailMessageProxy::Filter::Damaged));
    m_filter->setAccessibleName(tr("Show"));
    m_search->setPlaceholderText(tr("Search caller or number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));

    m_messageProxy->setSourceModel(m_messageModel);
    m_table->setModel(m_messageProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VoicemailMessageModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line a message: a long caller name or the date is elided, not wrapped over two lines.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        VoicemailMessageModel::CallerNameColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Messages"));

    m_error->setWordWrap(true);
    m_error->hide();
    buildLayout();
    connectParts();

    if (m_mailboxModel->rowCount() > 0)
        selectMailbox(m_mailboxModel->index(0).data(VoicemailMailboxRoles::Key).toString());
    updateActions();
}

VoicemailBrowser::~VoicemailBrowser() = default;

void VoicemailBrowser::buildLayout()
{
    // Tab leaves the list (Ctrl+Tab is not what a keyboard user tries first).
    m_table->setTabKeyNavigation(false);
    // Alt+6 and the like land on the messages.
    setFocusProxy(m_table);
    auto* toolbar = m_toolbar = new QToolBar(this);
    toolbar->setAccessibleName(tr("Message actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addTo(toolbar);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_folder);
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(toolbar);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_deletes);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_player);
    auto* splitter = m_splitter = new QSplitter(this);
    splitter->addWidget(m_mailboxes);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void VoicemailBrowser::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool narrow = width() < fontMetrics().averageCharWidth() * 90;
    m_splitter->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
    m_toolbar->setToolButtonStyle(narrow ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

void VoicemailBrowser::connectParts()
{
    addAction(m_deletes->undoAction());
    connect(m_deletes, &VoicemailPendingDeletes::hiddenChanged, this, &VoicemailBrowser::updateHidden);
    connect(m_deletes, &VoicemailPendingDeletes::failed, this,
        [this](Error error) { showError(VoicemailErrorText::describe(error)); });
    connect(m_mailboxes->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &VoicemailBrowser::handleMailboxChanged);
    connect(m_mailboxModel, &QAbstractItemModel::modelReset, this, [this] {
        // The list was rebuilt: keep showing the mailbox the user was on.
        const QString key = m_messageModel->mailboxKey();
        selectMailbox(key.isEmpty() && m_mailboxModel->rowCount() > 0
                ? m_mailboxModel->index(0).data(VoicemailMailboxRoles::Key).toString()
                : key);
    });
    connect(m_folder, &QComboBox::currentIndexChanged, this, &VoicemailBrowser::handleFolderIndexChanged);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_messageProxy->setFilter(VoicemailMessageProxy::Filter(m_filter->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_messageProxy, &VoicemailMessageProxy::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &VoicemailBrowser::handleSelectionChanged);
    connect(m_table, &QTableView::activated, this, &VoicemailBrowser::playSelected);
    connect(m_table, &QTableView::customContextMenuRequested, this, &VoicemailBrowser::handleContextMenu);
    connect(m_store, &VoicemailStore::countsChanged, this, &VoicemailBrowser::handleCountsChanged);
    connect(m_store, &VoicemailStore::operationFinished, this, &VoicemailBrowser::handleOperationFinished);
    connect(m_player, &VoicemailPlayer::heardRequested, this,
        [this](const VoicemailMessage& m) { m_ownOperations.insert(m_store->markHeard(m)); });
    // The player shows the sentence under its controls; the status bar gets it too.
    connect(m_player, &VoicemailPlayer::playbackFailed, this, &VoicemailBrowser::errorOccurred);
    connectActions();
}

void VoicemailBrowser::connectActions()
{
    new VoicemailListKeys(m_table, m_player, {m_actions->callBack(), m_actions->deleteMessages()});
    connect(m_actions->play(), &QAction::triggered, this, &VoicemailBrowser::playSelected);
    connect(m_actions->markHeard(), &QAction::triggered, this, &VoicemailBrowser::markSelectedHeard);
    connect(m_actions->deleteMessages(), &QAction::triggered, this, &VoicemailBrowser::deleteSelected);
    connect(m_actions->save(), &QAction::triggered, this, &VoicemailBrowser::saveSelectedAudioAs);
    connect(m_actions->callBack(), &QAction::triggered, this, &VoicemailBrowser::callBackSelected);
    connect(m_actions->transfer(), &QAction::triggered, this, &VoicemailBrowser::transferSelectedCaller);
    connect(m_actions->moveMenu(), &QMenu::aboutToShow, this, &VoicemailBrowser::populateMoveMenu);
    connect(m_actions->forwardMenu(), &QMenu::aboutToShow, this, &VoicemailBrowser::populateForwardMenu);
}

void VoicemailBrowser::setNameLookup(NameLookup lookup)
{
    m_mailboxProxy->setNameLookup(std::move(lookup));
}

void VoicemailBrowser::setMarkHeardOnPlay(bool on)
{
    m_player->setMarkHeardOnPlay(on);
}

bool VoicemailBrowser::markHeardOnPlay() const
{
    return m_player->markHeardOnPlay();
}

void VoicemailBrowser::setUndoDelayMs(int ms)
{
    m_deletes->setUndoDelayMs(ms);
}

int VoicemailBrowser::undoDelayMs() const
{
    return m_deletes->undoDelayMs();
}

QAction* VoicemailBrowser::undoDeleteAction() const
{
    return m_deletes->undoAction();
}

bool VoicemailBrowser::hasPendingDelete() const
{
    return m_deletes->hasPending();
}

void VoicemailBrowser::selectMailbox(const QString& mailboxKey)
{
    const int row = m_mailboxModel->rowOf(mailboxKey);
    if (row < 0)
        return;
    const QModelIndex index = m_mailboxProxy->index(row, 0);
    m_mailboxes->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (m_messageModel->mailboxKey() != mailboxKey)
        handleMailboxChanged();
}

QString VoicemailBrowser::currentMailbox() const
{
    return m_messageModel->mailboxKey();
}

void VoicemailBrowser::selectFolder(Folder folder)
{
    m_folder->setFolder(folder);
}

Folder VoicemailBrowser::currentFolder() const
{
    return m_messageModel->folder();
}

void VoicemailBrowser::setSearchText(const QString& text)
{
    m_search->setText(text);
}

int VoicemailBrowser::visibleMessageCount() const
{
    return m_messageProxy->rowCount();
}

void VoicemailBrowser::selectMessageRow(int row)
{
    m_table->selectionModel()->setCurrentIndex(
        m_messageProxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString VoicemailBrowser::lastError() const
{
    return m_error->text();
}

QList<VoicemailMessage> VoicemailBrowser::selectedMessages() const
{
    QList<VoicemailMessage> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    for (const QModelIndex& i : rows)
        out.append(i.data(VoicemailMessageRoles::Message).value<VoicemailMessage>());
    return out;
}

VoicemailMessage VoicemailBrowser::currentMessage() const
{
    const QList<VoicemailMessage> s = selectedMessages();
    return s.isEmpty() ? VoicemailMessage() : s.first();
}

void VoicemailBrowser::handleMailboxChanged()
{
    const QString key = m_mailboxes->currentIndex().data(VoicemailMailboxRoles::Key).toString();
    if (key == m_messageModel->mailboxKey())
        return; // the list was rebuilt around the same mailbox: keep folder, selection and playback
    // Another person's mailbox: start where the new messages are, not in the folder chosen for the last one.
    const Folder folder = VoicemailFolderSelector::openingFolder(m_store->counts(key));
    m_folder->setFolderQuietly(folder);
    m_messageModel->setFolder(key, folder);
    m_player->clear();
    m_folder->showCounts(*m_store, m_messageModel->mailboxKey());
    updateActions();
}

void VoicemailBrowser::handleFolderIndexChanged()
{
    m_messageModel->setFolder(m_messageModel->mailboxKey(), m_folder->folder());
    m_player->clear();
    updateActions();
}

void VoicemailBrowser::handleSelectionChanged()
{
    const VoicemailMessage m = currentMessage();
    if (m.index < 0)
        m_player->clear();
    else if (m.identity() != m_player->message().identity())
        m_player->setMessage(m);
    updateActions();
}

void VoicemailBrowser::handleCountsChanged(const QString& mailboxKey)
{
    if (mailboxKey == m_messageModel->mailboxKey())
        m_folder->showCounts(*m_store, m_messageModel->mailboxKey());
}

void VoicemailBrowser::updateActions()
{
    m_actions->update(selectedMessages());
}

void VoicemailBrowser::playSelected()
{
    const VoicemailMessage m = currentMessage();
    if (m.index < 0)
        return;
    if (m.identity() != m_player->message().identity())
        m_player->setMessage(m);
    m_player->play();
}

void VoicemailBrowser::markSelectedHeard()
{
    for (const VoicemailMessage& m : selectedMessages()) {
        if (m.folder == Folder::Inbox || m.folder == Folder::Urgent)
            m_ownOperations.insert(m_store->markHeard(m));
    }
}

void VoicemailBrowser::moveSelected(Folder to)
{
    for (const VoicemailMessage& m : selectedMessages()) {
        if (m.folder != to)
            m_ownOperations.insert(m_store->moveMessage(m, to));
    }
}

void VoicemailBrowser::deleteSelected()
{
    const QList<VoicemailMessage> sel = selectedMessages();
    if (sel.isEmpty())
        return;
    for (const VoicemailMessage& m : sel) {
        if (m.identity() == m_player->message().identity())
            m_player->clear();
    }
    m_deletes->remove(sel);
}

void VoicemailBrowser::undoDelete()
{
    m_deletes->undo();
}

void VoicemailBrowser::updateHidden()
{
    m_messageProxy->setHiddenMessages(m_deletes->hiddenMessages());
    updateActions();
}

void VoicemailBrowser::forwardSelected(const QString& toMailboxKey)
{
    for (const VoicemailMessage& m : selectedMessages())
        m_ownOperations.insert(m_store->forwardMessage(m, toMailboxKey));
}

void VoicemailBrowser::saveSelectedAudioAs()
{
    const VoicemailMessage m = currentMessage();
    if (!m.hasAudio())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + tr("voicemail-%1-%2.wav")
              .arg(m.mailbox, m.info.msgId().isEmpty() ? QString::number(m.index) : m.info.msgId());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save recording"), suggested, tr("Audio (*.wav *.WAV *.gsm)"));
    if (!path.isEmpty())
        saveSelectedAudioTo(path);
}

void VoicemailBrowser::saveSelectedAudioTo(const QString& path)
{
    const VoicemailMessage m = currentMessage();
    if (m.index >= 0)
        m_ownOperations.insert(m_store->saveAudio(m, path));
}

void VoicemailBrowser::callBackSelected()
{
    const DialableNumber number = DialableNumber::parse(currentMessage().info.callerNumber());
    if (number.isValid())
        Q_EMIT callRequested(number.number());
}

void VoicemailBrowser::transferSelectedCaller()
{
    const DialableNumber number = DialableNumber::parse(currentMessage().info.callerNumber());
    if (number.isValid())
        Q_EMIT transferRequested(number.number());
}

void VoicemailBrowser::handleOperationFinished(
    VoicemailStore::OperationId id, Error error, const QString& detail)
{
    if (!m_ownOperations.remove(id))
        return;
    if (error == Error::None) {
        m_error->hide();
        m_error->clear();
        return;
    }
    QString text = error == Error::LockTimeout || error == Error::LockStale
        ? VoicemailErrorText::describeLock(
            error, detail, SpoolLock::fileAgeMs(detail, m_clock->currentMSecsSinceEpoch()))
        : VoicemailErrorText::describe(error);
    // The PBX's words, or the file and the system's reason ("No space left on device").
    const bool saysWhy = error == Error::PbxRefused || error == Error::IoError || error == Error::LockFailed;
    if (saysWhy && !detail.isEmpty())
        text += u' ' + tr("(%1)").arg(escapedForDisplay(detail, 300));
    showError(text);
}

void VoicemailBrowser::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    Q_EMIT errorOccurred(text);
}

void VoicemailBrowser::populateMoveMenu()
{
    m_actions->moveMenu()->clear();
    for (Folder f : Voicemail::allFolders()) {
        if (f == m_messageModel->folder())
            continue;
        m_actions->moveMenu()->addAction(
            VoicemailErrorText::folderTitle(f), this, [this, f] { moveSelected(f); });
    }
}

void VoicemailBrowser::populateForwardMenu()
{
    m_actions->forwardMenu()->clear();
    for (int row = 0; row < m_mailboxProxy->rowCount(); ++row) {
        const QModelIndex i = m_mailboxProxy->index(row, 0);
        const QString key = i.data(VoicemailMailboxRoles::Key).toString();
        if (key == m_messageModel->mailboxKey())
            continue;
        const QString title = i.data().toString().section(u'\n', 0, 0);
        m_actions->forwardMenu()->addAction(title, this, [this, key] { forwardSelected(key); });
    }
}

void VoicemailBrowser::handleContextMenu(const QPoint& pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    m_actions->addTo(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}
