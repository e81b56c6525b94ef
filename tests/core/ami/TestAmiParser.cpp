// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

QString fixture(const QString& relative)
{
    return QStringLiteral(ATTENDANT_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QList<AmiMessage> parseChunks(const QList<QByteArray>& chunks, AmiParser::Status* status = nullptr)
{
    AmiParser parser;
    QList<AmiMessage> out;
    AmiParser::Status st = AmiParser::Status::Ok;
    for (const QByteArray& c : chunks) {
        st = parser.feed(c);
        if (st != AmiParser::Status::Ok)
            break;
        while (parser.hasMessages())
            out.append(parser.takeMessage());
    }
    if (status)
        *status = st;
    return out;
}

QList<AmiMessage> parseAll(const QByteArray& bytes)
{
    return parseChunks({bytes});
}

// A comparable rendering of a message: kind, then every key/value pair.
QString render(const AmiMessage& m)
{
    QString s = QString::number(int(m.kind())) + u'|';
    if (m.kind() == AmiMessage::Kind::Banner)
        return s + m.bannerText();
    for (qsizetype i = 0; i < m.size(); ++i)
        s += QString::fromLatin1(m.keyAt(i)) + u'=' + m.valueAt(i) + u'\n';
    s += m.outputLines().join(u'\n');
    return s;
}

QStringList renderAll(const QList<AmiMessage>& messages)
{
    QStringList out;
    for (const AmiMessage& m : messages)
        out.append(render(m));
    return out;
}

} // namespace

class TestAmiParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realTranscripts_data();
    void realTranscripts();
    void timelineSegmentation_data();
    void timelineSegmentation();
    void everySplitPosition_data();
    void everySplitPosition();
    void headers_data();
    void headers();
    void utf8SplitAtEveryByte();
    void invalidUtf8KeptAsLatin1();
    void legacyFollowsBlock_data();
    void legacyFollowsBlock();
    void modernOutputLines();
    void tooLargeMessage_data();
    void tooLargeMessage();
    void proxyGluedBanner();
    void proxyMangledLineSkipped();
    void builderRoundTrip();
    void messagesOutliveTheParser();
    void appendToParsedMessage();
    void manyHeadersAndLongKeys();
    void severalKeysInOnePass();
};

void TestAmiParser::realTranscripts_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(fixture(QStringLiteral("ami/22.10.1")));
    const QStringList files = dir.entryList({QStringLiteral("*.recv")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 80);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestAmiParser::realTranscripts()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const QList<AmiMessage> messages = parseAll(bytes);

    // Ground truth read off the bytes independently of the parser: every
    // message ends with an empty line, the banner is one line on its own.
    QVERIFY(bytes.startsWith("Asterisk Call Manager/"));
    const qsizetype blankLines = bytes.count("\r\n\r\n");
    const qsizetype events = bytes.count("\r\nEvent: ");
    QCOMPARE(messages.size(), blankLines + 1);
    QCOMPARE(messages.first().kind(), AmiMessage::Kind::Banner);
    QCOMPARE(messages.first().bannerVersion(), QStringLiteral("11.0.0"));

    qsizetype seenEvents = 0;
    for (qsizetype i = 1; i < messages.size(); ++i) {
        const AmiMessage& m = messages[i];
        QVERIFY2(m.kind() == AmiMessage::Kind::Response || m.kind() == AmiMessage::Kind::Event,
            qPrintable(render(m)));
        QCOMPARE(m.skippedLines(), 0);
        if (m.isEvent()) {
            ++seenEvents;
            QVERIFY(!m.eventName().isEmpty());
        }
    }
    QCOMPARE(seenEvents, events);
}

void TestAmiParser::timelineSegmentation_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("response and FullyBooted in one read") << QStringLiteral("01-login-plain-ok");
    QTest::newRow("call with many events per read") << QStringLiteral("03-call-originate-1000-to-1002");
    QTest::newRow("attended transfer") << QStringLiteral("04-atxfer-attended-transfer");
    QTest::newRow("voicemail session") << QStringLiteral("04-voicemail-deposit-and-manage");
}

void TestAmiParser::timelineSegmentation()
{
    // Replays the real TCP segmentation recorded with the transcript.
    QFETCH(QString, name);
    const QString base = fixture(QStringLiteral("ami/22.10.1/") + name);
    const QByteArray bytes = readFile(base + QStringLiteral(".recv"));
    const QList<QByteArray> lines = readFile(base + QStringLiteral(".timeline.jsonl")).split('\n');
    QList<QByteArray> chunks;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("dir")).toString() != QStringLiteral("recv"))
            continue;
        chunks.append(bytes.mid(
            o.value(QStringLiteral("off")).toInteger(), o.value(QStringLiteral("len")).toInteger()));
    }
    QVERIFY(chunks.size() > 1);
    QCOMPARE(chunks.join(), bytes);
    QCOMPARE(renderAll(parseChunks(chunks)), renderAll(parseAll(bytes)));
}

