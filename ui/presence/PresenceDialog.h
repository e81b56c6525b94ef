// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/presence/PresenceNote.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Custom…" of the status menu: a presence state, a note and a return time
// (none, in 30 minutes, in an hour, tomorrow at 09:00, or picked). The note is
// checked as the operator types (PresenceNote::validate): a note Asterisk
// would misread keeps OK disabled and says why.
class PresenceDialog final : public QDialog
{
    Q_OBJECT
public:
    // Quick choices of the return time, in the order of the combo box.
    enum class ReturnChoice
    {
        None,
        HalfAnHour,
        AnHour,
        TomorrowMorning,
        Picked,
    };
    Q_ENUM(ReturnChoice)

    PresenceDialog(
        const QString& who, const PresenceNote& current, QWidget* parent = nullptr, Clock* clock = nullptr);

    PresenceNote note() const;
    void setStatus(PresenceNote::Status status);
    void setNoteText(const QString& text);
    void setReturnChoice(ReturnChoice choice);
    // The return time the choice stands for; invalid for None.
    QDateTime returnAt() const;
    // Why OK is disabled; empty when the note is fine.
    QString problem() const;

private:
    void buildForm(const QString& who);
    void validate();
    QDateTime now() const;

    Clock* m_clock;
    QComboBox* m_status;
    QLineEdit* m_note;
    QComboBox* m_return;
    QDateTimeEdit* m_picker;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
