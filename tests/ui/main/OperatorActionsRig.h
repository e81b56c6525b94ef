// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Settings.h"

#include <QMenu>
#include <QModelIndex>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class AmiClient;
class CallControl;
class FakeAmiServer;
class MainWindow;
class OperatorActions;
class PbxState;
class QAction;
class QStandardItemModel;

enum class Gesture
{
    MenuCall,
    EnterCall,
    DoubleClickCall,
    MenuTransfer,
    KeyTransfer,
    DropCallOnTile,
    MenuAttendedTransfer,
    KeyAttendedTransfer,
    KeyPark,
    KeyHangup,
    MenuPickup,
    KeyPickup,
    KeyAnswerQueue,
    KeyCall,
    TypedNumberEnter,
    DropTileOnTile,
    MenuListen,
    MenuWhisper,
    MenuBarge,
    MenuVoicemail,
    QueuePause,
    ParkedRetrieve,
};

Q_DECLARE_METATYPE(Gesture)

// What the operator-action tests share: the main window on the UI fixtures'
// office, its OperatorActions driving a CallControl logged in to a
// FakeAmiServer, made anew for every test function (setUpRig() from init(),
// tearDownRig() from cleanup()), and each gesture a receptionist makes.
class OperatorActionsRig : public QObject
{
protected:
    void setUpRig();
    void tearDownRig();
    QModelIndex tile(const QString& number) const;
    QAction* menuAction(const QString& number, const QString& textStart);
    void perform(Gesture gesture);
    void pressKey(Qt::Key key);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
    QStandardItemModel* m_extensions = nullptr;
    std::unique_ptr<QMenu> m_menu;

private:
    void performMenu(Gesture gesture);
    void performKey(Gesture gesture);
    void performOther(Gesture gesture);
};
