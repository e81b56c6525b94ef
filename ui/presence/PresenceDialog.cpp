// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/PresenceDialog.h"

#include "ui/presence/AvailabilityText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Status = PresenceNote::Status;

namespace {

constexpr Status Settable[] = {Status::Available, Status::Away, Status::ExtendedAway, Status::DoNotDisturb,
    Status::Chat, Status::Unavailable};

} // namespace

PresenceDialog::PresenceDialog(const QString& who, const PresenceNote& current, QWidget* parent, Clock* clock)
    : QDialog(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_return(new QComboBox(this))
    , m_picker(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Status of %1").arg(who));
    setObjectName(QStringLiteral("presenceDialog"));
    buildForm(who);
    const Status status = current.status() == Status::NotSet || current.status() == Status::Unknown
        ? Status::Away
        : current.status();
    setStatus(status);
    m_note->setText(current.note());
    if (current.returnAt().isValid() && current.returnAt() > now()) {
        m_picker->setDateTime(current.returnAt().toLocalTime());
        setReturnChoice(ReturnChoice::Picked);
    }
    validate();
}

void PresenceDialog::buildForm(const QString& who)
{
    for (Status s : Settable)
        m_status->addItem(AvailabilityText::symbol(s) + u' ' + AvailabilityText::status(s), int(s));
    m_status->setAccessibleName(tr("Status"));
    m_note->setPlaceholderText(tr("e.g. At lunch, back at two"));
    m_note->setMaxLength(int(PresenceNote::MaximumNoteLength) + 1); // one more, so too long is said
    m_note->setAccessibleName(tr("Note"));
    m_note->setObjectName(QStringLiteral("presenceNote"));
    m_return->addItem(tr("Not said"), int(ReturnChoice::None));
    m_return->addItem(tr("In 30 minutes"), int(ReturnChoice::HalfAnHour));
    m_return->addItem(tr("In 1 hour"), int(ReturnChoice::AnHour));
    m_return->addItem(tr("Tomorrow at 09:00"), int(ReturnChoice::TomorrowMorning));
    m_return->addItem(tr("At…"), int(ReturnChoice::Picked));
    m_return->setAccessibleName(tr("Back"));
    m_picker->setCalendarPopup(true);
    m_picker->setDateTime(now().toLocalTime().addSecs(3600));
    m_picker->setAccessibleName(tr("Return time"));
    m_picker->setEnabled(false);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setObjectName(QStringLiteral("presenceProblem"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Back:"), m_return);
    form->addRow(tr("&Time:"), m_picker);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What %1's colleagues and callers should know:").arg(who), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set status"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QLineEdit::textChanged, this, &PresenceDialog::validate);
    connect(m_return, &QComboBox::currentIndexChanged, this, [this] {
        m_picker->setEnabled(ReturnChoice(m_return->currentData().toInt()) == ReturnChoice::Picked);
        validate();
    });
    connect(m_picker, &QDateTimeEdit::dateTimeChanged, this, &PresenceDialog::validate);
}

QDateTime PresenceDialog::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->currentMSecsSinceEpoch());
}

void PresenceDialog::setStatus(Status status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

void PresenceDialog::setNoteText(const QString& text)
{
    m_note->setText(text);
}

void PresenceDialog::setReturnChoice(ReturnChoice choice)
{
    m_return->setCurrentIndex(m_return->findData(int(choice)));
}

QDateTime PresenceDialog::returnAt() const
{
    const QDateTime now = this->now();
    switch (ReturnChoice(m_return->currentData().toInt())) {
    case ReturnChoice::None:
        return {};
    case ReturnChoice::HalfAnHour:
        return now.addSecs(30 * 60);
    case ReturnChoice::AnHour:
        return now.addSecs(60 * 60);
    case ReturnChoice::TomorrowMorning:
        return QDateTime(now.toLocalTime().date().addDays(1), QTime(9, 0));
    case ReturnChoice::Picked:
        return m_picker->dateTime();
    }
    return {};
}

PresenceNote PresenceDialog::note() const
{
    return PresenceNote(Status(m_status->currentData().toInt()), m_note->text().trimmed(), returnAt());
}

QString PresenceDialog::problem() const
{
    return m_problem->text();
}

void PresenceDialog::validate()
{
    QString problem = AvailabilityText::noteProblem(note().validate());
    const QDateTime at = returnAt();
    if (problem.isEmpty() && at.isValid() && at <= now())
        problem = tr("The return time has already passed.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
