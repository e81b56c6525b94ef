<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AvailabilityText</name>
    <message numerus="yes">
        <source>The note may not contain line breaks or control characters, and at most %n characters</source>
        <translation>
            <numerusform>The note may not contain line breaks or control characters, and at most %n character</numerusform>
            <numerusform>The note may not contain line breaks or control characters, and at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>The note is too long: at most %n character.</numerusform>
            <numerusform>The note is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceText</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n rooms: %1</source>
        <translation>
            <numerusform>✔ %n room: %1</numerusform>
            <numerusform>✔ %n rooms: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message numerus="yes">
        <source>Found %n phone(s) on your phone system: choose yours from the list.</source>
        <translation>
            <numerusform>Found %n phone on your phone system: choose yours from the list.</numerusform>
            <numerusform>Found %n phones on your phone system: choose yours from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message numerus="yes">
        <source>%n entries of the directory file were skipped, the first: %1</source>
        <translation>
            <numerusform>%n entry of the directory file was skipped: %1</numerusform>
            <numerusform>%n entries of the directory file were skipped, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading directory… %n entries</source>
        <translation>
            <numerusform>Loading directory… %n entry</numerusform>
            <numerusform>Loading directory… %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtensionBoard</name>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extension</numerusform>
            <numerusform>%n extensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDesk</name>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>History (%n missed)</numerusform>
            <numerusform>History (%n missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n call exported to %1.</numerusform>
            <numerusform>%n calls exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LdapSourceDialog</name>
    <message numerus="yes">
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n contact found.</numerusform>
            <numerusform>%n contacts found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueMemberText</name>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileBoardModel</name>
    <message numerus="yes">
        <source>Group %1, %n extension(s)</source>
        <translation>
            <numerusform>Group %1, %n extension</numerusform>
            <numerusform>Group %1, %n extensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation>
            <numerusform>%n on hold</numerusform>
            <numerusform>%n on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n new voicemail message</numerusform>
            <numerusform>%n new voicemail messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n new voicemail message</numerusform>
            <numerusform>%n new voicemail messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n missed call</numerusform>
            <numerusform>%n missed calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicemailErrorText</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicemailPendingDeletes</name>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>Deleted %n message.</numerusform>
            <numerusform>Deleted %n messages.</numerusform>
        </translation>
    </message>
</context>
</TS>
