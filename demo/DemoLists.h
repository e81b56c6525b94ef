// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QList>

class DemoWorld;

// The items of the list actions, built from the world's state with the
// recorded header order (02-ExtensionStateList, 02-DeviceStateList,
// 02-CoreShowChannels-during-calls, 04-park-and-retrieve, 02-QueueStatus-*,
// 02-VoicemailUsersList). The session adds the start response and the
// Complete event.
class DemoLists final
{
public:
    static QList<AmiMessage> extensionStateList(const DemoWorld& w, QByteArrayView actionId);
    static QList<AmiMessage> deviceStateList(const DemoWorld& w, QByteArrayView actionId);
    static QList<AmiMessage> coreShowChannels(const DemoWorld& w, QByteArrayView actionId);
    static QList<AmiMessage> parkedCallsList(const DemoWorld& w, QByteArrayView actionId);
    static QList<AmiMessage> queueStatus(const DemoWorld& w, QByteArrayView actionId, const QString& queue);
    static QList<AmiMessage> voicemailUsers(const DemoWorld& w, QByteArrayView actionId);

private:
    // QueueStatus items: one member (by extension number), one waiting caller (by channel id).
    static AmiMessage queueMember(const DemoWorld& w, const QString& extension, QByteArrayView actionId);
    struct Waiting
    {
        int position;
        qint64 nowMs;
    };
    static AmiMessage queueEntry(
        const DemoWorld& w, const QString& id, Waiting waiting, QByteArrayView actionId);
};
