// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class MainWindow;
class PbxServer;

// The core models (extensions, calls, parked calls, queues) over every
// server's PbxState, handed to the window.
class ServerModels final : public QObject
{
    Q_OBJECT
public:
    explicit ServerModels(QObject* parent = nullptr);

    void addServer(PbxServer* server);
    void attach(MainWindow* window);
};
