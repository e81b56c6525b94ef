// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"
#include "ui/main/CallLookup.h"
#include "ui/main/WaitingCallers.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class ActionReport;
class QAbstractItemModel;
class QAction;
class QMenu;
class Settings;

// Every way the operator acts on calls — menus, F-keys, double-click, Enter,
// drag and drop — ends here, so the same gesture always sends the same AMI
// action. Finds the right CallControl for the item's server, works out the
// channels from the call model, keeps the actions' enabled state and
// "why not" tooltips in line with the permissions, and reports every
// outcome in words that say who and what through messageShown().
// The operator's own phone is never called; F-keys ignore key repeat.
class OperatorActions final : public QObject
{
    Q_OBJECT
public:
    // The F-key actions (shown in menus, shortcuts configurable). Defaults
    // as in docs/user.md: F3 call, F4 hang up, F5 transfer, F6 attended
    // transfer, F7 park, F8 pick up, F9 bring the longest-waiting caller
    // (queue or ringing elsewhere) to the operator's phone by Redirect.
    enum class Key
    {
        Call,
        Hangup,
        Transfer,
        AttendedTransfer,
        Park,
        Pickup,
        Answer,
    };
    Q_ENUM(Key)
    static QList<Key> allKeys();

    explicit OperatorActions(QObject* parent = nullptr);
    ~OperatorActions() override;

    void addServer(const QString& serverId, CallControl* control);
    void removeServer(const QString& serverId);
    CallControl* control(const QString& serverId) const;
    QList<CallControl*> controls() const;

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
    static QString settingsName(Key key);
    static QString defaultShortcut(Key key);
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
    // Which of the call's channels is the operator's, and which the other party's.
    QString operatorChannel(const QModelIndex& call) const;
    QString otherChannel(const QModelIndex& call) const;
    // The call a tile's extension takes part in; ringingOnly: calls ringing it.
    QModelIndex callOfTile(const QModelIndex& tile, bool ringingOnly = false) const;
    QModelIndex callByKey(const QString& key) const;
    static QString deviceOfTile(const QModelIndex& tile);

Q_SIGNALS:
    // A sentence for the status bar; error = show it prominently.
    void messageShown(const QString& text, bool error);
    void operationSucceeded(CallControl::Operation operation);
    void attendedTransferFinished(CallControl::TransferOutcome outcome, const QString& text);
    // A server came or went, or an account's rights became known.
    void permissionsChanged();

private:
    QAction* addMenuAction(QMenu* menu, const QString& text, CallControl* control, CallControl::Operation op,
        std::function<void()> run);
    void updateKeyActions();
    void triggerKey(Key key);
    QString tileNumber(const QModelIndex& tile) const;
    QString tileLabel(const QModelIndex& tile) const;
    bool isOperatorTile(const QModelIndex& tile) const;
    CallControl* controlFor(const QModelIndex& index) const;
    QString operatorDevice(const QModelIndex& index) const;
    // "ACME Corp 0612345678": who the operator (or the call's caller side) talks to.
    QString otherParty(const QModelIndex& call) const;
    // The sentences the request's outcome will be reported with.
    void expect(CallControl* c, quint64 id, const QString& done, const QString& failed);
    // Requests every gesture shares, each described for the report.
    // origin: Untrusted for numbers from a directory or voicemail (CallControl checks them).
    void blindTransfer(CallControl* c, const QModelIndex& call, const QString& number, const QString& label,
        CallControl::NumberOrigin origin = CallControl::NumberOrigin::Operator);
    void callNumberFrom(const QString& serverId, const QString& number, CallControl::NumberOrigin origin);
    void attendedTransfer(
        CallControl* c, const QModelIndex& mine, const QString& number, const QString& label);
    void transferKey(
        CallControl* c, const QModelIndex& mine, const QString& target, const QString& label, bool attended);
    void pickup(CallControl* c, const QModelIndex& ringing, const QString& label);
    void park(CallControl* c, const QString& channel, const QString& me, const QString& who);
    void hangup(CallControl* c, const QString& channel, const QString& who);
    void hangupKey(CallControl* c, const QModelIndex& tile, const QModelIndex& mine);
    void takeLongestWaiting(CallControl* c);
    void addTransferEntries(QMenu* menu, CallControl* c, const QModelIndex& mine, const QModelIndex& tile);
    void addSupervisionEntries(QMenu* menu, CallControl* c, const QModelIndex& tile, const QModelIndex& mine);

    QHash<QString, QPointer<CallControl>> m_controls;
    ActionReport* m_report;
    CallLookup m_lookup;
    WaitingCallers m_waiting;
    std::function<QModelIndex()> m_currentTile;
    std::function<QString()> m_typedNumber;
    QHash<Key, QAction*> m_keys;
};
