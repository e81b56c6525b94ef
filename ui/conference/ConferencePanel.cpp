// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conference/ConferencePanel.h"

#include "core/common/Clock.h"
#include "core/conference/ConferenceStore.h"
#include "core/models/ConferenceMemberModel.h"
#include "core/models/ConferenceRoomModel.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/PbxState.h"
#include "ui/common/MimeTypes.h"
#include "ui/conference/ConferenceRowText.h"
#include "ui/conference/ConferenceText.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using Action = ConferenceRules::Action;
using Refusal = ConferenceRules::Refusal;

ConferencePanel::ConferencePanel(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_roomModel(new ConferenceRoomModel(this, m_clock))
    , m_memberModel(new ConferenceMemberModel(this, m_clock))
    , m_rooms(new QListView(this))
    , m_members(new QListView(this))
    , m_mute(addButton(QStringLiteral("conferenceMute"), tr("Mute")))
    , m_kick(addButton(QStringLiteral("conferenceKick"), tr("Remove")))
    , m_lock(addButton(QStringLiteral("conferenceLock"), tr("Lock room")))
    , m_muteOthers(addButton(QStringLiteral("conferenceMuteOthers"), tr("Mute all but admins")))
    , m_unmuteAll(addButton(QStringLiteral("conferenceUnmuteAll"), tr("Unmute all")))
    , m_record(addButton(QStringLiteral("conferenceRecord"), tr("Record room")))
    , m_inviteNumber(new QLineEdit(this))
    , m_invite(addButton(QStringLiteral("conferenceInvite"), tr("Bring in")))
    , m_drops(new ConferenceRoomDrops([this](const QModelIndex& row) { return roomAt(row); }, this))
{
    setObjectName(QStringLiteral("conferences"));
    setupViews();
    buildLayout();
    connectControls();
    auto* ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            m_rooms->viewport()->update();
            m_members->viewport()->update();
        }
    });
    ticker->start();
    updateButtons();
}

ConferencePanel::~ConferencePanel() = default;

void ConferencePanel::setupViews()
{
    const auto roomLines = [this](const QModelIndex& i) {
        return ConferenceText::room(i, m_clock->currentMSecsSinceEpoch(), palette());
    };
    const auto memberLines = [this](const QModelIndex& i) {
        return ConferenceText::member(i, m_clock->currentMSecsSinceEpoch(), palette());
    };
    auto* roomText = new ConferenceRowText(roomLines, this);
    roomText->setSourceModel(m_roomModel);
    auto* memberText = new ConferenceRowText(memberLines, this);
    memberText->setSourceModel(m_memberModel);
    m_rooms->setModel(roomText);
    m_members->setModel(memberText);
    m_rooms->setItemDelegate(new TwoLineDelegate(roomLines, m_rooms));
    m_members->setItemDelegate(new TwoLineDelegate(memberLines, m_members));
    m_rooms->setObjectName(QStringLiteral("conferenceRooms"));
    m_rooms->setAccessibleName(tr("Conference rooms"));
    m_members->setObjectName(QStringLiteral("conferenceMembers"));
    m_members->setAccessibleName(tr("Members of the chosen room"));
    // Calls and tiles dropped on a room come in (ConferenceRoomDrops).
    m_rooms->setAcceptDrops(true);
    m_rooms->setDragDropMode(QAbstractItemView::DropOnly);
    m_rooms->viewport()->installEventFilter(this);
    connect(m_drops, &ConferenceRoomDrops::messageShown, this, &ConferencePanel::messageShown);
    m_inviteNumber->setObjectName(QStringLiteral("conferenceInviteNumber"));
    m_inviteNumber->setAccessibleName(tr("Extension to bring into the room"));
    m_inviteNumber->setPlaceholderText(tr("Extension"));
}

void ConferencePanel::setDraggedItemResolver(ConferenceRoomDrops::Resolver resolver)
{
    m_drops->setResolver(std::move(resolver));
}

ConferenceRoomDrops::Room ConferencePanel::roomAt(const QModelIndex& row) const
{
    ConferenceRoomDrops::Room r;
    if (!row.isValid())
        return r;
    ConferenceStore* store = m_roomModel->storeAt(row.row());
    const auto it = m_servers.constFind(store);
    if (it == m_servers.cend())
        return r;
    return {it->id, store, it->control, it->permissions, m_roomModel->roomAt(row.row())};
}

