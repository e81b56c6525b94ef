// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CertificatePinsPage.h"

#include "core/common/CertificateInfo.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ServerKind = 0;
constexpr int DirectoryKind = 1;

} // namespace

CertificatePinsPage::CertificatePinsPage(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Certificates you trusted although this computer does not (for example a PBX's "
                        "self-signed certificate). Each is trusted by its SHA-256 fingerprint only. "
                        "Revoke one to be asked again at the next connection."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("certificatePins"));
    m_list->setAccessibleName(tr("Trusted certificates"));
    m_list->setHeaderLabels({tr("Server"), tr("SHA-256 fingerprint")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    m_revoke->setToolTip(tr("Stop trusting the selected certificate"));
    row->addWidget(m_revoke);
    layout->addLayout(row);
    connect(m_revoke, &QPushButton::clicked, this, &CertificatePinsPage::revokeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CertificatePinsPage::updateButtons);
    updateButtons();
}

void CertificatePinsPage::setProfile(const Profile& profile)
{
    m_list->clear();
    m_revokedServers.clear();
    m_revokedSources.clear();
    const auto add = [this](const QString& where, const QByteArray& pin, int kind, const QString& id) {
        auto* item = new QTreeWidgetItem(
            m_list, {where, CertificateInfo::formatFingerprint(CertificateInfo::normalisedPin(pin))});
        item->setData(0, KindRole, kind);
        item->setData(0, IdRole, id);
    };
    for (const ServerConfig& s : profile.servers) {
        if (!s.pinnedCertificateSha256.isEmpty())
            add(tr("PBX %1").arg(s.label()), s.pinnedCertificateSha256, ServerKind, s.id);
    }
    for (const DirectorySourceConfig& d : profile.directorySources) {
        if (d.kind == DirectorySourceConfig::Kind::Ldap && !d.ldap.pinnedCertificateSha256.isEmpty())
            add(tr("Directory %1").arg(d.ldap.url), d.ldap.pinnedCertificateSha256, DirectoryKind, d.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void CertificatePinsPage::applyTo(Profile& profile) const
{
    for (ServerConfig& s : profile.servers) {
        if (m_revokedServers.contains(s.id))
            s.pinnedCertificateSha256.clear();
    }
    for (DirectorySourceConfig& d : profile.directorySources) {
        if (m_revokedSources.contains(d.id))
            d.ldap.pinnedCertificateSha256.clear();
    }
}

void CertificatePinsPage::revokeSelected()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    if (item->data(0, KindRole).toInt() == ServerKind)
        m_revokedServers.append(id);
    else
        m_revokedSources.append(id);
    delete item;
    updateButtons();
}

void CertificatePinsPage::updateButtons()
{
    m_revoke->setEnabled(m_list->currentItem() != nullptr);
}
