// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/CallRowText.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/CallActivity.h"
#include "ui/common/ActivityText.h"
#include "ui/common/StateStyle.h"
#include "ui/common/UiText.h"

#include <QModelIndex>
#include <QPalette>

using Kind = Pbx::CallActivity::Kind;

namespace {

QString party(const QModelIndex& i, int nameRole, int numberRole)
{
    const QString who = ActivityText::party(i.data(numberRole).toString(), i.data(nameRole).toString());
    return who.isEmpty() ? CallRowText::tr("unknown") : who;
}

// The mark's kind: the call's own activity, or, for a call whose caller only
// waits in the dialplan, what the flags say.
Kind markKind(const QModelIndex& i, const Pbx::CallActivity& a)
{
    if (i.data(CallRoles::Ringing).toBool() && (a.hasPeer() || a.kind == Kind::None || a.kind == Kind::Other))
        return Kind::Ringing;
    if (i.data(CallRoles::OnHold).toBool() && (a.hasPeer() || a.kind == Kind::None || a.kind == Kind::Other))
        return Kind::OnHold;
    if (a.kind == Kind::None || a.kind == Kind::Other)
        return Kind::Talking;
    return a.kind;
}

} // namespace

TwoLineDelegate::Lines CallRowText::lines(const QModelIndex& i, qint64 nowMs, const QPalette& palette)
{
    TwoLineDelegate::Lines l;
    const auto a = i.data(CallRoles::Activity).value<Pbx::CallActivity>();
    // Caller on top, what happens below: both stay readable in a narrow dock.
    l.title = party(i, CallRoles::CallerName, CallRoles::CallerNumber);
    const Kind kind = markKind(i, a);
    if (a.hasPeer() || a.kind == Kind::None || a.kind == Kind::Other) {
        // A conversation (or one being set up): who the caller reaches.
        l.subtitle = QStringLiteral("→ ") + party(i, CallRoles::CalleeName, CallRoles::CalleeNumber);
        const QString queue = i.data(CallRoles::Queue).toString();
        if (!queue.isEmpty())
            l.subtitle += QStringLiteral(" · ") + tr("queue %1").arg(queue);
    } else {
        // Not a conversation: say what really happens to the caller.
        l.subtitle = ActivityText::sentence(a, nowMs);
    }
    l.markText = ActivityText::mark(kind);
    l.mark = StateStyle::accent(ActivityText::markState(kind), palette);
    const qint64 answered = i.data(CallRoles::AnsweredMs).toLongLong();
    const qint64 since = answered > 0 ? answered : i.data(CallRoles::StartMs).toLongLong();
    if (since > 0)
        l.right = UiText::duration(nowMs - since);
    return l;
}

QString CallRowText::accessible(const QModelIndex& i, qint64 nowMs)
{
    const TwoLineDelegate::Lines l = lines(i, nowMs, QPalette());
    return QStringList {l.title, l.subtitle, l.markText, l.right}.join(QStringLiteral(", "));
}
