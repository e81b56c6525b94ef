// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailMessage.h"

#include "core/voicemail/AudioFormatProbe.h"

QString VoicemailMessage::identity() const
{
    if (QString id = info.identity(); !id.isEmpty())
        return id;
    return folderPath + u'/' + baseName(index);
}

QString VoicemailMessage::preferredAudioPath() const
{
    QString best;
    int bestRank = 100;
    for (const QString& path : audioPaths) {
        int rank = 50;
        switch (AudioFormatProbe::probeFile(path)) {
        case AudioFormatProbe::Kind::WavPcm:
            rank = 0;
            break;
        case AudioFormatProbe::Kind::WavOther:
            rank = 1;
            break;
        case AudioFormatProbe::Kind::WavGsm:
            rank = 2;
            break;
        case AudioFormatProbe::Kind::RawGsm:
            rank = 3;
            break;
        case AudioFormatProbe::Kind::Other:
            rank = 4;
            break;
        case AudioFormatProbe::Kind::Unknown:
            rank = 5;
            break;
        }
        if (rank < bestRank) {
            bestRank = rank;
            best = path;
        }
    }
    return best;
}

QString VoicemailMessage::baseName(int index)
{
    return QStringLiteral("msg%1").arg(index, 4, 10, QLatin1Char('0'));
}

int VoicemailMessage::indexFromFileName(QStringView fileName)
{
    // Exactly "msg" + 4 digits + "." + a non-empty extension, like make_file()'s "msg%04d".
    if (fileName.size() < 9 || !fileName.startsWith(QLatin1String("msg")) || fileName[7] != u'.')
        return -1;
    int n = 0;
    for (int i = 3; i < 7; ++i) {
        const QChar c = fileName[i];
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}