void TestAmiParser::everySplitPosition_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("challenge, login, FullyBooted, ping, goodbye") << QStringLiteral("01-login-md5-challenge");
    QTest::newRow("event list") << QStringLiteral("02-ParkedCalls");
    QTest::newRow("command output lines") << QStringLiteral("02-Command-core-show-channels-during-calls");
}

void TestAmiParser::everySplitPosition()
{
    QFETCH(QString, name);
    const QByteArray bytes
        = readFile(fixture(QStringLiteral("ami/22.10.1/") + name + QStringLiteral(".recv")));
    const QStringList expected = renderAll(parseAll(bytes));
    QVERIFY(expected.size() >= 4);
    for (qsizetype i = 1; i < bytes.size(); ++i) {
        const QStringList got = renderAll(parseChunks({bytes.first(i), bytes.sliced(i)}));
        if (got != expected)
            QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(i)));
    }
    // and one byte at a time
    QList<QByteArray> bytewise;
    for (char c : bytes)
        bytewise.append(QByteArray(1, c));
    QCOMPARE(renderAll(parseChunks(bytewise)), expected);
    // and three copies glued into a single read
    QCOMPARE(
        parseAll(bytes + bytes.sliced(bytes.indexOf("\r\n") + 2) + bytes.sliced(bytes.indexOf("\r\n") + 2))
            .size(),
        expected.size() * 3 - 2);
}

void TestAmiParser::headers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QStringList>("values");

    const QByteArray varset = "Event: VarSet\r\nChannel: PJSIP/1000-00000001\r\nVariable: A=1\r\n"
                              "ChanVariable: X=y\r\nVariable: B=2: with colon\r\nvariable: C=3\r\n\r\n";
    QTest::newRow("repeated keys in order, any case")
        << varset << QByteArray("Variable") << QStringList {"A=1", "B=2: with colon", "C=3"};
    QTest::newRow("case-insensitive lookup")
        << varset << QByteArray("CHANNEL") << QStringList {"PJSIP/1000-00000001"};
    QTest::newRow("value containing ': '") << QByteArray("Response: Error\r\nMessage: Invalid: a: b\r\n\r\n")
                                           << QByteArray("Message") << QStringList {"Invalid: a: b"};
    QTest::newRow("empty value") << QByteArray("Event: Newexten\r\nAppData: \r\n\r\n")
                                 << QByteArray("AppData") << QStringList {QString()};
    QTest::newRow("no space after colon")
        << QByteArray("Event: X\r\nKey:value\r\n\r\n") << QByteArray("Key") << QStringList {"value"};
    QTest::newRow("bare LF framing") << QByteArray("Event: X\nKey: v\n\n") << QByteArray("Key")
                                     << QStringList {"v"};
    QTest::newRow("ActionID before Response (astmanproxy)")
        << QByteArray("ActionID: L1\r\nResponse: Success\r\nMessage: Authentication accepted\r\n\r\n")
        << QByteArray("Response") << QStringList {"Success"};
    QTest::newRow("Server header appended (astmanproxy)")
        << QByteArray("Response: Success\r\nPing: Pong\r\nServer: 127.0.0.1\r\n\r\n") << QByteArray("Server")
        << QStringList {"127.0.0.1"};
    QTest::newRow("missing key") << QByteArray("Event: X\r\n\r\n") << QByteArray("Nope") << QStringList {};
}

void TestAmiParser::headers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, key);
    QFETCH(QStringList, values);
    const QList<AmiMessage> messages = parseAll(bytes);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().values(key), values);
    QCOMPARE(messages.first().contains(key), !values.isEmpty());
}

void TestAmiParser::utf8SplitAtEveryByte()
{
    const QString name = QStringLiteral("Zoë Müller – 日本語 😀");
    const QByteArray bytes
        = "Event: NewCallerid\r\nCallerIDName: " + name.toUtf8() + "\r\nUniqueid: 1.1\r\n\r\n";
    for (qsizetype i = 1; i < bytes.size(); ++i) {
        const QList<AmiMessage> m = parseChunks({bytes.first(i), bytes.sliced(i)});
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().value("CallerIDName"), name);
    }
}

