// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Settings.h"

#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class AmiClient;
class CallControl;
class DirectoryModel;
class DirectoryPanel;
class FakeAmiServer;
class MainWindow;
class OperatorActions;
class PbxState;
class QDrag;
class QWidget;

// Catches the QDrag a view creates (as its child) when a drag starts.
class DragCatcher final : public QObject
{
public:
    QList<QPointer<QObject>> children;
    QDrag* drag() const;

protected:
    bool eventFilter(QObject*, QEvent* event) override;
};

// What the target showed and did.
struct Outcome
{
    Qt::DropAction moveAction = Qt::IgnoreAction; // the drag cursor: copy, link or "no"
    QString tooltip;
    bool dropped = false;
};

enum class Source
{
    CallRow,
    Tile,
    Contact,
};

enum class Target
{
    Tile,
    CallRow,
};

Q_DECLARE_METATYPE(Source)
Q_DECLARE_METATYPE(Target)

// What the drag-and-drop tests share: the main window on DropFixtures' office
// and a directory, its OperatorActions driving a CallControl logged in to a
// FakeAmiServer, made anew for every test function (setUpRig() from init(),
// tearDownRig() from cleanup()), and a drag played with real mouse events.
//
// QTest presses on the source view and moves past the drag distance, so the
// view's own code builds and starts a real QDrag. The offscreen platform ends
// QDrag::exec at once (its drag is a stub), so the second half is played with
// real QDragEnter/Move/Drop events carrying that QDrag's own QMimeData and
// actions, on the viewport under the target, with the modifiers held; the
// platform's rules are kept: a refused move gets no drop, only a drag leave
// after the button is up. The whole gesture under a real X server is checked
// by hand (docs/user.md, "Drag and drop"). What reaches Asterisk is asserted
// at the fake AMI server.
class DropActionsRig : public QObject
{
protected:
    void setUpRig();
    void tearDownRig();
    QModelIndex tile(const QString& number) const;
    QPoint sourcePoint(Source source, const QString& item, QWidget** viewport) const;
    QPoint targetPoint(Target target, const QString& item, QWidget** viewport) const;
    // Starts a real drag on the source; returns its QDrag (deleted later).
    QDrag* startDrag(Source source, const QString& from);
    Outcome drag(
        Source source, const QString& from, Target target, const QString& to, Qt::KeyboardModifiers mods);
    // Proves that nothing was sent since `before`: a hang-up sent now must be the only new action.
    void expectNothingSentSince(qsizetype before);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
    DirectoryModel* m_directory = nullptr;
    DirectoryPanel* m_directoryPanel = nullptr;
    DragCatcher* m_catcher = nullptr;
};
