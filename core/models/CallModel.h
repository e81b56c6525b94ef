// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ServerListModel.h"
#include "core/pbx/Call.h"

#include <QHash>
#include <QSet>

#include <optional>

struct CallModelRow
{
    PbxState* state = nullptr;
    QString key; // linkedid
    mutable std::optional<Pbx::Call> call;
    mutable QString callerDevice; // of call, cached with it: device changes look for them
    mutable QString calleeDevice;
};

// Active calls of all servers added: one row per conversation (channels
// sharing a Linkedid, reduced to caller and callee; a call that is only a
// second view of another one's conversation is left out, see
// Pbx::Call::duplicateOf). Roles: CallRoles. Rows appear with the call's
// first channel and go with its last one.
class CallModel final : public ServerListModel<CallModelRow>
{
    Q_OBJECT
public:
    explicit CallModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~CallModel() override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const PbxState* state, const QString& linkedid) const;

private:
    using Row = CallModelRow;

    void connectServer(PbxState* state) override;
    void addRowsOf(PbxState* state) override;
    void handleDeviceChanged(PbxState* state, const QString& device);
    void handleAdded(PbxState* state, const QString& linkedid);
    void handleChanged(PbxState* state, const QString& linkedid);
    void handleRemoved(PbxState* state, const QString& linkedid);
    // Removes the call's row and its devices' entries.
    void forgetRow(PbxState* state, const QString& linkedid);
    const Pbx::Call& callOf(const Row& row) const;
    void remember(const Row& row, Pbx::Call call) const;

    // Per server: device → the calls whose caller or callee it was when last
    // read (entries are checked against the row when used, and dropped with it).
    mutable QHash<const PbxState*, QHash<QString, QSet<QString>>> m_callsOfDevice;
};
