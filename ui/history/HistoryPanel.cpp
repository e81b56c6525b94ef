// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryPanel.h"

#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"
#include "core/history/CallHistory.h"
#include "core/history/HistoryCsv.h"
#include "core/history/HistoryModel.h"
#include "ui/history/HistoryText.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(CallHistory* history, QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_history(history)
    , m_model(new HistoryModel(history, this))
    , m_text(new HistoryText(this, clock))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_filters(new QButtonGroup(this))
    , m_notice(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_text->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Call history"));
    m_view->setModel(m_text);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    buildActions();

    connect(m_typing, &QTimer::timeout, this, &HistoryPanel::updateQuery);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_filters, &QButtonGroup::idClicked, this, &HistoryPanel::updateQuery);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryPanel::callBack);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateActions);
    connectHistory();
    updateQuery();
}

void HistoryPanel::connectHistory()
{
    connect(
        m_history, &CallHistory::opened, this, [this](const HistoryDatabase::OpenResult& r, bool persistent) {
            showNotice(openMessage(r, persistent));
        });
    connect(m_history, &CallHistory::writeFailed, this, [this](const QString& error) {
        showNotice(tr("⚠ The call history could not be saved (%1). New calls are kept until Attendant "
                      "quits and saved as soon as the disk takes them.")
                       .arg(escapedForDisplay(error)));
    });
    connect(m_history, &CallHistory::unseenMissedChanged, this, [this](int count) {
        if (count > 0 && isVisible() && window()->isActiveWindow())
            m_history->markSeen();
    });
    connect(m_history, &CallHistory::queried, this, &HistoryPanel::handleQueried);
}

void HistoryPanel::handleQueried(int ticket, const CallRecords& rows)
{
    if (ticket != m_exportTicket)
        return;
    m_exportTicket = -1;
    QSaveFile file(m_exportPath);
    const bool ok
        = file.open(QIODevice::WriteOnly) && file.write(HistoryCsv::write(rows)) >= 0 && file.commit();
    Q_EMIT messageShown(ok
            ? tr("%n call(s) exported to %1.", nullptr, int(rows.size())).arg(m_exportPath)
            : tr("The history could not be exported to %1: %2").arg(m_exportPath, file.errorString()),
        !ok);
}

QWidget* HistoryPanel::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const std::pair<HistoryQuery::Filter, QString> filters[] = {
        {HistoryQuery::Filter::All, tr("All")},
        {HistoryQuery::Filter::Missed, tr("✗ Missed")},
        {HistoryQuery::Filter::Incoming, tr("↙ Incoming")},
        {HistoryQuery::Filter::Outgoing, tr("↗ Outgoing")},
    };
    for (const auto& [filter, label] : filters) {
        auto* button = new QToolButton(bar);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setAccessibleName(tr("Show %1 calls").arg(label));
        button->setObjectName(QStringLiteral("historyFilter%1").arg(int(filter)));
        m_filters->addButton(button, int(filter));
        row->addWidget(button);
    }
    m_filters->button(int(HistoryQuery::Filter::All))->setChecked(true);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search numbers and names"));
    m_search->setAccessibleName(tr("Search the call history"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 1);
    return bar;
}

void HistoryPanel::buildActions()
{
    auto add = [this](const QString& text, const QKeySequence& key, void (HistoryPanel::*slot)()) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        addAction(action);
        return action;
    };
    m_callBack = add(tr("Call back"), QKeySequence(Qt::Key_F3), &HistoryPanel::callBack);
    m_markHandled
        = add(tr("Mark as handled"), QKeySequence(Qt::CTRL | Qt::Key_D), &HistoryPanel::markHandled);
    m_copy = add(tr("Copy number"), QKeySequence::Copy, &HistoryPanel::copyNumber);
    m_openContact = add(tr("Open contact"), QKeySequence(), &HistoryPanel::openContact);
    m_export = add(tr("Export as CSV…"), QKeySequence(), &HistoryPanel::chooseExportFile);
    m_clear = add(tr("Clear history…"), QKeySequence(), &HistoryPanel::confirmClear);
    updateActions();
}

