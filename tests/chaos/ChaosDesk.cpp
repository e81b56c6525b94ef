// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosDesk.h"

#include "ChaosOffice.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxSync.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

QString StateDiff::describe() const
{
    return QStringLiteral("%1 differences, %2 lost, %3 duplicated calls:\n%4")
        .arg(differences)
        .arg(lost)
        .arg(duplicated)
        .arg(sample.join(QLatin1Char('\n')));
}

ChaosDesk::ChaosDesk(quint16 port, const QString& id, QObject* parent)
    : QObject(parent)
{
    m_config.id = id;
    m_config.displayName = id;
    m_config.connection.port = port;
    m_config.connection.username = ChaosOffice::user();
    m_config.connection.connectTimeoutMs = 5000;
    m_config.connection.reconnectMinMs = 1;
    m_config.connection.reconnectMaxMs = 5;
}

ChaosDesk::~ChaosDesk() = default;

void ChaosDesk::useTls(const QString& caCertificateFile)
{
    m_config.connection.tls = true;
    m_config.connection.caCertificateFile = caCertificateFile;
}

void ChaosDesk::setKeepalive(int pingIntervalMs, int pingTimeoutMs)
{
    m_config.connection.pingIntervalMs = pingIntervalMs;
    m_config.connection.pingTimeoutMs = pingTimeoutMs;
}

void ChaosDesk::start()
{
    m_server = std::make_unique<PbxServer>(m_config);
    m_server->setSecret(ChaosOffice::secret());
    m_server->start();
}

bool ChaosDesk::waitReady(int timeoutMs)
{
    return waitUntil(
        [this] { return m_server->client()->isLoggedIn() && m_server->sync()->isComplete(); }, timeoutMs);
}

bool ChaosDesk::barrier(int timeoutMs)
{
    AmiAction* ping = m_server->client()->send(AmiRequest("Ping"));
    bool finished = false;
    bool succeeded = false;
    connect(ping, &AmiAction::finished, this, [&](AmiAction* action) {
        finished = true;
        succeeded = action->succeeded();
    });
    return waitUntil([&] { return finished; }, timeoutMs) && succeeded;
}

std::unique_ptr<ChaosDesk> ChaosDesk::startFresh(quint16 port, const QString& id, const QString& tlsCaFile)
{
    auto fresh = std::make_unique<ChaosDesk>(port, id);
    if (!tlsCaFile.isEmpty())
        fresh->useTls(tlsCaFile);
    fresh->start();
    if (!fresh->waitReady() || !fresh->barrier())
        return nullptr;
    return fresh;
}

StateDiff ChaosDesk::compareWithFresh(quint16 port, const QString& tlsCaFile)
{
    const std::unique_ptr<ChaosDesk> fresh = startFresh(port, m_config.id, tlsCaFile);
    if (!fresh) {
        StateDiff failed;
        failed.differences = -1;
        failed.sample.append(QStringLiteral("the fresh client did not get ready"));
        return failed;
    }
    return compareStates(state(), fresh->state());
}

void quietClientLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("attendant.*.info=false\nattendant.*.warning=false"));
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // so that waiting for more events ends when the time is up
    wake.start(qMin(timeoutMs, 50));
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

namespace {
// Lines of a in b's absence, as a multiset.
QStringList missingFrom(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QStringList out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

int channelsHeldTwice(const PbxState& state)
{
    QSet<QString> names;
    int twice = 0;
    for (const Pbx::Channel& c : state.channels()) {
        if (names.contains(c.name))
            ++twice;
        names.insert(c.name);
    }
    return twice;
}

// The canonical dump, with a channel's hold as the board shows it (isHeldNow):
// no list reports Hold, so a fresh start knows it only from the held phone's
// device state, while a client that saw the Hold event knows the side too.
QStringList canonicalLines(const PbxState& state)
{
    static const QRegularExpression hold(QStringLiteral(" hold=\\S* heldBy=\\S*"));
    QStringList lines = state.dumpCanonical().split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (!line.startsWith(QLatin1String("chan ")))
            continue;
        const Pbx::Channel* c = state.channel(line.section(QLatin1Char(' '), 1, 1));
        line.replace(hold, c && state.isHeldNow(*c) ? QStringLiteral(" held") : QStringLiteral(" not-held"));
    }
    return lines;
}
} // namespace

StateDiff compareStates(const PbxState& seen, const PbxState& fresh)
{
    StateDiff diff;
    const QStringList a = canonicalLines(seen);
    const QStringList b = canonicalLines(fresh);
    const QStringList onlySeen = missingFrom(a, b);
    const QStringList onlyFresh = missingFrom(b, a);
    diff.differences = int(onlySeen.size() + onlyFresh.size());
    for (const QString& line : onlySeen.mid(0, 10))
        diff.sample.append(QLatin1String("client: ") + line);
    for (const QString& line : onlyFresh.mid(0, 10))
        diff.sample.append(QLatin1String("fresh:  ") + line);
    const QStringList seenIds = seen.callIds();
    const QStringList freshIds = fresh.callIds();
    const QSet<QString> seenCalls(seenIds.cbegin(), seenIds.cend());
    const QSet<QString> freshCalls(freshIds.cbegin(), freshIds.cend());
    diff.lost = int((freshCalls - seenCalls).size());
    diff.duplicated = int((seenCalls - freshCalls).size()) + channelsHeldTwice(seen);
    return diff;
}
