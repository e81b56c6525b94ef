// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input on disk: what the scanner lists and what operations do with it.
#include "core/voicemail/VoicemailSpool.h"

#include "SpoolFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using Voicemail::Error;
using Voicemail::Folder;
using Damage = VoicemailMessage::Damage;

class TestVoicemailSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void damagedInfoIsListedNotHidden_data();
    void damagedInfoIsListedNotHidden();
    void infoWithoutAudio();
    void audioWithoutInfo();
    void unreadableInfo();
    void namesThatAreNotMessages();
    void folderOf9999Messages();
    void missingSpoolAndFolders();
    void emptyRecordingIsDamagedButMovable();

private:
    QString folder(const char* name) const
    {
        return m_root + QStringLiteral("/default/1001/") + QLatin1String(name);
    }
    QList<VoicemailMessage> scan(Folder f) const
    {
        return VoicemailSpool::scanFolder(m_root, QStringLiteral("default"), QStringLiteral("1001"), f);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestVoicemailSpool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->path();
    for (const char* f : {"INBOX", "Old", "Work"})
        QVERIFY(QDir().mkpath(folder(f)));
}

void TestVoicemailSpool::damagedInfoIsListedNotHidden_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty .txt") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("binary garbage") << QByteArray("\x7f"
                                                  "ELF\x02\x01\x01\0\0\0",
        10) << QStringLiteral("binary content");
    QTest::newRow("text garbage") << QByteArray("lorem ipsum\n") << QStringLiteral("no [message] section");
    QTest::newRow("empty section") << QByteArray("[message]\n") << QStringLiteral("no fields in [message]");
}

void TestVoicemailSpool::damagedInfoIsListedNotHidden()
{
    QFETCH(QByteArray, txt);
    QFETCH(QString, detail);
    const QString dir = folder("INBOX");
    QVERIFY(SpoolFixture::writeMessage(dir, 0, QStringLiteral("1-1"), QStringLiteral("1001")));
    QVERIFY(SpoolFixture::writeFile(
        SpoolFixture::msgPath(dir, 1, "wav"), SpoolFixture::fakeWav(QStringLiteral("x"))));
    QVERIFY(SpoolFixture::writeFile(SpoolFixture::msgPath(dir, 1, "txt"), txt));
    const QList<VoicemailMessage> list = scan(Folder::Inbox);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[1].damage, Damage::InvalidInfo);
    QCOMPARE(list[1].damageDetail, detail);
    QVERIFY(list[1].hasAudio());
    QVERIFY(!list[1].identity().isEmpty());
    QVERIFY(list[1].identity() != list[0].identity());
    // Asterisk counts it (it has a .txt), so it can still be moved out of the way.
    QCOMPARE(VoicemailSpool::lastMessageIndex(dir), 1);
    VoicemailSpool::Config config;
    config.root = m_root;
    const VoicemailSpool::Result r
        = VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(list[1]), Folder::Work);
    QVERIFY(r.ok());
    QCOMPARE(SpoolFixture::tree(folder("Work")),
        (QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav")}));
    QCOMPARE(SpoolFixture::readAll(folder("Work") + QStringLiteral("/msg0000.txt")), txt);
}

void TestVoicemailSpool::infoWithoutAudio()
{
    const QString dir = folder("INBOX");
    QVERIFY(SpoolFixture::writeFile(SpoolFixture::msgPath(dir, 0, "txt"),
        SpoolFixture::fakeTxt(QStringLiteral("2-2"), QStringLiteral("1001"), 1700000000)));
    const QList<VoicemailMessage> list = scan(Folder::Inbox);
    QCOMPARE(list.size(), 1);
    QVERIFY(!list[0].isDamaged());
    QVERIFY(!list[0].hasAudio());
    QCOMPARE(list[0].preferredAudioPath(), QString());
    VoicemailSpool::Config config;
    config.root = m_root;
    const VoicemailSpool::Result r = VoicemailSpool::saveAudio(
        config, VoicemailSpool::MessageRef::of(list[0]), m_root + QStringLiteral("/out.wav"));
    QCOMPARE(r.error, Error::NoAudio);
    // Moving it moves the .txt alone.
    QVERIFY(VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(list[0]), Folder::Old).ok());
    QCOMPARE(SpoolFixture::tree(folder("Old")), QStringList {QStringLiteral("msg0000.txt")});
}

