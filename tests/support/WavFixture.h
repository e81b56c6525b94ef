// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Real audio files as Asterisk's format_wav and format_wav_gsm write them,
// for the recordings library and browser tests.
namespace WavFixture {

// RIFF/WAVE, PCM 16 bit mono 8000 Hz (16000 bytes a second) with a tone.
// finished = false: the lengths are still 0, as while MixMonitor records.
QByteArray pcm(int ms, bool finished = true);
// RIFF/WAVE GSM 6.10 (format tag 0x31, 1625 bytes a second), Asterisk's "wav49".
QByteArray gsm(int ms);
bool write(const QString& path, const QByteArray& bytes);

} // namespace WavFixture
