// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// "attendant.ami": connection events at info/warning, the AMI traffic itself
// at debug (QT_LOGGING_RULES="attendant.ami.debug=true"). Secret and Key
// values are always written as ********.
Q_DECLARE_LOGGING_CATEGORY(lcAmi)
