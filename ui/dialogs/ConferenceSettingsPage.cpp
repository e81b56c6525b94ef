// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ConferenceSettingsPage.h"

#include "core/conference/ConferenceRooms.h"
#include "ui/conference/ConferenceText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ConferenceSettingsPage::ConferenceSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_server(new QComboBox(this))
    , m_rooms(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    buildLayout();
    connect(m_server, &QComboBox::currentIndexChanged, this, &ConferenceSettingsPage::handleServerChanged);
    connect(m_rooms, &QLineEdit::textChanged, this, &ConferenceSettingsPage::checkRooms);
    checkRooms();
}

ConferenceSettingsPage::~ConferenceSettingsPage() = default;

void ConferenceSettingsPage::buildLayout()
{
    m_server->setAccessibleName(tr("Server"));
    m_rooms->setAccessibleName(tr("Rooms for three-way calls"));
    m_rooms->setPlaceholderText(tr("for example 8510-8519, 8600"));
    m_rooms->setToolTip(tr("Room extensions separated by commas; a range such as 8510-8519 counts up"));
    m_status->setAccessibleName(tr("Rooms check"));
    m_status->setWordWrap(true);
    auto* about = new QLabel(tr("A free extension dropped on a call (or added to it from the call's menu) "
                                "makes a three-way call: the call moves into the first of these rooms "
                                "nobody is in, then the extension's phone is rung into it. Each must be a "
                                "ConfBridge room in the dialplan context of your phone (see the "
                                "administrator's guide)."),
        this);
    about->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Rooms for three-way calls:"), m_rooms);
    form->addRow(QString(), m_status);
    form->addRow(QString(), about);
}

void ConferenceSettingsPage::setProfile(const Profile& profile)
{
    m_edited.clear();
    m_shown.clear();
    setServers(profile.servers);
}

void ConferenceSettingsPage::setServers(const QList<ServerConfig>& servers)
{
    if (!m_shown.isEmpty())
        m_edited.insert(m_shown, m_rooms->text());
    const QString keep = m_shown;
    const QSignalBlocker block(m_server);
    m_server->clear();
    for (const ServerConfig& s : servers) {
        m_server->addItem(s.displayName.isEmpty() ? s.id : s.displayName, s.id);
        if (!m_edited.contains(s.id))
            m_edited.insert(s.id, s.conferenceRooms);
    }
    const int at = m_server->findData(keep);
    m_server->setCurrentIndex(at >= 0 ? at : 0);
    m_shown.clear();
    handleServerChanged();
}

void ConferenceSettingsPage::showServer(const QString& serverId)
{
    m_server->setCurrentIndex(m_server->findData(serverId));
}

void ConferenceSettingsPage::handleServerChanged()
{
    if (!m_shown.isEmpty())
        m_edited.insert(m_shown, m_rooms->text());
    m_shown = m_server->currentData().toString();
    setEnabled(m_server->count() > 0);
    m_rooms->setText(m_edited.value(m_shown));
    checkRooms();
}

void ConferenceSettingsPage::applyTo(Profile& profile) const
{
    QHash<QString, QString> edited = m_edited;
    if (!m_shown.isEmpty())
        edited.insert(m_shown, m_rooms->text());
    for (ServerConfig& s : profile.servers) {
        if (const auto it = edited.constFind(s.id); it != edited.cend())
            s.conferenceRooms = it->trimmed();
    }
}

void ConferenceSettingsPage::checkRooms()
{
    const QString text = m_rooms->text();
    const ConferenceRooms::Check c = ConferenceRooms::check(text);
    m_status->setText(ConferenceText::roomsCheck(c, ConferenceRooms::parse(text)));
}
