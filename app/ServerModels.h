// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class CallModel;
class ExtensionModel;
class MainWindow;
class ParkedCallModel;
class PbxServer;
class QueueModel;

// The core models (extensions, calls, parked calls, queues) over every
// server's PbxState, handed to the window.
class ServerModels final : public QObject
{
    Q_OBJECT
public:
    explicit ServerModels(QObject* parent = nullptr);

    void addServer(PbxServer* server);
    void attach(MainWindow* window);

    ExtensionModel* extensions() const { return m_extensions; }
    CallModel* calls() const { return m_calls; }

private:
    ExtensionModel* m_extensions;
    CallModel* m_calls;
    ParkedCallModel* m_parked;
    QueueModel* m_queues;
};
