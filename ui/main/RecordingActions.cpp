// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/RecordingActions.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/AmiPermissions.h"
#include "core/recording/RecordingControl.h"
#include "core/recording/RecordingFileName.h"
#include "core/recording/RecordingStore.h"
#include "ui/common/CallRecordingText.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>

using Action = RecordingRules::Action;
using Refusal = RecordingRules::Refusal;

RecordingActions::RecordingActions(std::function<QModelIndex(const QModelIndex& tile)> callOfTile,
    std::function<QModelIndex()> chosenCall, QObject* parent)
    : QObject(parent)
    , m_callOfTile(std::move(callOfTile))
    , m_chosenCall(std::move(chosenCall))
    , m_startStop(new QAction(tr("Record or stop recording the chosen call"), this))
    , m_pauseResume(new QAction(tr("Pause or resume recording the chosen call"), this))
{
    m_startStop->setObjectName(QStringLiteral("recordStartStop"));
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_startStop->setShortcutContext(Qt::ApplicationShortcut);
    m_pauseResume->setObjectName(QStringLiteral("recordPauseResume"));
    m_pauseResume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_pauseResume->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_startStop, &QAction::triggered, this, [this] { triggerKey(true); });
    connect(m_pauseResume, &QAction::triggered, this, [this] { triggerKey(false); });
}

RecordingActions::~RecordingActions() = default;

void RecordingActions::addServer(
    const QString& serverId, RecordingStore* store, RecordingControl* control, AmiPermissions* permissions)
{
    m_servers.insert(serverId, Server {store, control, permissions});
    connect(control, &RecordingControl::failed, this,
        [this](quint64, RecordingControl::Operation, const QString& channel, const QString& message) {
            if (!message.isEmpty())
                Q_EMIT messageShown(tr("Recording %1: %2").arg(channel, message), true);
        });
}

QString RecordingActions::who(const QModelIndex& call)
{
    const QString name = call.data(CallRoles::CallerName).toString();
    return name.trimmed().isEmpty() ? call.data(CallRoles::CallerNumber).toString() : name;
}

const CallRecording* RecordingActions::recordingOf(const QModelIndex& call, QString* channel) const
{
    const Server server = m_servers.value(call.data(CallRoles::ServerId).toString());
    if (!call.isValid() || !server.store)
        return nullptr;
    for (const int role : {CallRoles::CallerChannel, CallRoles::CalleeChannel}) {
        const QString c = call.data(role).toString();
        if (const CallRecording* r = c.isEmpty() ? nullptr : server.store->recording(c)) {
            if (channel)
                *channel = r->channel;
            return r;
        }
    }
    return nullptr;
}

Refusal RecordingActions::check(Action action, const QModelIndex& call) const
{
    const Server server = m_servers.value(call.data(CallRoles::ServerId).toString());
    const bool hasCall
        = call.isValid() && server.control && !call.data(CallRoles::CallerChannel).toString().isEmpty();
    const QByteArray ami = RecordingControl::actionOf(CallRecordingText::operation(action));
    const bool permitted = !server.permissions || server.permissions->isPermitted(ami);
    return RecordingRules::check(action, hasCall, recordingOf(call), permitted);
}

bool RecordingActions::run(Action action, const QModelIndex& call)
{
    if (const Refusal r = check(action, call); r != Refusal::None) {
        Q_EMIT messageShown(CallRecordingText::refusal(r, action), true);
        return false;
    }
    RecordingControl* control = m_servers.value(call.data(CallRoles::ServerId).toString()).control;
    QString channel;
    recordingOf(call, &channel);
    switch (action) {
    case Action::Start: {
        channel = call.data(CallRoles::CallerChannel).toString();
        const QString serverId = call.data(CallRoles::ServerId).toString();
        const QString file = RecordingFileName::make(m_templateOf ? m_templateOf(serverId) : QString(),
            call.data(CallRoles::CallerNumber).toString(), call.data(CallRoles::CalleeNumber).toString(),
            QDateTime::currentDateTime(), call.data(CallRoles::Key).toString().section(QLatin1Char('/'), -1));
        control->start(channel, file);
        Q_EMIT messageShown(tr("Recording the call of %1 into %2").arg(who(call), file), false);
        return true;
    }
    case Action::Pause:
        control->pause(channel);
        Q_EMIT messageShown(tr("Recording of the call of %1 paused").arg(who(call)), false);
        return true;
    case Action::Resume:
        control->resume(channel);
        Q_EMIT messageShown(tr("Recording of the call of %1 resumed").arg(who(call)), false);
        return true;
    case Action::Stop:
        control->stop(channel);
        Q_EMIT messageShown(tr("Recording of the call of %1 stopped").arg(who(call)), false);
        return true;
    }
    return false;
}

QAction* RecordingActions::addItem(QMenu* menu, Action action, const QModelIndex& call)
{
    const Refusal refusal = check(action, call);
    QAction* a = menu->addAction(CallRecordingText::action(action));
    a->setObjectName(QStringLiteral("tileRecording%1").arg(int(action)));
    a->setEnabled(refusal == Refusal::None);
    a->setToolTip(CallRecordingText::refusal(refusal, action));
    a->setShortcut(action == Action::Start || action == Action::Stop ? m_startStop->shortcut()
                                                                     : m_pauseResume->shortcut());
    const QPersistentModelIndex kept(call);
    connect(a, &QAction::triggered, this, [this, action, kept] { run(action, kept); });
    return a;
}

void RecordingActions::populateTileMenu(QMenu* menu, const QModelIndex& tile)
{
    const QModelIndex call = m_callOfTile ? m_callOfTile(tile) : QModelIndex();
    if (!call.isValid())
        return; // an idle tile: nothing to record
    menu->addSeparator();
    menu->setToolTipsVisible(true);
    const CallRecording* recording = recordingOf(call);
    addItem(menu, RecordingRules::startStop(recording), call);
    if (recording)
        addItem(menu, RecordingRules::pauseResume(recording), call);
}

void RecordingActions::triggerKey(bool startStop)
{
    const QModelIndex call = m_chosenCall ? m_chosenCall() : QModelIndex();
    const CallRecording* recording = recordingOf(call);
    run(startStop ? RecordingRules::startStop(recording) : RecordingRules::pauseResume(recording), call);
}
