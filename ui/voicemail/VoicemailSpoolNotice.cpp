// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoicemailSpoolNotice.h"

#include <QDir>
#include <QFileInfo>

VoicemailSpoolNotice* VoicemailSpoolNotice::forUnreadable(const QString& spoolRoot)
{
    const QFileInfo root(spoolRoot);
    if (root.isDir() && root.isReadable())
        return nullptr;
    return new VoicemailSpoolNotice(
        tr("The voicemail spool %1 cannot be read (%2). Mount or share it on this "
           "computer, or change it in Settings → Voicemail.")
            .arg(QDir::toNativeSeparators(spoolRoot),
                root.exists() ? tr("no permission") : tr("it does not exist")));
}

VoicemailSpoolNotice::VoicemailSpoolNotice(const QString& text)
    : QLabel(text)
{
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(12);
}
