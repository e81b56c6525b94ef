// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/PbxServer.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

// How a client's picture of the PBX differs from a fresh client's.
struct StateDiff
{
    // Lines of PbxState::dumpCanonical() in one and not the other (a channel's
    // hold compared as the board shows it, see compareStates).
    int differences = 0;
    int lost = 0; // calls the fresh client sees and this one does not
    int duplicated = 0; // calls only this one sees, and channels it holds twice
    QStringList sample; // the first differing lines, for the failure message

    bool isClean() const { return differences == 0 && lost == 0 && duplicated == 0; }
    QString describe() const;
};

// The client under test: the real PbxServer (AmiClient + PbxState + PbxSync
// and the stores) as the application builds it, logged in as the chaos
// office's panel account, with short keepalive and backoff so a hundred
// faults fit in seconds.
class ChaosDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChaosDesk)
public:
    static constexpr int WaitMs = 30000;

    explicit ChaosDesk(quint16 port, const QString& id = QStringLiteral("chaos"), QObject* parent = nullptr);
    ~ChaosDesk() override;

    // Before start(): AMI over TLS, trusting this CA (PEM) for 127.0.0.1.
    void useTls(const QString& caCertificateFile);
    // Before start(): Ping after this much silence, dead after that much more.
    void setKeepalive(int pingIntervalMs, int pingTimeoutMs);
    void start();

    PbxServer* server() const { return m_server.get(); }
    const PbxState& state() const { return *m_server->state(); }
    // Logged in and the resync finished (waits up to timeoutMs).
    bool waitReady(int timeoutMs = WaitMs);
    // Sends a Ping and waits for its answer: every byte the PBX sent before
    // it has been applied. False when the link went away meanwhile.
    bool barrier(int timeoutMs = WaitMs);

    // A fresh client of the PBX at port, logged in and synchronised; null if it did not get there.
    // With tlsCaFile: over TLS, trusting that CA (a PBX that speaks TLS itself).
    static std::unique_ptr<ChaosDesk> startFresh(
        quint16 port, const QString& id = QStringLiteral("chaos"), const QString& tlsCaFile = {});
    // A fresh client's view of the PBX at port, compared with this one.
    StateDiff compareWithFresh(quint16 port, const QString& tlsCaFile = {});

private:
    PbxServerConfig m_config;
    std::unique_ptr<PbxServer> m_server;
};

StateDiff compareStates(const PbxState& seen, const PbxState& fresh);

// Silences the client's own log lines (a login and a lost link per cycle, a
// thousand times), so the test's measurements stay readable in its output.
void quietClientLogs();

// Runs the event loop until condition() holds (true) or timeoutMs passed
// (false). Unlike QTest::qWaitFor it never sleeps between checks, so the
// sockets and the office's pump run at full speed meanwhile.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = ChaosDesk::WaitMs);
