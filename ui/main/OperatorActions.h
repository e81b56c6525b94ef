// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/CallLookup.h"
#include "core/operator/OperatorChoice.h"
#include "core/operator/OperatorKeys.h"
#include "core/operator/OperatorPlanner.h"
#include "core/operator/OperatorServers.h"
#include "core/operator/WaitingCallers.h"
#include "core/pbx/CallControl.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>

#include <functional>

class ActionReport;
class QAbstractItemModel;
class QAction;
class QMenu;
class Settings;

// Every way the operator acts on calls — menus, F-keys, double-click, Enter,
// links, the directory and voicemail buttons — ends here and goes through
// OperatorPlanner (core/operator), so the same gesture always sends the same
// AMI action. This class only maps: model rows to the planner's items, its
// choices to QActions, menus and words, and every outcome to a sentence that
// says who and what (messageShown()). Drops: DropActions and DropPlanner.
class OperatorActions final : public QObject
{
    Q_OBJECT
public:
    using Key = OperatorKeys::Key;
    static QList<Key> allKeys() { return OperatorKeys::all(); }

    explicit OperatorActions(QObject* parent = nullptr);
    ~OperatorActions() override;

    void addServer(const QString& serverId, CallControl* control);
    void removeServer(const QString& serverId);
    CallControl* control(const QString& serverId) const { return m_servers->control(serverId); }
    QList<CallControl*> controls() const { return m_servers->all(); }

    void setCallModel(QAbstractItemModel* calls);
    QAbstractItemModel* callModel() const { return m_lookup.callModel(); }
    // Waiting queue callers, for F9.
    void setQueueModel(QAbstractItemModel* queues);
    // The board's current tile (any model index with ExtensionRoles).
    void setCurrentTileProvider(std::function<QModelIndex()> provider);
    // Digits typed into the filter: a number to dial when no tile matches.
    void setTypedNumberProvider(std::function<QString()> provider);

    QAction* action(Key key) const { return m_keys.value(key); }
    // Why `operation` cannot be used on any server (the AMI account's rights,
    // no server); empty when at least one server permits it.
    QString unavailableReason(CallControl::Operation operation) const;
    void applyShortcuts(const Settings& settings);

    // Gestures
    void callTile(const QModelIndex& tile);
    // A number from a directory, a voicemail or the call log: it must pass
    // DialableNumber (CallControl refuses it with the reason otherwise).
    void callNumber(const QString& serverId, const QString& number);
    // A number the operator typed (board filter, Dial a number).
    void callTypedNumber(const QString& serverId, const QString& number);
    // Blind transfer of the operator's current call to a number (directory,
    // voicemail): checked like callNumber().
    void transferTo(const QString& number);
    // Requests sent elsewhere (drag and drop): their outcome is reported
    // with who and what ("Transferred ACME Corp to Zoë Müller").
    void describeTransfer(CallControl* c, quint64 id, const QString& who, const QString& to, bool attended);
    void describeConnect(CallControl* c, quint64 id, const QString& first, const QString& second);
    void populateTileMenu(QMenu* menu, const QModelIndex& tile);
    void populateCallMenu(QMenu* menu, const QModelIndex& call);
    void retrieveParked(const QModelIndex& parked);
    void setQueuePaused(const QModelIndex& member, bool paused, const QString& reason);

    // The operator's own call right now (answered preferred), or invalid.
    QModelIndex operatorCall(const QString& serverId) const;
    // The call a tile's extension takes part in; ringingOnly: calls ringing it.
    QModelIndex callOfTile(const QModelIndex& tile, bool ringingOnly = false) const;
    QModelIndex callByKey(const QString& key) const { return m_lookup.byKey(key); }
    static QString deviceOfTile(const QModelIndex& tile);

Q_SIGNALS:
    // A sentence for the status bar; error = show it prominently.
    void messageShown(const QString& text, bool error);
    void operationSucceeded(CallControl::Operation operation);
    void attendedTransferFinished(CallControl::TransferOutcome outcome, const QString& text);
    // A server came or went, or an account's rights became known.
    void permissionsChanged();

private:
    // The planner's view of the item's PBX: the operator's phone and call
    // there, and the calls of `tile` (when valid).
    OperatorSituation situation(CallControl* c, const QString& serverId, const OperatorTile& tile = {}) const;
    void run(CallControl* c, const OperatorChoice& choice);
    void refuse(OperatorChoice::Refusal refusal);
    void callNumberFrom(const QString& serverId, const QString& number, CallControl::NumberOrigin origin);
    void handleTransferFinished(CallControl::TransferOutcome outcome, const QString& detail);
    QKeySequence shortcutOf(OperatorChoice::Kind kind) const;
    void updateKeyActions();
    void triggerKey(Key key);

    OperatorServers* m_servers;
    ActionReport* m_report;
    CallLookup m_lookup;
    WaitingCallers m_waiting;
    std::function<QModelIndex()> m_currentTile;
    std::function<QString()> m_typedNumber;
    QHash<Key, QAction*> m_keys;
};
