// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceRoom.h"
#include "core/operator/ConferenceRules.h"

#include <QTest>

using Action = ConferenceRules::Action;
using Refusal = ConferenceRules::Refusal;

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Refusal)

// What the conferences panel may offer, decided without widgets.
class TestConferenceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void togglesSayWhatTheyWillDo();
};

namespace {

ConferenceMember member(const QString& channel, bool admin, bool muted)
{
    ConferenceMember m;
    m.channel = channel;
    m.admin = admin;
    m.muted = muted;
    return m;
}

// Room 8500 as 08-confbridge-admin-actions has it after "mute Alice": the admin
// (operator), Alice muted, Bob talking.
ConferenceRoom room(bool locked = false, bool recording = false, bool onlyAdmin = false)
{
    ConferenceRoom r;
    r.name = QStringLiteral("8500");
    r.locked = locked;
    r.recording = recording;
    r.members.append(member(QStringLiteral("PJSIP/1000-00000003"), true, false));
    if (!onlyAdmin) {
        r.members.append(member(QStringLiteral("PJSIP/1001-00000004"), false, true));
        r.members.append(member(QStringLiteral("PJSIP/1002-00000005"), false, false));
    }
    return r;
}

} // namespace

void TestConferenceRules::check_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("roomThere");
    QTest::addColumn<QString>("who"); // channel; empty = nobody chosen
    QTest::addColumn<bool>("locked");
    QTest::addColumn<bool>("recording");
    QTest::addColumn<bool>("onlyAdmin");
    QTest::addColumn<bool>("permitted");
    QTest::addColumn<Refusal>("expected");

    const QString alice = QStringLiteral("PJSIP/1001-00000004");
    const QString bob = QStringLiteral("PJSIP/1002-00000005");
    const QString gone = QStringLiteral("PJSIP/1003-00000006");
    QTest::newRow("mute Bob") << Action::Mute << true << bob << false << false << false << true
                              << Refusal::None;
    QTest::newRow("mute muted Alice")
        << Action::Mute << true << alice << false << false << false << true << Refusal::AlreadyMuted;
    QTest::newRow("unmute Bob") << Action::Unmute << true << bob << false << false << false << true
                                << Refusal::NotMuted;
    QTest::newRow("kick somebody who left")
        << Action::Kick << true << gone << false << false << false << true << Refusal::NoMember;
    QTest::newRow("kick nobody chosen")
        << Action::Kick << true << QString() << false << false << false << true << Refusal::NoMember;
    QTest::newRow("kick without the write class")
        << Action::Kick << true << bob << false << false << false << false << Refusal::NoRights;
    QTest::newRow("room ended") << Action::Lock << false << QString() << false << false << false << true
                                << Refusal::NoRoom;
    QTest::newRow("lock") << Action::Lock << true << QString() << false << false << false << true
                          << Refusal::None;
    QTest::newRow("lock a locked room")
        << Action::Lock << true << QString() << true << false << false << true << Refusal::AlreadyLocked;
    QTest::newRow("unlock an open room")
        << Action::Unlock << true << QString() << false << false << false << true << Refusal::NotLocked;
    QTest::newRow("record twice") << Action::StartRecording << true << QString() << false << true << false
                                  << true << Refusal::AlreadyRecording;
    QTest::newRow("stop when not recording") << Action::StopRecording << true << QString() << false << false
                                             << false << true << Refusal::NotRecording;
    QTest::newRow("mute all but the admin, admin alone")
        << Action::MuteParticipants << true << QString() << false << false << true << true
        << Refusal::NobodyElse;
    QTest::newRow("mute all but the admin")
        << Action::MuteParticipants << true << QString() << false << false << false << true << Refusal::None;
    QTest::newRow("record without the system class") << Action::StartRecording << true << QString() << false
                                                     << false << false << false << Refusal::NoRights;
}

void TestConferenceRules::check()
{
    QFETCH(Action, action);
    QFETCH(bool, roomThere);
    QFETCH(QString, who);
    QFETCH(bool, locked);
    QFETCH(bool, recording);
    QFETCH(bool, onlyAdmin);
    QFETCH(bool, permitted);
    QFETCH(Refusal, expected);
    const ConferenceRoom r = room(locked, recording, onlyAdmin);
    ConferenceMember chosen;
    const ConferenceMember* m = r.member(who);
    if (!m && !who.isEmpty()) {
        chosen.channel = who; // chosen on the screen, no longer in the room
        m = &chosen;
    }
    QCOMPARE(ConferenceRules::check(action, roomThere ? &r : nullptr, m, permitted), expected);
}

void TestConferenceRules::togglesSayWhatTheyWillDo()
{
    const ConferenceRoom r = room(true, false);
    QCOMPARE(ConferenceRules::muteToggle(r.members.at(1)), Action::Unmute);
    QCOMPARE(ConferenceRules::muteToggle(r.members.at(2)), Action::Mute);
    QCOMPARE(ConferenceRules::lockToggle(r), Action::Unlock);
    QCOMPARE(ConferenceRules::recordToggle(r), Action::StartRecording);
    QCOMPARE(ConferenceRules::check(Action::BringIn, &r, nullptr, true, true), Refusal::AlreadyInRoom);
    QCOMPARE(ConferenceRules::check(Action::BringIn, &r, nullptr, true, false), Refusal::None);
}

QTEST_GUILESS_MAIN(TestConferenceRules)
#include "TestConferenceRules.moc"
