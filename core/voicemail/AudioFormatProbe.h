// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// What kind of audio a voicemail file holds, from its extension and (for
// RIFF files) the WAVE format tag, so the player can prefer plain PCM and say
// plainly when only GSM is there. Pure: bytes in, kind out. Also read by the
// recordings library (MixMonitor writes the same formats).
namespace AudioFormatProbe {

enum class Kind
{
    Unknown,
    WavPcm, // RIFF/WAVE format tag 1 (Asterisk "wav")
    WavGsm, // RIFF/WAVE format tag 0x31, GSM 6.10 (Asterisk "wav49", file extension "WAV")
    WavOther, // another WAVE format tag (µ-law, A-law, ...)
    RawGsm, // headerless GSM frames (Asterisk "gsm")
    Other, // a format Asterisk can write that is not WAVE or GSM (sln, ulaw, g722, ...)
};

// Where a RIFF/WAVE file's "fmt " and "data" chunks say the audio is.
struct WaveLayout
{
    int formatTag = -1;
    quint32 byteRate = 0; // average bytes per second ("fmt " field)
    qint64 dataOffset = -1; // first audio byte; -1 when the header ends before "data"
    quint32 dataSize = 0; // as written: 0 while Asterisk still records (format_wav fills it on close)
};

// Format tag of a RIFF/WAVE header, or -1 when the bytes are not one.
int waveFormatTag(QByteArrayView header);
// The chunks of a RIFF/WAVE header; nullopt when the bytes are not one or end before "fmt ".
std::optional<WaveLayout> waveLayout(QByteArrayView header);
Kind classify(const QString& fileName, QByteArrayView header);
// Reads the first bytes of the file and classifies it.
Kind probeFile(const QString& path);

} // namespace AudioFormatProbe
