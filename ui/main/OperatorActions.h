// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pbx/CallControl.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QMenu;
class Settings;

// Every way the operator acts on calls — menus, F-keys, double-click, Enter,
// drag and drop — ends here, so the same gesture always sends the same AMI
// action. Finds the right CallControl for the item's server, works out the
// channels from the call model, keeps the actions' enabled state and
// "why not" tooltips in line with the permissions, and reports every
// outcome in words through messageShown().
class OperatorActions final : public QObject
{
    Q_OBJECT
public:
    // The F-key actions (shown in menus, shortcuts configurable). Defaults
    // as in docs/user.md: F3 call, F4 hang up, F5 transfer, F6 attended
    // transfer, F7 park, F8 pick up, F9 answer the next queue caller.
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
    QAbstractItemModel* callModel() const { return m_calls; }
    // The board's current tile (any model index with ExtensionRoles).
    void setCurrentTileProvider(std::function<QModelIndex()> provider);
    // Digits typed into the filter: a number to dial when no tile matches.
    void setTypedNumberProvider(std::function<QString()> provider);

    QAction* action(Key key) const { return m_keys.value(key); }
    static QString settingsName(Key key);
    static QString defaultShortcut(Key key);
    void applyShortcuts(const Settings& settings);

    // Gestures
    void callTile(const QModelIndex& tile);
    void callNumber(const QString& serverId, const QString& number);
    // Blind transfer of the operator's current call to a number (directory, voicemail).
    void transferTo(const QString& number);
    void connectTiles(const QModelIndex& from, const QModelIndex& to); // tile dropped on tile
    void transferCallToTile(const QString& callKey, const QModelIndex& tile); // call dropped on tile
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

private:
    QAction* addMenuAction(QMenu* menu, const QString& text, CallControl* control, CallControl::Operation op,
        std::function<void()> run);
    void updateKeyActions();
    void triggerKey(Key key);
    void handleFailed(
        quint64 id, CallControl::Operation operation, CallControl::Failure failure, const QString& message);
    void handleSucceeded(quint64 id, CallControl::Operation operation);
    QString tileNumber(const QModelIndex& tile) const;
    QString tileLabel(const QModelIndex& tile) const;
    CallControl* controlFor(const QModelIndex& index) const;
    QModelIndex oldestRingingCall(bool queueOnly) const;

    QHash<QString, QPointer<CallControl>> m_controls;
    QPointer<QAbstractItemModel> m_calls;
    std::function<QModelIndex()> m_currentTile;
    std::function<QString()> m_typedNumber;
    QHash<Key, QAction*> m_keys;
};
