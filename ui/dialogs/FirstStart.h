// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDialog;
class QPushButton;

// The first start, before any profile exists: the welcome above the settings
// (what Attendant needs, where the secret comes from and goes, and a button
// that opens the built-in demo office instead), and what happens when the
// user cancels, said in words instead of a silent exit.
class FirstStart final : public QWidget
{
    Q_OBJECT
public:
    // The welcome dialog's result when the user chose the demo office.
    static constexpr int DemoRequested = 2;
    enum class Choice
    {
        SetUp, // back to the settings
        Demo, // the demo office
        Quit,
    };
    Q_ENUM(Choice)

    // The welcome, placed at the top of `dialog`; its demo button ends the dialog with DemoRequested.
    explicit FirstStart(QDialog* dialog);
    QPushButton* demoButton() const { return m_demo; }

    // Asked after Cancel or Esc in the welcome dialog.
    static Choice askAfterCancel(QWidget* parent = nullptr);

private:
    QPushButton* m_demo;
};
