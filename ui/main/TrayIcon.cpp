// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
{
    m_menu->addAction(tr("Show Attendant"), this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    updateIcon();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setCounts(int voicemail, int missed)
{
    if (voicemail == m_voicemail && missed == m_missed)
        return;
    m_voicemail = voicemail;
    m_missed = missed;
    updateIcon();
}

QString TrayIcon::toolTip() const
{
    QStringList lines {tr("Attendant")};
    if (m_voicemail > 0)
        lines << tr("%n new voicemail(s)", nullptr, m_voicemail);
    if (m_missed > 0)
        lines << tr("%n missed call(s)", nullptr, m_missed);
    return lines.join(u'\n');
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}

void TrayIcon::updateIcon()
{
    const QIcon base = QApplication::windowIcon();
    const int size = 64;
    QPixmap pm = base.isNull() ? QPixmap(size, size) : base.pixmap(size, size);
    if (base.isNull())
        pm.fill(QColor(0x2a, 0x6f, 0xdb));
    const int badge = m_voicemail + m_missed;
    if (badge > 0) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xd0, 0x21, 0x2f));
        p.setPen(Qt::NoPen);
        const QRectF r(size * 0.45, 0, size * 0.55, size * 0.55);
        p.drawEllipse(r);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(size * 0.34));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, badge > 99 ? QStringLiteral("99+") : QString::number(badge));
    }
    m_tray->setIcon(QIcon(pm));
    m_tray->setToolTip(toolTip());
}
