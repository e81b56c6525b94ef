// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryPanel.h"

#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"
#include "core/directory/DirectoryModel.h"
#include "ui/common/UiText.h"
#include "ui/directory/DirectoryPresenceProxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

DirectoryPanel::DirectoryPanel(DirectoryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DirectoryPresenceProxy(this))
    , m_search(new QLineEdit(this))
    , m_callNumber(new QPushButton(this))
    , m_transferNumber(new QPushButton(this))
    , m_banner(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);

    m_search->setPlaceholderText(tr("Search name, number, department or mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Directory search"));
    m_search->installEventFilter(this);
    setFocusProxy(m_search); // Ctrl+F in the main window lands in the search box
    m_callNumber->hide();
    m_transferNumber->hide();

    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAccessibleName(tr("Directory status"));
    m_banner->hide();

    m_progress->setAccessibleName(tr("Directory loading"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    setUpView();
    auto* dialRow = new QHBoxLayout;
    dialRow->setContentsMargins(0, 0, 0, 0);
    dialRow->addWidget(m_callNumber);
    dialRow->addWidget(m_transferNumber);
    dialRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(dialRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    connectSignals();
}

void DirectoryPanel::setUpView()
{
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Contacts"));
    // Tab leaves the table instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100 k rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DirectoryModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(DirectoryModel::NameColumn, 200);
}

void DirectoryPanel::connectSignals()
{
    // Light debounce: fast typists do not pay for every intermediate search.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(80);
    connect(&m_debounce, &QTimer::timeout, this, &DirectoryPanel::applyQuery);
    connect(m_search, &QLineEdit::textEdited, this, &DirectoryPanel::handleSearchEdited);
    connect(m_search, &QLineEdit::textChanged, this, &DirectoryPanel::updateDialButtons);
    connect(m_search, &QLineEdit::returnPressed, this, &DirectoryPanel::handleReturnPressed);
    connect(m_view, &QAbstractItemView::activated, this, &DirectoryPanel::handleActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DirectoryPanel::handleContextMenuRequested);
    connect(m_callNumber, &QPushButton::clicked, this, [this] {
        const QString number = dialableNumber(m_search->text());
        if (!number.isEmpty())
            Q_EMIT callRequested(number);
    });
    connect(m_transferNumber, &QPushButton::clicked, this, [this] {
        const QString number = dialableNumber(m_search->text());
        if (!number.isEmpty())
            Q_EMIT transferRequested(number);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
}

DirectoryPanel::~DirectoryPanel()
{
    // Sources may be our children: their destroyed() must not reach a half-destroyed panel.
    for (const QPointer<DirectorySource>& source : std::as_const(m_sources)) {
        if (source)
            disconnect(source, nullptr, this, nullptr);
    }
    disconnect(m_model, nullptr, this, nullptr);
}

void DirectoryPanel::addSource(DirectorySource* source)
{
    if (!source || m_sources.contains(source))
        return;
    m_sources.append(source);
    SourceStatus& status = m_status[source->id()];
    status.location = source->location();
    status.loading = source->isLoading();
    status.stale = source->isStale();
    status.loadedAt = source->loadedAt();
    connect(source, &DirectorySource::loadingStarted, this, &DirectoryPanel::handleLoadingStarted);
    connect(source, &DirectorySource::progressChanged, this, &DirectoryPanel::handleProgress);
    connect(source, &DirectorySource::contactsLoaded, this, &DirectoryPanel::handleLoaded);
    connect(source, &DirectorySource::errorOccurred, this, &DirectoryPanel::handleError);
    connect(source, &QObject::destroyed, this, [this, id = source->id()] {
        m_status.remove(id);
        updateStatus();
    });
    m_model->addSource(source);
    updateStatus();
}

QString DirectoryPanel::searchText() const
{
    return m_search->text();
}

void DirectoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DirectoryPanel::search(const QString& text)
{
    m_search->setText(text);
    applyQuery();
}

QString DirectoryPanel::dialableNumber(const QString& text)
{
    // Digits with the usual writing aids; at least two digits so "1" stays a search.
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\+?[0-9][0-9 ()/.\\-]*[0-9]\\s*$"));
    if (!pattern.match(text).hasMatch())
        return {};
    QString out;
    for (QChar c : text) {
        if (c.isDigit() || (c == QLatin1Char('+') && out.isEmpty()))
            out += c;
    }
    return out;
}

void DirectoryPanel::handleSearchEdited()
{
    m_debounce.start();
}

void DirectoryPanel::applyQuery()
{
    m_debounce.stop();
    m_model->setQuery(m_search->text());
}

void DirectoryPanel::updateDialButtons()
{
    const QString number = dialableNumber(m_search->text());
    m_callNumber->setVisible(!number.isEmpty());
    m_transferNumber->setVisible(!number.isEmpty());
    if (!number.isEmpty()) {
        m_callNumber->setText(tr("Call %1").arg(number));
        m_transferNumber->setText(tr("Transfer to %1").arg(number));
    }
}

void DirectoryPanel::handleReturnPressed()
{
    applyQuery(); // Enter right after typing must not act on stale results
    const QModelIndex current = m_view->currentIndex();
    const QString typed = dialableNumber(m_search->text());
    if (!typed.isEmpty()) {
        // A typed number is dialled as typed, unless it is one of the current
        // contact's numbers (then in the form the directory writes it).
        const QStringList numbers = current.data(DirectoryRoles::Numbers).toStringList();
        for (const QString& n : numbers) {
            if (normalizedNumber(n) == typed) {
                Q_EMIT callRequested(n);
                return;
            }
        }
        Q_EMIT callRequested(typed);
        return;
    }
    const QString number = current.data(DirectoryRoles::PrimaryNumber).toString();
    if (!number.isEmpty())
        Q_EMIT callRequested(number);
}

void DirectoryPanel::handleActivated(const QModelIndex& index)
{
    const QString number = index.data(DirectoryRoles::PrimaryNumber).toString();
    if (!number.isEmpty())
        Q_EMIT callRequested(number);
}

QMenu* DirectoryPanel::createContextMenu(int row, QWidget* parent)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return nullptr;
    auto* menu = new QMenu(parent);
    const QStringList numbers = index.data(DirectoryRoles::Numbers).toStringList();
    const QVariantList kinds = index.data(DirectoryRoles::NumberKinds).toList();
    const auto kindText = [](int kind) {
        switch (PhoneNumber::Kind(kind)) {
        case PhoneNumber::Kind::Extension:
            return tr("extension");
        case PhoneNumber::Kind::Work:
            return tr("work");
        case PhoneNumber::Kind::Mobile:
            return tr("mobile");
        case PhoneNumber::Kind::Other:
            break;
        }
        return tr("other");
    };
    // A number the directory holds but that is not dialable stays visible,
    // greyed out with the reason, instead of failing after the click.
    menu->setToolTipsVisible(true);
    const auto addNumberAction = [this, menu](const QString& text, const QString& number, bool transfer) {
        QAction* a = menu->addAction(text, this, [this, number, transfer] {
            if (transfer)
                Q_EMIT transferRequested(number);
            else
                Q_EMIT callRequested(number);
        });
        const DialableNumber dialable = DialableNumber::parse(number);
        if (!dialable.isValid()) {
            a->setEnabled(false);
            a->setToolTip(DialableNumber::refusal(number, dialable.error()));
        }
    };
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QString number = numbers.at(i);
        const QString kind = kindText(kinds.value(i).toInt());
        addNumberAction(tr("Call %1 (%2)").arg(UiText::menuLabel(number), kind), number, false);
    }
    if (!numbers.isEmpty())
        menu->addSeparator();
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QString number = numbers.at(i);
        const QString kind = kindText(kinds.value(i).toInt());
        addNumberAction(tr("Transfer to %1 (%2)").arg(UiText::menuLabel(number), kind), number, true);
    }
    if (numbers.isEmpty())
        menu->addAction(tr("No number"))->setEnabled(false);
    return menu;
}

void DirectoryPanel::handleContextMenuRequested(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu* menu = createContextMenu(index.row(), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

bool DirectoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search field goes into the results, keeping the typed text.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            applyQuery();
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DirectoryPanel::handleLoadingStarted(const QString& sourceId)
{
    SourceStatus& s = m_status[sourceId];
    s.loading = true;
    s.loaded = 0;
    // A file load reports its malformed entries afresh; connection errors
    // stay shown while a retry is under way.
    s.skippedEntries = 0;
    s.firstSkipped.clear();
    updateStatus();
}

void DirectoryPanel::handleProgress(const QString& sourceId, int loaded, int total)
{
    Q_UNUSED(total)
    m_status[sourceId].loaded = loaded;
    updateStatus();
}

void DirectoryPanel::handleLoaded(const QString& sourceId, const QList<Contact>& contacts, bool stale)
{
    Q_UNUSED(contacts)
    SourceStatus& s = m_status[sourceId];
    s.loading = false;
    s.stale = stale;
    if (!stale)
        s.error = DirectorySource::Error::None;
    for (const QPointer<DirectorySource>& source : std::as_const(m_sources)) {
        if (source && source->id() == sourceId)
            s.loadedAt = source->loadedAt();
    }
    updateStatus();
}

void DirectoryPanel::handleError(const QString& sourceId, DirectorySource::Error error, const QString& detail)
{
    SourceStatus& s = m_status[sourceId];
    if (error == DirectorySource::Error::MalformedEntry) {
        // Counted only: the file's contacts follow at once and show the banner
        // (a file with 100,000 bad rows would otherwise redraw it 100,000 times).
        if (s.skippedEntries++ == 0)
            s.firstSkipped = detail;
        return;
    }
    s.error = error;
    s.detail = detail;
    if (error != DirectorySource::Error::SizeLimitExceeded)
        s.loading = false;
    updateStatus();
}

QString DirectoryPanel::errorText(DirectorySource::Error error) const
{
    switch (error) {
    case DirectorySource::Error::None:
        return {};
    case DirectorySource::Error::ServerUnreachable:
        return tr("The directory server cannot be reached; retrying.");
    case DirectorySource::Error::TlsFailed:
        return tr("The secure connection to the directory server failed (certificate not trusted?).");
    case DirectorySource::Error::BindFailed:
        return tr("The directory server refused the login (check the bind DN and password).");
    case DirectorySource::Error::PasswordMissing:
        return tr("The password for the directory server is not stored on this computer.");
    case DirectorySource::Error::SearchFailed:
        return tr("The directory search failed (check the base DN and filter).");
    case DirectorySource::Error::SizeLimitExceeded:
        return tr("The directory server sent only part of the list (size limit).");
    case DirectorySource::Error::FileUnreadable:
        return tr("The directory file cannot be read.");
    case DirectorySource::Error::MalformedEntry:
        return tr("An entry of the directory file was skipped.");
    case DirectorySource::Error::FileTooLarge:
        return tr("The directory file is too large to load.");
    }
    return {};
}

void DirectoryPanel::updateStatus()
{
    QStringList lines;
    bool loading = false;
    int loaded = 0;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        const SourceStatus& s = it.value();
        if (s.loading) {
            loading = true;
            loaded += s.loaded;
        }
        if (s.error != DirectorySource::Error::None) {
            // detail starts with the server or file and gives libldap's/the parser's reason.
            // Server and file texts are someone else's: shown on one line, escaped.
            lines.append(errorText(s.error) + QLatin1Char(' ') + escapedForDisplay(s.detail, 300));
        }
        if (s.skippedEntries > 0) {
            lines.append(
                tr("%n entries of the directory file were skipped, the first: %1", nullptr, s.skippedEntries)
                    .arg(escapedForDisplay(s.firstSkipped, 300)));
        }
        if (s.stale) {
            lines.append(
                tr("%1: showing cached results from %2.")
                    .arg(s.location, QLocale().toString(s.loadedAt.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
    m_progress->setVisible(loading);
    if (loading) {
        // Busy indicator: LDAP does not announce how many entries will come.
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loading directory… %n entries", nullptr, loaded));
        m_progress->setToolTip(m_progress->format());
    }
}

QString DirectoryPanel::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

bool DirectoryPanel::isLoading() const
{
    return m_progress->isVisibleTo(this);
}
