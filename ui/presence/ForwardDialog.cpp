// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/ForwardDialog.h"

#include "core/common/DialableNumber.h"
#include "ui/presence/AvailabilityText.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int NumberRole = Qt::UserRole + 1;

} // namespace

ForwardDialog::ForwardDialog(const QString& who, const QList<Row>& rows, QWidget* parent)
    : QDialog(parent)
    , m_directory(new QStandardItemModel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Call forwarding of %1").arg(who));
    setObjectName(QStringLiteral("forwardDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Forward %1's calls to a number (type it, or type a name to pick from the "
                                "directory). An empty field means no forward.")
                                 .arg(who),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    int line = 0;
    for (const Row& row : rows)
        addRow(grid, line++, row);
    layout->addLayout(grid);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("forwardProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ForwardDialog::addRow(QGridLayout* grid, int line, const Row& row)
{
    const QString kind = AvailabilityText::forwardKind(row.kind);
    auto* label = new QLabel(kind + u':', this);
    auto* edit = new QLineEdit(row.current, this);
    edit->setAccessibleName(tr("Forward %1").arg(kind.toLower()));
    edit->setObjectName(QStringLiteral("forwardTarget%1").arg(int(row.kind)));
    edit->setPlaceholderText(tr("No forward"));
    label->setBuddy(edit);
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setAccessibleName(tr("Clear the forward %1").arg(kind.toLower()));
    clear->setObjectName(QStringLiteral("forwardClear%1").arg(int(row.kind)));
    auto* completer = new QCompleter(m_directory, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    // The list shows "Name · number"; the field keeps the number only.
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), edit,
        [edit](const QModelIndex& index) {
            const QString number = index.data(NumberRole).toString();
            QTimer::singleShot(0, edit, [edit, number] { edit->setText(number); });
        });
    connect(clear, &QPushButton::clicked, edit, &QLineEdit::clear);
    connect(edit, &QLineEdit::textChanged, this, &ForwardDialog::validate);
    if (!row.disabledReason.isEmpty()) {
        for (QWidget* w : {static_cast<QWidget*>(edit), static_cast<QWidget*>(clear)}) {
            w->setEnabled(false);
            w->setToolTip(row.disabledReason);
        }
        edit->setAccessibleDescription(row.disabledReason);
    }
    grid->addWidget(label, line, 0);
    grid->addWidget(edit, line, 1);
    grid->addWidget(clear, line, 2);
    m_rows.insert(row.kind, Field {row, edit});
}

void ForwardDialog::setDirectory(const QList<Entry>& entries)
{
    m_directory->clear();
    for (const Entry& e : entries) {
        auto* item
            = new QStandardItem(e.name.isEmpty() ? e.number : e.name + QStringLiteral(" · ") + e.number);
        item->setData(e.number, NumberRole);
        m_directory->appendRow(item);
    }
}

void ForwardDialog::setTarget(Forward kind, const QString& text)
{
    if (m_rows.contains(kind))
        m_rows[kind].edit->setText(text);
}

QString ForwardDialog::target(Forward kind) const
{
    const auto it = m_rows.constFind(kind);
    if (it == m_rows.cend() || it->edit->text().trimmed().isEmpty())
        return {};
    return DialableNumber::parse(it->edit->text()).number();
}

bool ForwardDialog::isChanged(Forward kind) const
{
    const auto it = m_rows.constFind(kind);
    return it != m_rows.cend() && it->row.disabledReason.isEmpty() && target(kind) != it->row.current;
}

QString ForwardDialog::problem() const
{
    return m_problem->text();
}

void ForwardDialog::validate()
{
    QStringList problems;
    for (const Field& field : std::as_const(m_rows)) {
        const QString text = field.edit->text();
        if (text.trimmed().isEmpty())
            continue;
        const DialableNumber number = DialableNumber::parse(text);
        if (!number.isValid())
            problems << tr("%1: not a number to forward to (%2).")
                            .arg(AvailabilityText::forwardKind(field.row.kind),
                                DialableNumber::errorText(number.error()));
    }
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}
