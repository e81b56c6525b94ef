// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conference/ConferenceControl.h"
#include "core/operator/ConferenceRules.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/PbxState.h"
#include "ui/conference/ConferenceRoomDrops.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class Clock;
class ConferenceMemberModel;
class ConferenceRoomModel;
class ConferenceStore;
class QLineEdit;
class QListView;
class QPushButton;

// The conference rooms in use and their members: who talks, who is muted,
// who chairs, for how long; mute, remove, lock, mute all but the admins,
// record the room, and bring a phone in (typed, or a call or a tile dropped
// on a room: ConferenceRoomDrops). Buttons follow ConferenceRules: a button
// that cannot act is disabled and its tooltip says why.
class ConferencePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConferencePanel(QWidget* parent = nullptr, Clock* clock = nullptr);
    ~ConferencePanel() override;

    // One server's rooms; `permissions` may be null (everything assumed granted);
    // `state` finds an extension's phone for "Bring in" (without it: PJSIP/<number>).
    void addServer(const QString& serverId, ConferenceStore* store, ConferenceControl* control,
        AmiPermissions* permissions = nullptr, const PbxState* state = nullptr);

    // Drops on a room resolve the dragged call or tile with `resolver` (the board's DropActions).
    void setDraggedItemResolver(ConferenceRoomDrops::Resolver resolver);
    ConferenceRoomDrops* roomDrops() const { return m_drops; }

    QListView* roomView() const { return m_rooms; }
    QListView* memberView() const { return m_members; }
    ConferenceRoomModel* roomModel() const { return m_roomModel; }
    ConferenceMemberModel* memberModel() const { return m_memberModel; }

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Server
    {
        QString id;
        QPointer<ConferenceControl> control;
        QPointer<AmiPermissions> permissions;
        QPointer<const PbxState> state;
    };

    QPushButton* addButton(const QString& objectName, const QString& text);
    void setupViews();
    ConferenceRoomDrops::Room roomAt(const QModelIndex& row) const;
    void buildLayout();
    void connectControls();
    void handleRoomChosen();
    void updateButtons();
    void setButton(
        QPushButton* button, ConferenceRules::Action action, const QString& text, const QString& whatItDoes);
    ConferenceRules::Refusal check(ConferenceRules::Action action) const;
    const Server* currentServer() const;
    QString currentRoom() const;
    QString currentChannel() const;
    void runMemberAction();
    void run(ConferenceRules::Action action);
    void invite();
    void handleSucceeded(
        quint64 id, ConferenceControl::Operation operation, const QString& room, const QStringList& joined);
    void handleFailed(quint64 id, ConferenceControl::Operation operation, const QString& room,
        ConferenceControl::Failure failure, const QString& message);

    Clock* m_clock;
    ConferenceRoomModel* m_roomModel;
    ConferenceMemberModel* m_memberModel;
    QListView* m_rooms;
    QListView* m_members;
    QPushButton* m_mute;
    QPushButton* m_kick;
    QPushButton* m_lock;
    QPushButton* m_muteOthers;
    QPushButton* m_unmuteAll;
    QPushButton* m_record;
    QLineEdit* m_inviteNumber;
    QPushButton* m_invite;
    QHash<ConferenceStore*, Server> m_servers;
    ConferenceRoomDrops* m_drops;
};
