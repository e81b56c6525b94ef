// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDialog;
class QRadioButton;
class QSpinBox;
class Settings;

// The "History" page of the settings: how long calls are kept and whose calls
// are recorded (the operator's phone only, or every extension the desk sees).
// Filled from the settings when made; written back when the dialog is
// accepted (not when its checks refuse to close it), or by save().
class HistorySettingsPage final : public QWidget
{
    Q_OBJECT
public:
    HistorySettingsPage(Settings* settings, QDialog* dialog);

    void save(Settings* settings) const;

    QSpinBox* retentionEdit() const { return m_retention; }
    QRadioButton* ownCallsButton() const { return m_ownCalls; }
    QRadioButton* allCallsButton() const { return m_allCalls; }

private:
    QSpinBox* m_retention;
    QRadioButton* m_ownCalls;
    QRadioButton* m_allCalls;
};
