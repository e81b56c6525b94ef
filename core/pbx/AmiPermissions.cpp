// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/AmiPermissions.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiMessage.h"
#include "core/ami/AmiRequest.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPermissions, "attendant.pbx.permissions", QtInfoMsg)

namespace {

struct ActionClasses
{
    const char* action;
    const char* classes; // "Priv:" of Asterisk 22.10.1's ListCommands, without "all"
};

// From tests/data/ami/22.10.1/02-ListCommands: the actions Attendant sends.
// A refused action is not listed, so its classes must be known beforehand.
constexpr ActionClasses KnownActions[] = {
    {"Atxfer", "call"},
    {"BlindTransfer", "call"},
    {"CancelAtxfer", "call"},
    {"Command", "command"},
    {"ConfbridgeKick", "call"},
    {"ConfbridgeList", "reporting"},
    {"ConfbridgeListRooms", "reporting"},
    {"ConfbridgeLock", "call"},
    {"ConfbridgeMute", "call"},
    {"ConfbridgeStartRecord", "system"},
    {"ConfbridgeStopRecord", "system"},
    {"ConfbridgeUnlock", "call"},
    {"ConfbridgeUnmute", "call"},
    {"CoreShowChannels", "system,reporting"},
    {"CoreStatus", "system,reporting"},
    {"DBDel", "system"},
    {"DBGet", "system,reporting"},
    {"DBGetTree", "system,reporting"},
    {"DBPut", "system"},
    {"DeviceStateList", "call,reporting"},
    {"ExtensionStateList", "call,reporting"},
    {"Getvar", "call,reporting"},
    {"Hangup", "system,call"},
    {"MailboxCount", "call,reporting"},
    {"MixMonitor", "system"},
    {"MixMonitorMute", "system,call"},
    {"Originate", "originate"},
    {"Park", "call"},
    {"ParkedCalls", "call"},
    {"PresenceStateList", "call,reporting"},
    {"QueuePause", "agent"},
    {"Redirect", "call"},
    {"Setvar", "call"},
    {"ShowDialPlan", "config,reporting"},
    {"Status", "system,call,reporting"},
    {"StopMixMonitor", "system,call"},
    {"UserEvent", "user"},
    {"VoicemailForward", "user"},
    {"VoicemailMove", "user"},
    {"VoicemailRemove", "user"},
    {"VoicemailUsersList", "call,reporting"},
};

// Preferred when several classes would do: the ones docs/admin.md
// recommends first, the powerful ones ("system", "command") last.
constexpr const char* ClassPreference[]
    = {"call", "originate", "reporting", "agent", "user", "config", "system", "command"};

int preferenceOf(const QString& cls)
{
    for (int i = 0; i < int(std::size(ClassPreference)); ++i) {
        if (cls == QLatin1String(ClassPreference[i]))
            return i;
    }
    return int(std::size(ClassPreference));
}

} // namespace

AmiPermissions::AmiPermissions(AmiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    // Connected before PbxSync's lists go out, so the answer comes first.
    if (client)
        connect(client, &AmiClient::loggedIn, this, &AmiPermissions::query);
}

AmiPermissions::~AmiPermissions() = default;

bool AmiPermissions::isPermitted(QByteArrayView action) const
{
    const QByteArray key = action.toByteArray().toLower();
    if (m_refused.contains(key))
        return false;
    return !m_known || m_permitted.contains(key);
}

QStringList AmiPermissions::refusedActions() const
{
    QStringList out;
    for (const QByteArray& key : m_refused)
        out.append(QString::fromLatin1(m_spelling.value(key, key)));
    out.sort();
    return out;
}

QStringList AmiPermissions::classesFor(QByteArrayView action)
{
    for (const ActionClasses& known : KnownActions) {
        if (action.compare(QByteArrayView(known.action), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(known.classes).split(u',');
    }
    return {};
}

QStringList AmiPermissions::missingClassesFor(const QStringList& actions)
{
    // Greedy set cover: few actions, few classes; ties go to the preferred class.
    QList<QStringList> open;
    for (const QString& action : actions) {
        const QStringList classes = classesFor(action.toLatin1());
        if (!classes.isEmpty())
            open.append(classes);
    }
    QStringList chosen;
    while (!open.isEmpty()) {
        QHash<QString, int> cover;
        for (const QStringList& classes : std::as_const(open)) {
            for (const QString& c : classes)
                ++cover[c];
        }
        QString best;
        for (auto it = cover.cbegin(); it != cover.cend(); ++it) {
            if (best.isEmpty() || it.value() > cover.value(best)
                || (it.value() == cover.value(best) && preferenceOf(it.key()) < preferenceOf(best)))
                best = it.key();
        }
        chosen.append(best);
        open.removeIf([&best](const QStringList& classes) { return classes.contains(best); });
    }
    std::sort(chosen.begin(), chosen.end(),
        [](const QString& a, const QString& b) { return preferenceOf(a) < preferenceOf(b); });
    return chosen;
}

void AmiPermissions::setListing(const AmiMessage& response)
{
    QSet<QByteArray> permitted;
    for (qsizetype i = 0; i < response.size(); ++i) {
        // Every header but the envelope is "Action: synopsis  (Priv: …)".
        if (!response.rawValueAt(i).contains("(Priv:"))
            continue;
        const QByteArray name = response.keyAt(i).toByteArray();
        permitted.insert(name.toLower());
        m_spelling.insert(name.toLower(), name);
    }
    if (permitted.isEmpty())
        return; // not a listing: keep what we knew
    m_permitted = permitted;
    m_known = true;
    // A refusal the listing now permits (manager.conf was changed) is forgotten.
    m_refused.removeIf([&permitted](const QByteArray& a) { return permitted.contains(a); });
    for (const ActionClasses& known : KnownActions) {
        const QByteArray key = QByteArray(known.action).toLower();
        m_spelling.insert(key, known.action);
        if (!permitted.contains(key) && !classesFor(known.action).isEmpty())
            m_refused.insert(key);
    }
    qCInfo(lcPermissions).noquote() << "the AMI account may use" << permitted.size()
                                    << "actions; not:" << refusedActions().join(QStringLiteral(", "));
    Q_EMIT changed();
}

void AmiPermissions::learnRefused(QByteArrayView action)
{
    const QByteArray name = action.toByteArray();
    const QByteArray key = name.toLower();
    if (m_refused.contains(key))
        return;
    m_refused.insert(key);
    if (!m_spelling.contains(key))
        m_spelling.insert(key, name);
    Q_EMIT changed();
}

void AmiPermissions::query()
{
    if (!m_client)
        return;
    AmiAction* action = m_client->send(AmiRequest("ListCommands"));
    connect(action, &AmiAction::finished, this, &AmiPermissions::handleListing);
}

void AmiPermissions::handleListing(AmiAction* action)
{
    if (action->succeeded()) {
        setListing(action->response());
        return;
    }
    // Old peers and some proxies do not know it: learn by refusals instead.
    qCInfo(lcPermissions).noquote() << "ListCommands failed:" << action->errorText();
}
