// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCommands.h"

const QList<DemoCommands::Command>& DemoCommands::all()
{
    // Copied verbatim from 02-ListCommands; TestDemoListCommands compares them.
    static const QList<Command> commands = {
        {"Atxfer", "Attended transfer.  (Priv: call,all)"},
        {"BlindTransfer", "Blind transfer channel(s) to the given destination  (Priv: call,all)"},
        {"Challenge", "Generate Challenge for MD5 Auth.  (Priv: <none>)"},
        {"ConfbridgeKick", "Kick a Confbridge user.  (Priv: call,all)"},
        {"ConfbridgeList", "List participants in a conference.  (Priv: reporting,all)"},
        {"ConfbridgeListRooms", "List active conferences.  (Priv: reporting,all)"},
        {"ConfbridgeLock", "Lock a Confbridge conference.  (Priv: call,all)"},
        {"ConfbridgeMute", "Mute a Confbridge user.  (Priv: call,all)"},
        {"ConfbridgeStartRecord", "Start recording a Confbridge conference.  (Priv: system,all)"},
        {"ConfbridgeStopRecord", "Stop recording a Confbridge conference.  (Priv: system,all)"},
        {"ConfbridgeUnlock", "Unlock a Confbridge conference.  (Priv: call,all)"},
        {"ConfbridgeUnmute", "Unmute a Confbridge user.  (Priv: call,all)"},
        {"CoreShowChannels", "List currently active channels.  (Priv: system,reporting,all)"},
        {"DBDel", "Delete DB entry.  (Priv: system,all)"},
        {"DBDelTree", "Delete DB Tree.  (Priv: system,all)"},
        {"DBGet", "Get DB Entry.  (Priv: system,reporting,all)"},
        {"DBGetTree", "Get DB entries, optionally at a particular family/key  (Priv: system,reporting,all)"},
        {"DBPut", "Put DB entry.  (Priv: system,all)"},
        {"DeviceStateList", "List the current known device states.  (Priv: call,reporting,all)"},
        {"Events", "Control Event Flow.  (Priv: <none>)"},
        {"ExtensionState", "Check Extension Status.  (Priv: call,reporting,all)"},
        {"ExtensionStateList", "List the current known extension states.  (Priv: call,reporting,all)"},
        {"Getvar", "Gets a channel variable or function value.  (Priv: call,reporting,all)"},
        {"Hangup", "Hangup channel.  (Priv: system,call,all)"},
        {"ListCommands", "List available manager commands.  (Priv: <none>)"},
        {"Login", "Login Manager.  (Priv: <none>)"},
        {"Logoff", "Logoff Manager.  (Priv: <none>)"},
        {"MailboxCount", "Check Mailbox Message Count.  (Priv: call,reporting,all)"},
        {"MixMonitor",
            "Record a call and mix the audio during the recording.  Use of StopMixMonitor is required to "
            "guarantee the audio file is available for processing during dialplan execution.  (Priv: "
            "system,all)"},
        {"MixMonitorMute", "Mute / unMute a Mixmonitor recording.  (Priv: system,call,all)"},
        {"Originate", "Originate a call.  (Priv: originate,all)"},
        {"Park", "Park a channel.  (Priv: call,all)"},
        {"ParkedCalls", "List parked calls.  (Priv: call,all)"},
        {"Parkinglots", "Get a list of parking lots  (Priv: call,all)"},
        {"Ping", "Keepalive command.  (Priv: <none>)"},
        {"PresenceState", "Check Presence State  (Priv: call,reporting,all)"},
        {"PresenceStateList", "List the current known presence states.  (Priv: call,reporting,all)"},
        {"QueueAdd", "Add interface to queue.  (Priv: agent,all)"},
        {"QueuePause", "Makes a queue member temporarily unavailable.  (Priv: agent,all)"},
        {"QueueStatus", "Show queue status.  (Priv: <none>)"},
        {"Redirect", "Redirect (transfer) a call.  (Priv: call,all)"},
        {"Setvar", "Sets a channel variable or function value.  (Priv: call,all)"},
        {"ShowDialPlan", "Show dialplan contexts and extensions  (Priv: config,reporting,all)"},
        {"StopMixMonitor",
            "Stop recording a call through MixMonitor, and free the recording's file handle.  (Priv: "
            "system,call,all)"},
        {"UserEvent", "Send an arbitrary event.  (Priv: user,all)"},
        {"VoicemailRefresh", "Tell Asterisk to poll mailboxes for a change  (Priv: user,all)"},
        {"VoicemailUsersList", "List All Voicemail User Information.  (Priv: call,reporting,all)"},
    };
    return commands;
}