void TestAmiParser::invalidUtf8KeptAsLatin1()
{
    const QByteArray latin1 = "Ren\xe9 M\xfcller"; // Latin-1 from an old phone, not UTF-8
    const QList<AmiMessage> m = parseAll("Event: Newchannel\r\nCallerIDName: " + latin1 + "\r\n\r\n");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().value("CallerIDName"), QStringLiteral("René Müller"));
    QCOMPARE(m.first().rawValue("CallerIDName"), QByteArrayView(latin1));
}

void TestAmiParser::legacyFollowsBlock_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("Asterisk 1.8 style") << QByteArray(
        "Response: Follows\r\nPrivilege: Command\r\nActionID: c1\r\n"
        "Channel              Location\nPJSIP/1000-1  1002@phones:1\n\nKey: looks like a header\n"
        "--END COMMAND--\r\n\r\n")
                                        << QStringList {"Channel              Location",
                                               "PJSIP/1000-1  1002@phones:1", "", "Key: looks like a header"};
    QTest::newRow("END COMMAND glued to last line")
        << QByteArray("Response: Follows\r\nActionID: c2\r\nAsterisk 1.4.44--END COMMAND--\r\n\r\n")
        << QStringList {"Asterisk 1.4.44"};
}

void TestAmiParser::legacyFollowsBlock()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    const QByteArray stream = bytes + "Event: Next\r\n\r\n";
    for (qsizetype i = 1; i < stream.size(); ++i) {
        const QList<AmiMessage> m = parseChunks({stream.first(i), stream.sliced(i)});
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].kind(), AmiMessage::Kind::Response);
        QVERIFY(m[0].hasLegacyOutput());
        QCOMPARE(m[0].outputLines(), lines);
        QVERIFY(!m[0].actionId().isEmpty());
        QCOMPARE(m[1].eventName(), QByteArrayView("Next"));
    }
}

void TestAmiParser::modernOutputLines()
{
    const QList<AmiMessage> m = parseAll(
        readFile(fixture(QStringLiteral("ami/22.10.1/02-Command-core-show-channels-during-calls.recv"))));
    const AmiMessage& reply = m[2];
    QCOMPARE(reply.message(), QStringLiteral("Command output follows"));
    const QStringList lines = reply.outputLines();
    QVERIFY(lines.size() >= 5);
    QVERIFY(lines.first().startsWith(QStringLiteral("Channel")));
    QVERIFY(lines.last().contains(QStringLiteral("call")));
}

void TestAmiParser::tooLargeMessage_data()
{
    QTest::addColumn<bool>("oneRead");
    QTest::newRow("grows across reads") << false;
    QTest::newRow("arrives in one read") << true;
}

void TestAmiParser::tooLargeMessage()
{
    QFETCH(bool, oneRead);
    AmiParser parser(4096);
    QByteArray big = "Event: Flood\r\n";
    for (int i = 0; i < 400; ++i)
        big += "Variable: x=0123456789\r\n";
    if (oneRead) {
        big += "\r\n";
        QCOMPARE(parser.feed(big), AmiParser::Status::MessageTooLarge);
    } else {
        AmiParser::Status st = AmiParser::Status::Ok;
        for (qsizetype i = 0; i < big.size() && st == AmiParser::Status::Ok; i += 100)
            st = parser.feed(big.mid(i, 100));
        QCOMPARE(st, AmiParser::Status::MessageTooLarge);
        QVERIFY(parser.bufferedBytes() < 4096 + 100);
    }
    QVERIFY(!parser.hasMessages());
    // stays failed until reset
    QCOMPARE(parser.feed("Event: Small\r\n\r\n"), AmiParser::Status::MessageTooLarge);
    parser.reset();
    QCOMPARE(parser.feed("Event: Small\r\n\r\n"), AmiParser::Status::Ok);
    QCOMPARE(parser.takeMessage().eventName(), QByteArrayView("Small"));
}

void TestAmiParser::proxyGluedBanner()
{
    // astmanproxy: upstream came back, its banner glued onto the next message.
    const QByteArray bytes = readFile(fixture(QStringLiteral("astmanproxy/13-upstream-loss.client.recv")));
    const QList<AmiMessage> m = parseAll(bytes);
    QList<QString> banners;
    for (const AmiMessage& msg : m) {
        if (msg.kind() == AmiMessage::Kind::Banner)
            banners.append(msg.bannerText());
    }
    QVERIFY(banners.size() >= 2);
    QVERIFY(banners.first().startsWith(QStringLiteral("Asterisk Call Manager Proxy/")));

    const QList<AmiMessage> glued
        = parseAll("Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nPing: Pong\r\n\r\n");
    QCOMPARE(glued.size(), 2);
    QCOMPARE(glued[0].bannerVersion(), QStringLiteral("11.0.0"));
    QCOMPARE(glued[1].response(), QByteArrayView("Success"));
    QCOMPARE(glued[1].size(), 2);
}

