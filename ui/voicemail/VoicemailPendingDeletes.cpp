// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailPendingDeletes.h"

#include "core/common/Clock.h"
#include "ui/voicemail/VoicemailMessageProxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using Voicemail::Error;

namespace {
QString hiddenKeyOf(const VoicemailMessage& m)
{
    return VoicemailMessageProxy::hiddenKey(m.mailboxKey(), int(m.folder), m.identity());
}
} // namespace

VoicemailPendingDeletes::VoicemailPendingDeletes(VoicemailStore* store, Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_timer((clock ? clock : Clock::system())->createTimer(this))
    , m_label(new QLabel(this))
    , m_undoAction(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo delete"), this))
{
    m_undoAction->setShortcut(QKeySequence::Undo);
    // The whole window: after taking a call the focus is on the board, not here.
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    m_undoAction->setEnabled(false);
    auto* button = new QPushButton(this);
    button->setText(tr("Undo (%1)").arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    button->setAccessibleName(tr("Undo delete"));
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(button);
    hide();

    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &VoicemailPendingDeletes::commit);
    connect(button, &QPushButton::clicked, this, &VoicemailPendingDeletes::undo);
    connect(m_undoAction, &QAction::triggered, this, &VoicemailPendingDeletes::undo);
    connect(
        m_store, &VoicemailStore::operationFinished, this, &VoicemailPendingDeletes::handleOperationFinished);
}

VoicemailPendingDeletes::~VoicemailPendingDeletes()
{
    // The user deleted these; closing the panel must not bring them back.
    // Quietly: the browser that listens is being destroyed too.
    const QSignalBlocker quiet(this);
    commit();
}

QSet<QString> VoicemailPendingDeletes::hiddenMessages() const
{
    QSet<QString> hidden;
    for (const VoicemailMessage& m : m_pending)
        hidden.insert(hiddenKeyOf(m));
    for (const QString& key : m_inFlight)
        hidden.insert(key);
    return hidden;
}

void VoicemailPendingDeletes::remove(const QList<VoicemailMessage>& messages)
{
    if (messages.isEmpty())
        return;
    commit();
    m_pending = messages;
    m_timer->start(m_undoDelayMs);
    updateBar();
    Q_EMIT hiddenChanged();
}

void VoicemailPendingDeletes::undo()
{
    if (m_pending.isEmpty())
        return;
    m_timer->stop();
    m_pending.clear();
    updateBar();
    Q_EMIT hiddenChanged();
}

void VoicemailPendingDeletes::commit()
{
    m_timer->stop();
    const QList<VoicemailMessage> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return;
    // Stays hidden until the store has done it, so the row does not flash back.
    for (const VoicemailMessage& m : pending)
        m_inFlight.insert(m_store->deleteMessage(m), hiddenKeyOf(m));
    updateBar();
    Q_EMIT hiddenChanged();
}

void VoicemailPendingDeletes::handleOperationFinished(
    VoicemailStore::OperationId id, Error error, const QString& detail)
{
    if (!m_inFlight.remove(id))
        return;
    Q_EMIT hiddenChanged();
    // Gone already (the owner deleted it on the phone meanwhile): that is what the user wanted.
    if (error != Error::None && error != Error::MessageNotFound)
        Q_EMIT failed(error, detail);
}

void VoicemailPendingDeletes::updateBar()
{
    m_undoAction->setEnabled(!m_pending.isEmpty());
    if (m_pending.isEmpty()) {
        hide();
        return;
    }
    if (m_pending.size() == 1) {
        const MessageInfo& info = m_pending.first().info;
        const QString caller = !info.callerName().isEmpty() ? info.callerName()
            : !info.callerNumber().isEmpty()                ? info.callerNumber()
                                                            : tr("an unknown caller");
        m_label->setText(tr("Deleted the message from %1.").arg(caller));
    } else {
        m_label->setText(tr("Deleted %n message(s).", nullptr, int(m_pending.size())));
    }
    show();
}
