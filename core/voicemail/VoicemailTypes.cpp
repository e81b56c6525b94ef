// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailTypes.h"

namespace Voicemail {

QList<Folder> allFolders()
{
    QList<Folder> folders;
    for (int i = 0; i <= int(Folder::Urgent); ++i)
        folders.append(Folder(i));
    return folders;
}

QString folderName(Folder folder)
{
    switch (folder) {
    case Folder::Inbox:
        return QStringLiteral("INBOX");
    case Folder::Old:
        return QStringLiteral("Old");
    case Folder::Work:
        return QStringLiteral("Work");
    case Folder::Family:
        return QStringLiteral("Family");
    case Folder::Friends:
        return QStringLiteral("Friends");
    case Folder::Cust1:
        return QStringLiteral("Cust1");
    case Folder::Cust2:
        return QStringLiteral("Cust2");
    case Folder::Cust3:
        return QStringLiteral("Cust3");
    case Folder::Cust4:
        return QStringLiteral("Cust4");
    case Folder::Cust5:
        return QStringLiteral("Cust5");
    case Folder::Deleted:
        return QStringLiteral("Deleted");
    case Folder::Urgent:
        return QStringLiteral("Urgent");
    }
    return {};
}

std::optional<Folder> folderFromName(QStringView name)
{
    for (Folder f : allFolders()) {
        if (name.compare(folderName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString errorText(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("no error");
    case Error::LockTimeout:
        return QStringLiteral("the folder is locked by another program");
    case Error::LockStale:
        return QStringLiteral("the folder lock file is stale (left by a crashed program)");
    case Error::LockFailed:
        return QStringLiteral("the folder lock could not be created");
    case Error::FolderFull:
        return QStringLiteral("the destination folder is full");
    case Error::MessageNotFound:
        return QStringLiteral("the message is no longer in that folder");
    case Error::DamagedMessage:
        return QStringLiteral("the message information file is damaged or missing");
    case Error::NoAudio:
        return QStringLiteral("the message has no audio file");
    case Error::IoError:
        return QStringLiteral("a file operation failed");
    case Error::InvalidTarget:
        return QStringLiteral("invalid destination");
    case Error::PbxRefused:
        return QStringLiteral("the PBX refused the operation");
    }
    return {};
}

bool mailboxKeyLess(const QString& a, const QString& b)
{
    const QStringView ma = QStringView(a).left(a.indexOf(u'@'));
    const QStringView mb = QStringView(b).left(b.indexOf(u'@'));
    const QStringView ca = a.contains(u'@') ? QStringView(a).sliced(ma.size() + 1) : u"default";
    const QStringView cb = b.contains(u'@') ? QStringView(b).sliced(mb.size() + 1) : u"default";
    if (ca != cb)
        return ca < cb;
    if (ma.size() != mb.size())
        return ma.size() < mb.size();
    return ma < mb;
}

} // namespace Voicemail
