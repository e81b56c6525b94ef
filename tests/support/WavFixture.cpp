// SPDX-License-Identifier: GPL-3.0-or-later
#include "WavFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cmath>

namespace WavFixture {

namespace {

void le32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void le16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

QByteArray header(quint16 tag, quint32 byteRate, quint16 blockAlign, quint16 bits, quint32 dataSize,
    const QByteArray& extra = {})
{
    QByteArray h("RIFF");
    le32(h, dataSize ? 4 + 8 + 16 + quint32(extra.size()) + 8 + dataSize : 0);
    h += "WAVEfmt ";
    le32(h, 16 + quint32(extra.size()));
    le16(h, tag);
    le16(h, 1); // mono
    le32(h, 8000);
    le32(h, byteRate);
    le16(h, blockAlign);
    le16(h, bits);
    h += extra;
    h += "data";
    le32(h, dataSize);
    return h;
}

} // namespace

QByteArray pcm(int ms, bool finished)
{
    const int samples = 8 * ms;
    QByteArray audio;
    audio.reserve(samples * 2);
    for (int i = 0; i < samples; ++i)
        le16(audio, quint16(qint16(3000 * std::sin(i * 2 * M_PI * 440 / 8000))));
    return header(1, 16000, 2, 16, finished ? quint32(audio.size()) : 0) + audio;
}

QByteArray gsm(int ms)
{
    // 65 bytes per 320 samples (two 20 ms frames); the bytes need not be valid speech for the header.
    const QByteArray audio(ms / 40 * 65, '\x55');
    QByteArray extra;
    le16(extra, 2); // cbSize
    le16(extra, 320); // samples per block
    return header(0x31, 1625, 65, 0, quint32(audio.size()), extra) + audio;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace WavFixture