bool ConferencePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_rooms->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto* enter = static_cast<QDragEnterEvent*>(event);
        if (MimeTypes::isBoardItem(enter->mimeData()))
            enter->acceptProposedAction();
        else
            enter->ignore();
        return true;
    }
    case QEvent::DragMove: {
        auto* move = static_cast<QDragMoveEvent*>(event);
        DropHandler::handleDragMove(
            m_drops, move, m_rooms->indexAt(move->position().toPoint()), m_rooms->viewport());
        return true;
    }
    case QEvent::DragLeave:
        DropHandler::handleDragLeave(m_drops, m_rooms->viewport());
        return true;
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        DropHandler::handleDrop(m_drops, drop, m_rooms->indexAt(drop->position().toPoint()));
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ConferencePanel::connectControls()
{
    connect(m_rooms->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConferencePanel::handleRoomChosen);
    connect(m_members->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConferencePanel::updateButtons);
    // The first room is chosen as soon as there is one.
    connect(m_roomModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_rooms->currentIndex().isValid())
            m_rooms->setCurrentIndex(m_rooms->model()->index(0, 0));
    });
    connect(m_roomModel, &QAbstractItemModel::dataChanged, this, &ConferencePanel::updateButtons);
    connect(m_roomModel, &QAbstractItemModel::rowsRemoved, this, &ConferencePanel::handleRoomChosen);
    connect(m_memberModel, &QAbstractItemModel::dataChanged, this, &ConferencePanel::updateButtons);
    connect(m_memberModel, &QAbstractItemModel::rowsRemoved, this, &ConferencePanel::updateButtons);
    connect(m_mute, &QPushButton::clicked, this, &ConferencePanel::runMemberAction);
    connect(m_kick, &QPushButton::clicked, this, [this] { run(Action::Kick); });
    connect(m_lock, &QPushButton::clicked, this, [this] {
        const QString room = currentRoom();
        const ConferenceStore* store = m_roomModel->storeAt(m_rooms->currentIndex().row());
        const ConferenceRoom* r = store ? store->room(room) : nullptr;
        if (r)
            run(ConferenceRules::lockToggle(*r));
    });
    connect(m_muteOthers, &QPushButton::clicked, this, [this] { run(Action::MuteParticipants); });
    connect(m_unmuteAll, &QPushButton::clicked, this, [this] { run(Action::UnmuteAll); });
    connect(m_record, &QPushButton::clicked, this, [this] {
        const ConferenceStore* store = m_roomModel->storeAt(m_rooms->currentIndex().row());
        const ConferenceRoom* r = store ? store->room(currentRoom()) : nullptr;
        if (r)
            run(ConferenceRules::recordToggle(*r));
    });
    connect(m_invite, &QPushButton::clicked, this, &ConferencePanel::invite);
    connect(m_inviteNumber, &QLineEdit::returnPressed, this, &ConferencePanel::invite);
    connect(m_inviteNumber, &QLineEdit::textChanged, this, &ConferencePanel::updateButtons);
}

QPushButton* ConferencePanel::addButton(const QString& objectName, const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    return button;
}

void ConferencePanel::buildLayout()
{
    auto* members = new QGridLayout;
    members->addWidget(m_mute, 0, 0);
    members->addWidget(m_kick, 0, 1);
    members->addWidget(m_muteOthers, 1, 0);
    members->addWidget(m_unmuteAll, 1, 1);
    members->addWidget(m_lock, 2, 0);
    members->addWidget(m_record, 2, 1);
    auto* invite = new QHBoxLayout;
    invite->addWidget(m_inviteNumber, 1);
    invite->addWidget(m_invite);
    auto* roomsLabel = new QLabel(tr("Rooms"), this);
    roomsLabel->setBuddy(m_rooms);
    auto* membersLabel = new QLabel(tr("Members"), this);
    membersLabel->setBuddy(m_members);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(roomsLabel);
    layout->addWidget(m_rooms, 1);
    layout->addWidget(membersLabel);
    layout->addWidget(m_members, 2);
    layout->addLayout(members);
    layout->addLayout(invite);
}

