<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AmiClient</name>
    <message>
        <source>The AMI client was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AMI secret is known for user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AMI server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login answer from %1:%2 within %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AMI server did not answer a Ping within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the AMI server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Events is refused through astmanproxy (it would change the event mask of every client of the proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to the AMI server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the AMI server in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from the AMI server was larger than %1 bytes; the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 did not greet with &quot;Asterisk Call Manager&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AMI server cancelled the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Attendant console for the Asterisk PBX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The command to start contains line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFileError</name>
    <message>
        <source>no known column names in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a name nor a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line without &quot;name:value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialUrl</name>
    <message>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link or its number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tel:, sip:, sips: and callto: links can be dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains a broken %-escape or invalid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not contain a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s number contains characters other than digits, &apos;+&apos;, &apos;*&apos; and &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s server name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>Search name, number, department or mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server cannot be reached; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the directory server failed (certificate not trusted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server refused the login (check the bind DN and password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the directory server is not stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory search failed (check the base DN and filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory server sent only part of the list (size limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the directory file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the directory file were skipped, the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: showing cached results from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading directory… %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPresenceProxy</name>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone, ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this desktop session: the secret is kept in memory until Attendant quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicemailBrowser</name>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search caller or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Folder name and how many messages it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>voicemail-%1-%2.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.wav *.WAV *.gsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicemailErrorText</name>
    <message>
        <source>The voicemail folder is locked by the phone system or another desk (waited 5 seconds). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voicemail folder could not be locked (no permission to write there, or the share does not support it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination folder is full. Delete or move some messages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer there; someone else moved or deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s information file is damaged or missing, so it cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no recording to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be written in the voicemail folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That destination is not possible for this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone system refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicemailMailboxProxy</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 urgent, %3 old</source>
        <extracomment>Counts under a mailbox in the voicemail list</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicemailMessageProxy</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message information file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording: the audio file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicemailPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (Left/Right: 5 seconds back/forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no recording: its audio file is missing from the voicemail spool. The message information is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is no longer there; the message was probably moved or deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message&apos;s audio is in a format that cannot be played here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is stored as GSM audio (%1) and no GSM decoder is installed on this computer, so it cannot be played here. Install the GStreamer GSM plugin (gstreamer1.0-plugins-bad) or ask the administrator to add &quot;wav&quot; to the voicemail formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
