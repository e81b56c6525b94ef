// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ExtensionModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSwitches.h"
#include "core/presence/AvailabilityControl.h"
#include "core/presence/ForwardingStore.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"
#include "ui/presence/AvailabilityActions.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// The desk's availability parts wired as Application wires them (AvailabilityDesk),
// against a demo PBX with no live traffic: what the tests set is all that changes.
class PresenceFixture
{
public:
    explicit PresenceFixture(const AvailabilitySettings& settings = {})
    {
        pbx = std::make_unique<DemoPbx>();
        pbx->setEventRate(0);
        m_settings = settings;
    }

    // Starts the PBX, lets `seed` change its world (what phones set before the
    // desk starts), and logs in; true once the board and the forwards are read.
    bool start(const std::function<void(DemoWorld&)>& seed = {})
    {
        if (!pbx->start())
            return false;
        if (seed)
            seed(*pbx->world());
        PbxServerConfig config;
        config.id = QStringLiteral("demo");
        config.connection.host = QStringLiteral("127.0.0.1");
        config.connection.port = pbx->serverPort();
        config.connection.username = QStringLiteral("demo");
        config.connection.authMode = AmiConnectionSettings::AuthMode::Plaintext;
        server = std::make_unique<PbxServer>(config);
        server->setSecret(QStringLiteral("demo"));
        store = new ForwardingStore(server->client(), server.get());
        store->setPreset(m_settings.preset(config.id, QStringLiteral("Custom:DND%1")));
        control = new AvailabilityControl(server->client(), store, server.get());
        switches = new PbxSwitches(server->state(), server.get());
        model = std::make_unique<ExtensionModel>();
        model->addServer(server->state());
        model->setForwarding(server->state(), store);
        actions = std::make_unique<AvailabilityActions>(m_settings, QStringLiteral("1000"));
        // No account rights here: what the account may do is AvailabilityRules' (TestAvailabilityRules);
        // these tests are about the desk's settings and what reaches the PBX.
        actions->addServer(config.id, control, store, nullptr);
        server->start();
        return QTest::qWaitFor(
            [this] { return tile(QStringLiteral("1002")).isValid() && store->isLoaded(); }, 10000);
    }

    QModelIndex tile(const QString& number) const
    {
        if (!model || model->rowCount() == 0)
            return {};
        const QModelIndexList hits
            = model->match(model->index(0, 0), ExtensionRoles::Number, number, 1, Qt::MatchExactly);
        return hits.isEmpty() ? QModelIndex() : hits.first();
    }

    // Runs `act` on the next modal dialog of type T once it is shown (the
    // dialogs and confirmations run their own event loop).
    template <class T>
    static void whenShown(std::function<void(T*)> act)
    {
        auto* poll = new QTimer;
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                act(dialog);
            }
        });
        poll->start();
    }

    std::unique_ptr<DemoPbx> pbx;
    std::unique_ptr<PbxServer> server;
    ForwardingStore* store = nullptr;
    AvailabilityControl* control = nullptr;
    PbxSwitches* switches = nullptr;
    std::unique_ptr<ExtensionModel> model;
    std::unique_ptr<AvailabilityActions> actions;

private:
    AvailabilitySettings m_settings;
};
