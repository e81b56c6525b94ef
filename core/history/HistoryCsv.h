// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"

#include <QByteArray>

// The history as CSV (RFC 4180, UTF-8, CRLF), for a spreadsheet: fixed
// English column names and enum keys, so a script can read it in any
// language. Cells a spreadsheet would run as a formula (= + - @ at the start,
// as in a caller name "=HYPERLINK(…)") get a leading apostrophe.
class HistoryCsv final
{
public:
    static QByteArray write(const CallRecords& records);
    static QString cell(const QString& value);
};
