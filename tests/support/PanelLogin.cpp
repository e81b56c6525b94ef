// SPDX-License-Identifier: GPL-3.0-or-later
#include "PanelLogin.h"

#include "FakeAmiServer.h"

#include "core/ami/AmiClient.h"

#include <QTest>

bool logInPanel(FakeAmiServer& server, AmiClient& client)
{
    if (server.port() == 0 && !server.listen()) {
        qWarning("the fake AMI server does not listen");
        return false;
    }
    AmiConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.username = QStringLiteral("panel");
    client.setSettings(s);
    client.setSecret(QStringLiteral("panelpass"));
    client.connectToServer();
    if (QTest::qWaitFor([&client] { return client.state() == AmiClient::State::LoggedIn; }, 10000))
        return true;
    qWarning("the panel did not log in");
    return false;
}
