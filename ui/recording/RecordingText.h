// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/RecordingFile.h"
#include "core/recording/RecordingFileName.h"
#include "core/recording/RecordingLibrary.h"
#include "core/recording/RecordingScan.h"

#include <QCoreApplication>
#include <QString>

// The words and symbols of the recordings browser and settings: a file's
// state, a folder that cannot be read, an operation that failed, a template
// that cannot be used. Every state is a symbol and a word, never a colour.
class RecordingText final
{
    Q_DECLARE_TR_FUNCTIONS(RecordingText)
public:
    static QString state(RecordingFile::State state); // "✔ Complete"
    // Why a file cannot be played, or empty when it can.
    static QString notPlayable(const RecordingFile& file);
    static QString duration(qint64 ms); // "1:05", "?" when unknown
    static QString caller(const RecordingFile& file); // the caller, or "—" for a name without the template
    static QString callee(const RecordingFile& file);
    // The row as a screen reader says it.
    static QString row(const RecordingFile& file);
    // Empty when the folder was read.
    static QString problem(RecordingScan::Problem problem, const QString& directory);
    static QString error(RecordingLibrary::Error error, const QString& fileName, const QString& detail);
    static QString templateProblem(RecordingFileName::Problem problem);
};
