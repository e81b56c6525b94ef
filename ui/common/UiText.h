// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxServerStatus.h"

#include <QCoreApplication>
#include <QString>

// Words for core's enums: core reports enums, the ui says them (tr()).
class UiText final
{
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    static QString operation(CallControl::Operation operation);
    static QString failure(CallControl::Failure failure);
    // "Transfer failed: No such channel" — what the user reads.
    static QString failureSentence(
        CallControl::Operation operation, CallControl::Failure failure, const QString& asteriskMessage);
    static QString transferOutcome(CallControl::TransferOutcome outcome);
    static QString connectionState(PbxServerStatus::State state, qint64 reconnectInMs = -1);
    static QString connectionError(AmiClient::Error error);
    // Why an action is greyed out.
    static QString missingPermission(const QString& writeClass);
    // "0:42", "12:03", "1:02:03"
    static QString duration(qint64 ms);
    // Text from outside (a name, a number) made safe for a menu or button
    // label: '&' doubled, so "1001&PJSIP/1002" is not shown as "1001PJSIP/1002"
    // with an underlined P, and control characters escaped.
    static QString menuLabel(QStringView text);
};
