// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/AudioFormatProbe.h"

#include <QFile>
#include <QFileInfo>

namespace AudioFormatProbe {

namespace {
quint32 le32(QByteArrayView b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
        | quint32(quint8(b[at + 3])) << 24;
}
} // namespace

std::optional<WaveLayout> waveLayout(QByteArrayView header)
{
    if (header.size() < 12 || !header.startsWith("RIFF") || header.sliced(8, 4) != "WAVE")
        return std::nullopt;
    // Walk the chunks: "fmt " (usually right after the RIFF header), then "data".
    WaveLayout layout;
    qsizetype at = 12;
    while (at + 8 <= header.size()) {
        const QByteArrayView id = header.sliced(at, 4);
        const quint32 size = le32(header, at + 4);
        if (id == "fmt ") {
            if (at + 10 > header.size())
                return std::nullopt;
            layout.formatTag = int(quint8(header[at + 8])) | int(quint8(header[at + 9])) << 8;
            if (at + 16 <= header.size())
                layout.byteRate = le32(header, at + 16);
        } else if (id == "data") {
            layout.dataOffset = at + 8;
            layout.dataSize = size;
            break;
        }
        if (size > quint32(header.size()))
            break;
        at += 8 + qsizetype(size) + (size & 1);
    }
    if (layout.formatTag < 0)
        return std::nullopt;
    return layout;
}

int waveFormatTag(QByteArrayView header)
{
    const std::optional<WaveLayout> layout = waveLayout(header);
    return layout ? layout->formatTag : -1;
}

Kind classify(const QString& fileName, QByteArrayView header)
{
    const QString suffix = QFileInfo(fileName).suffix();
    const int tag = waveFormatTag(header);
    if (tag == 1)
        return Kind::WavPcm;
    if (tag == 0x31)
        return Kind::WavGsm;
    if (tag >= 0)
        return Kind::WavOther;
    if (suffix == QLatin1String("gsm"))
        return Kind::RawGsm;
    if (suffix.compare(QLatin1String("wav"), Qt::CaseInsensitive) == 0)
        return Kind::Unknown; // says wav, is not RIFF/WAVE: broken
    return suffix.isEmpty() ? Kind::Unknown : Kind::Other;
}

Kind probeFile(const QString& path)
{
    QFile f(path);
    // Unbuffered: read the 256 bytes looked at, not the 16 KiB a buffered
    // QFile asks for (a spool on a slow share; a pipe that has no more).
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Kind::Unknown;
    return classify(path, f.read(256));
}

} // namespace AudioFormatProbe
