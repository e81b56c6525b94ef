// SPDX-License-Identifier: GPL-3.0-or-later
#include "pbx/ExtensionState.h"
#include "pbx/PbxPresenceSource.h"
#include "pbx/PbxState.h"

#include "ami/AmiMessage.h"

#include <QSignalSpy>
#include <QTest>

namespace {

AmiMessage extensionStatus(const char* exten, const char* context, const char* hint, int status)
{
    AmiMessage m;
    m.append("Event", QByteArrayView("ExtensionStatus"));
    m.append("Privilege", QByteArrayView("call,all"));
    m.append("Exten", QByteArrayView(exten));
    m.append("Context", QByteArrayView(context));
    m.append("Hint", QByteArrayView(hint));
    m.append("Status", QByteArrayView(QByteArray::number(status)));
    m.append("StatusText", QByteArrayView("x"));
    return m;
}

} // namespace

class TestPbxPresenceSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsExtensionStatus();
    void phoneWinsOverParkingHint();
    void severalServersAndRemoval();
};

void TestPbxPresenceSource::followsExtensionStatus()
{
    PbxState state(QStringLiteral("pbx1"));
    PbxPresenceSource presence;
    presence.addServer(&state);
    QSignalSpy changed(&presence, &PresenceSource::presenceChanged);

    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
    state.apply(extensionStatus("1001", "phones", "PJSIP/1001", 0));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Idle));
    QVERIFY(changed.contains(QVariantList {QStringLiteral("1001")}));

    state.apply(extensionStatus("1001", "phones", "PJSIP/1001", 8));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Ringing));
    state.apply(extensionStatus("1001", "phones", "PJSIP/1001", 4));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unavailable));

    QSignalSpy reset(&presence, &PresenceSource::presenceReset);
    state.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
}

void TestPbxPresenceSource::phoneWinsOverParkingHint()
{
    PbxState state(QStringLiteral("pbx1"));
    PbxPresenceSource presence;
    presence.addServer(&state);
    state.apply(extensionStatus("701", "parkedcalls", "park:701@parkedcalls", 1));
    QCOMPARE(presence.presenceState(QStringLiteral("701")), int(Pbx::ExtensionState::InUse));
    state.apply(extensionStatus("701", "phones", "PJSIP/701", 0));
    QCOMPARE(presence.presenceState(QStringLiteral("701")), int(Pbx::ExtensionState::Idle));
}

void TestPbxPresenceSource::severalServersAndRemoval()
{
    PbxState a(QStringLiteral("a"));
    auto* b = new PbxState(QStringLiteral("b"));
    PbxPresenceSource presence;
    presence.addServer(&a);
    presence.addServer(b);
    b->apply(extensionStatus("2001", "phones", "PJSIP/2001", 2));
    a.apply(extensionStatus("1001", "phones", "PJSIP/1001", 1));
    QCOMPARE(presence.presenceState(QStringLiteral("2001")), int(Pbx::ExtensionState::Busy));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::InUse));

    QSignalSpy reset(&presence, &PresenceSource::presenceReset);
    delete b; // a server going away takes its extensions with it
    QCOMPARE(reset.count(), 1);
    QCOMPARE(presence.presenceState(QStringLiteral("2001")), int(Pbx::ExtensionState::Unknown));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::InUse));

    presence.removeServer(&a);
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
    a.apply(extensionStatus("1001", "phones", "PJSIP/1001", 0));
    QCOMPARE(presence.presenceState(QStringLiteral("1001")), int(Pbx::ExtensionState::Unknown));
}

QTEST_GUILESS_MAIN(TestPbxPresenceSource)
#include "TestPbxPresenceSource.moc"