void ConferencePanel::addServer(const QString& serverId, ConferenceStore* store, ConferenceControl* control,
    AmiPermissions* permissions, const PbxState* state)
{
    m_servers.insert(store, Server {serverId, control, permissions, state});
    m_roomModel->addServer(serverId, store);
    connect(control, &ConferenceControl::succeeded, this, &ConferencePanel::handleSucceeded);
    connect(control, &ConferenceControl::failed, this, &ConferencePanel::handleFailed);
    if (permissions)
        connect(permissions, &AmiPermissions::changed, this, &ConferencePanel::updateButtons);
}

void ConferencePanel::handleRoomChosen()
{
    const int row = m_rooms->currentIndex().row();
    ConferenceStore* store = m_roomModel->storeAt(row);
    const QString room = m_roomModel->roomAt(row);
    if (store != m_memberModel->store() || room != m_memberModel->room())
        m_memberModel->setRoom(store, room);
    updateButtons();
}

const ConferencePanel::Server* ConferencePanel::currentServer() const
{
    const auto it = m_servers.constFind(m_roomModel->storeAt(m_rooms->currentIndex().row()));
    return it == m_servers.cend() ? nullptr : &*it;
}

QString ConferencePanel::currentRoom() const
{
    return m_roomModel->roomAt(m_rooms->currentIndex().row());
}

QString ConferencePanel::currentChannel() const
{
    const QModelIndex i = m_members->currentIndex();
    return i.isValid() ? m_memberModel->channelAt(i.row()) : QString();
}

Refusal ConferencePanel::check(Action action) const
{
    const Server* server = currentServer();
    const ConferenceStore* store = m_roomModel->storeAt(m_rooms->currentIndex().row());
    const ConferenceRoom* room = store ? store->room(currentRoom()) : nullptr;
    if (!server || !room)
        return Refusal::NoRoom;
    const ConferenceMember* member = room->member(currentChannel());
    ConferenceMember chosen;
    if (!member && !currentChannel().isEmpty()) {
        chosen.channel = currentChannel(); // on the screen, gone from the room
        member = &chosen;
    }
    const QByteArray amiAction = ConferenceControl::actionOf([action] {
        switch (action) {
        case Action::Mute:
            return ConferenceControl::Operation::Mute;
        case Action::Unmute:
            return ConferenceControl::Operation::Unmute;
        case Action::Kick:
            return ConferenceControl::Operation::Kick;
        case Action::Lock:
            return ConferenceControl::Operation::Lock;
        case Action::Unlock:
            return ConferenceControl::Operation::Unlock;
        case Action::MuteParticipants:
            return ConferenceControl::Operation::MuteParticipants;
        case Action::UnmuteAll:
            return ConferenceControl::Operation::UnmuteAll;
        case Action::StartRecording:
            return ConferenceControl::Operation::StartRecording;
        case Action::StopRecording:
            return ConferenceControl::Operation::StopRecording;
        case Action::BringIn:
            break;
        }
        return ConferenceControl::Operation::Invite;
    }());
    // A refusal learned from a reply counts before the listing is in, too.
    const bool permitted = !server->permissions || server->permissions->isPermitted(amiAction);
    return ConferenceRules::check(action, room, member, permitted);
}

void ConferencePanel::setButton(
    QPushButton* button, Action action, const QString& text, const QString& whatItDoes)
{
    const Refusal refusal = check(action);
    button->setText(text);
    button->setAccessibleName(text);
    button->setEnabled(refusal == Refusal::None);
    const QString why = ConferenceText::refusal(refusal);
    button->setToolTip(why.isEmpty() ? whatItDoes : whatItDoes + QStringLiteral("\n") + why);
    button->setAccessibleDescription(button->toolTip());
}

