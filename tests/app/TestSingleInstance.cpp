// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QDataStream>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstLaunchIsPrimary();
    void secondLaunchForwardsArguments_data();
    void secondLaunchForwardsArguments();
    void launchesArriveInOrder();
    void staleSocketFromACrashIsReplaced();
    void nextLaunchTakesOverWhenPrimaryQuits();
    void malformedMessagesAreDropped_data();
    void malformedMessagesAreDropped();
    void secondProcessForwardsAndExits();
    void defaultServerNameIsPrivateToTheUser();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
};

namespace {

QByteArray frame(const QByteArray& payload)
{
    QByteArray bytes(sizeof(quint32), Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    return bytes + payload;
}

QByteArray payload(quint32 magic, quint8 version, const QStringList& arguments)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic << version << arguments;
    return bytes;
}

constexpr quint32 Magic = 0x41544e44;

} // namespace

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(u"attendant.instance"_s);
}

void TestSingleInstance::firstLaunchIsPrimary()
{
    SingleInstance first(m_name);
    QCOMPARE(first.role(), SingleInstance::Role::Undecided);
    QCOMPARE(first.start({u"attendant"_s}), SingleInstance::Role::Primary);
    QCOMPARE(first.role(), SingleInstance::Role::Primary);
    QVERIFY(QFileInfo(m_name).exists());
    // The launch lock is released once the role is decided.
    QLockFile lock(m_name + u".lock"_s);
    QVERIFY(lock.tryLock(0));
}

void TestSingleInstance::secondLaunchForwardsArguments_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("tel link from the browser") << QStringList {u"/usr/bin/attendant"_s, u"tel:+1-555-123"_s};
    QTest::newRow("profile option") << QStringList {u"attendant"_s, u"--profile"_s, u"Front desk"_s};
    QTest::newRow("plain relaunch") << QStringList {u"attendant"_s};
    QTest::newRow("no arguments at all") << QStringList {};
    QTest::newRow("empty and unicode arguments")
        << QStringList {u"attendant"_s, QString(), u"--profile=Recepción Zoë"_s, u"sip:1001@pbx"_s};
    QTest::newRow("argument with a newline") << QStringList {u"attendant"_s, u"line one\nline two"_s};
    QTest::newRow("long argument") << QStringList {u"attendant"_s, QString(20000, u'x')};
}

void TestSingleInstance::secondLaunchForwardsArguments()
{
    QFETCH(QStringList, arguments);

    SingleInstance first(m_name);
    QCOMPARE(first.start({u"attendant"_s}), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    SingleInstance second(m_name);
    QCOMPARE(second.start(arguments), SingleInstance::Role::Secondary);
    QVERIFY(activations.wait());
    QCOMPARE(activations.count(), 1);
    QCOMPARE(activations.first().first().toStringList(), arguments);
}

void TestSingleInstance::launchesArriveInOrder()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    for (int i = 0; i < 5; ++i) {
        SingleInstance later(m_name);
        QCOMPARE(later.start({u"attendant"_s, u"tel:100%1"_s.arg(i)}), SingleInstance::Role::Secondary);
        // Each launch is a separate process in real life: the first one handles it before the next.
        QVERIFY(activations.wait());
    }
    QCOMPARE(activations.count(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(activations.at(i).first().toStringList().last(), u"tel:100%1"_s.arg(i));
}

void TestSingleInstance::staleSocketFromACrashIsReplaced()
{
    // What a crashed instance leaves behind: a socket file nobody listens on.
    const QByteArray path = QFile::encodeName(m_name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), path.size());
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo(m_name).exists());

    SingleInstance restarted(m_name);
    QCOMPARE(restarted.start({u"attendant"_s}), SingleInstance::Role::Primary);
    QSignalSpy activations(&restarted, &SingleInstance::activationRequested);
    SingleInstance second(m_name);
    QCOMPARE(second.start({u"attendant"_s, u"callto:+15550100"_s}), SingleInstance::Role::Secondary);
    QVERIFY(activations.wait());
    QCOMPARE(activations.first().first().toStringList().last(), u"callto:+15550100"_s);
}

void TestSingleInstance::nextLaunchTakesOverWhenPrimaryQuits()
{
    {
        SingleInstance first(m_name);
        QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    }
    QVERIFY(!QFileInfo::exists(m_name));
    SingleInstance next(m_name);
    QCOMPARE(next.start({}), SingleInstance::Role::Primary);
}

void TestSingleInstance::malformedMessagesAreDropped_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("length over the limit") << QByteArray::fromHex("7fffffff") + QByteArray(64, 'x');
    QTest::newRow("zero length") << QByteArray::fromHex("00000000");
    QTest::newRow("wrong magic") << frame(payload(0x12345678, 1, {u"attendant"_s, u"tel:1"_s}));
    QTest::newRow("future protocol version") << frame(payload(Magic, 2, {u"attendant"_s, u"tel:1"_s}));
    QTest::newRow("garbage text") << frame("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("extra bytes inside the frame")
        << frame(payload(Magic, 1, {u"attendant"_s}) + QByteArray("trailing"));
    QByteArray hugeCount;
    {
        QDataStream out(&hugeCount, QIODevice::WriteOnly);
        out << Magic << quint8(1) << quint32(0xfffffff0);
    }
    QTest::newRow("list count far beyond the data") << frame(hugeCount);
    QTest::newRow("string cut short") << frame(payload(Magic, 1, {u"ab"_s}).chopped(1));
}

void TestSingleInstance::malformedMessagesAreDropped()
{
    QFETCH(QByteArray, bytes);

    SingleInstance first(m_name);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    QLocalSocket intruder;
    intruder.connectToServer(m_name);
    QVERIFY(intruder.waitForConnected(5000));
    QSignalSpy closed(&intruder, &QLocalSocket::disconnected);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^dropping a"_s));
    intruder.write(bytes);
    // The first instance reads the whole frame, refuses it and hangs up.
    QVERIFY(closed.wait());

    // ...and still serves the next honest launch.
    SingleInstance second(m_name);
    QCOMPARE(second.start({u"attendant"_s, u"tel:1002"_s}), SingleInstance::Role::Secondary);
    QVERIFY(activations.wait());
    QCOMPARE(activations.count(), 1);
    QCOMPARE(activations.first().first().toStringList(), (QStringList {u"attendant"_s, u"tel:1002"_s}));
}

void TestSingleInstance::secondProcessForwardsAndExits()
{
    SingleInstance first(m_name);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    QProcess probe;
    QSignalSpy finished(&probe, &QProcess::finished);
    const QStringList forwarded {u"attendant"_s, u"--profile"_s, u"Night"_s, u"sip:2001@pbx.example.com"_s};
    probe.start(QStringLiteral(SINGLE_INSTANCE_PROBE), QStringList {m_name} + forwarded);
    QVERIFY(finished.wait(30000));
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("Secondary"));
    QCOMPARE(probe.exitCode(), 0);
    QTRY_COMPARE(activations.count(), 1);
    QCOMPARE(activations.first().first().toStringList(), forwarded);
}

void TestSingleInstance::defaultServerNameIsPrivateToTheUser()
{
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = SingleInstance::defaultServerName();
    qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(name, m_dir->filePath(QStringLiteral(ATTENDANT_APP_ID ".instance")));

    SingleInstance first(name);
    QCOMPARE(first.start({}), SingleInstance::Role::Primary);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(name).permissions() & others, QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
