// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/RecordingFile.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

// Reads Asterisk's monitor spool (MixMonitor's files), synchronous and free
// of QObject so it runs on RecordingLibrary's worker thread, like
// VoicemailSpool. MixMonitor takes no lock on its files; a file still being
// written is told apart by its WAV header (format_wav writes the lengths on
// close) and by its size changing between two looks.
namespace RecordingScan {

enum class Problem
{
    None,
    Missing, // the directory does not exist (not mounted, wrong path)
    NotADirectory,
    Unreadable, // no permission to list it
};

struct Result
{
    Problem problem = Problem::None;
    QString detail; // the path or the OS error
    QList<RecordingFile> files; // newest first
};

// Audio file suffixes MixMonitor writes that are listed (wav, WAV = wav49, gsm, raw formats).
bool isRecordingName(const QString& fileName);
// Reads one file; previousSize is its size at the last look (-1: not seen before).
RecordingFile readFile(
    const QString& root, const QString& relativePath, const QString& pattern, qint64 previousSize = -1);
// Duration and state from the first bytes of a file and its full size.
void readAudio(RecordingFile& file, QByteArrayView header);
// What the last look found, by file name: a finished file whose size and time did not change is
// taken from here instead of being opened again (a big folder on a share is read every 2 s while
// something records); any other file's size is compared with its size then.
using Previous = QHash<QString, RecordingFile>;
// Every recording under root (and dated subfolders, three levels down as FreePBX makes them).
Result scan(const QString& root, const QString& pattern, const Previous& previous = {});

} // namespace RecordingScan
