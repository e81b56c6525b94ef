// SPDX-License-Identifier: GPL-3.0-or-later
// A full resync over loopback: connect, log in, and read 5,000 hints,
// 5,000 device states, 500 channels (250 bridged calls), the queue and the
// mailboxes through the real AmiClient and PbxSync, until Ready.
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/pbx/PbxSync.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

constexpr int Hints = 5000;
constexpr int Channels = 500;

// Items in Asterisk 22's framing (see tests/data/ami/22.10.1/02-*.txt).
QByteArray listReply(const QByteArray& action, const QByteArray& id)
{
    const QByteArray idLine = "ActionID: " + id + "\r\n";
    QByteArray out
        = "Response: Success\r\n" + idLine + "EventList: start\r\nMessage: list will follow\r\n\r\n";
    int items = 0;
    if (action == "ExtensionStateList") {
        for (int i = 0; i < Hints; ++i, ++items) {
            const QByteArray n = QByteArray::number(10000 + i);
            out += "Event: ExtensionStatus\r\n" + idLine + "Exten: " + n
                + "\r\nContext: phones\r\nHint: PJSIP/" + n + "\r\nStatus: 0\r\nStatusText: Idle\r\n\r\n";
        }
    } else if (action == "DeviceStateList") {
        for (int i = 0; i < Hints; ++i, ++items) {
            out += "Event: DeviceStateChange\r\n" + idLine + "Device: PJSIP/" + QByteArray::number(10000 + i)
                + "\r\nState: NOT_INUSE\r\n\r\n";
        }
    } else if (action == "CoreShowChannels") {
        for (int i = 0; i < Channels; ++i, ++items) {
            const QByteArray n = QByteArray::number(10000 + 2 * (i / 2) + i % 2);
            const QByteArray uid = "1800000000." + QByteArray::number(i);
            const QByteArray linked = "1800000000." + QByteArray::number(i - i % 2);
            out += "Event: CoreShowChannel\r\n" + idLine + "Channel: PJSIP/" + n + "-"
                + QByteArray::number(i, 16) + "\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: "
                + n + "\r\nCallerIDName: User " + n
                + "\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: en\r\n"
                + "AccountCode: \r\nContext: phones\r\nExten: s\r\nPriority: 1\r\nUniqueid: " + uid
                + "\r\nLinkedid: " + linked + "\r\nApplication: Dial\r\nApplicationData: \r\n"
                + "Duration: 00:01:05\r\nBridgeId: bridge-" + QByteArray::number(i / 2) + "\r\n\r\n";
        }
    }
    out += "Event: " + action + "Complete\r\n" + idLine
        + "EventList: Complete\r\nListItems: " + QByteArray::number(items) + "\r\n\r\n";
    return out;
}

class LoopbackPbx final : public QObject
{
public:
    LoopbackPbx()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* s = m_server.nextPendingConnection();
            s->write("Asterisk Call Manager/11.0.0\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                const QByteArray data = s->readAll();
                qsizetype pos = 0;
                qsizetype end;
                while ((end = data.indexOf("\r\n\r\n", pos)) >= 0) {
                    const QByteArray block = data.mid(pos, end - pos);
                    pos = end + 4;
                    QByteArray action;
                    QByteArray id;
                    for (const QByteArray& line : block.split('\n')) {
                        if (line.startsWith("Action: "))
                            action = line.mid(8).trimmed();
                        else if (line.startsWith("ActionID: "))
                            id = line.mid(10).trimmed();
                    }
                    if (action == "Login")
                        s->write("Response: Success\r\nActionID: " + id
                            + "\r\nMessage: Authentication accepted\r\n\r\n");
                    else if (action == "Logoff")
                        s->write("Response: Goodbye\r\nActionID: " + id
                            + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                    else
                        s->write(listReply(action, id));
                }
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

void BM_ResyncOverLoopback(benchmark::State& bs)
{
    LoopbackPbx pbx;
    PbxServerConfig config;
    config.id = QStringLiteral("bench");
    config.connection.host = QStringLiteral("127.0.0.1");
    config.connection.port = pbx.port();
    config.connection.username = QStringLiteral("bench");
    config.connection.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    for (auto _ : bs) {
        PbxServer server(config);
        server.setSecret(QStringLiteral("bench"));
        QEventLoop loop;
        QObject::connect(server.sync(), &PbxSync::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        server.start();
        loop.exec();
        if (server.status()->state() != PbxServerStatus::State::Ready
            || server.state()->extensions().size() != Hints
            || server.state()->channels().size() != Channels) {
            bs.SkipWithError("resync incomplete");
            break;
        }
        bs.PauseTiming();
        server.stop();
        bs.ResumeTiming();
    }
}
BENCHMARK(BM_ResyncOverLoopback)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