void TestAmiParser::proxyMangledLineSkipped()
{
    const QByteArray bytes = readFile(fixture(QStringLiteral("astmanproxy/11-longline.proxy.recv")));
    AmiParser parser;
    QCOMPARE(parser.feed(bytes), AmiParser::Status::Ok);
    QList<AmiMessage> m;
    parser.takeMessages(m);
    QVERIFY(parser.skippedLines() >= 1);
    for (const AmiMessage& msg : std::as_const(m))
        QVERIFY(msg.kind() != AmiMessage::Kind::Empty);
}

void TestAmiParser::builderRoundTrip()
{
    AmiMessage action;
    action.append("Action", QByteArrayView("Originate"));
    action.append("Channel", QStringLiteral("PJSIP/1000"));
    action.append("CallerID", QStringLiteral("\"Zoë\" <1000>"));
    action.append("Variable", QStringLiteral("A=1"));
    action.append("Variable", QStringLiteral("B=2"));
    QCOMPARE(action.kind(), AmiMessage::Kind::Action);
    const QList<AmiMessage> back = parseAll(action.toWire());
    QCOMPARE(back.size(), 1);
    QCOMPARE(render(back.first()), render(action));
    QCOMPARE(back.first().values("Variable"), (QStringList {"A=1", "B=2"}));
}

void TestAmiParser::messagesOutliveTheParser()
{
    // Messages share the parser's chunk: one kept while the parser goes on
    // (new reads, a reset, the parser gone) must still read its own bytes.
    const QByteArray first
        = "Event: Newchannel\r\nChannel: PJSIP/1001-00000001\r\nUniqueid: 1.1\r\n\r\nEvent: Hang";
    const QByteArray second = "up\r\nUniqueid: 1.1\r\nCause-txt: Normal Clearing\r\n\r\n";
    auto parser = std::make_unique<AmiParser>();
    QCOMPARE(parser->feed(first), AmiParser::Status::Ok);
    QList<AmiMessage> kept;
    parser->takeMessages(kept);
    QCOMPARE(kept.size(), 1);
    // The next read must not write into the chunk the kept message reads.
    for (int i = 0; i < 200; ++i)
        QCOMPARE(parser->feed(QByteArray(second + "Event: Hang")), AmiParser::Status::Ok);
    QCOMPARE(parser->feed(second), AmiParser::Status::Ok);
    QList<AmiMessage> later;
    parser->takeMessages(later);
    QCOMPARE(later.size(), 201);
    QCOMPARE(later.last().eventName(), QByteArrayView("Hangup"));
    QCOMPARE(later.last().value("Cause-txt"), QStringLiteral("Normal Clearing"));
    parser->reset();
    parser.reset();
    AmiMessage copy = kept.first();
    kept.clear();
    QCOMPARE(copy.eventName(), QByteArrayView("Newchannel"));
    QCOMPARE(copy.value("channel"), QStringLiteral("PJSIP/1001-00000001"));
    QCOMPARE(copy.rawView(),
        QByteArrayView("Event: Newchannel\r\nChannel: PJSIP/1001-00000001\r\nUniqueid: 1.1\r\n"));
    copy.ownBytes();
    QCOMPARE(copy.raw(), copy.rawView().toByteArray());
    QCOMPARE(copy.value("Uniqueid"), QStringLiteral("1.1"));
}

void TestAmiParser::appendToParsedMessage()
{
    // A parsed message (a slice of a chunk) that is added to gets bytes of
    // its own; the other messages of the chunk do not change.
    QList<AmiMessage> messages
        = parseAll("Response: Success\r\nActionID: 7\r\n\r\nEvent: FullyBooted\r\n\r\n");
    QCOMPARE(messages.size(), 2);
    AmiMessage reply = messages.first();
    reply.append("Message", QByteArrayView("Added"));
    QCOMPARE(reply.kind(), AmiMessage::Kind::Response);
    QCOMPARE(reply.actionId(), QByteArrayView("7"));
    QCOMPARE(reply.message(), QStringLiteral("Added"));
    QCOMPARE(reply.toWire(), QByteArray("Response: Success\r\nActionID: 7\r\nMessage: Added\r\n\r\n"));
    QCOMPARE(messages.first().size(), 2);
    QCOMPARE(messages.last().eventName(), QByteArrayView("FullyBooted"));
    QCOMPARE(messages.last().kind(), AmiMessage::Kind::Event);
}

