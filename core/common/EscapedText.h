// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Text chosen by someone else (a caller ID, a directory field) shown inside
// one of our messages: control, format and line-separator characters become
// visible escapes (\r, \n, \t, \u202E, …) so they can neither break the
// message into lines nor reorder it; longer text is cut at maxLength with "…".
QString escapedForDisplay(QStringView text, qsizetype maxLength = 80);
