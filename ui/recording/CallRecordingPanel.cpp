// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/CallRecordingPanel.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/AmiPermissions.h"
#include "core/recording/RecordingControl.h"
#include "core/recording/RecordingFileName.h"
#include "core/recording/RecordingStore.h"
#include "ui/common/CallRecordingText.h"
#include "ui/common/UiText.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int ServerRole = Qt::UserRole + 1;
constexpr int ChannelRole = Qt::UserRole + 2;

} // namespace

CallRecordingPanel::CallRecordingPanel(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_list(new QListWidget(this))
    , m_record(new QPushButton(tr("Record call"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_stop(new QPushButton(tr("Stop recording"), this))
{
    setObjectName(QStringLiteral("callRecordings"));
    m_list->setObjectName(QStringLiteral("recordingList"));
    m_list->setAccessibleName(tr("Calls being recorded"));
    m_record->setObjectName(QStringLiteral("recordCall"));
    m_record->setAccessibleName(tr("Record call"));
    m_pause->setObjectName(QStringLiteral("pauseRecording"));
    m_stop->setObjectName(QStringLiteral("stopRecording"));
    m_stop->setAccessibleName(tr("Stop recording"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &CallRecordingPanel::recordCurrentCall);
    connect(m_pause, &QPushButton::clicked, this, &CallRecordingPanel::pauseOrResume);
    connect(m_stop, &QPushButton::clicked, this, &CallRecordingPanel::stopChosen);
    connect(m_list, &QListWidget::currentRowChanged, this, &CallRecordingPanel::updateButtons);
    auto* ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    ticker->start();
    refresh();
}

CallRecordingPanel::~CallRecordingPanel() = default;

void CallRecordingPanel::addServer(
    const QString& serverId, RecordingStore* store, RecordingControl* control, AmiPermissions* permissions)
{
    m_servers.insert(serverId, Server {store, control, permissions});
    control->setOptions(m_settings.forServer(serverId).mixMonitorOptions());
    if (permissions)
        connect(permissions, &AmiPermissions::changed, this, &CallRecordingPanel::updateButtons);
    for (auto signal : {&RecordingStore::recordingStarted, &RecordingStore::recordingChanged})
        connect(store, signal, this, &CallRecordingPanel::refresh);
    connect(store, &RecordingStore::recordingStopped, this, &CallRecordingPanel::refresh);
    connect(control, &RecordingControl::failed, this,
        [this](quint64, RecordingControl::Operation, const QString& channel, const QString& message) {
            Q_EMIT messageShown(message.isEmpty() ? tr("Recording: nothing sent (no call chosen)")
                                                  : tr("Recording %1: %2").arg(channel, message),
                true);
        });
    refresh();
}

void CallRecordingPanel::applySettings(const RecordingSettings& settings)
{
    m_settings = settings;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (it->control)
            it->control->setOptions(settings.forServer(it.key()).mixMonitorOptions());
    }
}

QString CallRecordingPanel::fileTemplate(const QString& serverId) const
{
    return m_settings.servers.contains(serverId) ? m_settings.forServer(serverId).fileTemplate
                                                 : m_fileTemplate;
}

void CallRecordingPanel::setCallView(QAbstractItemView* calls)
{
    m_calls = calls;
    if (calls && calls->selectionModel())
        connect(calls->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CallRecordingPanel::updateButtons);
    updateButtons();
}

void CallRecordingPanel::refresh()
{
    const QString keepServer
        = m_list->currentItem() ? m_list->currentItem()->data(ServerRole).toString() : QString();
    const QString keepChannel
        = m_list->currentItem() ? m_list->currentItem()->data(ChannelRole).toString() : QString();
    m_list->clear();
    const qint64 now = m_clock->currentMSecsSinceEpoch();
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (!it->store)
            continue;
        for (const CallRecording& r : it->store->recordings()) {
            // A word and a symbol: ● recording, ‖ paused.
            const QString state = r.paused ? tr("‖ Paused") : tr("● Recording");
            auto* item = new QListWidgetItem(
                tr("%1 %2 · %3").arg(state, UiText::duration(now - r.startedAtMs), r.channel), m_list);
            item->setData(ServerRole, it.key());
            item->setData(ChannelRole, r.channel);
            item->setData(Qt::AccessibleTextRole, item->text());
            if (!r.file.isEmpty())
                item->setToolTip(r.file);
            if (it.key() == keepServer && r.channel == keepChannel)
                m_list->setCurrentItem(item);
        }
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No call is being recorded"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

bool CallRecordingPanel::chosen(Server* server, QString* channel) const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || item->data(ChannelRole).toString().isEmpty())
        return false;
    *server = m_servers.value(item->data(ServerRole).toString());
    *channel = item->data(ChannelRole).toString();
    return server->control && server->store;
}

void CallRecordingPanel::setButton(QPushButton* button, RecordingRules::Action action, bool hasTarget,
    const CallRecording* recording, const Server& server, const QString& whatItDoes)
{
    const QByteArray ami = RecordingControl::actionOf(CallRecordingText::operation(action));
    const bool permitted = !server.permissions || server.permissions->isPermitted(ami);
    const RecordingRules::Refusal refusal = RecordingRules::check(action, hasTarget, recording, permitted);
    button->setEnabled(refusal == RecordingRules::Refusal::None);
    const QString why = CallRecordingText::refusal(refusal, action);
    button->setToolTip(why.isEmpty() ? whatItDoes : whatItDoes + u'\n' + why);
    button->setAccessibleDescription(button->toolTip());
}

void CallRecordingPanel::updateButtons()
{
    const QModelIndex call = m_calls ? m_calls->currentIndex() : QModelIndex();
    const QString channel = call.data(CallRoles::CallerChannel).toString();
    const Server server = m_servers.value(call.data(CallRoles::ServerId).toString());
    const CallRecording* recorded = server.store ? server.store->recording(channel) : nullptr;
    setButton(m_record, RecordingRules::Action::Start, !channel.isEmpty() && server.control, recorded, server,
        tr("Record the chosen call (MixMonitor)"));
    if (channel.isEmpty())
        m_record->setToolTip(tr("Choose a call in the calls panel first"));
    Server s;
    QString c;
    const bool any = chosen(&s, &c);
    const CallRecording* r = any ? s.store->recording(c) : nullptr;
    const RecordingRules::Action pause = RecordingRules::pauseResume(r);
    m_pause->setText(pause == RecordingRules::Action::Resume ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(m_pause->text());
    setButton(m_pause, pause, r != nullptr, r, s, tr("Pause or resume the chosen recording"));
    setButton(m_stop, RecordingRules::Action::Stop, r != nullptr, r, s, tr("Stop recording the chosen call"));
    if (!r) {
        const QString why = tr("Choose a recording in the list first");
        m_pause->setToolTip(why);
        m_stop->setToolTip(why);
    }
}

void CallRecordingPanel::recordCurrentCall()
{
    const QModelIndex call = m_calls ? m_calls->currentIndex() : QModelIndex();
    const QString serverId = call.data(CallRoles::ServerId).toString();
    const Server server = m_servers.value(serverId);
    const QString channel = call.data(CallRoles::CallerChannel).toString();
    if (!server.control || channel.isEmpty())
        return;
    const QString pattern = fileTemplate(serverId);
    const QString file = RecordingFileName::make(pattern, call.data(CallRoles::CallerNumber).toString(),
        call.data(CallRoles::CalleeNumber).toString(), QDateTime::currentDateTime(),
        call.data(CallRoles::Key).toString().section(QLatin1Char('/'), -1));
    server.control->start(channel, file);
    Q_EMIT messageShown(tr("Recording the call into %1").arg(file), false);
}

void CallRecordingPanel::pauseOrResume()
{
    Server s;
    QString channel;
    if (!chosen(&s, &channel))
        return;
    const CallRecording* r = s.store->recording(channel);
    if (r && r->paused)
        s.control->resume(channel);
    else if (r)
        s.control->pause(channel);
}

void CallRecordingPanel::stopChosen()
{
    Server s;
    QString channel;
    if (chosen(&s, &channel))
        s.control->stop(channel);
}
