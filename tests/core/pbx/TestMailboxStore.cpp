// SPDX-License-Identifier: GPL-3.0-or-later
// MailboxStore: voicemail counts from MessageWaiting, VoicemailUsersList and MailboxCount.
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/MailboxStore.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

class TestMailboxStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void voicemailCounts();
    void usersListNamesAndDropsUnlisted();
};

void TestMailboxStore::voicemailCounts()
{
    PbxState pbx(QStringLiteral("lab"));
    QSignalSpy mailboxes(pbx.mailboxStore(), &MailboxStore::mailboxChanged);
    QVERIFY(Transcript::replay(
        pbx, QStringLiteral("04-voicemail-no-answer-mwi"), QStringLiteral("MessageWaiting#1")));
    QCOMPARE(mailboxes.count(), 1);
    const Pbx::Mailbox* mb = pbx.mailboxOf(QStringLiteral("1004@phones"));
    QVERIFY(mb);
    QCOMPARE(mb->id, QStringLiteral("1004@default"));
    QCOMPARE(mb->newCount, 1);
    QCOMPARE(mb->oldCount, 0);

    // MailboxCount counts urgent apart; the lamp (new) includes them.
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-voicemail-deposit-and-manage"));
    for (const AmiMessage& m : messages) {
        if (m.isResponse() && m.message() == QLatin1String("Mailbox Message Count"))
            pbx.applyMailboxCount(m);
    }
    const Pbx::Mailbox alice = pbx.mailboxes().value(QStringLiteral("1001@default"));
    QCOMPARE(alice.urgentCount, 1);
    QCOMPARE(alice.newCount, 3);
    QCOMPARE(alice.oldCount, 2);
}

void TestMailboxStore::usersListNamesAndDropsUnlisted()
{
    // On its own, fed the VoicemailUsersList items as PbxSync would.
    MailboxStore store;
    QSignalSpy changed(&store, &MailboxStore::mailboxChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("02-VoicemailUsersList"));
    const auto applyList = [&] {
        store.beginSync();
        for (const AmiMessage& m : messages) {
            if (m.isEvent() && m.contains("ActionID"))
                store.apply(m);
        }
    };
    applyList();
    store.endSync(PbxStore::Category::Mailboxes);
    QVERIFY(!store.mailboxes().isEmpty());
    QCOMPARE(changed.count(), store.mailboxes().size());
    const Pbx::Mailbox* alice = store.mailbox(QStringLiteral("1001@default"));
    QVERIFY(alice);
    QVERIFY(!alice->fullName.isEmpty());

    // The same list again changes nothing.
    changed.clear();
    applyList();
    store.endSync(PbxStore::Category::Mailboxes);
    QCOMPARE(changed.count(), 0);

    // A resync whose list did not answer keeps them; one that answered empty drops them.
    store.beginSync();
    store.endSync(PbxStore::Category::Queues);
    QCOMPARE(changed.count(), 0);
    const auto count = store.mailboxes().size();
    store.beginSync();
    store.endSync(PbxStore::Category::Mailboxes);
    QVERIFY(store.mailboxes().isEmpty());
    QCOMPARE(changed.count(), count);
}

QTEST_GUILESS_MAIN(TestMailboxStore)
#include "TestMailboxStore.moc"
