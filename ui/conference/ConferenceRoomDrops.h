// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/ConferenceDropPlanner.h"
#include "ui/common/DropHandler.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AmiPermissions;
class ConferenceControl;
class ConferenceRoomModel;
class ConferenceStore;

// Drops on a room of the conferences panel: a call (a calls-panel row or a
// tile on a call) is moved into the room with both its sides, an idle tile's
// phone is rung into it (ConferenceDropPlanner decides, ConferenceControl
// sends). The dragged payload is resolved by the board's drop handling
// (DropActions), handed in as a resolver, so the same tiles and calls mean the
// same here as on the board.
class ConferenceRoomDrops final : public QObject, public DropHandler
{
    Q_OBJECT
public:
    // The dragged item and its words ("ACME Corp"), or false when it is gone.
    using Resolver = std::function<bool(const QMimeData* mime, DropItem* item, QString* label)>;
    // One room row's server parts, or nulls when the row is gone.
    struct Room
    {
        QString serverId;
        QPointer<ConferenceStore> store;
        QPointer<ConferenceControl> control;
        QPointer<AmiPermissions> permissions;
        QString name;
    };
    using RoomLookup = std::function<Room(const QModelIndex& row)>;

    ConferenceRoomDrops(RoomLookup rooms, QObject* parent = nullptr);
    ~ConferenceRoomDrops() override;

    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }

    Preview preview(
        const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) const override;
    bool drop(const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) override;
    void refused(const QString& reason) override;

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

private:
    struct Decision
    {
        ConferenceDropPlan plan;
        Room room;
        QString label;
        bool found = false;
    };
    Decision decide(const QMimeData* mime, const QModelIndex& target) const;
    QString text(const Decision& d) const;

    RoomLookup m_rooms;
    Resolver m_resolver;
};
