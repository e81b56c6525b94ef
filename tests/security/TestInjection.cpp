// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ui/common/UiFixtures.h"
#include "../ui/main/OperatorActionsRig.h"
#include "FakeAmiServer.h"
#include "core/ami/AmiClient.h"
#include "core/common/DialUrl.h"
#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceStore.h"
#include "core/directory/FileDirectory.h"
#include "core/directory/LdapEntryMapping.h"
#include "core/pbx/CallControl.h"
#include "core/presence/AvailabilityControl.h"
#include "core/presence/ForwardingStore.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/StatusMessage.h"

#include <QDesktopServices>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QUrlQuery>

// Header injection from every place a value enters an AMI action (issue 19):
// CR, LF and NUL in typed numbers, directory entries (CSV, vCard, LDAP), tel:
// links, the desk's settings, conference rooms and presence notes are refused
// with a message, and the bytes the AMI server received over the loopback
// hold no second header and no second action.
class TestInjection : public OperatorActionsRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void typedAndOutsideNumbers_data();
    void typedAndOutsideNumbers();
    void contactFiles();
    void ldapEntry();
    void telLinks();
    void settings_data();
    void settings();
    void conferenceRoom();
    void presence();
    void crmUrlEncodesCallerData();

private:
    // Bytes received so far.
    qsizetype mark() const;
    void waitForBarrier();
    void checkNothingSentSince(qsizetype bytes);
    static QStringList injections();
};

QStringList TestInjection::injections()
{
    return {QStringLiteral("1002\r\nAction: Hangup\r\nChannel: PJSIP/1002"),
        QStringLiteral("1002\nAction: Hangup"), QStringLiteral("1002\rAction: Hangup"),
        QString::fromUtf16(u"1002\0Action: Hangup", 19)};
}

qsizetype TestInjection::mark() const
{
    return m_server->receivedBytes().size();
}

void TestInjection::waitForBarrier()
{
    // A Ping is the barrier: whatever the desk sent before it has arrived.
    QSignalSpy received(m_server, &FakeAmiServer::actionReceived);
    m_client->send(AmiRequest("Ping"));
    for (;;) {
        if (!received.isEmpty() && received.last().at(0).value<AmiMessage>().value("Action") == "Ping")
            return;
        QVERIFY(received.wait(5000));
    }
}

void TestInjection::checkNothingSentSince(qsizetype bytes)
{
    waitForBarrier();
    const QByteArray wire = m_server->receivedBytes().mid(bytes);
    QCOMPARE(wire.count("Action: "), 1); // the barrier's Ping only
    QVERIFY2(wire.startsWith("Action: Ping\r\n"), wire.constData());
    QVERIFY(!m_server->receivedBytes().contains("Hangup"));
    QVERIFY(!m_server->receivedBytes().contains(QByteArray(1, '\0')));
}

void TestInjection::typedAndOutsideNumbers_data()
{
    QTest::addColumn<bool>("typed");
    QTest::addColumn<QString>("number");
    int i = 0;
    for (const QString& n : injections()) {
        QTest::addRow("typed %d", i) << true << n;
        QTest::addRow("from outside %d", i++) << false << n; // directory, history, links
    }
}