void TestAmiParser::manyHeadersAndLongKeys()
{
    // More headers than fit inside the object, keys that differ only in
    // length or in the middle, a key longer than 65,535 bytes, and the kind
    // decided by the first of Response/Event/Action whatever the case.
    QByteArray bytes = "actionid: 42\r\nEVENT: VarSet\r\nResponse: Late\r\n";
    for (int i = 0; i < 40; ++i)
        bytes += "Variable: v" + QByteArray::number(i) + "\r\n";
    bytes += "CallerIDNum: 1001\r\nCallerIDName: Zoë\r\nCallerXDNum: x\r\n";
    const QByteArray longKey(70000, 'k');
    bytes += longKey + ":  long\r\n\r\n";
    const QList<AmiMessage> messages = parseAll(bytes);
    QCOMPARE(messages.size(), 1);
    const AmiMessage& m = messages.first();
    QCOMPARE(m.kind(), AmiMessage::Kind::Event);
    QCOMPARE(m.eventName(), QByteArrayView("VarSet"));
    QCOMPARE(m.actionId(), QByteArrayView("42"));
    QCOMPARE(m.response(), QByteArrayView("Late"));
    QCOMPARE(m.size(), 3 + 40 + 3 + 1);
    QCOMPARE(m.values("variable").size(), 40);
    QCOMPARE(m.values("Variable").last(), QStringLiteral("v39"));
    QCOMPARE(m.value("CallerIDNum"), QStringLiteral("1001"));
    QCOMPARE(m.value("calleridname"), QStringLiteral("Zoë"));
    QCOMPARE(m.value("CallerXDNum"), QStringLiteral("x"));
    QVERIFY(!m.contains("CallerIDNu"));
    QCOMPARE(m.keyAt(m.size() - 1), QByteArrayView(longKey));
    QCOMPARE(m.value(longKey), QStringLiteral("long"));
    QVERIFY(!m.contains(QByteArray(70001, 'k')));
    QCOMPARE(m.indexOf(QByteArray(65535, 'k')), -1);
}

void TestAmiParser::severalKeysInOnePass()
{
    // indexesOf() finds what indexOf() finds, key by key: keys sharing a
    // length and first and last letters (ChannelState, CallerIDName), any
    // case, repeated (the first), absent, empty (no field has it), or longer than 65,535 bytes.
    QByteArray bytes = "Event: Newstate\r\nchannelstate: 6\r\nCallerIDName: Zoë\r\nChannel: PJSIP/1-1\r\n"
                       "ChannelStateDesc: Up\r\nCallerIDName: second\r\nCallerXDNum: x\r\n: empty key\r\n";
    const QByteArray longKey(70000, 'k');
    bytes += longKey + ": long\r\n\r\n";
    const QList<AmiMessage> messages = parseAll(bytes);
    QCOMPARE(messages.size(), 1);
    const AmiMessage& m = messages.first();
    const QByteArrayView keys[] = {"ChannelState", "CallerIDName", "CALLERIDNAME", "CallerIDNum", "Channel",
        "Linkedid", "", longKey, "ConnectedLineName", "Event", "CallerXDNum", "channelstatedesc"};
    constexpr qsizetype Count = sizeof keys / sizeof keys[0];
    qsizetype at[Count];
    m.indexesOf(keys, Count, at);
    for (qsizetype k = 0; k < Count; ++k)
        QCOMPARE(at[k], m.indexOf(keys[k]));
    QCOMPARE(m.rawValueAt(at[0]), QByteArrayView("6"));
    QCOMPARE(m.valueAt(at[1]), QStringLiteral("Zoë"));
    QCOMPARE(at[2], at[1]);
    QCOMPARE(at[3], -1);
    QCOMPARE(at[6], -1); // ": empty key" is a skipped line, not a field
    QCOMPARE(m.skippedLines(), 1);
    QCOMPARE(m.rawValueAt(at[7]), QByteArrayView("long"));
    QCOMPARE(at[8], -1);

    // More keys than one pass takes: the same answers, key by key.
    QByteArrayView many[40];
    qsizetype manyAt[40];
    for (qsizetype k = 0; k < 40; ++k)
        many[k] = keys[k % Count];
    m.indexesOf(many, 40, manyAt);
    for (qsizetype k = 0; k < 40; ++k)
        QCOMPARE(manyAt[k], at[k % Count]);
}

QTEST_GUILESS_MAIN(TestAmiParser)
#include "TestAmiParser.moc"