void HistoryPanel::setFilter(HistoryQuery::Filter filter)
{
    m_filters->button(int(filter))->setChecked(true);
    updateQuery();
}

void HistoryPanel::updateQuery()
{
    m_typing->stop();
    m_model->setQuery({HistoryQuery::Filter(m_filters->checkedId()), m_search->text(), 500});
}

QModelIndex HistoryPanel::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_text->mapToSource(i.siblingAtColumn(0)) : QModelIndex();
}

void HistoryPanel::updateActions()
{
    const QModelIndex row = currentRow();
    m_callBack->setEnabled(row.isValid() && !row.data(HistoryRoles::RemoteNumber).toString().isEmpty());
    m_copy->setEnabled(m_callBack->isEnabled());
    m_openContact->setEnabled(m_callBack->isEnabled());
    m_markHandled->setEnabled(row.isValid() && row.data(HistoryRoles::Missed).toBool()
        && !row.data(HistoryRoles::Handled).toBool());
    m_export->setEnabled(m_model->rowCount() > 0);
}

void HistoryPanel::callBack()
{
    const QModelIndex row = currentRow();
    if (!row.isValid())
        return;
    // The caller ID is the caller's choice: only a clean number is dialled.
    const QString number = row.data(HistoryRoles::RemoteNumber).toString();
    if (number.isEmpty())
        return; // anonymous: nothing to call
    const DialableNumber dialable = DialableNumber::parse(number);
    if (!dialable.isValid()) {
        Q_EMIT messageShown(DialableNumber::refusal(number, dialable.error()), true);
        return;
    }
    Q_EMIT callBackRequested(dialable.number());
}

void HistoryPanel::markHandled()
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) {
        const QModelIndex row = m_text->mapToSource(i);
        if (row.data(HistoryRoles::Missed).toBool())
            ids << row.data(HistoryRoles::Id).toLongLong();
    }
    if (!ids.isEmpty())
        m_history->markHandled(ids);
}

void HistoryPanel::copyNumber()
{
    const QModelIndex row = currentRow();
    if (row.isValid())
        QApplication::clipboard()->setText(row.data(HistoryRoles::RemoteNumber).toString());
}

void HistoryPanel::openContact()
{
    const QModelIndex row = currentRow();
    if (!row.isValid())
        return;
    // The directory matches numbers however they are written; a clean one finds the most.
    const QString number = row.data(HistoryRoles::RemoteNumber).toString();
    const DialableNumber dialable = DialableNumber::parse(number);
    Q_EMIT contactRequested(dialable.isValid() ? dialable.number() : number);
}

void HistoryPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the call history"), QStringLiteral("call-history.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void HistoryPanel::exportTo(const QString& path)
{
    m_exportPath = path;
    HistoryQuery all = m_model->query();
    all.limit = std::numeric_limits<int>::max();
    m_exportTicket = m_history->query(all);
}

void HistoryPanel::confirmClear()
{
    const auto answer = QMessageBox::question(this, tr("Clear the call history"),
        tr("Delete every call of the history of this profile? This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_history->clear();
}

void HistoryPanel::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setVisible(!text.isEmpty());
}

QString HistoryPanel::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_history->markSeen();
}

QString HistoryPanel::openMessage(const HistoryDatabase::OpenResult& r, bool persistent)
{
    using S = HistoryDatabase::Status;
    const QString session = tr("Calls are kept for this session only.");
    switch (r.status) {
    case S::Opened:
    case S::Created:
    case S::Migrated:
        return persistent ? QString() : session;
    case S::InMemory:
        return {};
    case S::MovedAside:
        return tr("⚠ The call history file was damaged or not Attendant's. It was kept as %1 and a new "
                  "history was started.")
            .arg(r.movedTo);
    case S::TooNew:
        return tr("⚠ The call history was written by a newer Attendant (version %1) and was left as it is.")
                   .arg(r.foundVersion)
            + u' ' + session;
    case S::Locked:
        return tr("⚠ The call history is in use by another program (%1).").arg(escapedForDisplay(r.error))
            + u' ' + session;
    case S::Failed:
        return tr("⚠ The call history could not be opened (%1).").arg(escapedForDisplay(r.error)) + u' '
            + session;
    }
    return {};
}
