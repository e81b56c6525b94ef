// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/ExtensionBoard.h"

#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileGroupActions.h"
#include "ui/tiles/TileView.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

ExtensionBoard::ExtensionBoard(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_board(new TileBoardModel(this))
    , m_view(new TileView(this, clock))
    , m_groups(new TileGroupActions(m_board, this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Type a name or number to filter — Enter calls, Esc clears"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter extensions"));
    m_filter->installEventFilter(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 8, 8, 4);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_view->setBoardModel(m_board);
    m_view->setGroupActions(m_groups);
    connect(m_filter, &QLineEdit::textChanged, this, &ExtensionBoard::handleFilterChanged);
    connect(m_board, &TileBoardModel::layoutRebuilt, this, &ExtensionBoard::updateCount);
    updateCount();
}

void ExtensionBoard::setExtensionModel(QAbstractItemModel* model)
{
    m_board->setSourceModel(model);
}

void ExtensionBoard::appendFilterText(const QString& text)
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->insert(text);
}

QModelIndex ExtensionBoard::currentTile() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && !m_board->isHeader(current))
        return current;
    if (m_board->tileCount() == 1) {
        for (int r = 0; r < m_board->rowCount(); ++r) {
            if (!m_board->isHeader(m_board->index(r, 0)))
                return m_board->index(r, 0);
        }
    }
    return {};
}

void ExtensionBoard::handleFilterChanged(const QString& text)
{
    m_board->setFilterText(text.trimmed());
    // Keep a tile current so Enter and the F-keys have a target.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_board->isHeader(current)) {
        for (int r = 0; r < m_board->rowCount(); ++r) {
            const QModelIndex i = m_board->index(r, 0);
            if (!m_board->isHeader(i)) {
                m_view->setCurrentIndex(i);
                break;
            }
        }
    }
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
}

QString ExtensionBoard::countText() const
{
    return m_count->text();
}

void ExtensionBoard::updateCount()
{
    // People's extensions: parking spaces are tiles, not extensions ("Phones 40", not "60").
    const int shown = m_board->shownExtensionCount();
    const int total = m_board->extensionCount();
    m_count->setText(
        shown == total ? tr("%n extension(s)", nullptr, total) : tr("%1 of %2 shown").arg(shown).arg(total));
}

bool ExtensionBoard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            m_filter->clear();
            m_view->setFocus();
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            m_view->setFocus();
            QCoreApplication::sendEvent(m_view, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QString typed = m_filter->text().trimmed();
            // A held-down Enter repeats: one press, one call. And with
            // nothing typed there is nothing chosen to call.
            if (key->isAutoRepeat() || typed.isEmpty())
                return true;
            const QModelIndex tile = currentTile();
            static const QRegularExpression dialable(QStringLiteral("^\\+?[0-9*#]+$"));
            if (m_board->tileCount() == 0 && dialable.match(typed).hasMatch())
                Q_EMIT numberEntered(typed);
            else if (tile.isValid())
                Q_EMIT m_view->callRequested(tile);
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
