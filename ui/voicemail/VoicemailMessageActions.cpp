// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailMessageActions.h"

#include "core/common/DialableNumber.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

using Voicemail::Folder;

VoicemailMessageActions::VoicemailMessageActions(QWidget* owner)
    : QObject(owner)
    , m_moveMenu(new QMenu(tr("Move to"), owner))
    , m_forwardMenu(new QMenu(tr("Forward to"), owner))
{
    QStyle* s = owner->style();
    m_play = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Play"), owner);
    m_play->setShortcut(Qt::Key_Return);
    m_heard = new QAction(s->standardIcon(QStyle::SP_DialogApplyButton), tr("Mark heard"), owner);
    m_move = m_moveMenu->menuAction();
    m_move->setIcon(s->standardIcon(QStyle::SP_DirIcon));
    m_delete = new QAction(s->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), owner);
    m_delete->setShortcut(QKeySequence::Delete);
    m_forward = m_forwardMenu->menuAction();
    m_forward->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    m_save = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("Save recording as…"), owner);
    m_callBack = new QAction(s->standardIcon(QStyle::SP_DialogYesButton), tr("Call back"), owner);
    m_transfer = new QAction(s->standardIcon(QStyle::SP_ArrowRight), tr("Transfer caller"), owner);
    // F3 as in the history; shown in the menu, taken by the message list (VoicemailListKeys),
    // elsewhere F3 calls the selected extension.
    m_callBack->setShortcut(Qt::Key_F3);
    m_callBack->setShortcutContext(Qt::WidgetShortcut);
    for (QAction* a : {m_play, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        owner->addAction(a);
    }
}

void VoicemailMessageActions::update(const QList<VoicemailMessage>& selection)
{
    const bool any = !selection.isEmpty();
    const VoicemailMessage m = any ? selection.first() : VoicemailMessage();
    const bool isNew = any && (m.folder == Folder::Inbox || m.folder == Folder::Urgent);
    // The callerid of a message is whatever the caller sent: call back only
    // a dialable number, and say why not otherwise.
    const QString callerNumber = any ? m.info.callerNumber() : QString();
    const DialableNumber callBack = DialableNumber::parse(callerNumber);
    const bool hasNumber = any && callBack.isValid();
    const QString notDialable = !callerNumber.isEmpty() && !hasNumber
        ? DialableNumber::refusal(callerNumber, callBack.error())
        : QString();
    m_callBack->setToolTip(notDialable);
    m_transfer->setToolTip(notDialable);
    m_play->setEnabled(any && m.isPlayable());
    m_heard->setEnabled(isNew);
    m_move->setEnabled(any);
    m_delete->setEnabled(any);
    m_forward->setEnabled(any && !m.isDamaged());
    m_save->setEnabled(any && m.hasAudio());
    m_callBack->setEnabled(hasNumber);
    m_transfer->setEnabled(hasNumber);
}

void VoicemailMessageActions::addTo(QToolBar* toolbar) const
{
    // Words beside the icons only for the main actions (play, delete, call back): eight labelled
    // buttons overflowed the toolbar in German at 1600 px. The others show their icon, and their
    // words in the tooltip, the overflow menu and to a screen reader.
    for (QAction* a : {m_heard, m_move, m_forward, m_save, m_transfer})
        a->setPriority(QAction::LowPriority);
    toolbar->addAction(m_play);
    toolbar->addAction(m_heard);
    toolbar->addAction(m_move);
    toolbar->addAction(m_delete);
    toolbar->addAction(m_forward);
    toolbar->addAction(m_save);
    toolbar->addSeparator();
    toolbar->addAction(m_callBack);
    toolbar->addAction(m_transfer);
}

void VoicemailMessageActions::addTo(QMenu* menu) const
{
    menu->addAction(m_play);
    menu->addAction(m_heard);
    menu->addMenu(m_moveMenu);
    menu->addAction(m_delete);
    menu->addMenu(m_forwardMenu);
    menu->addAction(m_save);
    menu->addSeparator();
    menu->addAction(m_callBack);
    menu->addAction(m_transfer);
}
