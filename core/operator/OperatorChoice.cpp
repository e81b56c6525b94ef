// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorChoice.h"

OperatorChoice OperatorChoice::refuse(Refusal refusal)
{
    OperatorChoice c;
    c.refusal = refusal;
    return c;
}

OperatorChoice OperatorChoice::make(
    Kind kind, const OperatorRequest& request, const QString& who, const QString& target)
{
    OperatorChoice c;
    c.kind = kind;
    c.request = request;
    c.who = who;
    c.target = target;
    return c;
}
