// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoScenario.h"

#include "core/common/Clock.h"
#include "demo/DemoAstDb.h"
#include "demo/DemoCalls.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoPresence.h"
#include "demo/DemoWorld.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

struct Caller
{
    const char16_t* name;
    const char16_t* number;
};

// Outside callers, some of them companies, some with accents.
constexpr Caller OutsideCallers[] = {
    {u"ACME Corp", u"+15551234567"},
    {u"Müller GmbH", u"+4930123456"},
    {u"Café Lumière", u"+33142000000"},
    {u"Jiří Novák", u"+420222333444"},
    {u"Globex", u"+15557654321"},
    {u"Señora Ruiz", u"+34911222333"},
    {u"Nordic Ships AB", u"+46812345678"},
    {u"Unknown", u"+447700900123"},
    {u"Ōsaka Trading", u"+81663334444"},
};

} // namespace

DemoScenario::DemoScenario(DemoWorld* world, DemoCalls* calls, DemoFeatures* features, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_calls(calls)
    , m_features(features)
    , m_timer(world->clock()->createTimer(this))
{
    connect(m_timer, &ClockTimer::timeout, this, &DemoScenario::handleTick);
    connect(m_calls, &DemoCalls::callRinging, this, &DemoScenario::handleRinging);
    connect(m_calls, &DemoCalls::callAnswered, this, &DemoScenario::handleAnswered);
    connect(m_calls, &DemoCalls::callEnded, this, [this](const QString& id) { m_pending.remove(id); });
}

void DemoScenario::setEventRate(double eventsPerSecond)
{
    m_rate = qMax(0.0, eventsPerSecond);
    m_budget = 0;
    if (m_rate > 0 && !m_timer->isActive() && !isPaused()) {
        m_timer->setSingleShot(false);
        m_timer->start(TickMs);
    } else if (m_rate <= 0) {
        m_timer->stop();
        m_pending.clear();
    }
}

void DemoScenario::setPaused(bool paused)
{
    if (paused == isPaused())
        return;
    const qint64 now = m_world->nowMs();
    if (paused) {
        m_pausedAtMs = now;
        m_timer->stop();
        return;
    }
    const qint64 lasted = now - m_pausedAtMs;
    m_pausedAtMs = -1;
    for (Pending& p : m_pending)
        p.dueMs += lasted;
    for (QueueWait& w : m_queueDue)
        w.dueMs += lasted;
    if (m_rate > 0) {
        m_timer->setSingleShot(false);
        m_timer->start(TickMs);
    }
}

qint64 DemoScenario::between(qint64 lowMs, qint64 highMs)
{
    return lowMs + qint64(m_world->random().bounded(quint32(qMax<qint64>(1, highMs - lowMs))));
}

QString DemoScenario::idleExtension(const QString& except)
{
    const QStringList& all = m_world->extensionNumbers();
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString& n = all.at(m_world->random().bounded(int(all.size())));
        const DemoExtension* e = m_world->extension(n);
        if (n != except && e->state == DemoDeviceState::NotInUse && !e->dnd
            && m_world->channelsOf(n).isEmpty())
            return n;
    }
    return {};
}

