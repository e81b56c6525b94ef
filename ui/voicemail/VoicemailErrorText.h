// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailTypes.h"

#include <QCoreApplication>

// Words for the voicemail room's error enums and folder names (core has none).
class VoicemailErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(VoicemailErrorText)
public:
    static QString describe(Voicemail::Error error);
    static QString folderTitle(Voicemail::Folder folder);
    // LockTimeout / LockStale with the lock file's path and age (-1: gone
    // meanwhile) and how to clear it; other errors as describe().
    static QString describeLock(Voicemail::Error error, const QString& lockPath, qint64 ageMs);
    // "45 seconds", "12 minutes", "3 hours", "2 days".
    static QString age(qint64 ms);
};