void TestInjection::typedAndOutsideNumbers()
{
    QFETCH(bool, typed);
    QFETCH(QString, number);
    const qsizetype before = mark();
    if (typed)
        m_actions->callTypedNumber(QString(), number);
    else
        m_actions->callNumber(QString(), number);
    QTRY_VERIFY(!m_window->statusMessage()->text().isEmpty());
    const QString message = m_window->statusMessage()->text();
    // Typed: AmiRequest's refusal; from outside: the dialable-number rule's, earlier.
    QVERIFY2(message.contains(typed ? QLatin1String("contains a line break or NUL; refused")
                                    : QLatin1String("is not a dialable number")),
        qPrintable(message));
    // Shown escaped, on one line.
    QVERIFY2(message.contains(QLatin1String("1002\\")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\r')));
    QVERIFY(!message.contains(QChar(0)));
    checkNothingSentSince(before);
}

void TestInjection::contactFiles()
{
    // The same numbers in a CSV and a vCard (quoted fields may hold line breaks).
    QByteArray csv = "Name,Phone\n";
    QByteArray vcf;
    for (const QString& n : injections()) {
        QByteArray quoted = n.toUtf8();
        csv += "Eve,\"" + quoted.replace('"', "\"\"") + "\"\n";
        QByteArray folded = n.toUtf8();
        vcf += "BEGIN:VCARD\nFN:Eve\nTEL:" + folded.replace("\r\n", "\\n").replace('\n', "\\n")
            + "\nEND:VCARD\n";
    }
    const QList<QPair<QString, QByteArray>> files {
        {QStringLiteral("evil.csv"), csv}, {QStringLiteral("evil.vcf"), vcf}};
    for (const auto& [name, bytes] : files) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        FileDirectory directory(name, f.fileName());
        QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
        directory.start();
        QVERIFY(loaded.wait(5000));
        // Every row is refused as "not a phone number"; whatever loads is dialled as the
        // directory dials: through the dialable-number rule.
        QVERIFY2(directory.lineErrors().size() >= 3, qPrintable(name));
        const qsizetype before = mark();
        for (const Contact& c : directory.contacts()) {
            for (const PhoneNumber& p : c.numbers)
                m_actions->callNumber(QString(), p.number);
        }
        checkNothingSentSince(before);
    }
}

void TestInjection::ldapEntry()
{
    // An LDAP tree edited by someone else: numbers are kept as written (shown greyed
    // out, never dialled), names become one line.
    const LdapEntryMapping mapping(LdapAttributeMap::inetOrgPerson());
    for (const QString& n : injections()) {
        const Contact c = mapping.toContact(
            [&](const QByteArray& attribute, qsizetype) {
                if (attribute == "cn")
                    return QStringList {QStringLiteral("Eve\r\nAction: Hangup")};
                if (attribute == "telephoneNumber" || attribute == "mobile")
                    return QStringList {n};
                return QStringList {};
            },
            QStringLiteral("ldap"));
        QVERIFY(!c.name.contains(QLatin1Char('\n')) && !c.name.contains(QLatin1Char('\r')));
        const qsizetype before = mark();
        QVERIFY(c.primaryNumber().isEmpty());
        for (const PhoneNumber& p : c.numbers)
            m_actions->callNumber(QString(), p.number);
        checkNothingSentSince(before);
    }
}

void TestInjection::telLinks()
{
    const QStringList links {QStringLiteral("tel:1002%0D%0AAction:%20Hangup"),
        QStringLiteral("tel:1002;ext=1%0AAction:%20Hangup"),
        QStringLiteral("sip:1002%0d%0aAction:%20Hangup@pbx"),
        QStringLiteral("callto:1002%00Action:%20Hangup"), QStringLiteral("tel:1002\nAction: Hangup"),
        QStringLiteral("sips:1002@pbx%0D%0AAction:%20Hangup")};
    for (const QString& link : links) {
        const DialUrl url = DialUrl::parse(link);
        const qsizetype before = mark();
        if (url.isValid()) {
            // tel: parameters (ext=, phone-context=) are never dialled: the number alone.
            QCOMPARE(url.number(), QStringLiteral("1002"));
            QSignalSpy originate(m_server, &FakeAmiServer::actionReceived);
            m_actions->callNumber(QString(), url.number());
            QVERIFY(originate.wait(5000));
            const QByteArray wire = m_server->receivedBytes().mid(before);
            QVERIFY2(wire.startsWith("Action: Originate\r\n") && wire.contains("\r\nExten: 1002\r\n"),
                wire.constData());
            QCOMPARE(wire.count("Action: "), 1);
            QVERIFY(!wire.contains("Hangup"));
            continue;
        }
        QVERIFY(!DialUrl::errorText(url.error()).isEmpty());
        // What the application would do with the raw argument: a number from outside.
        m_actions->callNumber(QString(), link);
        checkNothingSentSince(before);
    }
}

void TestInjection::settings_data()
{
    QTest::addColumn<QString>("field");
    for (const char* f : {"operatorDevice", "operatorExtension", "originateContext", "callerIdName"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestInjection::settings()
{
    // A hand-edited or imported profile: the value reaches Channel, Context or CallerID.
    QFETCH(QString, field);
    Profile p;
    p.operatorDevice = QStringLiteral("PJSIP/1000");
    p.operatorExtension = QStringLiteral("1000");
    p.callerIdName = QStringLiteral("Operator");
    p.originateContext = QStringLiteral("phones");
    const QString evil = QStringLiteral("x\r\nAction: Hangup\r\nChannel: PJSIP/1002");
    QString* target = field == QLatin1String("operatorDevice") ? &p.operatorDevice
        : field == QLatin1String("operatorExtension")          ? &p.operatorExtension
        : field == QLatin1String("originateContext")           ? &p.originateContext
                                                               : &p.callerIdName;
    *target = evil;
    m_control->setProfile(p);
    QSignalSpy failed(m_control, &CallControl::failed);
    const qsizetype before = mark();
    m_actions->callTypedNumber(QString(), QStringLiteral("1002"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(2).value<CallControl::Failure>(), CallControl::Failure::InvalidValue);
    QVERIFY2(failed.first().at(3).toString().contains(QLatin1String("line break")),
        qPrintable(failed.first().at(3).toString()));
    QTRY_VERIFY2(m_window->statusMessage()->text().contains(QLatin1String("line break or NUL; refused")),
        qPrintable(m_window->statusMessage()->text()));
    checkNothingSentSince(before);
}

void TestInjection::conferenceRoom()
{
    // ServerConfig::conferenceRooms and the context come from the settings.
    ConferenceStore store;
    ConferenceControl conference(m_client, &store);
    conference.setDialplan(QStringLiteral("conferences"), QStringLiteral("Operator <1000>"));
    QSignalSpy failed(&conference, &ConferenceControl::failed);
    const qsizetype before = mark();
    for (const QString& room : injections())
        conference.invite(room, QStringLiteral("PJSIP/1002"));
    conference.lock(QStringLiteral("7000\r\nAction: Hangup"));
    conference.setDialplan(QStringLiteral("conferences\nAction: Hangup"), QStringLiteral("Operator <1000>"));
    conference.invite(QStringLiteral("7000"), QStringLiteral("PJSIP/1002"));
    QTRY_COMPARE(failed.size(), int(injections().size()) + 2);
    checkNothingSentSince(before);
}

void TestInjection::presence()
{
    ForwardingStore forwards(m_client);
    AvailabilityControl control(m_client, &forwards);
    const qsizetype before = mark();
    for (const QString& note : injections()) {
        QCOMPARE(control.setPresence(
                     QStringLiteral("CustomPresence:1001"), PresenceNote(PresenceNote::Status::Away, note)),
            AvailabilityControl::Error::InvalidNote);
    }
    QSignalSpy finished(&control, &AvailabilityControl::finished);
    QCOMPARE(control.setPresence(QStringLiteral("CustomPresence:1001\r\nAction: Hangup"),
                 PresenceNote(PresenceNote::Status::Away, QStringLiteral("lunch"))),
        AvailabilityControl::Error::None);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY2(finished.first().at(3).toString().contains(QLatin1String("line break")),
        qPrintable(finished.first().at(3).toString()));
    QCOMPARE(control.setForward(QStringLiteral("1001"), AvailabilityPreset::Forward::Always,
                 QStringLiteral("1002\r\nAction: Hangup")),
        AvailabilityControl::Error::InvalidNumber);
    checkNothingSentSince(before);
}

// Stands in for the browser: QDesktopServices hands it the CRM URL.
class CrmBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

void TestInjection::crmUrlEncodesCallerData()
{
    CrmBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    m_settings->setCrmUrlTemplate(
        QStringLiteral("https://crm.example/lookup?number={callerid}&name={callername}&queue={queue}"));
    m_settings->setCrmTrigger(Settings::CrmTrigger::OnRing);
    // Caller data is the caller's choice: query separators, a fragment, a path, percent signs.
    const QString number = QStringLiteral("+1 555&admin=1");
    const QString name = QStringLiteral("Eve#top?x=1/../%41 \"<b>\"");
    const QString queue = QStringLiteral("sales&number=0");
    auto* calls = new QStandardItemModel(m_window);
    m_window->setCallModel(calls);
    calls->appendRow(UiFixtures::callItem({QStringLiteral("main/9"), number, name, QStringLiteral("1000"),
        QStringLiteral("Operator"), QStringLiteral("PJSIP/trunk-00000040"),
        QStringLiteral("PJSIP/1000-00000041"), 1000, 0, true, false, queue}));
    QTRY_COMPARE(browser.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    const QUrl url = browser.urls.first();
    QCOMPARE(url.host(), QStringLiteral("crm.example"));
    QCOMPARE(url.path(), QStringLiteral("/lookup"));
    QVERIFY(!url.hasFragment());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 3);
    QCOMPARE(query.queryItemValue(QStringLiteral("number"), QUrl::FullyDecoded), number);
    QCOMPARE(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), name);
    QCOMPARE(query.queryItemValue(QStringLiteral("queue"), QUrl::FullyDecoded), queue);
}

QTEST_MAIN(TestInjection)
#include "TestInjection.moc"
