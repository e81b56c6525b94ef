// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/MessageInfo.h"

#include "SpoolFixture.h"

#include <QDirIterator>
#include <QTest>

class TestMessageInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void knownMessage();
    void malformed_data();
    void malformed();
    void unknownKeysSurviveRewrite();
    void rewriteIsRepeatable();
    void setValueOnEmptyCreatesAsteriskLayout();
    void setValueKeepsOneLine_data();
    void setValueKeepsOneLine();
    void callerId_data();
    void callerId();
    void identityFallback();
};

void TestMessageInfo::realFiles_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(
        SpoolFixture::realSpool(), {QStringLiteral("msg*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray name = QDir(SpoolFixture::realSpool()).relativeFilePath(path).toUtf8();
        QTest::newRow(name.constData()) << path;
        ++n;
    }
    QVERIFY2(n == 12, "the fixture spool holds 12 messages");
}

void TestMessageInfo::realFiles()
{
    QFETCH(QString, path);
    const QByteArray bytes = SpoolFixture::readAll(path);
    const MessageInfo info = MessageInfo::parse(bytes);
    QCOMPARE(info.status(), MessageInfo::Status::Ok);
    // Facts that must hold for every file Asterisk wrote, checked against the file's place on disk.
    const QStringList parts = path.split(u'/');
    const QString folder = parts.at(parts.size() - 2);
    const QString mailbox = parts.at(parts.size() - 3);
    QCOMPARE(info.isUrgent(), folder == QLatin1String("Urgent"));
    // msg_id is "<origtime>-<counter>" in app_voicemail's generate_msg_id().
    QVERIFY(info.msgId().startsWith(QString::number(info.origTime()) + u'-'));
    QVERIFY(info.origTime() > 1700000000);
    QVERIFY(info.duration() >= 1);
    QVERIFY(!info.callerName().isEmpty());
    QVERIFY(!info.callerNumber().isEmpty());
    QCOMPARE(info.callerId(), u'"' + info.callerName() + QStringLiteral("\" <") + info.callerNumber() + u'>');
    // Forwarded messages keep their first mailbox; the others were deposited here.
    if (mailbox != QLatin1String("1003"))
        QCOMPARE(info.origMailbox(), mailbox);
    else
        QCOMPARE(info.origMailbox(), QStringLiteral("1001"));
    // The channel name keeps its ";2" (a whole-line-only comment rule).
    QVERIFY(info.callerChannel().startsWith(QLatin1String("Local/"))
        || info.callerChannel().startsWith(QLatin1String("PJSIP/")));
    if (info.callerChannel().startsWith(QLatin1String("Local/")))
        QVERIFY(info.callerChannel().endsWith(QLatin1String(";2")));
    QCOMPARE(info.identity(), info.msgId());
    // Rewriting an untouched file gives back Asterisk's bytes.
    QCOMPARE(info.serialize(), bytes);
}

void TestMessageInfo::knownMessage()
{
    const MessageInfo info = MessageInfo::parse(
        SpoolFixture::readAll(SpoolFixture::realSpool() + QStringLiteral("/default/1001/INBOX/msg0001.txt")));
    QCOMPARE(info.callerName(), QStringLiteral("ACME Corp"));
    QCOMPARE(info.callerNumber(), QStringLiteral("+15551234567"));
    QCOMPARE(info.msgId(), QStringLiteral("1795737648-00000003"));
    QCOMPARE(info.origTime(), 1795737648);
    QCOMPARE(info.duration(), 3);
    QCOMPARE(info.context(), QStringLiteral("vm-deposit"));
    QCOMPARE(info.exten(), QStringLiteral("1001"));
    QCOMPARE(info.priority(), QStringLiteral("1"));
    QCOMPARE(info.rdnis(), QStringLiteral("unknown"));
    QCOMPARE(info.category(), QString());
    QCOMPARE(info.flag(), QString());
    QCOMPARE(info.origDate(), QStringLiteral("Fri Nov 27 12:00:48 AM UTC 2026"));
    QVERIFY(!info.contains("macrocontext"));
    QCOMPARE(info.macroContext(), QString());
}

void TestMessageInfo::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<MessageInfo::Status>("status");
    QTest::addColumn<QString>("callerName");
    QTest::addColumn<QString>("msgId");
    QTest::addColumn<int>("duration");

    using S = MessageInfo::Status;
    QTest::newRow("empty") << QByteArray() << S::Empty << QString() << QString() << -1;
    QTest::newRow("only whitespace") << QByteArray(" \n\r\n\t\n") << S::Empty << QString() << QString() << -1;
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << S::Binary
                                    << QString() << QString() << -1;
    QTest::newRow("text garbage") << QByteArray("hello world\nthis is not a voicemail\n")
                                  << S::NoMessageSection << QString() << QString() << -1;
    QTest::newRow("keys without section") << QByteArray("msg_id=1-2\ncallerid=\"A\" <1>\n")
                                          << S::NoMessageSection << QString() << QString() << -1;
    QTest::newRow("section without fields")
        << QByteArray(";\n[message]\n; nothing\n") << S::NoFields << QString() << QString() << -1;
    QTest::newRow("other section only")
        << QByteArray("[general]\nmsg_id=1\n") << S::NoMessageSection << QString() << QString() << -1;
    QTest::newRow("CRLF line ends") << QByteArray(
        ";\r\n[message]\r\ncallerid=\"Crlf Caller\" <1234>\r\nmsg_id=42-1\r\nduration=7\r\n")
                                    << S::Ok << QStringLiteral("Crlf Caller") << QStringLiteral("42-1") << 7;
    QTest::newRow("Latin-1 caller name")
        << QByteArray("[message]\ncallerid=\"Jos\xe9 M\xfcller\" <1001>\nmsg_id=1-1\n") << S::Ok
        << QStringLiteral("José Müller") << QStringLiteral("1-1") << -1;
    QTest::newRow("UTF-8 caller name")
        << QByteArray("[message]\ncallerid=\"Zo\xc3\xab\" <1001>\nmsg_id=1-1\n") << S::Ok
        << QStringLiteral("Zoë") << QStringLiteral("1-1") << -1;
    QTest::newRow("hash and semicolon comments, spaces")
        << QByteArray(
               "# written by hand\n[message]\n  ; a comment\n msg_id = 9-9 \ncallerid = \"Sp Ace\" <1>\n")
        << S::Ok << QStringLiteral("Sp Ace") << QStringLiteral("9-9") << -1;
    QTest::newRow("missing fields") << QByteArray("[message]\norigmailbox=1001\n") << S::Ok << QString()
                                    << QString() << -1;
    QTest::newRow("non-numeric duration")
        << QByteArray("[message]\nduration=abc\n") << S::Ok << QString() << QString() << -1;
    QTest::newRow("arrow assignment") << QByteArray("[message]\nmsg_id => 5-5\nduration=>12\n") << S::Ok
                                      << QString() << QStringLiteral("5-5") << 12;
    QTest::newRow("no trailing newline")
        << QByteArray("[message]\nmsg_id=7-7") << S::Ok << QString() << QStringLiteral("7-7") << -1;
    QTest::newRow("uppercase section and keys") << QByteArray("[MESSAGE]\nMSG_ID=8-8\nDuration=3\n") << S::Ok
                                                << QString() << QStringLiteral("8-8") << 3;
}

