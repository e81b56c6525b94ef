// SPDX-License-Identifier: GPL-3.0-or-later
// Attendant's side of bench/compare: counts every event of the corpus per
// type and says how long the stream took from the login on.
//   bench_compare_client drain|client|pbxstate PORT EVENTS
// drain: a plain socket and a string_view scan (the ceiling: what any client
// must at least do); client: AmiClient; pbxstate: AmiClient + PbxState::apply.
// Prints "EVENTS <n> SECONDS <s> TYPES <type>=<n> ...".
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// Per-type counts: a handful of types, so a short list beats a hash.
class TypeCounts
{
public:
    void add(std::string_view type)
    {
        ++m_total;
        for (auto& [name, count] : m_counts) {
            if (name == type) {
                ++count;
                return;
            }
        }
        m_counts.emplace_back(std::string(type), 1);
    }
    long total() const { return m_total; }
    void print(double seconds) const
    {
        std::printf("EVENTS %ld SECONDS %.6f TYPES", m_total, seconds);
        for (const auto& [name, count] : m_counts)
            std::printf(" %s=%ld", name.c_str(), count);
        std::printf("\n");
    }

private:
    std::vector<std::pair<std::string, long>> m_counts;
    long m_total = 0;
};

int drain(int port, long expected)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        return 2;
    const char login[] = "Action: Login\r\nActionID: 1\r\nUsername: bench\r\nSecret: bench\r\n\r\n";
    if (write(fd, login, sizeof login - 1) < 0)
        return 2;
    std::vector<char> buffer(1 << 20);
    std::string carry; // an unfinished message from the previous read
    TypeCounts counts;
    QElapsedTimer timer;
    bool loggedIn = false;
    while (counts.total() < expected) {
        const ssize_t n = read(fd, buffer.data(), buffer.size());
        if (n <= 0)
            break;
        carry.append(buffer.data(), size_t(n));
        std::string_view rest(carry);
        size_t end;
        while ((end = rest.find("\r\n\r\n")) != std::string_view::npos) {
            const std::string_view message = rest.substr(0, end);
            rest.remove_prefix(end + 4);
            if (!loggedIn) {
                loggedIn = true; // banner line + the Login reply
                timer.start();
                continue;
            }
            if (message.substr(0, 7) == "Event: ")
                counts.add(message.substr(7, message.find('\r') - 7));
        }
        carry.erase(0, carry.size() - rest.size());
    }
    counts.print(double(timer.nsecsElapsed()) / 1e9);
    close(fd);
    return counts.total() == expected ? 0 : 1;
}

int amiClient(int argc, char** argv, bool withState)
{
    QCoreApplication app(argc, argv);
    const long expected = std::atol(argv[3]);
    AmiConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = quint16(std::atoi(argv[2]));
    settings.username = QStringLiteral("bench");
    settings.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    settings.reconnectMinMs = settings.reconnectMaxMs = 3600 * 1000; // one session only
    AmiClient client;
    client.setSettings(settings);
    client.setSecret(QStringLiteral("bench"));
    PbxState state(QStringLiteral("bench"));
    TypeCounts counts;
    QElapsedTimer timer;
    QObject::connect(&client, &AmiClient::loggedIn, &app, [&timer] { timer.start(); });
    QObject::connect(&client, &AmiClient::eventReceived, &app, [&](const AmiMessage& event) {
        const QByteArrayView name = event.eventName();
        counts.add(std::string_view(name.data(), size_t(name.size())));
        if (withState)
            state.apply(event);
        if (counts.total() == expected)
            app.exit(0);
    });
    QObject::connect(&client, &AmiClient::stateChanged, &app, [&app](AmiClient::State s) {
        if (s == AmiClient::State::Backoff || s == AmiClient::State::Disconnected)
            app.exit(1);
    });
    client.connectToServer();
    const int rc = app.exec();
    counts.print(double(timer.nsecsElapsed()) / 1e9);
    return counts.total() == expected ? rc : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s drain|client|pbxstate PORT EVENTS\n", argv[0]);
        return 64;
    }
    const std::string mode = argv[1];
    if (mode == "drain")
        return drain(std::atoi(argv[2]), std::atol(argv[3]));
    return amiClient(argc, argv, mode == "pbxstate");
}
