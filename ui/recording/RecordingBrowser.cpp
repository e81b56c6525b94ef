// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/RecordingBrowser.h"

#include "ui/recording/RecordingSearch.h"
#include "ui/recording/RecordingText.h"
#include "ui/voicemail/VoicemailPlayer.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    StateColumn,
    DateColumn,
    CallerColumn,
    CalleeColumn,
    DurationColumn,
    FileColumn,
    ColumnCount
};

} // namespace

RecordingBrowser::RecordingBrowser(RecordingLibrary* library, QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_library(library)
    , m_search(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_notice(new QLabel(this))
    , m_undoBar(nullptr)
    , m_undoLabel(new QLabel(this))
    , m_undo(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo delete"), this))
    , m_play(new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"), this))
    , m_save(new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save a copy…"), this))
    , m_delete(new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete…"), this))
    , m_refresh(new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this))
    , m_detail(new QLabel(this))
    , m_player(new VoicemailPlayer(this, clock))
    , m_confirm([this](const RecordingFile& file) {
        return QMessageBox::question(this, tr("Delete recording"),
                   tr("Delete the recording %1?\n\nIt can be undone for %2 seconds.")
                       .arg(RecordingText::row(file))
                       .arg(m_library->undoDelayMs() / 1000))
            == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("recordingBrowser"));
    setAccessibleName(tr("Recordings"));
    buildLayout();
    connectParts();
    refresh();
}

RecordingBrowser::~RecordingBrowser() = default;

void RecordingBrowser::buildLayout()
{
    m_search->setObjectName(QStringLiteral("recordingSearch"));
    m_search->setAccessibleName(tr("Search recordings"));
    m_search->setPlaceholderText(tr("Search caller, called, date or file…"));
    m_search->setClearButtonEnabled(true);
    m_table->setHorizontalHeaderLabels(
        {tr("State"), tr("Date"), tr("Caller"), tr("Called"), tr("Length"), tr("File")});
    m_table->setObjectName(QStringLiteral("recordingTable"));
    m_table->setAccessibleName(tr("Recorded calls"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Recordings folder"));
    m_detail->setWordWrap(true);
    m_detail->setAccessibleName(tr("Chosen recording"));
    m_detail->hide();
    m_player->setAccessibleName(tr("Recording player"));
    m_play->setAccessibleName(tr("Play recording"));
    m_save->setAccessibleName(tr("Save a copy of the recording"));
    m_delete->setAccessibleName(tr("Delete recording"));
    m_refresh->setAccessibleName(tr("Read the recordings folder again"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_play, m_save, m_delete, m_refresh})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_notice);
    layout->addWidget(buildUndoBar());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addWidget(m_player);
}

QWidget* RecordingBrowser::buildUndoBar()
{
    m_undoBar = new QWidget(this);
    m_undo->setShortcut(QKeySequence::Undo);
    // The voicemail panel's undo owns Ctrl+Z window-wide; this one answers inside the panel.
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setEnabled(false);
    addAction(m_undo);
    auto* button
        = new QPushButton(tr("Undo (%1)").arg(m_undo->shortcut().toString(QKeySequence::NativeText)));
    button->setAccessibleName(tr("Undo delete"));
    connect(button, &QPushButton::clicked, this, &RecordingBrowser::undoDelete);
    auto* row = new QHBoxLayout(m_undoBar);
    row->setContentsMargins(0, 0, 0, 0);
    m_undoLabel->setAccessibleName(tr("Deleted recording"));
    row->addWidget(m_undoLabel, 1);
    row->addWidget(button);
    m_undoBar->hide();
    return m_undoBar;
}

void RecordingBrowser::connectParts()
{
    connect(m_library, &RecordingLibrary::recordingsChanged, this, &RecordingBrowser::refresh);
    connect(m_library, &RecordingLibrary::scanFinished, this, &RecordingBrowser::updateNotice);
    connect(m_library, &RecordingLibrary::pendingChanged, this, &RecordingBrowser::updateButtons);
    connect(m_library, &RecordingLibrary::removeFailed, this,
        [this](const QString& name, RecordingLibrary::Error error, const QString& detail) {
            Q_EMIT messageShown(RecordingText::error(error, name, detail), true);
        });
    connect(m_library, &RecordingLibrary::copyFinished, this, &RecordingBrowser::handleCopyFinished);
    connect(m_search, &QLineEdit::textChanged, this, &RecordingBrowser::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordingBrowser::handleCurrentChanged);
    connect(m_table, &QTableWidget::itemActivated, this, &RecordingBrowser::playSelected);
    connect(m_play, &QPushButton::clicked, this, &RecordingBrowser::playSelected);
    connect(m_save, &QPushButton::clicked, this, &RecordingBrowser::saveSelectedCopy);
    connect(m_delete, &QPushButton::clicked, this, &RecordingBrowser::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, m_library, &RecordingLibrary::rescan);
    connect(m_undo, &QAction::triggered, this, &RecordingBrowser::undoDelete);
}

void RecordingBrowser::refresh()
{
    const QString chosen = current().fileName;
    const RecordingSearch search(m_search->text());
    m_shown.clear();
    const QList<RecordingFile> all = m_library->recordings();
    for (const RecordingFile& file : all) {
        if (search.matches(file, QLocale().toString(file.when, QLocale::ShortFormat)))
            m_shown.append(file);
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    int chosenRow = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        fillRow(row, m_shown.at(row));
        if (m_shown.at(row).fileName == chosen)
            chosenRow = row;
    }
    m_table->resizeColumnsToContents();
    if (chosenRow >= 0)
        m_table->selectRow(chosenRow);
    else
        m_table->clearSelection();
    handleCurrentChanged();
    updateNotice();
    updateButtons();
}

void RecordingBrowser::fillRow(int row, const RecordingFile& file)
{
    const QString when = QLocale().toString(file.when, QLocale::ShortFormat);
    const QStringList cells {RecordingText::state(file.state), when, RecordingText::caller(file),
        RecordingText::callee(file), RecordingText::duration(file.durationMs), file.fileName};
    const QString spoken = RecordingText::row(file);
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::AccessibleTextRole, column == StateColumn ? spoken : cells.at(column));
        item->setToolTip(file.detail.isEmpty() ? spoken : spoken + u'\n' + file.detail);
        if (column == DurationColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
}

void RecordingBrowser::updateNotice()
{
    QString text = RecordingText::problem(m_library->problem(), m_library->directory());
    if (text.isEmpty() && m_shown.isEmpty() && !m_library->recordings().isEmpty())
        text = tr("No recording matches “%1”.").arg(m_search->text().trimmed());
    else if (text.isEmpty() && m_library->hasScanned() && m_shown.isEmpty())
        text = tr("No recordings in %1 yet.").arg(QDir::toNativeSeparators(m_library->directory()));
    else if (text.isEmpty() && !m_library->hasScanned())
        text = tr("Reading %1…").arg(QDir::toNativeSeparators(m_library->directory()));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void RecordingBrowser::updateButtons()
{
    const RecordingFile file = current();
    const bool chosen = !file.fileName.isEmpty();
    m_play->setEnabled(chosen && file.canPlay());
    m_save->setEnabled(chosen && file.state != RecordingFile::State::Unreadable);
    m_delete->setEnabled(chosen && file.state != RecordingFile::State::Growing);
    m_delete->setToolTip(chosen && file.state == RecordingFile::State::Growing
            ? tr("Still being recorded: it can be deleted once the recording stops.")
            : QString());
    m_undo->setEnabled(m_library->canUndo());
    m_undoBar->setVisible(m_library->canUndo());
    if (m_library->canUndo())
        m_undoLabel->setText(tr("🗑 Deleted: %1").arg(m_library->pending().join(QStringLiteral(", "))));
}

void RecordingBrowser::selectRow(int row)
{
    m_table->selectRow(row);
}

RecordingFile RecordingBrowser::current() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const int row = items.first()->row();
    return row < m_shown.size() ? m_shown.at(row) : RecordingFile();
}

void RecordingBrowser::handleCurrentChanged()
{
    const RecordingFile file = current();
    const QString why = file.fileName.isEmpty() ? QString() : RecordingText::notPlayable(file);
    m_detail->setText(why);
    m_detail->setVisible(!why.isEmpty());
    if (file.fileName != m_loaded) {
        m_loaded = file.canPlay() ? file.fileName : QString();
        if (m_loaded.isEmpty())
            m_player->clear();
        else
            m_player->setAudioFile(file.path, file.durationMs);
    }
    updateButtons();
}

void RecordingBrowser::playSelected()
{
    handleCurrentChanged();
    if (!m_loaded.isEmpty())
        m_player->play();
}

void RecordingBrowser::saveSelectedCopy()
{
    const RecordingFile file = current();
    if (file.fileName.isEmpty())
        return;
    const QString suffix = QFileInfo(file.fileName).suffix();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the recording"),
        QDir::home().filePath(QFileInfo(file.fileName).fileName()), tr("Audio (*.%1)").arg(suffix));
    if (!path.isEmpty())
        saveSelectedCopyTo(path);
}

void RecordingBrowser::saveSelectedCopyTo(const QString& path)
{
    const RecordingFile file = current();
    if (!file.fileName.isEmpty())
        m_library->saveCopy(file, path);
}

void RecordingBrowser::handleCopyFinished(
    const QString& target, RecordingLibrary::Error error, const QString& detail)
{
    if (error == RecordingLibrary::Error::None)
        Q_EMIT messageShown(tr("✔ Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), false);
    else
        Q_EMIT messageShown(RecordingText::error(error, QDir::toNativeSeparators(target), detail), true);
}

void RecordingBrowser::deleteSelected()
{
    const RecordingFile file = current();
    if (file.fileName.isEmpty() || !m_confirm(file))
        return;
    if (file.fileName == m_loaded) {
        m_player->clear();
        m_loaded.clear();
    }
    m_library->remove(file);
}

void RecordingBrowser::undoDelete()
{
    m_library->undo();
}