void DemoScenario::seedActivity()
{
    // A few people are away with a message and a return time in the subtype, as Attendant
    // writes it (one of them overdue), and the one on holiday forwards to a mobile (FreePBX CF).
    const QStringList& all = m_world->extensionNumbers();
    auto backIn = [this](int minutes) {
        return QDateTime::fromMSecsSinceEpoch(m_world->nowMs() + qint64(minutes) * 60000, QTimeZone::utc())
            .toString(Qt::ISODate);
    };
    const std::pair<int, QString> away[] = {{5, QStringLiteral("away,%1,Out to lunch").arg(backIn(40))},
        {11, QStringLiteral("xa,,On holiday until Monday")},
        {8, QStringLiteral("dnd,%1,In a meeting").arg(backIn(25))},
        {14, QStringLiteral("away,%1,At the dentist").arg(backIn(-10))}, {2, QStringLiteral("available,,")}};
    for (const auto& [index, value] : away) {
        if (index < all.size())
            DemoPresence::setPresence(*m_world, QStringLiteral("CustomPresence:") + all.at(index), value);
    }
    if (all.size() > 11)
        DemoAstDb::put(*m_world, QStringLiteral("CF"), all.at(11), QStringLiteral("0612345678"));
    for (int i = 0; i < 2; ++i) {
        const Caller& c = OutsideCallers[m_world->random().bounded(int(std::size(OutsideCallers)))];
        m_calls->dialFromTrunk(QString::fromUtf16(c.number), QString::fromUtf16(c.name),
            QLatin1String(DemoWorld::QueueExtension));
    }
    seedHeldCallAndMessage();
    const QString id = m_calls->dialFromTrunk(QStringLiteral("+15551234567"), QStringLiteral("ACME Corp"),
        QLatin1String(DemoWorld::OperatorExtension));
    if (m_calls->answer(id)) {
        if (DemoCall* call = m_calls->call(id)) {
            if (DemoChannel* trunk = m_world->channel(call->caller))
                m_features->park(trunk->name, QString(), 300000);
        }
    }
}

void DemoScenario::handleRinging(const QString& callId)
{
    if (m_rate <= 0)
        return;
    const DemoCall* call = m_calls->call(callId);
    const DemoExtension* target = call ? m_world->extension(call->target) : nullptr;
    // One call in five (one in fifty in load mode, to spare the disk) is not answered and
    // reaches voicemail after the dial timeout;
    // a phone in DND never answers.
    // A queue call is always answered (the queue's own timeout is not simulated).
    // The operator's phone always answers (a call picked up with F8 or F9 reaches the operator).
    const bool queued = call && call->queued;
    const bool operatorPhone = target && target->number == QLatin1String(DemoWorld::OperatorExtension);
    if (!target || target->dnd
        || (!queued && !operatorPhone && m_world->random().bounded(m_shortCalls ? 50 : 5) == 0))
        return;
    m_pending.insert(
        callId, {Next::Answer, m_world->nowMs() + (m_shortCalls ? between(300, 2000) : between(2000, 9000))});
}

void DemoScenario::handleAnswered(const QString& callId)
{
    if (m_rate <= 0)
        return;
    const int dice = m_world->random().bounded(10);
    const Next next = dice == 0 ? Next::Hold : dice == 1 ? Next::Park : Next::Hangup;
    const qint64 talk = m_shortCalls ? between(500, 4000) : between(4000, 45000);
    m_pending.insert(callId, {next, m_world->nowMs() + talk});
}

void DemoScenario::startCall()
{
    const int dice = m_world->random().bounded(10);
    if (dice < 3) {
        const Caller& c = OutsideCallers[m_world->random().bounded(int(std::size(OutsideCallers)))];
        const QString to = dice < 2 ? QLatin1String(DemoWorld::QueueExtension) : idleExtension();
        if (!to.isEmpty())
            m_calls->dialFromTrunk(QString::fromUtf16(c.number), QString::fromUtf16(c.name), to);
        return;
    }
    const QString from = idleExtension();
    const QString to = idleExtension(from);
    if (!from.isEmpty() && !to.isEmpty())
        m_calls->dial(from, to);
}

void DemoScenario::seedHeldCallAndMessage()
{
    // A call on hold and a caller leaving a message, so every kind of call is on the board from the start.
    const QStringList& all = m_world->extensionNumbers();
    if (all.size() < 15)
        return;
    const QString held = m_calls->dial(all.at(6), all.at(9));
    if (m_calls->answer(held) && m_calls->hold(held))
        m_pending.insert(held, {Next::Unhold, m_world->nowMs() + 60000});
    m_calls->dialFromTrunk(
        QStringLiteral("+33142000000"), QStringLiteral("Café Lumière"), QLatin1Char('*') + all.at(14));
}

