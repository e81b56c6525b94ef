// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QString>

// One debug log line per AMI message ("attendant.ami.debug=true"). Sensitive
// values (Secret, Key) never leave describe(): they are written as ********.
class AmiTrafficLog final
{
public:
    static QString describe(const AmiMessage& message);
};
