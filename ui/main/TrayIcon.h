// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;
class QWidget;

// The tray icon: shows waiting voicemail and missed calls (badge and
// tooltip), announces calls for the operator, brings the window back.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QWidget* window, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    void setCounts(int voicemail, int missed);
    int voicemailCount() const { return m_voicemail; }
    int missedCount() const { return m_missed; }
    QString toolTip() const;
    void notify(const QString& title, const QString& message);

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();

private:
    void updateIcon();

    QWidget* m_window;
    QSystemTrayIcon* m_tray;
    QMenu* m_menu;
    int m_voicemail = 0;
    int m_missed = 0;
};
