// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

// The call ringing on the operator's own phone, large, above the board:
// who calls and through which queue or number. Screen readers are told with
// an alert on the banner, named after the caller.
class IncomingCallBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit IncomingCallBanner(QWidget* parent = nullptr);

    void showCall(const QString& key, const QString& number, const QString& name, const QString& via);
    // Hides the banner when it shows this call.
    void clearCall(const QString& key);
    QString currentKey() const { return m_key; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    void announce();

    QLabel* m_icon;
    QLabel* m_who;
    QLabel* m_via;
    QString m_key;
};
