// SPDX-License-Identifier: GPL-3.0-or-later
// The AMI peer of bench/compare: a separate process that serves one client
// like Asterisk 22 (banner, any Challenge/Login answered with success), then
// writes the generated corpus as fast as the kernel takes it and waits for
// the client to close. Prints "PORT <n>" and "COUNTS <type>=<n> ..." on
// stdout before it accepts, so the runner knows where to connect and what
// every client must have counted. Loopback only.
#include "EventStreamGenerator.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace {

std::map<std::string, long> countTypes(const QByteArray& corpus)
{
    std::map<std::string, long> counts;
    const char* p = corpus.constData();
    const char* end = p + corpus.size();
    for (const char* event = p; event && event < end;) {
        if (std::strncmp(event, "Event: ", 7) == 0) {
            const char* name = event + 7;
            const char* eol = static_cast<const char*>(std::memchr(name, '\r', size_t(end - name)));
            ++counts[std::string(name, size_t(eol - name))];
        }
        const void* next = memmem(event, size_t(end - event), "\r\n\r\n", 4);
        event = next ? static_cast<const char*>(next) + 4 : nullptr;
    }
    return counts;
}

// Reads one action (up to the blank line); returns its ActionID and whether it was a Login.
bool readAction(int fd, std::string& pending, std::string& actionId, bool& isLogin)
{
    char buf[4096];
    size_t end;
    while ((end = pending.find("\r\n\r\n")) == std::string::npos) {
        const ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            return false;
        pending.append(buf, size_t(n));
    }
    std::string block = pending.substr(0, end + 2);
    pending.erase(0, end + 4);
    actionId.clear();
    isLogin = false;
    for (size_t pos = 0; pos < block.size();) {
        size_t eol = block.find("\r\n", pos);
        std::string line = block.substr(pos, eol - pos);
        pos = eol + 2;
        const size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string key = line.substr(0, colon);
        const size_t valueStart = line.find_first_not_of(' ', colon + 1);
        const std::string value = valueStart == std::string::npos ? std::string() : line.substr(valueStart);
        for (char& c : key)
            c = char(std::tolower(c));
        if (key == "actionid")
            actionId = value;
        if (key == "action" && (value == "Login" || value == "login" || value == "LOGIN"))
            isLogin = true;
    }
    return true;
}

bool writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    const long events = argc > 1 ? std::atol(argv[1]) : 1000000;
    EventStreamGenerator generator;
    QByteArray corpus;
    corpus.reserve(events * 420);
    generator.generate(events, corpus);
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (listener < 0 || bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || listen(listener, 1) != 0)
        return 2;
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    std::printf("PORT %d\nCOUNTS", int(ntohs(address.sin_port)));
    for (const auto& [type, count] : countTypes(corpus))
        std::printf(" %s=%ld", type.c_str(), count);
    std::printf("\nBYTES %lld\n", static_cast<long long>(corpus.size()));
    std::fflush(stdout);

    const int fd = accept(listener, nullptr, nullptr);
    if (fd < 0)
        return 3;
    const char banner[] = "Asterisk Call Manager/11.0.0\r\n";
    writeAll(fd, banner, sizeof banner - 1);
    std::string pending;
    std::string actionId;
    bool isLogin = false;
    while (!isLogin) {
        if (!readAction(fd, pending, actionId, isLogin))
            return 4;
        const std::string reply = isLogin
            ? "Response: Success\r\nActionID: " + actionId + "\r\nMessage: Authentication accepted\r\n\r\n"
            : "Response: Success\r\nActionID: " + actionId + "\r\nChallenge: 840415273\r\n\r\n";
        writeAll(fd, reply.data(), reply.size());
    }
    writeAll(fd, corpus.constData(), size_t(corpus.size()));
    shutdown(fd, SHUT_WR);
    // Until the client hangs up (whatever it still sends is ignored).
    char sink[4096];
    while (read(fd, sink, sizeof sink) > 0) { }
    close(fd);
    close(listener);
    return 0;
}
