// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Clock;
class ClockTimer;
class QLabel;
class QToolButton;

// The status bar's sentence about the last request. Information goes away
// after a few seconds; an error says when it happened ("10:42 Could not …"),
// has a Dismiss button and goes away on its own after a minute, so an old
// error never looks like news.
class StatusMessage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 InfoShownMs = 8000;
    static constexpr qint64 ErrorShownMs = 60000;

    explicit StatusMessage(QWidget* parent = nullptr, Clock* clock = nullptr);

    void showMessage(const QString& text, bool error);
    void dismiss();
    QString text() const;
    bool isError() const { return m_error; }
    QToolButton* dismissButton() const { return m_dismiss; }

private:
    Clock* m_clock;
    ClockTimer* m_expiry;
    QLabel* m_label;
    QToolButton* m_dismiss;
    bool m_error = false;
};
