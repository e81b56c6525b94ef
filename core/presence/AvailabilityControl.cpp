// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/presence/AvailabilityControl.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"
#include "core/common/DialableNumber.h"
#include "core/presence/ForwardingStore.h"

#include <memory>

namespace {

const QString CustomPrefix = QStringLiteral("Custom:");

AmiRequest setvar(const QString& variable, const QString& value)
{
    return AmiRequest("Setvar").set("Variable", variable).set("Value", value);
}

AmiRequest dbPut(const QString& family, const QString& key, const QString& value)
{
    return AmiRequest("DBPut").set("Family", family).set("Key", key).set("Val", value);
}

AmiRequest dbDel(const QString& family, const QString& key)
{
    return AmiRequest("DBDel").set("Family", family).set("Key", key);
}

bool isHarmlessMiss(const AmiAction* action)
{
    return action->request().action() == "DBDel" && action->result() == AmiAction::Result::Error
        && action->errorText() == QLatin1String("Database entry could not be deleted");
}

} // namespace

AvailabilityControl::AvailabilityControl(AmiClient* client, ForwardingStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

AvailabilityControl::~AvailabilityControl() = default;

const AvailabilityPreset& AvailabilityControl::preset() const
{
    static const AvailabilityPreset fallback;
    return m_store ? m_store->preset() : fallback;
}

AvailabilityControl::Error AvailabilityControl::setPresence(const QString& provider, const PresenceNote& note)
{
    if (!provider.startsWith(QLatin1String("CustomPresence:"), Qt::CaseInsensitive))
        return Error::NoProvider; // func_presencestate writes CustomPresence: only
    if (note.validate() != PresenceNote::Error::None)
        return Error::InvalidNote;
    if (!m_client)
        return Error::NotConnected;
    run(Operation::Presence, provider,
        {setvar(QStringLiteral("PRESENCE_STATE(%1)").arg(provider), note.setvarValue())});
    return Error::None;
}

AvailabilityControl::Error AvailabilityControl::setDnd(const QString& exten, const QString& device, bool on)
{
    if (exten.isEmpty() || !device.startsWith(CustomPrefix) || device.size() == CustomPrefix.size())
        return Error::NoDevice; // func_devstate writes Custom: devices only
    if (!m_client)
        return Error::NotConnected;
    QList<AmiRequest> requests;
    // FreePBX reads DND/<ext> when it routes a call, the hints follow the device state.
    const QString family = preset().dndFamily;
    if (!family.isEmpty())
        requests.append(on ? dbPut(family, exten, QStringLiteral("YES")) : dbDel(family, exten));
    requests.append(setvar(QStringLiteral("DEVICE_STATE(%1)").arg(device),
        on ? QStringLiteral("BUSY") : QStringLiteral("NOT_INUSE")));
    QPointer<ForwardingStore> store = m_store;
    run(Operation::Dnd, exten, requests, [store, family, exten, on] {
        if (store && !family.isEmpty())
            store->applyWrite(
                family, exten, on ? std::optional<QString>(QStringLiteral("YES")) : std::nullopt);
    });
    return Error::None;
}

AvailabilityControl::Error AvailabilityControl::setForward(
    const QString& exten, AvailabilityPreset::Forward forward, const QString& number)
{
    const QString family = preset().family(forward);
    if (family.isEmpty())
        return Error::NoFamily;
    const DialableNumber target = DialableNumber::parse(number);
    const bool clear = number.trimmed().isEmpty();
    if (exten.isEmpty() || (!clear && !target.isValid()))
        return Error::InvalidNumber;
    if (!m_client)
        return Error::NotConnected;
    const AmiRequest write = clear ? dbDel(family, exten) : dbPut(family, exten, target.number());
    QPointer<ForwardingStore> store = m_store;
    QPointer<AmiClient> client = m_client;
    const std::optional<QString> value = clear ? std::nullopt : std::optional<QString>(target.number());
    run(Operation::Forward, exten, {write}, [store, client, family, exten, value] {
        if (store)
            store->applyWrite(family, exten, value);
        // Other desks re-read the key; an account without class user just cannot tell them.
        if (client)
            client->send(AmiRequest("UserEvent")
                             .set("UserEvent", QLatin1String(ForwardingStore::ChangeEvent))
                             .set("Family", family)
                             .set("Key", exten));
    });
    return Error::None;
}

AvailabilityControl::Error AvailabilityControl::setSwitch(const QString& device, bool on)
{
    if (!device.startsWith(CustomPrefix) || device.size() == CustomPrefix.size())
        return Error::NoDevice; // func_devstate writes Custom: devices only
    if (!m_client)
        return Error::NotConnected;
    QList<AmiRequest> requests;
    // FreePBX routes by DAYNIGHT/C<n>, the device state only lights the keys:
    // a toggle writes both, as its own Call Flow Control page does.
    const QString key = preset().dayNightKey(device);
    if (!key.isEmpty())
        requests.append(
            dbPut(preset().dayNightFamily, key, on ? QStringLiteral("NIGHT") : QStringLiteral("DAY")));
    // 13-daynight-nightmode: INUSE = on (the hint reads InUse), NOT_INUSE = off.
    requests.append(setvar(QStringLiteral("DEVICE_STATE(%1)").arg(device),
        on ? QStringLiteral("INUSE") : QStringLiteral("NOT_INUSE")));
    run(Operation::Switch, device, requests);
    return Error::None;
}

QList<QByteArray> AvailabilityControl::actionsFor(Operation operation) const
{
    switch (operation) {
    case Operation::Presence:
        return {"Setvar"};
    case Operation::Switch:
        if (preset().dayNightFamily.isEmpty())
            return {"Setvar"};
        return {"Setvar", "DBPut"};
    case Operation::Dnd:
        if (preset().dndFamily.isEmpty())
            return {"Setvar"};
        return {"Setvar", "DBPut", "DBDel"};
    case Operation::Forward:
        return {"DBPut", "DBDel"};
    }
    return {};
}

void AvailabilityControl::run(Operation operation, const QString& target, const QList<AmiRequest>& requests,
    std::function<void()> onSuccess)
{
    struct Job
    {
        int pending = 0;
        QString error;
    };
    auto job = std::make_shared<Job>();
    job->pending = int(requests.size());
    for (const AmiRequest& request : requests) {
        AmiAction* action = m_client->send(request);
        connect(action, &AmiAction::finished, this, [this, job, operation, target, onSuccess](AmiAction* a) {
            if (!a->succeeded() && !isHarmlessMiss(a) && job->error.isEmpty())
                job->error
                    = a->errorText().isEmpty() ? QString::fromLatin1(a->request().action()) : a->errorText();
            if (--job->pending > 0)
                return;
            if (job->error.isEmpty() && onSuccess)
                onSuccess();
            Q_EMIT finished(operation, target, job->error.isEmpty(), job->error);
        });
    }
}