void TestVoicemailSpool::audioWithoutInfo()
{
    const QString dir = folder("INBOX");
    QVERIFY(SpoolFixture::writeMessage(dir, 0, QStringLiteral("3-3"), QStringLiteral("1001")));
    // A half-written or half-deleted message far behind the last one.
    QVERIFY(SpoolFixture::writeFile(
        SpoolFixture::msgPath(dir, 5, "wav"), SpoolFixture::fakeWav(QStringLiteral("orphan"))));
    const QList<VoicemailMessage> list = scan(Folder::Inbox);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[1].index, 5);
    QCOMPARE(list[1].damage, Damage::MissingInfo);
    QVERIFY(list[1].hasAudio());
    // Asterisk ignores it when numbering (last_message_index() counts .txt files).
    QCOMPARE(VoicemailSpool::lastMessageIndex(dir), 0);
    VoicemailSpool::Config config;
    config.root = m_root;
    QCOMPARE(VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(list[1]), Folder::Old).error,
        Error::MessageNotFound);
    // A message moved in lands at last+1 = msg0001; the orphan stays where it is.
    QVERIFY(SpoolFixture::writeMessage(folder("Old"), 0, QStringLiteral("4-4"), QStringLiteral("1001")));
    const auto old
        = VoicemailSpool::scanFolder(m_root, QStringLiteral("default"), QStringLiteral("1001"), Folder::Old);
    QVERIFY(VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(old[0]), Folder::Inbox).ok());
    QCOMPARE(SpoolFixture::tree(dir),
        (QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav"),
            QStringLiteral("msg0001.txt"), QStringLiteral("msg0001.wav"), QStringLiteral("msg0005.wav")}));
    QCOMPARE(SpoolFixture::readAll(SpoolFixture::msgPath(dir, 5, "wav")),
        SpoolFixture::fakeWav(QStringLiteral("orphan")));
}

void TestVoicemailSpool::unreadableInfo()
{
    const QString dir = folder("INBOX");
    QVERIFY(SpoolFixture::writeMessage(dir, 0, QStringLiteral("5-5"), QStringLiteral("1001")));
    // A directory where msg0001.txt should be: unreadable even for root, who
    // ignores file permissions (CI runs the tests as root).
    QVERIFY(QDir().mkpath(SpoolFixture::msgPath(dir, 1, "txt")));
    QVERIFY(SpoolFixture::writeFile(
        SpoolFixture::msgPath(dir, 1, "wav"), SpoolFixture::fakeWav(QStringLiteral("d"))));
    // And a file without read permission, which blocks everyone but root.
    QVERIFY(SpoolFixture::writeMessage(dir, 2, QStringLiteral("6-6"), QStringLiteral("1001")));
    QVERIFY(::chmod(QFile::encodeName(SpoolFixture::msgPath(dir, 2, "txt")).constData(), 0) == 0);
    const bool root = ::geteuid() == 0;

    const QList<VoicemailMessage> list = scan(Folder::Inbox);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[1].damage, Damage::UnreadableInfo);
    QCOMPARE(list[1].damageDetail, QStringLiteral("is a directory"));
    QVERIFY(list[1].hasAudio());
    if (root) {
        QCOMPARE(list[2].damage, Damage::None);
        QCOMPARE(list[2].info.msgId(), QStringLiteral("6-6"));
    } else {
        QCOMPARE(list[2].damage, Damage::UnreadableInfo);
        QVERIFY(!list[2].damageDetail.isEmpty());
    }
    VoicemailSpool::Config config;
    config.root = m_root;
    QCOMPARE(VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(list[1]), Folder::Old).error,
        Error::DamagedMessage);
    QVERIFY(SpoolFixture::tree(folder("Old")).isEmpty());
}

void TestVoicemailSpool::namesThatAreNotMessages()
{
    const QString dir = folder("INBOX");
    QVERIFY(SpoolFixture::writeMessage(dir, 0, QStringLiteral("7-7"), QStringLiteral("1001")));
    QVERIFY(SpoolFixture::writeMessage(dir, 1, QStringLiteral("8-8"), QStringLiteral("1001")));
    const QStringList strays {QStringLiteral("msg1.txt"), QStringLiteral("msg00001.txt"),
        QStringLiteral("msgABCD.txt"), QStringLiteral("MSG0002.txt"), QStringLiteral("msg0000.txt~"),
        QStringLiteral("msg0001.wav.part"), QStringLiteral(".msg0003.txt"), QStringLiteral("msg0004"),
        QStringLiteral("msg0004."), QStringLiteral("greeting.wav"), QStringLiteral("busy.txt")};
    for (const QString& s : strays)
        QVERIFY(SpoolFixture::writeFile(dir + u'/' + s, "stray"));
    const QList<VoicemailMessage> list = scan(Folder::Inbox);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].audioPaths, QStringList {SpoolFixture::msgPath(dir, 0, "wav")});
    QCOMPARE(list[1].audioPaths, QStringList {SpoolFixture::msgPath(dir, 1, "wav")});
    QCOMPARE(VoicemailSpool::lastMessageIndex(dir), 1);
    // Deleting and renumbering leaves foreign files alone.
    VoicemailSpool::Config config;
    config.root = m_root;
    QVERIFY(VoicemailSpool::deleteMessage(config, VoicemailSpool::MessageRef::of(list[0])).ok());
    QStringList expected
        = strays + QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav")};
    expected.sort();
    QCOMPARE(SpoolFixture::tree(dir), expected);
    QCOMPARE(SpoolFixture::readAll(SpoolFixture::msgPath(dir, 0, "txt")),
        SpoolFixture::fakeTxt(QStringLiteral("8-8"), QStringLiteral("1001"), 1795737600));
}