void ConferencePanel::updateButtons()
{
    const ConferenceStore* store = m_roomModel->storeAt(m_rooms->currentIndex().row());
    const ConferenceRoom* room = store ? store->room(currentRoom()) : nullptr;
    const ConferenceMember* member = room ? room->member(currentChannel()) : nullptr;
    if (member && member->muted)
        setButton(m_mute, Action::Unmute, tr("Unmute"), tr("Let the chosen member be heard again"));
    else
        setButton(m_mute, Action::Mute, tr("Mute"), tr("Mute the chosen member"));
    setButton(
        m_kick, Action::Kick, tr("Remove"), tr("Take the chosen member out of the room (their call ends)"));
    if (room && room->locked)
        setButton(m_lock, Action::Unlock, tr("Unlock room"), tr("Let people join the room again"));
    else
        setButton(m_lock, Action::Lock, tr("Lock room"), tr("Nobody else can join (admins still can)"));
    setButton(m_muteOthers, Action::MuteParticipants, tr("Mute all but admins"),
        tr("Mute everybody in the room except its admins"));
    setButton(m_unmuteAll, Action::UnmuteAll, tr("Unmute all"), tr("Unmute everybody in the room"));
    if (room && room->recording)
        setButton(m_record, Action::StopRecording, tr("Stop recording"), tr("Stop recording the room"));
    else
        setButton(m_record, Action::StartRecording, tr("Record room"),
            tr("Record the room into the PBX's monitor folder"));
    const Refusal bringIn = room ? Refusal::None : Refusal::NoRoom;
    m_invite->setEnabled(bringIn == Refusal::None && !m_inviteNumber->text().trimmed().isEmpty());
    m_invite->setToolTip(room ? tr("Ring this extension; when answered it joins room %1").arg(room->name)
                              : ConferenceText::refusal(bringIn));
    m_invite->setAccessibleDescription(m_invite->toolTip());
}

void ConferencePanel::runMemberAction()
{
    const ConferenceStore* store = m_roomModel->storeAt(m_rooms->currentIndex().row());
    const ConferenceRoom* room = store ? store->room(currentRoom()) : nullptr;
    const ConferenceMember* member = room ? room->member(currentChannel()) : nullptr;
    run(member ? ConferenceRules::muteToggle(*member) : Action::Mute);
}

void ConferencePanel::run(Action action)
{
    const Refusal refusal = check(action);
    const Server* server = currentServer();
    if (refusal != Refusal::None || !server || !server->control) {
        Q_EMIT messageShown(ConferenceText::refusal(refusal), true);
        return;
    }
    ConferenceControl* control = server->control;
    const QString room = currentRoom();
    const QString channel = currentChannel();
    switch (action) {
    case Action::Mute:
        control->mute(room, channel);
        break;
    case Action::Unmute:
        control->unmute(room, channel);
        break;
    case Action::Kick:
        control->kick(room, channel);
        break;
    case Action::Lock:
        control->lock(room);
        break;
    case Action::Unlock:
        control->unlock(room);
        break;
    case Action::MuteParticipants:
        control->muteParticipants(room);
        break;
    case Action::UnmuteAll:
        control->unmuteAll(room);
        break;
    case Action::StartRecording:
        control->startRecording(room);
        break;
    case Action::StopRecording:
        control->stopRecording(room);
        break;
    case Action::BringIn:
        invite();
        break;
    }
}

void ConferencePanel::invite()
{
    const Server* server = currentServer();
    const QString number = m_inviteNumber->text().trimmed();
    if (!server || !server->control || number.isEmpty())
        return;
    QString device;
    if (server->state) {
        const QStringList keys = server->state->extensionKeysOfNumber(number);
        if (const Pbx::Extension* e = keys.isEmpty() ? nullptr : server->state->extension(keys.first()))
            device = e->phoneDevice();
    }
    server->control->invite(
        currentRoom(), device.isEmpty() ? QStringLiteral("PJSIP/") + number : device, number);
    Q_EMIT messageShown(tr("Ringing %1 to bring them into room %2").arg(number, currentRoom()), false);
    m_inviteNumber->clear();
}

void ConferencePanel::handleSucceeded(
    quint64, ConferenceControl::Operation operation, const QString& room, const QStringList& joined)
{
    // Who joined, once each: a three-way call reports its two sides, then the third.
    Q_EMIT messageShown(
        joined.isEmpty() ? ConferenceText::done(operation, room) : ConferenceText::joined(room, joined),
        false);
    updateButtons();
}

void ConferencePanel::handleFailed(quint64, ConferenceControl::Operation operation, const QString& room,
    ConferenceControl::Failure failure, const QString& message)
{
    Q_EMIT messageShown(ConferenceText::failure(operation, room, failure, message), true);
    updateButtons();
}
