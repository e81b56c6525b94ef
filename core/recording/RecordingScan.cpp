// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingScan.h"

#include "core/recording/RecordingFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using AudioFormatProbe::Kind;
using State = RecordingFile::State;

namespace RecordingScan {

namespace {

constexpr int kMaxDepth = 3; // FreePBX: monitor/yyyy/mm/dd/
constexpr qint64 kGsmFrameBytes = 33; // 20 ms of GSM 6.10
constexpr qint64 kGsmFrameMs = 20;

// Bytes per second of the headerless formats Asterisk writes; 0 for unknown ones.
qint64 rawByteRate(const QString& suffix)
{
    if (suffix == u"ulaw" || suffix == u"alaw" || suffix == u"ul" || suffix == u"al" || suffix == u"g722")
        return 8000;
    if (suffix == u"sln")
        return 16000;
    return 0;
}

void fail(RecordingFile& file, State state, const char* detail)
{
    file.state = state;
    file.detail = QString::fromLatin1(detail);
}

void readWave(RecordingFile& file, QByteArrayView header)
{
    const std::optional<AudioFormatProbe::WaveLayout> layout = AudioFormatProbe::waveLayout(header);
    if (!layout)
        return fail(file, State::Damaged,
            header.size() < 12 || header.startsWith("RIFF") ? "WAV header cut short" : "not a WAV file");
    if (layout->dataOffset < 0)
        return fail(file, State::Damaged, "WAV header ends before the audio");
    const qint64 audioBytes = file.size - layout->dataOffset;
    if (audioBytes <= 0)
        return fail(file, State::Empty, "no audio after the header");
    if (layout->byteRate > 0)
        file.durationMs = std::min<qint64>(audioBytes, layout->dataSize ? layout->dataSize : audioBytes)
            * 1000 / layout->byteRate;
    if (layout->dataSize == 0)
        fail(file, State::Growing, "WAV header not finished: Asterisk still records, or stopped abruptly");
    else if (layout->dataSize > quint64(audioBytes))
        fail(file, State::Damaged, "shorter than its WAV header says");
}

} // namespace

bool isRecordingName(const QString& fileName)
{
    if (fileName.startsWith(u'.'))
        return false;
    const QString suffix = QFileInfo(fileName).suffix();
    return suffix.compare(u"wav", Qt::CaseInsensitive) == 0 || suffix == u"wav49" || suffix == u"gsm"
        || rawByteRate(suffix) > 0;
}

void readAudio(RecordingFile& file, QByteArrayView header)
{
    file.kind = AudioFormatProbe::classify(file.fileName, header);
    if (file.size == 0)
        return fail(file, State::Empty, "0 bytes");
    const QString suffix = QFileInfo(file.fileName).suffix();
    if (suffix.compare(u"wav", Qt::CaseInsensitive) == 0 || suffix == u"wav49")
        return readWave(file, header);
    if (suffix == u"gsm")
        file.durationMs = file.size / kGsmFrameBytes * kGsmFrameMs;
    else if (const qint64 rate = rawByteRate(suffix))
        file.durationMs = file.size * 1000 / rate;
}

RecordingFile readFile(
    const QString& root, const QString& relativePath, const QString& pattern, qint64 previousSize)
{
    RecordingFile file;
    file.path = root + u'/' + relativePath;
    file.fileName = relativePath;
    const QFileInfo info(file.path);
    file.size = info.size();
    file.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    file.when = info.lastModified();
    if (const auto parts = RecordingFileName::parse(pattern, info.fileName())) {
        file.namedByTemplate = true;
        file.caller = parts->caller;
        file.callee = parts->callee;
        file.uniqueid = parts->uniqueid;
        if (parts->when.isValid())
            file.when = parts->when;
        else if (const qint64 secs = parts->uniqueid.section(u'.', 0, 0).toLongLong(); secs > 0)
            file.when = QDateTime::fromSecsSinceEpoch(secs); // a uniqueid starts with the channel's birth
    }
    QFile f(file.path);
    // Unbuffered: the first 512 bytes, not the 16 KiB a buffered QFile asks a slow share for.
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        file.state = State::Unreadable;
        file.detail = f.errorString();
        return file;
    }
    readAudio(file, f.read(512));
    if (file.state == State::Complete && previousSize >= 0 && previousSize != file.size) {
        file.state = State::Growing;
        file.detail = QStringLiteral("size changed since the last look");
    }
    return file;
}

namespace {

void scanDirectory(const QString& root, const QString& relative, int depth, const QString& pattern,
    const Previous& previous, QList<RecordingFile>& out)
{
    const QDir dir(relative.isEmpty() ? root : root + u'/' + relative);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& e : entries) {
        const QString name = relative.isEmpty() ? e.fileName() : relative + u'/' + e.fileName();
        if (e.isDir()) {
            if (depth < kMaxDepth && !e.fileName().startsWith(u'.'))
                scanDirectory(root, name, depth + 1, pattern, previous, out);
        } else if (isRecordingName(e.fileName())) {
            const auto seen = previous.constFind(name);
            if (seen == previous.cend()) {
                out.append(readFile(root, name, pattern));
                continue;
            }
            const bool unchanged = seen->size == e.size()
                && seen->modifiedMs == e.lastModified().toMSecsSinceEpoch()
                && seen->state != RecordingFile::State::Growing;
            out.append(unchanged ? *seen : readFile(root, name, pattern, seen->size));
        }
    }
}

} // namespace

Result scan(const QString& root, const QString& pattern, const Previous& previous)
{
    Result r;
    const QFileInfo info(root);
    r.detail = QDir::toNativeSeparators(root);
    if (!info.exists()) {
        r.problem = Problem::Missing;
        return r;
    }
    if (!info.isDir()) {
        r.problem = Problem::NotADirectory;
        return r;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        r.problem = Problem::Unreadable;
        return r;
    }
    scanDirectory(QDir::cleanPath(root), QString(), 0, pattern, previous, r.files);
    std::sort(r.files.begin(), r.files.end(), [](const RecordingFile& a, const RecordingFile& b) {
        return a.when != b.when ? a.when > b.when : a.fileName < b.fileName;
    });
    return r;
}

} // namespace RecordingScan
