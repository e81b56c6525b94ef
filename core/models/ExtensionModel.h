// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ServerListModel.h"
#include "core/pbx/Extension.h"

#include <QHash>
#include <QPointer>

#include <optional>

class ConferenceStore;
class ForwardingStore;
class RecordingStore;

struct ExtensionModelRow
{
    PbxState* state = nullptr;
    QString key;
    mutable std::optional<Pbx::ExtensionActivity> activity;
};

// One row per hinted extension, across all servers added (parking spaces
// included: filter by Context/Group in a proxy; feature hints on Custom:
// states only, such as "*76<ext>" DND toggles and night mode, left out). Rows are
// in arrival order; sort with a QSortFilterProxyModel. Roles: ExtensionRoles
// (models/ModelRoles.h). Data changes are coalesced (CoalescedListModel).
class ExtensionModel final : public ServerListModel<ExtensionModelRow>
{
    Q_OBJECT
public:
    explicit ExtensionModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~ExtensionModel() override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of an extension ("1001@phones") of a server, or an invalid index.
    QModelIndex indexOf(const PbxState* state, const QString& extensionKey) const;
    // The server's call forwarding and database DND (ForwardAlways … DatabaseDnd roles).
    void setForwarding(PbxState* state, ForwardingStore* store);
    // The server's recordings and conference rooms (Recording, RecordingSinceMs, InConference roles):
    // whoever started a recording, the tile of every party of the call shows it.
    void setCallExtras(PbxState* state, RecordingStore* recordings, ConferenceStore* conferences);

private:
    using Row = ExtensionModelRow;

    void connectServer(PbxState* state) override;
    void addRowsOf(PbxState* state) override;
    static bool isTile(const PbxState* state, const QString& key);
    void handleAdded(PbxState* state, const QString& key);
    void handleChanged(PbxState* state, const QString& key);
    void handleRemoved(PbxState* state, const QString& key);
    void handleStaleness(PbxState* state);
    const Pbx::ExtensionActivity& activityOf(const Row& row) const;
    void handleForwardingChanged(PbxState* state, const QString& number);
    // Roles of the extension's calls; its mailbox and reachability.
    QVariant callData(const Row& row, int role) const;
    QVariant lineData(const Row& row, const Pbx::Extension& e, int role) const;
    // The roles of presence return time and forwarding (issue 14).
    QVariant availabilityData(const Row& row, const Pbx::Extension& e, int role) const;
    QVariant forwardingData(const Row& row, const QString& number, int role) const;
    QVariant extrasData(const Row& row, int role) const;
    void markServerDirty(const PbxState* state);

    QHash<const PbxState*, QPointer<ForwardingStore>> m_forwarding;
    struct Extras
    {
        QPointer<RecordingStore> recordings;
        QPointer<ConferenceStore> conferences;
    };
    QHash<const PbxState*, Extras> m_extras;
};
