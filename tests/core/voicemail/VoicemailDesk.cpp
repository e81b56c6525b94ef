// SPDX-License-Identifier: GPL-3.0-or-later
// One Attendant desk as a separate process for TestVoicemailDesks: a real
// VoicemailStore on a shared spool running seeded random operations (move,
// mark heard, delete, purge from Deleted) on what its possibly stale view
// shows, the way a receptionist clicks while another desk and Asterisk
// change the same folders.
//
// usage: VoicemailDesk <spool root> <mailbox key> <operations> <seed>
// Prints "purged <msg_id>" for every message it removed for good, then
// "done <ok> <not found>", and exits 0; any other error: its text, exit 5.

#include "core/voicemail/VoicemailStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cstdio>

using Voicemail::Error;
using Voicemail::Folder;

namespace {

const QList<Folder> kFolders {
    Folder::Inbox, Folder::Old, Folder::Work, Folder::Family, Folder::Urgent, Folder::Deleted};

// Waits for the operations of one batch; false on an unexpected error.
bool waitFor(VoicemailStore& store, QSet<VoicemailStore::OperationId> pending,
    const QHash<VoicemailStore::OperationId, QString>& purges, QHash<int, int>& outcomes)
{
    bool ok = true;
    QEventLoop loop;
    const auto c = QObject::connect(&store, &VoicemailStore::operationFinished, &loop,
        [&](VoicemailStore::OperationId id, Error error, const QString& detail) {
            if (!pending.remove(id))
                return;
            ++outcomes[int(error)];
            if (error == Error::None && purges.contains(id))
                std::printf("purged %s\n", qPrintable(purges.value(id)));
            else if (error != Error::None && error != Error::MessageNotFound) {
                std::printf("error %s %s\n", qPrintable(Voicemail::errorText(error)), qPrintable(detail));
                ok = false;
            }
            if (pending.isEmpty())
                loop.quit();
        });
    QTimer::singleShot(60000, &loop, [&] {
        std::printf("error timeout\n");
        ok = false;
        loop.quit();
    });
    if (!pending.isEmpty())
        loop.exec();
    QObject::disconnect(c);
    return ok;
}

// One random operation on a whole message of the view; 0 when there is none.
VoicemailStore::OperationId operate(VoicemailStore& store, const QString& key, QRandomGenerator& rng,
    QHash<VoicemailStore::OperationId, QString>& purges)
{
    auto whole = [&](Folder f) {
        QList<VoicemailMessage> l = store.messages(key, f);
        l.removeIf([](const VoicemailMessage& m) { return m.isDamaged(); });
        return l;
    };
    Folder from = kFolders[rng.bounded(int(kFolders.size()))];
    QList<VoicemailMessage> list = whole(from);
    if (list.isEmpty())
        list = whole(from = Folder::Inbox);
    if (list.isEmpty())
        return 0;
    const VoicemailMessage m = list[rng.bounded(int(list.size()))];
    const int kind = rng.bounded(10);
    if (kind < 5) {
        Folder to = from;
        while (to == from)
            to = kFolders[rng.bounded(int(kFolders.size()))];
        return store.moveMessage(m, to);
    }
    if (kind < 8)
        return from == Folder::Inbox || from == Folder::Urgent ? store.markHeard(m)
                                                               : store.moveMessage(m, Folder::Inbox);
    const VoicemailStore::OperationId id = store.deleteMessage(m);
    if (from == Folder::Deleted)
        purges.insert(id, m.info.msgId());
    return id;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const QString key = args[2];
    const int operations = args[3].toInt();
    QRandomGenerator rng(args[4].toUInt());
    VoicemailStore store;
    VoicemailSpool::Config config;
    config.root = args[1];
    config.maxMessages = 9999;
    config.maxDeletedMessages = 9999; // delete → Deleted; from Deleted → gone
    store.setConfig(config);
    store.setWatching(false); // stale views on purpose: operations find messages by identity
    QEventLoop scan;
    QObject::connect(&store, &VoicemailStore::scanFinished, &scan, &QEventLoop::quit);
    store.rescan();
    scan.exec();

    QHash<int, int> outcomes;
    QHash<VoicemailStore::OperationId, QString> purges;
    for (int issued = 0; issued < operations;) {
        QSet<VoicemailStore::OperationId> pending;
        for (int b = 0; b < 8 && issued < operations; ++b, ++issued) {
            if (const VoicemailStore::OperationId id = operate(store, key, rng, purges))
                pending.insert(id);
        }
        if (!waitFor(store, pending, purges, outcomes))
            return 5;
        if (issued % 40 == 0)
            store.handleMessageWaiting(key); // what a MessageWaiting event does
    }
    std::printf(
        "done %d %d\n", outcomes.value(int(Error::None)), outcomes.value(int(Error::MessageNotFound)));
    return 0;
}
