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
};