void TestMessageInfo::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(MessageInfo::Status, status);
    QFETCH(QString, callerName);
    QFETCH(QString, msgId);
    QFETCH(int, duration);
    const MessageInfo info = MessageInfo::parse(bytes);
    QCOMPARE(info.status(), status);
    QCOMPARE(info.isValid(), status == MessageInfo::Status::Ok);
    QCOMPARE(info.callerName(), callerName);
    QCOMPARE(info.msgId(), msgId);
    QCOMPARE(info.duration(), duration);
    // Whatever came in, writing it out and reading it again gives the same fields.
    const MessageInfo again = MessageInfo::parse(info.serialize());
    QCOMPARE(again.keys(), info.keys());
    for (const QByteArray& k : info.keys())
        QCOMPARE(again.rawValue(k), info.rawValue(k));
}

void TestMessageInfo::unknownKeysSurviveRewrite()
{
    const QByteArray in = ";\n; Message Information file\n;\n[message]\norigmailbox=1001\nx-custom=keep me\n"
                          "callerid=\"M\xfcller\" <1>\nmsg_id=1-1\nflag=\n\n[extra]\nfoo=bar\n";
    MessageInfo info = MessageInfo::parse(in);
    QCOMPARE(info.status(), MessageInfo::Status::Ok);
    info.setValue("flag", QStringLiteral("Urgent"));
    info.setValue("category", QStringLiteral("sales"));
    const QByteArray out = info.serialize();
    const MessageInfo back = MessageInfo::parse(out);
    QCOMPARE(back.value("x-custom"), QStringLiteral("keep me"));
    QVERIFY(back.isUrgent());
    QCOMPARE(back.category(), QStringLiteral("sales"));
    // Latin-1 bytes we did not touch are written back as they were.
    QCOMPARE(back.rawValue("callerid"), QByteArray("\"M\xfcller\" <1>"));
    // The other section and its key stay, and stay out of [message].
    QVERIFY(out.contains("[extra]\nfoo=bar"));
    QVERIFY(!back.contains("foo"));
    QVERIFY(out.indexOf("category=sales") < out.indexOf("[extra]"));
}

