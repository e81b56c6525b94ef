// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvailabilityDesk.h"

#include "core/directory/DirectoryModel.h"
#include "core/models/ExtensionModel.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSwitches.h"
#include "core/presence/AvailabilityControl.h"
#include "core/presence/ForwardingStore.h"
#include "core/settings/Profile.h"
#include "ui/main/MainWindow.h"
#include "ui/presence/AvailabilityActions.h"
#include "ui/presence/AvailabilityMenu.h"
#include "ui/presence/DayNightBar.h"
#include "ui/presence/OwnStatusButton.h"

#include <QMenu>
#include <QToolBar>

namespace {

// Enough to pick from; a directory bigger than this is searched in its own panel.
constexpr int MaximumPickEntries = 5000;

} // namespace

AvailabilityDesk::AvailabilityDesk(
    const Profile& profile, MainWindow* window, ExtensionModel* extensions, QObject* parent)
    : QObject(parent)
    , m_settings(profile.availability)
    , m_dndDevicePattern(profile.dndDevicePattern)
    , m_extensions(extensions)
    , m_actions(new AvailabilityActions(profile.availability, profile.operatorExtension, this))
    , m_menu(new AvailabilityMenu(m_actions, window, this))
    , m_dayNight(new DayNightBar(m_actions))
    , m_ownStatus(new OwnStatusButton(m_menu, extensions, profile.operatorExtension))
{
    connect(m_actions, &AvailabilityActions::messageShown, window, &MainWindow::showMessage);
    connect(window, &MainWindow::tileMenuAboutToShow, m_menu, &AvailabilityMenu::populate);
}

void AvailabilityDesk::addToolBar(MainWindow* window)
{
    QToolBar* bar = window->addToolBar(tr("Availability"));
    bar->setObjectName(QStringLiteral("availabilityToolBar"));
    bar->setAccessibleName(tr("Availability"));
    bar->addWidget(m_ownStatus);
    bar->addSeparator();
    bar->addWidget(m_dayNight);
}

void AvailabilityDesk::addServer(PbxServer* server)
{
    auto* store = new ForwardingStore(server->client(), server);
    store->setPreset(m_settings.preset(server->id(), m_dndDevicePattern));
    store->setPollIntervalMs(m_settings.pollSeconds * 1000);
    m_stores.insert(server->id(), store);
    auto* control = new AvailabilityControl(server->client(), store, server);
    auto* switches = new PbxSwitches(server->state(), server);
    m_extensions->setForwarding(server->state(), store);
    m_actions->addServer(server->id(), control, store, server->permissions());
    m_dayNight->addServer(server->id(), switches);
    connect(server->permissions(), &AmiPermissions::changed, m_dayNight, &DayNightBar::refresh);
}

void AvailabilityDesk::applySettings(const Profile& profile)
{
    m_settings = profile.availability;
    m_dndDevicePattern = profile.dndDevicePattern;
    m_actions->setSettings(m_settings);
    for (auto it = m_stores.cbegin(); it != m_stores.cend(); ++it) {
        if (!*it)
            continue;
        (*it)->setPreset(m_settings.preset(it.key(), m_dndDevicePattern));
        (*it)->setPollIntervalMs(m_settings.pollSeconds * 1000);
    }
    m_dayNight->refresh();
}

void AvailabilityDesk::setDirectory(std::function<DirectoryModel*()> directory)
{
    m_menu->setDirectory([directory] {
        QList<ForwardDialog::Entry> entries;
        const DirectoryModel* model = directory ? directory() : nullptr;
        if (!model)
            return entries;
        for (const Contact& contact : model->directoryIndex().contacts()) {
            for (const PhoneNumber& number : contact.numbers) {
                if (entries.size() < MaximumPickEntries)
                    entries.append({contact.name, number.number});
            }
        }
        return entries;
    });
}
