// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/presence/ForwardingStore.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiMessage.h"
#include "core/ami/AmiRequest.h"

#include <QTimer>

#include <algorithm>

ForwardingStore::ForwardingStore(AmiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(DefaultPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ForwardingStore::refresh);
    if (!client)
        return;
    connect(client, &AmiClient::stateChanged, this, &ForwardingStore::handleClientState);
    connect(client, &AmiClient::eventReceived, this, &ForwardingStore::handleEvent);
}

ForwardingStore::~ForwardingStore() = default;

void ForwardingStore::setPreset(const AvailabilityPreset& preset)
{
    if (preset == m_preset)
        return;
    m_preset = preset;
    if (m_client && m_client->state() == AmiClient::State::LoggedIn)
        refresh();
}

void ForwardingStore::setPollIntervalMs(int ms)
{
    m_poll->setInterval(qMax(0, ms));
    if (ms <= 0)
        m_poll->stop();
    else if (m_client && m_client->state() == AmiClient::State::LoggedIn)
        m_poll->start();
}

QStringList ForwardingStore::extensions() const
{
    QStringList out = m_entries.keys();
    std::sort(out.begin(), out.end());
    return out;
}

void ForwardingStore::handleClientState(AmiClient::State state)
{
    if (state == AmiClient::State::LoggedIn) {
        refresh();
        if (m_poll->interval() > 0)
            m_poll->start();
    } else {
        m_poll->stop();
        m_loaded = false;
    }
}

void ForwardingStore::handleEvent(const AmiMessage& event)
{
    if (event.eventName().compare("UserEvent", Qt::CaseInsensitive) != 0
        || event.rawValue("UserEvent") != QByteArrayView(ChangeEvent))
        return;
    const QString family = event.value("Family");
    if (m_preset.families().contains(family) && !event.value("Key").isEmpty())
        refreshKey(family, event.value("Key"));
}

void ForwardingStore::refresh()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    const QStringList families = m_preset.families();
    m_pendingFamilies = int(families.size());
    m_seen.clear();
    for (const QString& family : families) {
        // Always with a Family: without one, DBGetTree dumps the whole ASTDB.
        AmiAction* action = m_client->send(
            AmiRequest("DBGetTree", AmiRequest::Completion::EventList).set("Family", family));
        connect(action, &AmiAction::finished, this,
            [this, family, generation](AmiAction* a) { handleTree(a, family, generation); });
    }
}

void ForwardingStore::handleTree(AmiAction* action, const QString& family, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (action->succeeded()) {
        QStringList& seen = m_seen[family];
        const QString prefix = QLatin1Char('/') + family + QLatin1Char('/');
        for (const AmiMessage& item : action->events()) {
            const QString path = item.value("Key");
            if (!path.startsWith(prefix))
                continue;
            const QString key = path.mid(prefix.size());
            // FreePBX keys are extension numbers; "CF/1001/extra" is someone else's.
            if (key.isEmpty() || key.contains(QLatin1Char('/')))
                continue;
            seen.append(key);
            store(family, key, item.value("Val"));
        }
        // What the family no longer lists was cleared elsewhere.
        const QStringList known = m_entries.keys();
        for (const QString& exten : known) {
            if (!seen.contains(exten))
                store(family, exten, {});
        }
    }
    if (--m_pendingFamilies == 0) {
        m_loaded = true;
        Q_EMIT refreshed();
    }
}

void ForwardingStore::refreshKey(const QString& family, const QString& key)
{
    if (!m_client)
        return;
    AmiAction* action = m_client->send(
        AmiRequest("DBGet", AmiRequest::Completion::EventList).set("Family", family).set("Key", key));
    connect(
        action, &AmiAction::finished, this, [this, family, key](AmiAction* a) { handleKey(a, family, key); });
}

void ForwardingStore::handleKey(AmiAction* action, const QString& family, const QString& key)
{
    if (action->succeeded()) {
        const AmiMessage item = action->events().value(0);
        store(family, key, item.value("Val"));
    } else if (action->result() == AmiAction::Result::Error
        && action->errorText() == QLatin1String("Database entry not found")) {
        store(family, key, {}); // a miss is an answer: nothing set (11-astdb-forward-dnd)
    }
}

void ForwardingStore::applyWrite(
    const QString& family, const QString& key, const std::optional<QString>& value)
{
    store(family, key, value.value_or(QString()));
}

void ForwardingStore::store(const QString& family, const QString& key, const QString& value)
{
    Pbx::Forwarding f = m_entries.value(key);
    const Pbx::Forwarding before = f;
    if (family == m_preset.dndFamily)
        f.dnd = value.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
    if (family == m_preset.alwaysFamily)
        f.always = value;
    if (family == m_preset.busyFamily)
        f.busy = value;
    if (family == m_preset.noAnswerFamily)
        f.noAnswer = value;
    if (f == before)
        return;
    if (f.isEmpty())
        m_entries.remove(key);
    else
        m_entries.insert(key, f);
    Q_EMIT forwardingChanged(key);
}
