// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/RecordingText.h"

#include <QDir>
#include <QLocale>

using State = RecordingFile::State;

QString RecordingText::state(State state)
{
    switch (state) {
    case State::Complete:
        return tr("✔ Complete");
    case State::Growing:
        return tr("● Being recorded");
    case State::Empty:
        return tr("∅ Empty");
    case State::Damaged:
        return tr("⚠ Damaged");
    case State::Unreadable:
        return tr("✘ Cannot be read");
    }
    return {};
}

QString RecordingText::notPlayable(const RecordingFile& file)
{
    switch (file.state) {
    case State::Complete:
    case State::Growing:
        return {};
    case State::Empty:
        return tr("∅ This recording has no audio (%1): the call was probably hung up as it started.")
            .arg(file.detail);
    case State::Damaged:
        return tr("⚠ This file is damaged (%1) and cannot be played. A copy can still be saved.")
            .arg(file.detail);
    case State::Unreadable:
        return tr("✘ This file cannot be read from this computer (%1): ask for membership of Asterisk's "
                  "group.")
            .arg(file.detail);
    }
    return {};
}

QString RecordingText::duration(qint64 ms)
{
    if (ms < 0)
        return tr("?", "unknown duration");
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString RecordingText::caller(const RecordingFile& file)
{
    return file.namedByTemplate ? file.caller : QStringLiteral("—");
}

QString RecordingText::callee(const RecordingFile& file)
{
    return file.namedByTemplate ? file.callee : QStringLiteral("—");
}

QString RecordingText::row(const RecordingFile& file)
{
    const QString when = QLocale().toString(file.when, QLocale::ShortFormat);
    const QString length = file.durationMs < 0 ? tr("length unknown") : duration(file.durationMs);
    if (!file.namedByTemplate)
        return tr("%1, %2, %3, %4").arg(state(file.state), when, file.fileName, length);
    return tr("%1, %2, %3 to %4, %5").arg(state(file.state), when, file.caller, file.callee, length);
}

QString RecordingText::problem(RecordingScan::Problem problem, const QString& directory)
{
    const QString dir = QDir::toNativeSeparators(directory);
    switch (problem) {
    case RecordingScan::Problem::None:
        return {};
    case RecordingScan::Problem::Missing:
        return tr("✘ The recordings folder %1 does not exist on this computer. Mount Asterisk's monitor "
                  "folder here, or change it in Settings → Recording.")
            .arg(dir);
    case RecordingScan::Problem::NotADirectory:
        return tr("✘ %1 is a file, not a folder: change it in Settings → Recording.").arg(dir);
    case RecordingScan::Problem::Unreadable:
        return tr("✘ The recordings folder %1 cannot be read: ask for membership of Asterisk's group.")
            .arg(dir);
    }
    return {};
}

QString RecordingText::error(RecordingLibrary::Error error, const QString& fileName, const QString& detail)
{
    switch (error) {
    case RecordingLibrary::Error::None:
        return {};
    case RecordingLibrary::Error::NotFound:
        return tr("✘ %1 is no longer there: someone else moved or deleted it.").arg(fileName);
    case RecordingLibrary::Error::StillRecording:
        return tr("● %1 is still being recorded: stop the recording first.").arg(fileName);
    case RecordingLibrary::Error::IoError:
        return tr("✘ %1: %2").arg(fileName, detail);
    }
    return {};
}

QString RecordingText::templateProblem(RecordingFileName::Problem problem)
{
    switch (problem) {
    case RecordingFileName::Problem::None:
        return {};
    case RecordingFileName::Problem::Empty:
        return tr("✘ The file name is empty.");
    case RecordingFileName::Problem::NoPlaceholder:
        return tr("✘ Every recording would get the same name: add {uniqueid} or {date} and {time}.");
    case RecordingFileName::Problem::UnknownPlaceholder:
        return tr("✘ Unknown placeholder: use {caller}, {callee}, {date}, {time} and {uniqueid}.");
    case RecordingFileName::Problem::Directory:
        return tr("✘ No folders in the file name: MixMonitor writes into the monitor folder.");
    }
    return {};
}