void TestVoicemailSpool::folderOf9999Messages()
{
    const QString dir = folder("Old");
    // MAXMSGLIMIT: msg0000..msg9998. Only .txt files (valid messages without audio) keep this quick.
    for (int i = 0; i < 9999; ++i) {
        QVERIFY(SpoolFixture::writeFile(SpoolFixture::msgPath(dir, i, "txt"),
            "[message]\nmsg_id=9-" + QByteArray::number(i) + "\ncallerid=\"Bulk\" <" + QByteArray::number(i)
                + ">\n"));
    }
    const QList<VoicemailMessage> list = scan(Folder::Old);
    QCOMPARE(list.size(), 9999);
    QCOMPARE(list.last().index, 9998);
    QCOMPARE(list.last().info.msgId(), QStringLiteral("9-9998"));
    QCOMPARE(VoicemailSpool::lastMessageIndex(dir), 9998);
    // Even with maxmsg set above the limit there is no msg9999.
    QVERIFY(SpoolFixture::writeMessage(folder("INBOX"), 0, QStringLiteral("10-10"), QStringLiteral("1001")));
    VoicemailSpool::Config config;
    config.root = m_root;
    config.maxMessages = 20000;
    const auto inbox = scan(Folder::Inbox);
    QCOMPARE(VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(inbox[0]), Folder::Old).error,
        Error::FolderFull);
    QCOMPARE(scan(Folder::Inbox).size(), 1);
}

void TestVoicemailSpool::missingSpoolAndFolders()
{
    QVERIFY(VoicemailSpool::scanFolder(
        m_root + QStringLiteral("/nope"), QStringLiteral("default"), QStringLiteral("1"), Folder::Inbox)
                .isEmpty());
    QVERIFY(VoicemailSpool::listMailboxes(m_root + QStringLiteral("/nope")).isEmpty());
    QCOMPARE(VoicemailSpool::lastMessageIndex(m_root + QStringLiteral("/nope")), -1);
    QCOMPARE(VoicemailSpool::listMailboxes(m_root),
        (QList<QPair<QString, QString>> {{QStringLiteral("default"), QStringLiteral("1001")}}));
}

void TestVoicemailSpool::emptyRecordingIsDamagedButMovable()
{
    // msg0000: a valid .txt and a 0-byte .wav (hang-up at the tone, disk full); msg0001: intact.
    const QString dir = folder("INBOX");
    QVERIFY(SpoolFixture::writeFile(SpoolFixture::msgPath(dir, 0, "txt"),
        SpoolFixture::fakeTxt(QStringLiteral("3-3"), QStringLiteral("1001"), 1700000000)));
    QVERIFY(SpoolFixture::writeFile(SpoolFixture::msgPath(dir, 0, "wav"), QByteArray()));
    QVERIFY(SpoolFixture::writeMessage(dir, 1, QStringLiteral("4-4"), QStringLiteral("1001")));
    QList<VoicemailMessage> list = scan(Folder::Inbox);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].damage, Damage::EmptyAudio);
    QCOMPARE(list[0].damageDetail, QStringLiteral("msg0000.wav"));
    QCOMPARE(list[0].info.msgId(), QStringLiteral("3-3")); // the information is still read
    QVERIFY(list[0].hasAudio());
    QVERIFY(!list[0].isPlayable());
    QVERIFY(!list[1].isDamaged());
    QVERIFY(list[1].isPlayable());

    // Still moved (the empty file with it) and deleted like any message.
    VoicemailSpool::Config config;
    config.root = m_root;
    QVERIFY(VoicemailSpool::moveMessage(config, VoicemailSpool::MessageRef::of(list[0]), Folder::Old).ok());
    QCOMPARE(SpoolFixture::tree(folder("Old")),
        (QStringList {QStringLiteral("msg0000.txt"), QStringLiteral("msg0000.wav")}));
    QCOMPARE(QFileInfo(folder("Old") + QStringLiteral("/msg0000.wav")).size(), 0);
    list = scan(Folder::Old);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].damage, Damage::EmptyAudio);
    QVERIFY(VoicemailSpool::deleteMessage(config, VoicemailSpool::MessageRef::of(list[0])).ok());
    QVERIFY(SpoolFixture::tree(folder("Old")).isEmpty());
    // The intact one was renumbered to msg0000 in INBOX.
    QCOMPARE(scan(Folder::Inbox).size(), 1);
    QCOMPARE(scan(Folder::Inbox).at(0).info.msgId(), QStringLiteral("4-4"));
}

QTEST_GUILESS_MAIN(TestVoicemailSpool)
#include "TestVoicemailSpool.moc"
