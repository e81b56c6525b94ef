// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/RecordingFile.h"

#include <QString>
#include <QStringList>

// The recordings browser's filter: which recordings a typed search keeps.
// Every word must be found (folded like the directory: case and accents
// ignored, "jose" finds José) in the recording's parties, file name,
// uniqueid or date — "2026-12-07 09:15" as stored, or the date as the ui
// shows it (`shownDate`, the locale's form). An empty search keeps all.
class RecordingSearch final
{
public:
    explicit RecordingSearch(const QString& text = {});

    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const RecordingFile& file, const QString& shownDate = {}) const;

private:
    QStringList m_words; // folded
};
