// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/AudioFormatProbe.h"

#include <QDateTime>
#include <QString>

// One file in Asterisk's monitor spool as the recordings library read it:
// who and when from its name (the configured template) or else its time,
// how long from its header, and whether it can be played yet.
struct RecordingFile
{
    enum class State
    {
        Complete,
        Growing, // still being written: its size changed since the last look, or its WAV header is unfinished
        Empty, // 0 bytes, or a header with no audio after it
        Damaged, // a header cut short or not the format its name says
        Unreadable, // no permission to read it
    };

    QString path;
    QString fileName; // relative to the monitor directory ("2026/12/06/x.wav" for dated folders)
    QString caller; // empty when the name does not follow the template
    QString callee;
    QString uniqueid;
    QDateTime when; // from the name, else from the uniqueid, else the file's time
    bool namedByTemplate = false;
    qint64 durationMs = -1; // -1: unknown (no header to read it from, a format without one)
    qint64 size = 0;
    qint64 modifiedMs = 0;
    AudioFormatProbe::Kind kind = AudioFormatProbe::Kind::Unknown;
    State state = State::Complete;
    QString detail; // English, for logs and tooltips: what exactly is wrong

    bool canPlay() const { return state == State::Complete || state == State::Growing; }
    friend bool operator==(const RecordingFile&, const RecordingFile&) = default;
};
