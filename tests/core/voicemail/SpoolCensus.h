// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpoolFixture.h"
#include "core/voicemail/MessageInfo.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QDir>
#include <QHash>
#include <QStringList>

// Every message of a mailbox counted by the msg_id written into it, and
// everything that is not as app_voicemail leaves a folder: a gap in the
// numbering, a .txt without its audio (or the other way round), audio that
// belongs to another message, a file that is no message, a leftover lock.
struct SpoolCensus
{
    QHash<QString, int> seen; // msg_id → copies
    QStringList problems;

    int duplicates() const
    {
        int n = 0;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            n += it.value() > 1 ? 1 : 0;
        return n;
    }
    QSet<QString> ids() const { return QSet<QString>(seen.keyBegin(), seen.keyEnd()); }

    static SpoolCensus of(const QString& mailboxDir)
    {
        SpoolCensus c;
        for (Voicemail::Folder f : Voicemail::allFolders())
            c.countFolder(mailboxDir + u'/' + Voicemail::folderName(f));
        return c;
    }

private:
    void countFolder(const QString& dir)
    {
        const QStringList files
            = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        if (files.size() % 2)
            problems.append(dir + QStringLiteral(": odd number of files: ") + files.join(u' '));
        for (int i = 0; i < files.size() / 2; ++i) {
            const QString base = QStringLiteral("msg%1").arg(i, 4, 10, QLatin1Char('0'));
            if (files[2 * i] != base + QStringLiteral(".txt")
                || files[2 * i + 1] != base + QStringLiteral(".wav")) {
                problems.append(dir + QStringLiteral(": expected ") + base
                    + QStringLiteral(".txt/.wav, found ") + files[2 * i] + u' ' + files[2 * i + 1]);
                return;
            }
            const MessageInfo info = MessageInfo::parse(SpoolFixture::readAll(dir + u'/' + files[2 * i]));
            const QString id = info.msgId();
            if (!info.isValid()
                || SpoolFixture::readAll(dir + u'/' + files[2 * i + 1]) != SpoolFixture::fakeWav(id))
                problems.append(dir + u'/' + base + QStringLiteral(": metadata and audio do not match"));
            ++seen[id];
        }
    }
};