// Found by fuzz_message_info: a line outside [message] that ended in "\r\r\n"
// lost one carriage return at each write, so writing twice differed.
void TestMessageInfo::rewriteIsRepeatable()
{
    const QByteArray in = ";\r\r\nnote=x\r\r\r\n[message]\r\norigmailbox=1001\r\r\n[extra]\r\nfoo=bar\r\r\n";
    const MessageInfo info = MessageInfo::parse(in);
    QCOMPARE(info.status(), MessageInfo::Status::Ok);
    const QByteArray once = info.serialize();
    QVERIFY(!once.contains('\r'));
    QCOMPARE(MessageInfo::parse(once).serialize(), once);
    QCOMPARE(MessageInfo::parse(once).rawValue("origmailbox"), QByteArray("1001"));
    QVERIFY(once.contains("note=x\n[message]"));
    // "callerid= >x" is the value ">x" (only "=>" right after the key means "="):
    // written back, it must not turn into "callerid=>x", which reads as "x".
    const MessageInfo arrow = MessageInfo::parse("[message]\ncallerid=\r\t >x\nduration=>7\n");
    QCOMPARE(arrow.rawValue("callerid"), QByteArray(">x"));
    QCOMPARE(arrow.rawValue("duration"), QByteArray("7"));
    const MessageInfo arrowAgain = MessageInfo::parse(arrow.serialize());
    QCOMPARE(arrowAgain.rawValue("callerid"), QByteArray(">x"));
    QCOMPARE(arrowAgain.serialize(), arrow.serialize());
}

void TestMessageInfo::setValueOnEmptyCreatesAsteriskLayout()
{
    MessageInfo info;
    info.setValue("msg_id", QStringLiteral("3-3"));
    QCOMPARE(info.serialize(), QByteArray(";\n; Message Information file\n;\n[message]\nmsg_id=3-3\n"));
}

void TestMessageInfo::setValueKeepsOneLine_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("LF adds a key") << QStringLiteral("Jane\nflag=Urgent") << QByteArray("Jane flag=Urgent");
    QTest::newRow("CRLF adds a section") << QStringLiteral("x\r\n[extra]") << QByteArray("x  [extra]");
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                         << QByteArray("a b");
}

// Found by fuzz_message_info (fuzz/regressions/fuzz_message_info/): a value
// from outside must not add a key or a section to the file.
void TestMessageInfo::setValueKeepsOneLine()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, stored);
    MessageInfo info = MessageInfo::parse(";\n[message]\norigmailbox=1001\nduration=7\n");
    info.setValue("callerid", value);
    const MessageInfo back = MessageInfo::parse(info.serialize());
    QCOMPARE(back.keys(), (QList<QByteArray> {"origmailbox", "duration", "callerid"}));
    QCOMPARE(back.rawValue("callerid"), stored);
    QVERIFY(!back.isUrgent());
}

void TestMessageInfo::callerId_data()
{
    QTest::addColumn<QString>("callerId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("number");
    QTest::newRow("name and number") << QStringLiteral("\"ACME Corp\" <+15551234567>")
                                     << QStringLiteral("ACME Corp") << QStringLiteral("+15551234567");
    QTest::newRow("unquoted name") << QStringLiteral("Bob <1002>") << QStringLiteral("Bob")
                                   << QStringLiteral("1002");
    QTest::newRow("number in brackets") << QStringLiteral("<1002>") << QString() << QStringLiteral("1002");
    QTest::newRow("bare number") << QStringLiteral("5551234") << QString() << QStringLiteral("5551234");
    QTest::newRow("bare name") << QStringLiteral("Unknown") << QStringLiteral("Unknown") << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("quote inside name")
        << QStringLiteral("\"O'Brien, Pat\" <77>") << QStringLiteral("O'Brien, Pat") << QStringLiteral("77");
}

void TestMessageInfo::callerId()
{
    QFETCH(QString, callerId);
    QFETCH(QString, name);
    QFETCH(QString, number);
    QString n;
    QString num;
    MessageInfo::splitCallerId(callerId, &n, &num);
    QCOMPARE(n, name);
    QCOMPARE(num, number);
}

void TestMessageInfo::identityFallback()
{
    const MessageInfo withoutId = MessageInfo::parse("[message]\norigtime=1700000000\ncallerid=\"A\" <1>\n");
    QCOMPARE(withoutId.identity(), QStringLiteral("1700000000|\"A\" <1>"));
    const MessageInfo nothing = MessageInfo::parse("[message]\nexten=1\n");
    QCOMPARE(nothing.identity(), QString());
}

QTEST_GUILESS_MAIN(TestMessageInfo)
#include "TestMessageInfo.moc"