void DemoScenario::togglePresence()
{
    // Someone goes to lunch, or comes back.
    const QStringList& all = m_world->extensionNumbers();
    const QString n = all.at(m_world->random().bounded(int(all.size())));
    const bool away = m_world->presence().value(n).state == QLatin1String("away");
    DemoPresence::setPresence(*m_world, QStringLiteral("CustomPresence:") + n,
        away ? QStringLiteral("available,,") : QStringLiteral("away,lunch,Out to lunch"));
}

void DemoScenario::stepQueue(qint64 now)
{
    // The queue: each caller waits a seeded 10-60 s before a member rings (or gives up
    // after that long, one in six), so the Waiting list usually holds a few callers.
    const QStringList waiting = m_world->queueCallers();
    for (const QString& id : waiting) {
        if (!m_queueDue.contains(id)) {
            const bool patient = m_world->random().bounded(6) != 0;
            m_queueDue.insert(id, {now + between(10000, 60000), !patient});
        }
    }
    for (auto it = m_queueDue.begin(); it != m_queueDue.end();) {
        if (!waiting.contains(it.key()))
            it = m_queueDue.erase(it);
        else
            ++it;
    }
    for (const QString& id : waiting) {
        const QueueWait plan = m_queueDue.value(id);
        if (plan.dueMs > now)
            continue;
        if (plan.abandons) {
            m_features->abandonQueueCaller(id);
        } else {
            const DemoCall* call = m_calls->call(id);
            if (call && call->callee.isEmpty())
                m_features->connectQueueCaller();
        }
        break; // first in, first served: one step a tick
    }
}

void DemoScenario::handleTick()
{
    const qint64 now = m_world->nowMs();

    // Due steps of calls already going on.
    const QStringList ids = m_pending.keys();
    for (const QString& id : ids) {
        const auto it = m_pending.constFind(id);
        if (it == m_pending.constEnd() || it->dueMs > now)
            continue;
        const Next next = it->next;
        m_pending.remove(id);
        switch (next) {
        case Next::Answer:
            m_calls->answer(id);
            break;
        case Next::Hold:
            if (m_calls->hold(id))
                m_pending.insert(id, {Next::Unhold, now + between(2000, 8000)});
            break;
        case Next::Unhold:
            m_calls->unhold(id);
            m_pending.insert(id, {Next::Hangup, now + between(2000, 20000)});
            break;
        case Next::Park:
            if (const DemoCall* call = m_calls->call(id)) {
                // A queue agent parks the caller (an outside party cannot park the agent).
                if (const DemoChannel* parkee = m_world->channel(call->queued ? call->caller : call->callee))
                    m_features->park(parkee->name, QString(), between(20000, 90000));
            }
            break;
        case Next::Hangup:
            m_calls->hangup(
                id, m_world->random().bounded(2) ? DemoCalls::Side::Caller : DemoCalls::Side::Callee);
            break;
        }
    }

    stepQueue(now);
    if (m_world->random().bounded(900) == 0)
        togglePresence();
    if (m_world->random().bounded(600) == 0) {
        const QStringList& all = m_world->extensionNumbers();
        const QString n = all.at(m_world->random().bounded(int(all.size())));
        if (const DemoExtension* e = m_world->extension(n); e && e->hasDndDevice)
            m_features->setDnd(n, !e->dnd);
    }

    // A call costs about EventsPerCall events over its life, so starting rate/EventsPerCall
    // calls a second gives the asked event rate (bounded by the office size).
    m_budget = qMin(m_budget + m_rate / EventsPerCall * TickMs / 1000.0, 64.0);
    const int maxCalls = qMax(1, int(m_world->extensionNumbers().size()) / 3);
    while (m_budget >= 1.0) {
        m_budget -= 1.0;
        if (m_calls->callIds().size() < maxCalls)
            startCall();
    }
}
