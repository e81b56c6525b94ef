<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionReport</name>
    <message>
        <source>Consultation call started: hang up to complete the transfer.</source>
        <translation>Rückfrage gestartet: Auflegen schließt die Weiterleitung ab.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>returns in %1</source>
        <translation>kehrt in %1 zurück</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>on hold with %1</source>
        <translation>gehalten mit %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>ruft an</translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation>ruft %1 an</translation>
    </message>
    <message>
        <source>leaving a voicemail message</source>
        <translation>hinterlässt eine Sprachnachricht</translation>
    </message>
    <message>
        <source>leaving a message for %1</source>
        <translation>hinterlässt eine Nachricht für %1</translation>
    </message>
    <message>
        <source>listening to voicemail</source>
        <translation>hört die Mailbox ab</translation>
    </message>
    <message>
        <source>parked on %1</source>
        <translation>geparkt auf %1</translation>
    </message>
    <message>
        <source>parked on %1 by %2</source>
        <translation>von %2 auf %1 geparkt</translation>
    </message>
    <message>
        <source>%1 parked here</source>
        <translation>%1 hier geparkt</translation>
    </message>
    <message>
        <source>%1, parked by %2</source>
        <translation>%1, geparkt von %2</translation>
    </message>
    <message>
        <source>waiting in queue %1 (position %2, %3)</source>
        <translation>wartet in Warteschlange %1 (Position %2, %3)</translation>
    </message>
    <message>
        <source>waiting in queue %1 (position %2)</source>
        <translation>wartet in Warteschlange %1 (Position %2)</translation>
    </message>
    <message>
        <source>waiting in queue %1</source>
        <translation>wartet in Warteschlange %1</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>KLINGELT</translation>
    </message>
    <message>
        <source>CALLING</source>
        <translation>RUFT AN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>GEHALTEN</translation>
    </message>
    <message>
        <source>VOICEMAIL</source>
        <translation>MAILBOX</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>GEPARKT</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <source>TALK</source>
        <translation>GESPRÄCH</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ANRUF</translation>
    </message>
    <message>
        <source>Parked call</source>
        <translation>Geparkter Anruf</translation>
    </message>
    <message>
        <source>in conference %1</source>
        <translation>in Konferenz %1</translation>
    </message>
    <message>
        <source>CONF</source>
        <translation>KONF</translation>
    </message>
</context>
<context>
    <name>AmiClient</name>
    <message>
        <source>The AMI client was destroyed</source>
        <translation>Der AMI-Client wurde beendet</translation>
    </message>
    <message>
        <source>No AMI secret is known for user &quot;%1&quot;</source>
        <translation>Für den Benutzer „%1“ ist kein AMI-Passwort bekannt</translation>
    </message>
    <message>
        <source>The AMI server closed the connection</source>
        <translation>Der AMI-Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>No login answer from %1:%2 within %3 ms</source>
        <translation>Keine Antwort auf die Anmeldung von %1:%2 innerhalb von %3 ms</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The AMI server did not answer a Ping within %1 ms</source>
        <translation>Der AMI-Server hat innerhalb von %1 ms nicht auf einen Ping geantwortet</translation>
    </message>
    <message>
        <source>The connection to the AMI server was lost</source>
        <translation>Die Verbindung zum AMI-Server ist abgebrochen</translation>
    </message>
    <message>
        <source>Action Events is refused through astmanproxy (it would change the event mask of every client of the proxy)</source>
        <translation>Die Aktion Events wird über astmanproxy abgelehnt (sie würde die Ereignismaske aller Clients des Proxys ändern)</translation>
    </message>
    <message>
        <source>Not logged in to the AMI server</source>
        <translation>Nicht am AMI-Server angemeldet</translation>
    </message>
    <message>
        <source>No answer from the AMI server in time</source>
        <translation>Keine rechtzeitige Antwort vom AMI-Server</translation>
    </message>
    <message>
        <source>A message from the AMI server was larger than %1 bytes; the connection was closed</source>
        <translation>Eine Nachricht des AMI-Servers war größer als %1 Bytes; die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>%1:%2 did not greet with &quot;Asterisk Call Manager&quot;</source>
        <translation>%1:%2 hat nicht mit „Asterisk Call Manager“ begrüßt</translation>
    </message>
    <message>
        <source>The AMI server cancelled the list</source>
        <translation>Der AMI-Server hat die Liste abgebrochen</translation>
    </message>
    <message>
        <source>Asterisk is restarting</source>
        <translation>Asterisk startet neu</translation>
    </message>
    <message>
        <source>Asterisk was shut down</source>
        <translation>Asterisk wurde beendet</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No profile named “%1”. Saved profiles: %2</source>
        <translation>Kein Profil namens „%1“. Gespeicherte Profile: %2</translation>
    </message>
    <message>
        <source>The demo PBX could not start: %1</source>
        <translation>Die Demo-Telefonanlage konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Demo PBX</source>
        <translation>Demo-Telefonanlage</translation>
    </message>
    <message>
        <source>Attendant — %1</source>
        <translation>Attendant — %1</translation>
    </message>
    <message>
        <source>Settings saved. Server changes apply at the next start.</source>
        <translation>Einstellungen gespeichert. Serveränderungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Could not change the login start: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>A secret was not saved in the keychain, so Attendant will ask for it again at the next start: %1</source>
        <translation>Ein Geheimnis wurde nicht im Schlüsselbund gespeichert, daher fragt Attendant beim nächsten Start erneut danach: %1</translation>
    </message>
</context>
<context>
    <name>AttendedTransferWatch</name>
    <message>
        <source>The call ended before the transfer.</source>
        <translation>Der Anruf endete vor der Weiterleitung.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The command to start contains line breaks.</source>
        <translation>Der Startbefehl enthält Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AvailabilityActions</name>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Außer Haus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 ist jetzt: %2</translation>
    </message>
    <message>
        <source>Could not change the status of %1: %2</source>
        <translation>Der Status von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Do not disturb is on for %1</source>
        <translation>„Nicht stören“ ist für %1 an</translation>
    </message>
    <message>
        <source>Do not disturb is off for %1</source>
        <translation>„Nicht stören“ ist für %1 aus</translation>
    </message>
    <message>
        <source>Could not change do not disturb of %1: %2</source>
        <translation>„Nicht stören“ von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Forward (%1) of %2 cleared</source>
        <translation>Umleitung (%1) von %2 aufgehoben</translation>
    </message>
    <message>
        <source>Calls of %1 forwarded (%2) to %3</source>
        <translation>Anrufe von %1 umgeleitet (%2) zu %3</translation>
    </message>
    <message>
        <source>Could not change the forward of %1: %2</source>
        <translation>Die Umleitung von %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 switched %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Could not switch %1: %2</source>
        <translation>%1 konnte nicht umgeschaltet werden: %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityDesk</name>
    <message>
        <source>Availability</source>
        <translation>Erreichbarkeit</translation>
    </message>
</context>
<context>
    <name>AvailabilityMenu</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Eigener…</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>&amp;Forward calls…</source>
        <translation>Anrufe &amp;umleiten…</translation>
    </message>
    <message>
        <source>&amp;Forward calls (now to %1)…</source>
        <translation>Anrufe &amp;umleiten (jetzt zu %1)…</translation>
    </message>
</context>
<context>
    <name>AvailabilitySettingsPage</name>
    <message>
        <source>Their presence and note</source>
        <translation>Ihre Anwesenheit und Notiz</translation>
    </message>
    <message>
        <source>Their do not disturb</source>
        <translation>Ihr Nicht stören</translation>
    </message>
    <message>
        <source>Their call forwarding</source>
        <translation>Ihre Rufumleitung</translation>
    </message>
    <message>
        <source>The day/night switches</source>
        <translation>Die Tag/Nacht-Schalter</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>Status &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Status hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove status</source>
        <translation>Status &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation>Status entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move status up</source>
        <translation>Status nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move status down</source>
        <translation>Status nach unten verschieben</translation>
    </message>
    <message>
        <source>How each server keeps DND and forwarding</source>
        <translation>Wie jeder Server Nicht stören und Umleitungen speichert</translation>
    </message>
    <message>
        <source>This desk may change on others&apos; lines</source>
        <translation>Dieser Arbeitsplatz darf bei anderen Anschlüssen ändern</translation>
    </message>
    <message>
        <source>The operator&apos;s own line is always the desk&apos;s own, as far as the AMI account allows.</source>
        <translation>Der eigene Anschluss der Vermittlung gehört immer dem Arbeitsplatz, soweit das AMI-Konto es erlaubt.</translation>
    </message>
    <message>
        <source>Statuses offered in the status menu</source>
        <translation>Status im Statusmenü</translation>
    </message>
    <message>
        <source>Predefined statuses</source>
        <translation>Vordefinierte Status</translation>
    </message>
    <message>
        <source>State of the selected status</source>
        <translation>Zustand des ausgewählten Status</translation>
    </message>
    <message>
        <source>Text of the selected status</source>
        <translation>Text des ausgewählten Status</translation>
    </message>
    <message>
        <source>e.g. Lunch</source>
        <translation>z. B. Mittagspause</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Preset of %1</source>
        <translation>Voreinstellung für %1</translation>
    </message>
    <message>
        <source>FreePBX (ASTDB DND, CF, CFB, CFU)</source>
        <translation>FreePBX (ASTDB DND, CF, CFB, CFU)</translation>
    </message>
    <message>
        <source>Plain Asterisk (Custom device states)</source>
        <translation>Reines Asterisk (Custom-Gerätezustände)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>No server yet: add one on the Servers page.</source>
        <translation>Noch kein Server: fügen Sie auf der Seite „Server“ einen hinzu.</translation>
    </message>
    <message>
        <source>AstDB family of the always-forward</source>
        <translation>AstDB-Familie der ständigen Umleitung</translation>
    </message>
    <message>
        <source>Where your dialplan reads the always-forward (DB(&lt;family&gt;/&lt;extension&gt;)); empty: CF, as FreePBX.</source>
        <translation>Wo Ihr Wählplan die ständige Umleitung liest (DB(&lt;Familie&gt;/&lt;Nebenstelle&gt;)); leer: CF, wie FreePBX.</translation>
    </message>
    <message>
        <source>Re-read forwards every</source>
        <translation>Umleitungen neu lesen alle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>only at login and when another desk announces a change</source>
        <translation>nur bei der Anmeldung und wenn ein anderer Platz eine Änderung meldet</translation>
    </message>
    <message>
        <source>The AstDB sends no event when a phone&apos;s feature code changes a forward: Attendant re-reads it this often.</source>
        <translation>Die AstDB sendet kein Ereignis, wenn der Funktionscode eines Telefons eine Umleitung ändert: Attendant liest sie in diesem Abstand neu.</translation>
    </message>
    <message>
        <source>Always-forward family:</source>
        <translation>Familie der ständigen Umleitung:</translation>
    </message>
    <message>
        <source>Re-read forwards every:</source>
        <translation>Umleitungen neu lesen alle:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>⚠ %1 (not offered)</source>
        <translation>⚠ %1 (nicht angeboten)</translation>
    </message>
    <message>
        <source>A status without text is not offered: type its text.</source>
        <translation>Ein Status ohne Text wird nicht angeboten: Geben Sie seinen Text ein.</translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation>Nicht angeboten: %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityText</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Gesprächsbereit</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>This desk may change only the operator&apos;s own line (settings, Availability)</source>
        <translation>Dieser Platz darf nur die eigene Leitung ändern (Einstellungen, Erreichbarkeit)</translation>
    </message>
    <message>
        <source>The AMI account lacks the write class %1</source>
        <translation>Dem AMI-Konto fehlt die Schreibklasse %1</translation>
    </message>
    <message>
        <source>The extension&apos;s hint has no CustomPresence provider</source>
        <translation>Der Hint der Nebenstelle hat keinen CustomPresence-Anbieter</translation>
    </message>
    <message>
        <source>The DND device pattern names no device per extension</source>
        <translation>Das Muster des Nicht-stören-Geräts nennt kein Gerät je Nebenstelle</translation>
    </message>
    <message>
        <source>This PBX&apos;s preset has no database family for this forward</source>
        <translation>Die Vorgabe dieser Telefonanlage hat keine Datenbankfamilie für diese Umleitung</translation>
    </message>
    <message numerus="yes">
        <source>The note may not contain line breaks or control characters, and at most %n characters</source>
        <translation>
            <numerusform>Die Notiz darf keine Zeilenumbrüche oder Steuerzeichen enthalten und höchstens %n Zeichen</numerusform>
            <numerusform>Die Notiz darf keine Zeilenumbrüche oder Steuerzeichen enthalten und höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The forward target is not a dialable number</source>
        <translation>Das Umleitungsziel ist keine wählbare Nummer</translation>
    </message>
    <message>
        <source>There is no DND or switch device to set</source>
        <translation>Es gibt kein Nicht-stören- oder Schaltergerät zum Setzen</translation>
    </message>
    <message>
        <source>Not connected to the PBX</source>
        <translation>Nicht mit der Telefonanlage verbunden</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>When busy</source>
        <translation>Bei besetzt</translation>
    </message>
    <message>
        <source>When not answering</source>
        <translation>Bei keiner Antwort</translation>
    </message>
    <message>
        <source>The note may not contain line breaks, tabs or other control characters.</source>
        <translation>Die Notiz darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>Die Notiz ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Die Notiz ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallControl</name>
    <message>
        <source>No number to call.</source>
        <translation>Keine Nummer zum Anrufen.</translation>
    </message>
    <message>
        <source>No phone or number to connect.</source>
        <translation>Kein Telefon oder keine Nummer zum Verbinden.</translation>
    </message>
    <message>
        <source>No call or no destination.</source>
        <translation>Kein Anruf oder kein Ziel.</translation>
    </message>
    <message>
        <source>An attended transfer needs the operator&apos;s call and a destination.</source>
        <translation>Eine Weiterleitung mit Ankündigung braucht den Anruf der Vermittlung und ein Ziel.</translation>
    </message>
    <message>
        <source>No transfer to cancel.</source>
        <translation>Keine Weiterleitung zum Abbrechen.</translation>
    </message>
    <message>
        <source>No call or no mailbox.</source>
        <translation>Kein Anruf oder keine Mailbox.</translation>
    </message>
    <message>
        <source>No call to hang up.</source>
        <translation>Kein Anruf zum Auflegen.</translation>
    </message>
    <message>
        <source>No call to park.</source>
        <translation>Kein Anruf zum Parken.</translation>
    </message>
    <message>
        <source>No parking space.</source>
        <translation>Kein Parkplatz.</translation>
    </message>
    <message>
        <source>No ringing extension.</source>
        <translation>Keine klingelnde Nebenstelle.</translation>
    </message>
    <message>
        <source>No ringing call to pick up.</source>
        <translation>Kein klingelnder Anruf zum Übernehmen.</translation>
    </message>
    <message>
        <source>No queue member selected.</source>
        <translation>Kein Warteschlangenmitglied ausgewählt.</translation>
    </message>
    <message>
        <source>Not connected to the PBX.</source>
        <translation>Nicht mit der Telefonanlage verbunden.</translation>
    </message>
    <message>
        <source>The phone could not be called (unregistered, unknown or no such channel).</source>
        <translation>Das Telefon konnte nicht angerufen werden (nicht angemeldet, unbekannt oder kein solcher Kanal).</translation>
    </message>
    <message>
        <source>The phone hung up before the call was connected.</source>
        <translation>Das Telefon hat aufgelegt, bevor der Anruf verbunden war.</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>Das Telefon hat nicht rechtzeitig abgenommen.</translation>
    </message>
    <message>
        <source>The phone is busy.</source>
        <translation>Das Telefon ist besetzt.</translation>
    </message>
    <message>
        <source>The network is congested.</source>
        <translation>Das Netz ist überlastet.</translation>
    </message>
    <message>
        <source>The call could not be placed (reason %1).</source>
        <translation>Der Anruf konnte nicht aufgebaut werden (Grund %1).</translation>
    </message>
    <message>
        <source>%1 is your own phone.</source>
        <translation>%1 ist Ihr eigenes Telefon.</translation>
    </message>
    <message>
        <source>This call is already being transferred.</source>
        <translation>Dieser Anruf wird bereits weitergeleitet.</translation>
    </message>
    <message>
        <source>The PBX has no voicemail extension %1 in context %2: the caller stays with you. Check the voicemail pattern in the settings.</source>
        <translation>Die Telefonanlage hat keine Mailbox-Nebenstelle %1 im Kontext %2: Der Anrufer bleibt bei Ihnen. Prüfen Sie das Mailbox-Muster in den Einstellungen.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
    <message>
        <source>No phone selected.</source>
        <translation>Kein Telefon ausgewählt.</translation>
    </message>
    <message>
        <source>“%1” is not a single phone.</source>
        <translation>„%1“ ist kein einzelnes Telefon.</translation>
    </message>
    <message>
        <source>The same request for %1 is still under way: wait for its outcome.</source>
        <translation>Dieselbe Anfrage für %1 läuft noch: Warten Sie auf ihr Ergebnis.</translation>
    </message>
</context>
<context>
    <name>CallFollower</name>
    <message>
        <source>The phone of %1 is not registered: it cannot ring.</source>
        <translation>Das Telefon von %1 ist nicht angemeldet: Es kann nicht klingeln.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the call ended before it rang.</source>
        <translation>%1 war nicht erreichbar: Der Anruf endete, bevor es klingelte.</translation>
    </message>
    <message>
        <source>Asterisk ended the call to your phone before ChanSpy started (nothing to listen to on %1, or the spy options were refused).</source>
        <translation>Asterisk hat den Anruf zu Ihrem Telefon beendet, bevor ChanSpy begann (auf %1 gibt es nichts mitzuhören, oder die Mithör-Optionen wurden abgelehnt).</translation>
    </message>
    <message>
        <source>Asterisk hung up the call right after moving it: %1 does not exist in the dialplan.</source>
        <translation>Asterisk hat den Anruf direkt nach dem Umleiten aufgelegt: %1 gibt es im Wählplan nicht.</translation>
    </message>
    <message>
        <source>ChanSpy has not started: %1 has no call to listen to. Hang up your phone to stop waiting.</source>
        <translation>ChanSpy hat nicht begonnen: %1 hat kein Gespräch zum Mithören. Legen Sie auf, um nicht länger zu warten.</translation>
    </message>
</context>
<context>
    <name>CallRecordingPanel</name>
    <message>
        <source>Record call</source>
        <translation>Gespräch aufzeichnen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Calls being recorded</source>
        <translation>Aufgezeichnete Gespräche</translation>
    </message>
    <message>
        <source>Recording: nothing sent (no call chosen)</source>
        <translation>Aufzeichnung: nichts gesendet (kein Gespräch gewählt)</translation>
    </message>
    <message>
        <source>Recording %1: %2</source>
        <translation>Aufzeichnung %1: %2</translation>
    </message>
    <message>
        <source>‖ Paused</source>
        <translation>‖ Pausiert</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Aufnahme läuft</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>No call is being recorded</source>
        <translation>Kein Gespräch wird aufgezeichnet</translation>
    </message>
    <message>
        <source>Choose a call in the calls panel first</source>
        <translation>Zuerst ein Gespräch in der Gesprächsliste wählen</translation>
    </message>
    <message>
        <source>Record the chosen call (MixMonitor)</source>
        <translation>Das gewählte Gespräch aufzeichnen (MixMonitor)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Choose a recording in the list first</source>
        <translation>Zuerst eine Aufzeichnung in der Liste wählen</translation>
    </message>
    <message>
        <source>Pause or resume the chosen recording</source>
        <translation>Die gewählte Aufzeichnung pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop recording the chosen call</source>
        <translation>Aufzeichnung des gewählten Gesprächs beenden</translation>
    </message>
    <message>
        <source>Recording the call into %1</source>
        <translation>Gespräch wird aufgezeichnet in %1</translation>
    </message>
</context>
<context>
    <name>CallRecordingText</name>
    <message>
        <source>&amp;Record call</source>
        <translation>Gespräch &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Pause recording</source>
        <translation>Aufzeichnung &amp;pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume recording</source>
        <translation>Aufzeichnung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>Aufzeichnung &amp;beenden</translation>
    </message>
    <message>
        <source>Choose a call first (a tile on a call, or a row of the calls panel)</source>
        <translation>Zuerst ein Gespräch wählen (eine Kachel im Gespräch oder eine Zeile der Gesprächsliste)</translation>
    </message>
    <message>
        <source>This call is being recorded already</source>
        <translation>Dieses Gespräch wird bereits aufgezeichnet</translation>
    </message>
    <message>
        <source>This call is not being recorded</source>
        <translation>Dieses Gespräch wird nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>The recording is paused already</source>
        <translation>Die Aufzeichnung ist bereits pausiert</translation>
    </message>
    <message>
        <source>The recording is not paused</source>
        <translation>Die Aufzeichnung ist nicht pausiert</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● AUFN %1</translation>
    </message>
    <message>
        <source>‖ REC paused %1</source>
        <translation>‖ AUFN pausiert %1</translation>
    </message>
    <message>
        <source>recorded for %1</source>
        <translation>wird seit %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>recording paused (%1)</source>
        <translation>Aufzeichnung pausiert (%1)</translation>
    </message>
</context>
<context>
    <name>CallRowText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Active calls</source>
        <translation>Aktive Anrufe</translation>
    </message>
</context>
<context>
    <name>CertificatePinsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Certificates you trusted although this computer does not (for example a PBX&apos;s self-signed certificate). Each is trusted by its SHA-256 fingerprint only. Revoke one to be asked again at the next connection.</source>
        <translation>Zertifikate, denen Sie vertraut haben, obwohl dieser Computer es nicht tut (zum Beispiel das selbst signierte Zertifikat einer Telefonanlage). Jedem wird nur über seinen SHA-256-Fingerabdruck vertraut. Widerrufen Sie eines, um bei der nächsten Verbindung erneut gefragt zu werden.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Dem ausgewählten Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>PBX %1</source>
        <translation>Telefonanlage %1</translation>
    </message>
    <message>
        <source>Directory %1</source>
        <translation>Telefonbuch %1</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Do not trust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <source>Trust this time</source>
        <translation>Diesmal vertrauen</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Vertrauen und merken</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>⚠ The certificate of %1 is not trusted by this computer. If the server uses a certificate of its own (self-signed), compare the fingerprint below with the one on the server before you trust it. If you did not expect this, someone may be listening in: do not trust it.</source>
        <translation>⚠ Dieser Computer vertraut dem Zertifikat von %1 nicht. Verwendet der Server ein eigenes (selbst signiertes) Zertifikat, vergleichen Sie den Fingerabdruck unten mit dem auf dem Server, bevor Sie ihm vertrauen. Haben Sie das nicht erwartet, hört vielleicht jemand mit: Vertrauen Sie ihm nicht.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Connect, and trust exactly this certificate (by its fingerprint) from now on.</source>
        <translation>Verbinden und ab jetzt genau diesem Zertifikat (über seinen Fingerabdruck) vertrauen.</translation>
    </message>
    <message>
        <source>Connect now; ask again next time Attendant starts.</source>
        <translation>Jetzt verbinden; beim nächsten Start von Attendant erneut fragen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Attendant console for the Asterisk PBX</source>
        <translation>Vermittlungskonsole für die Asterisk-Telefonanlage</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Profil &lt;Name&gt; verwenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connect to &lt;url&gt;: ami://user@host[:5038] or amis://user@host[:5039] (TLS). The secret is asked for.</source>
        <translation>Mit &lt;URL&gt; verbinden: ami://benutzer@host[:5038] oder amis://benutzer@host[:5039] (TLS). Das Passwort wird abgefragt.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt; instead of the default place.</source>
        <translation>Einstellungen in &lt;Datei&gt; statt am üblichen Ort lesen und schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light (hell), dark (dunkel) oder system (System).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>With --demo: &lt;extensions&gt;x&lt;events per second&gt;, e.g. 5000x2000.</source>
        <translation>Mit --demo: &lt;Nebenstellen&gt;x&lt;Ereignisse pro Sekunde&gt;, z. B. 5000x2000.</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; a few seconds after connecting, then quit.</source>
        <translation>Einige Sekunden nach dem Verbinden ein Bild des Fensters in &lt;Datei&gt; speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Save a picture of every settings page into &lt;folder&gt; (settings-&lt;page&gt;.png), then quit.</source>
        <translation>Ein Bild jeder Einstellungsseite in &lt;Ordner&gt; speichern (settings-&lt;Seite&gt;.png) und dann beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>tel:, sip: or callto: links to dial.</source>
        <translation>Zu wählende tel:-, sip:- oder callto:-Links.</translation>
    </message>
    <message>
        <source>[link…]</source>
        <translation>[Link…]</translation>
    </message>
    <message>
        <source>--demo-load wants &lt;extensions&gt;x&lt;events per second&gt;, e.g. 5000x2000.</source>
        <translation>--demo-load erwartet &lt;Nebenstellen&gt;x&lt;Ereignisse pro Sekunde&gt;, z. B. 5000x2000.</translation>
    </message>
    <message>
        <source>With --screenshot: bring the panel titled &lt;title&gt; to the front first, e.g. Recordings.</source>
        <translation>Mit --screenshot: zuerst das Fenster mit dem Titel &lt;title&gt; nach vorn holen, z. B. Aufnahmen.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Start a simulated office PBX inside Attendant and connect to it (no profile is saved; the board&apos;s groups are kept).</source>
        <translation>Eine simulierte Büro-Telefonanlage in Attendant starten und mit ihr verbinden (kein Profil wird gespeichert; die Gruppen der Tafel bleiben).</translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Lock room</source>
        <translation>Raum sperren</translation>
    </message>
    <message>
        <source>Mute all but admins</source>
        <translation>Alle außer Admins stumm</translation>
    </message>
    <message>
        <source>Unmute all</source>
        <translation>Alle wieder hörbar</translation>
    </message>
    <message>
        <source>Record room</source>
        <translation>Raum aufzeichnen</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Hinzuholen</translation>
    </message>
    <message>
        <source>Conference rooms</source>
        <translation>Konferenzräume</translation>
    </message>
    <message>
        <source>Members of the chosen room</source>
        <translation>Teilnehmer des gewählten Raums</translation>
    </message>
    <message>
        <source>Extension to bring into the room</source>
        <translation>Nebenstelle, die in den Raum geholt wird</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Let the chosen member be heard again</source>
        <translation>Den gewählten Teilnehmer wieder hörbar machen</translation>
    </message>
    <message>
        <source>Mute the chosen member</source>
        <translation>Den gewählten Teilnehmer stummschalten</translation>
    </message>
    <message>
        <source>Take the chosen member out of the room (their call ends)</source>
        <translation>Den gewählten Teilnehmer aus dem Raum nehmen (sein Gespräch endet)</translation>
    </message>
    <message>
        <source>Unlock room</source>
        <translation>Raum entsperren</translation>
    </message>
    <message>
        <source>Let people join the room again</source>
        <translation>Wieder Zutritt zum Raum erlauben</translation>
    </message>
    <message>
        <source>Nobody else can join (admins still can)</source>
        <translation>Niemand sonst kann beitreten (Admins schon)</translation>
    </message>
    <message>
        <source>Mute everybody in the room except its admins</source>
        <translation>Alle im Raum außer seinen Admins stummschalten</translation>
    </message>
    <message>
        <source>Unmute everybody in the room</source>
        <translation>Alle im Raum wieder hörbar machen</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Stop recording the room</source>
        <translation>Aufzeichnung des Raums beenden</translation>
    </message>
    <message>
        <source>Record the room into the PBX&apos;s monitor folder</source>
        <translation>Den Raum in den Monitor-Ordner der Telefonanlage aufzeichnen</translation>
    </message>
    <message>
        <source>Ring this extension; when answered it joins room %1</source>
        <translation>Diese Nebenstelle anrufen; nach dem Abheben ist sie in Raum %1</translation>
    </message>
    <message>
        <source>Ringing %1 to bring them into room %2</source>
        <translation>%1 wird angerufen, um in Raum %2 zu kommen</translation>
    </message>
</context>
<context>
    <name>ConferenceRoomDrops</name>
    <message>
        <source>That call or extension is gone.</source>
        <translation>Dieser Anruf oder diese Nebenstelle ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Room %1 has ended.</source>
        <translation>Raum %1 ist beendet.</translation>
    </message>
    <message>
        <source>%1 is on another PBX than room %2.</source>
        <translation>%1 ist an einer anderen Telefonanlage als Raum %2.</translation>
    </message>
    <message>
        <source>Drop a call or an extension onto a room; type other numbers into Bring in.</source>
        <translation>Ziehen Sie einen Anruf oder eine Nebenstelle auf einen Raum; andere Nummern tippen Sie bei Hinzuholen ein.</translation>
    </message>
    <message>
        <source>%1 is in room %2 already.</source>
        <translation>%1 ist bereits in Raum %2.</translation>
    </message>
    <message>
        <source>Room %1 is locked: unlock it first, or the PBX hangs up on %2.</source>
        <translation>Raum %1 ist gesperrt: entsperren Sie ihn zuerst, sonst legt die Telefonanlage bei %2 auf.</translation>
    </message>
    <message>
        <source>The phone of %1 is not registered.</source>
        <translation>Das Telefon von %1 ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1 does not take calls (do not disturb).</source>
        <translation>%1 nimmt keine Anrufe an (nicht stören).</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Dieser Anruf ist beendet.</translation>
    </message>
    <message>
        <source>The AMI account may not do this (write class missing in manager.conf).</source>
        <translation>Das AMI-Konto darf das nicht (Schreibklasse fehlt in manager.conf).</translation>
    </message>
    <message>
        <source>Move %1 into room %2</source>
        <translation>%1 in Raum %2 holen</translation>
    </message>
    <message>
        <source>Move %1, both sides, into room %2</source>
        <translation>%1 mit beiden Gesprächsseiten in Raum %2 holen</translation>
    </message>
    <message>
        <source>Ring %1; when answered they join room %2</source>
        <translation>%1 anrufen; nach dem Abheben kommt die Person in Raum %2</translation>
    </message>
</context>
<context>
    <name>ConferenceSettingsPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Rooms for three-way calls</source>
        <translation>Räume für Dreiergespräche</translation>
    </message>
    <message>
        <source>for example 8510-8519, 8600</source>
        <translation>zum Beispiel 8510-8519, 8600</translation>
    </message>
    <message>
        <source>Room extensions separated by commas; a range such as 8510-8519 counts up</source>
        <translation>Raum-Nebenstellen durch Kommas getrennt; ein Bereich wie 8510-8519 zählt aufwärts</translation>
    </message>
    <message>
        <source>Rooms check</source>
        <translation>Prüfung der Räume</translation>
    </message>
    <message>
        <source>A free extension dropped on a call (or added to it from the call&apos;s menu) makes a three-way call: the call moves into the first of these rooms nobody is in, then the extension&apos;s phone is rung into it. Each must be a ConfBridge room in the dialplan context of your phone (see the administrator&apos;s guide).</source>
        <translation>Eine freie Nebenstelle, auf ein Gespräch gezogen (oder über das Menü des Gesprächs hinzugefügt), ergibt ein Dreiergespräch: das Gespräch wechselt in den ersten dieser Räume, in dem niemand ist, dann wird das Telefon der Nebenstelle hineingerufen. Jeder muss ein ConfBridge-Raum im Wählplan-Kontext Ihres Telefons sein (siehe Administratorhandbuch).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Rooms for three-way calls:</source>
        <translation>Räume für Dreiergespräche:</translation>
    </message>
</context>
<context>
    <name>ConferenceText</name>
    <message>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>recording for %1</source>
        <translation>wird seit %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>AUFN</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>spricht</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>still</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>waiting for the leader</source>
        <translation>wartet auf den Leiter</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>STUMM</translation>
    </message>
    <message>
        <source>TALKING</source>
        <translation>SPRICHT</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>STILL</translation>
    </message>
    <message>
        <source>Choose a conference room first (or it has ended)</source>
        <translation>Zuerst einen Konferenzraum wählen (oder er ist beendet)</translation>
    </message>
    <message>
        <source>Choose a member first (or they have left)</source>
        <translation>Zuerst einen Teilnehmer wählen (oder er ist gegangen)</translation>
    </message>
    <message>
        <source>Already muted</source>
        <translation>Bereits stumm</translation>
    </message>
    <message>
        <source>Not muted</source>
        <translation>Nicht stumm</translation>
    </message>
    <message>
        <source>The room is locked already</source>
        <translation>Der Raum ist bereits gesperrt</translation>
    </message>
    <message>
        <source>The room is not locked</source>
        <translation>Der Raum ist nicht gesperrt</translation>
    </message>
    <message>
        <source>The room is being recorded already</source>
        <translation>Der Raum wird bereits aufgezeichnet</translation>
    </message>
    <message>
        <source>The room is not being recorded</source>
        <translation>Der Raum wird nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Only admins are in the room</source>
        <translation>Im Raum sind nur Admins</translation>
    </message>
    <message>
        <source>Already in this room</source>
        <translation>Bereits in diesem Raum</translation>
    </message>
    <message>
        <source>The AMI account may not do this (write class missing in manager.conf)</source>
        <translation>Das AMI-Konto darf das nicht (Schreibklasse fehlt in manager.conf)</translation>
    </message>
    <message>
        <source>Muted in room %1</source>
        <translation>In Raum %1 stummgeschaltet</translation>
    </message>
    <message>
        <source>Unmuted in room %1</source>
        <translation>In Raum %1 wieder hörbar</translation>
    </message>
    <message>
        <source>Everybody but the admins muted in room %1</source>
        <translation>Alle außer den Admins in Raum %1 stumm</translation>
    </message>
    <message>
        <source>Everybody unmuted in room %1</source>
        <translation>Alle in Raum %1 wieder hörbar</translation>
    </message>
    <message>
        <source>Removed from room %1</source>
        <translation>Aus Raum %1 entfernt</translation>
    </message>
    <message>
        <source>Room %1 locked: nobody else can join</source>
        <translation>Raum %1 gesperrt: niemand sonst kann beitreten</translation>
    </message>
    <message>
        <source>Room %1 unlocked</source>
        <translation>Raum %1 entsperrt</translation>
    </message>
    <message>
        <source>Room %1 is being recorded</source>
        <translation>Raum %1 wird aufgezeichnet</translation>
    </message>
    <message>
        <source>Recording of room %1 stopped</source>
        <translation>Aufzeichnung von Raum %1 beendet</translation>
    </message>
    <message>
        <source>Joined room %1</source>
        <translation>Raum %1 beigetreten</translation>
    </message>
    <message>
        <source>Not sent: a value is empty or holds a line break</source>
        <translation>Nicht gesendet: ein Wert ist leer oder enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>Room %1: not connected to the PBX</source>
        <translation>Raum %1: keine Verbindung zur Telefonanlage</translation>
    </message>
    <message>
        <source>Room %1: the AMI account may not do this (Permission denied)</source>
        <translation>Raum %1: das AMI-Konto darf das nicht (Permission denied)</translation>
    </message>
    <message>
        <source>Room %1 has ended</source>
        <translation>Raum %1 ist beendet</translation>
    </message>
    <message>
        <source>Room %1: that member has left already</source>
        <translation>Raum %1: dieser Teilnehmer ist schon gegangen</translation>
    </message>
    <message>
        <source>Room %1 is being recorded already</source>
        <translation>Raum %1 wird bereits aufgezeichnet</translation>
    </message>
    <message>
        <source>Room %1 is not being recorded</source>
        <translation>Raum %1 wird nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Room %1: the phone did not join (not answered, or the room is locked)</source>
        <translation>Raum %1: das Telefon ist nicht beigetreten (nicht abgenommen, oder der Raum ist gesperrt)</translation>
    </message>
    <message>
        <source>Room %1: the PBX did not answer in time</source>
        <translation>Raum %1: die Telefonanlage hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Room %1: %2</source>
        <translation>Raum %1: %2</translation>
    </message>
    <message>
        <source>%1 talking</source>
        <translation>%1 sprechen</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a room extension: use digits, commas and ranges such as 8510-8519.</source>
        <translation>„%1“ ist keine Raum-Nebenstelle: Ziffern, Kommas und Bereiche wie 8510-8519 verwenden.</translation>
    </message>
    <message>
        <source>The range “%1” runs backwards: write the lower extension first.</source>
        <translation>Der Bereich „%1“ läuft rückwärts: die kleinere Nebenstelle zuerst schreiben.</translation>
    </message>
    <message>
        <source>The range “%1” mixes extensions of different lengths.</source>
        <translation>Der Bereich „%1“ mischt Nebenstellen unterschiedlicher Länge.</translation>
    </message>
    <message>
        <source>Too many rooms (at most %1).</source>
        <translation>Zu viele Räume (höchstens %1).</translation>
    </message>
    <message>
        <source>− No three-way calls on this server: a free extension dropped on a call is transferred.</source>
        <translation>− Keine Dreiergespräche auf diesem Server: eine freie Nebenstelle, auf ein Gespräch gezogen, bekommt es weitergeleitet.</translation>
    </message>
    <message>
        <source>✔ 1 room: %1</source>
        <translation>✔ 1 Raum: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n rooms: %1</source>
        <translation>
            <numerusform>✔ %n Raum: %1</numerusform>
            <numerusform>✔ %n Räume: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined room %2</source>
        <translation>%1 ist in Raum %2</translation>
    </message>
    <message>
        <source>%1 and %2 joined room %3</source>
        <translation>%1 und %2 sind in Raum %3</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected. Logging in…</source>
        <translation>Verbunden. Anmeldung…</translation>
    </message>
    <message>
        <source>Logged in. Checking permissions…</source>
        <translation>Angemeldet. Berechtigungen werden geprüft…</translation>
    </message>
    <message>
        <source>Connection works: logged in, all call-control permissions present.</source>
        <translation>Verbindung funktioniert: angemeldet, alle Berechtigungen für die Anrufsteuerung vorhanden.</translation>
    </message>
    <message>
        <source>Logged in, but the account lacks write permission “%1”: some actions will be disabled.</source>
        <translation>Angemeldet, aber dem Konto fehlt die Schreibberechtigung „%1“: einige Aktionen werden deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFileError</name>
    <message>
        <source>no known column names in the header row</source>
        <translation>keine bekannten Spaltennamen in der Kopfzeile</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>mehr Felder als die Kopfzeile</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>neither a name nor a number</source>
        <translation>weder Name noch Nummer</translation>
    </message>
    <message>
        <source>a line without &quot;name:value&quot;</source>
        <translation>eine Zeile ohne „Name:Wert“</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD ohne END:VCARD</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>the header row has no line break after it, so no contact follows</source>
        <translation>nach der Kopfzeile folgt kein Zeilenumbruch, also auch kein Kontakt</translation>
    </message>
</context>
<context>
    <name>DayNightBar</name>
    <message>
        <source>Day and night switches</source>
        <translation>Tag- und Nachtschalter</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Nachtschaltung</translation>
    </message>
    <message>
        <source>☾ Night</source>
        <translation>☾ Nacht</translation>
    </message>
    <message>
        <source>☀ Day</source>
        <translation>☀ Tag</translation>
    </message>
    <message>
        <source>● On</source>
        <translation>● An</translation>
    </message>
    <message>
        <source>○ Off</source>
        <translation>○ Aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This desk may not change the PBX&apos;s switches (settings, Availability)</source>
        <translation>Dieser Platz darf die Schalter der Telefonanlage nicht ändern (Einstellungen, Erreichbarkeit)</translation>
    </message>
    <message>
        <source>%1 (%2, extension %3). Click to change it.</source>
        <translation>%1 (%2, Nebenstelle %3). Klicken zum Ändern.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Switch the PBX to night mode? Calls follow the night routing until it is switched back.</source>
        <translation>Die Telefonanlage auf Nachtschaltung umstellen? Anrufe folgen dem Nachtrouting, bis zurückgeschaltet wird.</translation>
    </message>
    <message>
        <source>Switch the PBX to day mode? Calls follow the day routing again.</source>
        <translation>Die Telefonanlage auf Tagschaltung umstellen? Anrufe folgen wieder dem Tagrouting.</translation>
    </message>
    <message>
        <source>Switch %1 %2?</source>
        <translation>%1 %2schalten?</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Umschalten auf %1</translation>
    </message>
</context>
<context>
    <name>DefaultLayout</name>
    <message>
        <source>Panel tabs</source>
        <translation>Bereichs-Reiter</translation>
    </message>
</context>
<context>
    <name>DemoPaceMenu</name>
    <message>
        <source>&amp;Demo office</source>
        <translation>Demo-Bü&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Calm: about 3 calls a minute</source>
        <translation>&amp;Ruhig: etwa 3 Anrufe pro Minute</translation>
    </message>
    <message>
        <source>&amp;Busy: about 16 calls a minute</source>
        <translation>&amp;Lebhaft: etwa 16 Anrufe pro Minute</translation>
    </message>
    <message>
        <source>&amp;Pause the office</source>
        <translation>Büro &amp;anhalten</translation>
    </message>
    <message>
        <source>Hold every call of the demo office where it is; what you do still happens</source>
        <translation>Hält jeden Anruf des Demo-Büros an, wo er ist; was Sie tun, geschieht weiterhin</translation>
    </message>
    <message>
        <source>The demo office is calm now: about 3 calls a minute.</source>
        <translation>Das Demo-Büro ist jetzt ruhig: etwa 3 Anrufe pro Minute.</translation>
    </message>
    <message>
        <source>The demo office is busy now: about 16 calls a minute.</source>
        <translation>Das Demo-Büro ist jetzt lebhaft: etwa 16 Anrufe pro Minute.</translation>
    </message>
    <message>
        <source>⏸ Demo office paused: nothing moves until you resume it (Demo office › Pause the office). What you do still happens.</source>
        <translation>⏸ Demo-Büro angehalten: nichts bewegt sich, bis Sie es fortsetzen (Demo-Büro › Büro anhalten). Was Sie tun, geschieht weiterhin.</translation>
    </message>
    <message>
        <source>▶ Demo office running again.</source>
        <translation>▶ Das Demo-Büro läuft wieder.</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <source>Test the connection, then choose your phone</source>
        <translation>Verbindung testen, dann Ihr Telefon wählen</translation>
    </message>
    <message>
        <source>The channel of your desk phone: calls you place ring this phone first</source>
        <translation>Der Kanal Ihres Tischtelefons: Ihre Anrufe klingeln zuerst an diesem Telefon</translation>
    </message>
    <message>
        <source>Your phone (device)</source>
        <translation>Ihr Telefon (Gerät)</translation>
    </message>
    <message>
        <source>My desk</source>
        <translation>Mein Platz</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Your phone (device):</source>
        <translation>Ihr Telefon (Gerät):</translation>
    </message>
    <message>
        <source>Your extension:</source>
        <translation>Ihre Nebenstelle:</translation>
    </message>
    <message>
        <source>Caller ID name:</source>
        <translation>Anrufername (Caller ID):</translation>
    </message>
    <message>
        <source>Dialplan context for the numbers you call and transfer to</source>
        <translation>Dialplan-Kontext für die Nummern, die Sie anrufen und an die Sie weiterleiten</translation>
    </message>
    <message>
        <source>Custom device state that means Do Not Disturb; %1 = extension</source>
        <translation>Benutzerdefinierter Gerätestatus für „Nicht stören“; %1 = Nebenstelle</translation>
    </message>
    <message>
        <source>Extension that reaches a mailbox directly; %1 = extension (e.g. *%1)</source>
        <translation>Durchwahl, die direkt eine Mailbox erreicht; %1 = Nebenstelle (z. B. *%1)</translation>
    </message>
    <message>
        <source>Phone system details (usually your administrator&apos;s)</source>
        <translation>Einstellungen der Telefonanlage (meist Sache Ihrer Administration)</translation>
    </message>
    <message>
        <source>How your phone system names things. Change these only as your administrator says: a wrong value makes calls, do not disturb or voicemail fail.</source>
        <translation>Wie Ihre Telefonanlage die Dinge nennt. Ändern Sie diese Werte nur nach Angabe Ihrer Administration: ein falscher Wert lässt Anrufe, Nicht stören oder die Mailbox scheitern.</translation>
    </message>
    <message>
        <source>Dial context:</source>
        <translation>Wählkontext:</translation>
    </message>
    <message>
        <source>Do-not-disturb device:</source>
        <translation>Nicht-stören-Gerät:</translation>
    </message>
    <message>
        <source>Voicemail extension:</source>
        <translation>Mailbox-Durchwahl:</translation>
    </message>
    <message>
        <source>Parking lot:</source>
        <translation>Parkbereich:</translation>
    </message>
    <message>
        <source>Choose your own phone: calls you place ring it first. A guess such as PJSIP/1000 would ring somebody else&apos;s desk. “Test connection” on the Servers tab lists the phones of your phone system here.</source>
        <translation>Wählen Sie Ihr eigenes Telefon: Ihre Anrufe klingeln zuerst dort. Eine Vermutung wie PJSIP/1000 ließe den Apparat von jemand anderem klingeln. „Verbindung testen“ auf der Registerkarte Server listet hier die Telefone Ihrer Telefonanlage auf.</translation>
    </message>
    <message>
        <source>%1 — extension %2, connected</source>
        <translation>%1 — Nebenstelle %2, verbunden</translation>
    </message>
    <message>
        <source>%1 — extension %2, not connected</source>
        <translation>%1 — Nebenstelle %2, nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Found %n phone(s) on your phone system: choose yours from the list.</source>
        <translation>
            <numerusform>%n Telefon in Ihrer Telefonanlage gefunden: wählen Sie Ihres aus der Liste.</numerusform>
            <numerusform>%n Telefone in Ihrer Telefonanlage gefunden: wählen Sie Ihres aus der Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialUrl</name>
    <message>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <source>The link or its number is too long.</source>
        <translation>Der Link oder seine Nummer ist zu lang.</translation>
    </message>
    <message>
        <source>Only tel:, sip:, sips: and callto: links can be dialled.</source>
        <translation>Nur tel:-, sip:-, sips:- und callto:-Links können gewählt werden.</translation>
    </message>
    <message>
        <source>The link contains a broken %-escape or invalid UTF-8.</source>
        <translation>Der Link enthält eine fehlerhafte %-Kodierung oder ungültiges UTF-8.</translation>
    </message>
    <message>
        <source>The link contains line breaks or control characters.</source>
        <translation>Der Link enthält Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The link does not contain a number.</source>
        <translation>Der Link enthält keine Nummer.</translation>
    </message>
    <message>
        <source>The link&apos;s number contains characters other than digits, &apos;+&apos;, &apos;*&apos; and &apos;#&apos;.</source>
        <translation>Die Nummer des Links enthält andere Zeichen als Ziffern, „+“, „*“ und „#“.</translation>
    </message>
    <message>
        <source>The link&apos;s server name is not valid.</source>
        <translation>Der Servername des Links ist ungültig.</translation>
    </message>
</context>
<context>
    <name>DialableNumber</name>
    <message>
        <source>there is no number</source>
        <translation>es ist keine Nummer angegeben</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>sie enthält keine Ziffern</translation>
    </message>
    <message>
        <source>only digits, *, # and a leading + can be dialled</source>
        <translation>wählbar sind nur Ziffern, *, # und ein führendes +</translation>
    </message>
    <message>
        <source>it has more than %1 digits</source>
        <translation>sie hat mehr als %1 Ziffern</translation>
    </message>
    <message>
        <source>“%1” is not a dialable number: %2.</source>
        <translation>„%1“ ist keine wählbare Nummer: %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>Search name, number, department or mail…</source>
        <translation>Name, Nummer, Abteilung oder E-Mail suchen…</translation>
    </message>
    <message>
        <source>Directory search</source>
        <translation>Telefonbuchsuche</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>Telefonbuchstatus</translation>
    </message>
    <message>
        <source>Directory loading</source>
        <translation>Telefonbuch wird geladen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>An %1 weiterleiten</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Nebenstelle</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Call %1 (%2)</source>
        <translation>%1 anrufen (%2)</translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <translation>An %1 weiterleiten (%2)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
    <message>
        <source>The directory server cannot be reached; retrying.</source>
        <translation>Der Verzeichnisserver ist nicht erreichbar; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>The secure connection to the directory server failed (certificate not trusted?).</source>
        <translation>Die sichere Verbindung zum Verzeichnisserver ist fehlgeschlagen (Zertifikat nicht vertrauenswürdig?).</translation>
    </message>
    <message>
        <source>The directory server refused the login (check the bind DN and password).</source>
        <translation>Der Verzeichnisserver hat die Anmeldung abgelehnt (Bind-DN und Passwort prüfen).</translation>
    </message>
    <message>
        <source>The password for the directory server is not stored on this computer.</source>
        <translation>Das Passwort für den Verzeichnisserver ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <source>The directory search failed (check the base DN and filter).</source>
        <translation>Die Verzeichnissuche ist fehlgeschlagen (Basis-DN und Filter prüfen).</translation>
    </message>
    <message>
        <source>The directory server sent only part of the list (size limit).</source>
        <translation>Der Verzeichnisserver hat nur einen Teil der Liste gesendet (Größenbeschränkung).</translation>
    </message>
    <message>
        <source>The directory file cannot be read.</source>
        <translation>Die Telefonbuchdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An entry of the directory file was skipped.</source>
        <translation>Ein Eintrag der Telefonbuchdatei wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the directory file were skipped, the first: %1</source>
        <translation>
            <numerusform>%n Eintrag der Telefonbuchdatei wurde übersprungen: %1</numerusform>
            <numerusform>%n Einträge der Telefonbuchdatei wurden übersprungen, der erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: showing cached results from %2.</source>
        <translation>%1: zwischengespeicherte Ergebnisse (Stand %2).</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Loading directory… %n entries</source>
        <translation>
            <numerusform>Telefonbuch wird geladen… %n Eintrag</numerusform>
            <numerusform>Telefonbuch wird geladen… %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory file is too large to load.</source>
        <translation>Die Verzeichnisdatei ist zu groß zum Laden.</translation>
    </message>
</context>
<context>
    <name>DirectoryPresenceProxy</name>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>Am Telefon</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>On the phone, ringing</source>
        <translation>Am Telefon, klingelt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
</context>
<context>
    <name>DirectorySettingsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Contacts from these sources are merged in the Directory panel. LDAP passwords go to the system keychain.</source>
        <translation>Die Kontakte aus diesen Quellen werden im Telefonbuch zusammengeführt. LDAP-Passwörter kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Add LDAP server…</source>
        <translation>LDAP-Server hinzufügen…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>A CSV or vCard file, e.g. exported from a phone book</source>
        <translation>Eine CSV- oder vCard-Datei, z. B. aus einem Adressbuch exportiert</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>Telefonbuchdatei</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>LDAP: %1 (%2)</source>
        <translation>LDAP: %1 (%2)</translation>
    </message>
    <message>
        <source>LDAP: %1</source>
        <translation>LDAP: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>DirectorySources</name>
    <message>
        <source>Directory %1: no password entered.</source>
        <translation>Telefonbuch %1: kein Passwort eingegeben.</translation>
    </message>
</context>
<context>
    <name>DropActions</name>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>%1 an %2 weiterleiten</translation>
    </message>
    <message>
        <source>Hold Shift or Ctrl to announce the call first.</source>
        <translation>Umschalt oder Strg halten, um den Anruf vorher anzukündigen.</translation>
    </message>
    <message>
        <source>Announce %1 to %2 first (attended transfer)</source>
        <translation>%1 zuerst bei %2 ankündigen (Weiterleitung mit Ankündigung)</translation>
    </message>
    <message>
        <source>Connect %1 with %2: the phone of %1 rings first</source>
        <translation>%1 mit %2 verbinden: das Telefon von %1 klingelt zuerst</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Dieser Anruf ist beendet.</translation>
    </message>
    <message>
        <source>That extension is no longer on the board.</source>
        <translation>Diese Nebenstelle ist nicht mehr auf der Tafel.</translation>
    </message>
    <message>
        <source>Drop it onto an extension or a call.</source>
        <translation>Auf eine Nebenstelle oder einen Anruf ziehen.</translation>
    </message>
    <message>
        <source>Drop it onto another extension.</source>
        <translation>Auf eine andere Nebenstelle ziehen.</translation>
    </message>
    <message>
        <source>%1 is already in this call.</source>
        <translation>%1 ist bereits in diesem Gespräch.</translation>
    </message>
    <message>
        <source>A call can be dropped onto an extension, not onto another call.</source>
        <translation>Ein Anruf kann auf eine Nebenstelle gezogen werden, nicht auf einen anderen Anruf.</translation>
    </message>
    <message>
        <source>%1 has no number that can be dialled.</source>
        <translation>%1 hat keine wählbare Nummer.</translation>
    </message>
    <message>
        <source>%1 and %2 are on different PBXs.</source>
        <translation>%1 und %2 sind an verschiedenen Telefonanlagen.</translation>
    </message>
    <message>
        <source>The phone of %1 is not registered.</source>
        <translation>Das Telefon von %1 ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1 does not take calls (do not disturb).</source>
        <translation>%1 nimmt keine Anrufe an (nicht stören).</translation>
    </message>
    <message>
        <source>%1 is on a call.</source>
        <translation>%1 ist im Gespräch.</translation>
    </message>
    <message>
        <source>Only your own answered call can be announced first; release without Shift or Ctrl to transfer it.</source>
        <translation>Nur Ihr eigener angenommener Anruf kann vorher angekündigt werden; ohne Umschalt oder Strg loslassen, um ihn weiterzuleiten.</translation>
    </message>
    <message>
        <source>Not connected to the PBX of %1.</source>
        <translation>Nicht mit der Telefonanlage von %1 verbunden.</translation>
    </message>
    <message>
        <source>Three-way conference: the call of %1 moves into room %2, then %3 is rung into it</source>
        <translation>Dreierkonferenz: das Gespräch von %1 wechselt in Raum %2, dann wird %3 dazugerufen</translation>
    </message>
    <message>
        <source>The call of %1 is not answered yet: a three-way conference needs an answered call.</source>
        <translation>Das Gespräch von %1 ist noch nicht angenommen: eine Dreierkonferenz braucht ein angenommenes Gespräch.</translation>
    </message>
    <message>
        <source>%1 is on a call and no room is free for a three-way call.</source>
        <translation>%1 telefoniert, und kein Raum ist für ein Dreiergespräch frei.</translation>
    </message>
    <message>
        <source>Release to choose: transfer %1 to %2, or add %2 to a three-way call</source>
        <translation>Loslassen, um zu wählen: %1 zu %2 weiterleiten oder %2 zu einem Dreiergespräch hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to a three-way call (room %2)</source>
        <translation>%1 zu einem Dreiergespräch hinzufügen (Raum %2)</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Was mit %1 geschehen soll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Add to a three-way call</source>
        <translation>Zu einem Dreiergespräch hinzufügen</translation>
    </message>
    <message>
        <source>Add to a three-way call: %1</source>
        <translation>Zu einem Dreiergespräch hinzufügen: %1</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht angenommen</translation>
    </message>
    <message>
        <source>no free room</source>
        <translation>kein Raum frei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no free extension</source>
        <translation>keine Nebenstelle frei</translation>
    </message>
</context>
<context>
    <name>ExtensionBoard</name>
    <message>
        <source>Type a name or number to filter — Enter calls, Esc clears</source>
        <translation>Name oder Nummer eingeben zum Filtern — Eingabe ruft an, Esc leert</translation>
    </message>
    <message>
        <source>Filter extensions</source>
        <translation>Nebenstellen filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n Nebenstelle</numerusform>
            <numerusform>%n Nebenstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>FileDirectory</name>
    <message>
        <source>%1 is larger than the %2 a contact file may have</source>
        <translation>%1 ist größer als die %2, die eine Kontaktdatei haben darf</translation>
    </message>
    <message>
        <source>more than %1 contacts</source>
        <translation>mehr als %1 Kontakte</translation>
    </message>
    <message>
        <source>the contacts read before are kept</source>
        <translation>die zuvor gelesenen Kontakte bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Try the demo office</source>
        <translation>Das Demo-Büro ausprobieren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Tell Attendant how to reach your Asterisk server and which phone on your desk is yours. You need an AMI account from &lt;i&gt;manager.conf&lt;/i&gt; on the phone system (user name and secret; ask whoever runs it). The secret goes to your system keychain, never to a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen!&lt;/h3&gt;&lt;p&gt;Teilen Sie Attendant mit, wie Ihr Asterisk-Server erreichbar ist und welches Telefon auf Ihrem Schreibtisch Ihres ist. Sie benötigen ein AMI-Konto aus der &lt;i&gt;manager.conf&lt;/i&gt; der Telefonanlage (Benutzername und Passwort; fragen Sie, wer sie betreut). Das Passwort kommt in den Schlüsselbund Ihres Systems, niemals in eine Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Just looking around? The demo office has 40 colleagues, calls, a queue and voicemail; nothing reaches a real phone system.</source>
        <translation>Nur mal umsehen? Das Demo-Büro hat 40 Kollegen, Anrufe, eine Warteschlange und Sprachnachrichten; nichts erreicht eine echte Telefonanlage.</translation>
    </message>
    <message>
        <source>Attendant is not set up</source>
        <translation>Attendant ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>Without a phone system to connect to, Attendant has nothing to show and closes. Nothing was saved.</source>
        <translation>Ohne Telefonanlage, mit der es sich verbinden kann, hat Attendant nichts anzuzeigen und wird beendet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>You can set it up now, look around in the demo office, or start Attendant again later.</source>
        <translation>Sie können es jetzt einrichten, sich im Demo-Büro umsehen oder Attendant später erneut starten.</translation>
    </message>
    <message>
        <source>Set up a phone system</source>
        <translation>Telefonanlage einrichten</translation>
    </message>
    <message>
        <source>Close Attendant</source>
        <translation>Attendant beenden</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Call forwarding of %1</source>
        <translation>Anrufumleitung von %1</translation>
    </message>
    <message>
        <source>Forward %1&apos;s calls to a number (type it, or type a name to pick from the directory). An empty field means no forward.</source>
        <translation>Anrufe von %1 auf eine Nummer umleiten (eintippen, oder einen Namen tippen und aus dem Verzeichnis wählen). Ein leeres Feld heißt: keine Umleitung.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>Umleitung %1</translation>
    </message>
    <message>
        <source>No forward</source>
        <translation>Keine Umleitung</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the forward %1</source>
        <translation>Umleitung %1 löschen</translation>
    </message>
    <message>
        <source>%1: not a number to forward to (%2).</source>
        <translation>%1: keine Nummer für eine Umleitung (%2).</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Closing the window keeps Attendant in the system tray</source>
        <translation>Beim Schließen des Fensters bleibt Attendant im Systembereich</translation>
    </message>
    <message>
        <source>Start Attendant when I log in</source>
        <translation>Attendant bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Desktop notification for calls to my phone</source>
        <translation>Desktop-Benachrichtigung bei Anrufen an mein Telefon</translation>
    </message>
    <message>
        <source>{callerid}, {callername} and {queue} are replaced by the caller&apos;s details</source>
        <translation>{callerid}, {callername} und {queue} werden durch die Daten des Anrufers ersetzt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation>Wenn ein Anruf klingelt</translation>
    </message>
    <message>
        <source>When I answer</source>
        <translation>Wenn ich annehme</translation>
    </message>
    <message>
        <source>CRM lookup URL:</source>
        <translation>CRM-Such-URL:</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>Öffnen:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language takes effect when Attendant starts again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von Attendant.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>A new look takes effect when Attendant starts again.</source>
        <translation>Ein neues Aussehen gilt ab dem nächsten Start von Attendant.</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Aussehen:</translation>
    </message>
</context>
<context>
    <name>HistoryDesk</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>Verlauf (%n verpasst)</numerusform>
            <numerusform>Verlauf (%n verpasst)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>⚠ The call history could not be saved (%1). New calls are kept until Attendant quits and saved as soon as the disk takes them.</source>
        <translation>⚠ Der Anrufverlauf konnte nicht gespeichert werden (%1). Neue Anrufe bleiben erhalten, bis Attendant beendet wird, und werden gespeichert, sobald der Datenträger sie annimmt.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n Anruf nach %1 exportiert.</numerusform>
            <numerusform>%n Anrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Verpasst</translation>
    </message>
    <message>
        <source>↙ Incoming</source>
        <translation>↙ Eingehend</translation>
    </message>
    <message>
        <source>↗ Outgoing</source>
        <translation>↗ Ausgehend</translation>
    </message>
    <message>
        <source>Show %1 calls</source>
        <translation>Anrufe zeigen: %1</translation>
    </message>
    <message>
        <source>Search numbers and names</source>
        <translation>Nummern und Namen suchen</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Anrufverlauf durchsuchen</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Verlauf löschen…</translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation>Anrufverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Clear the call history</source>
        <translation>Anrufverlauf löschen</translation>
    </message>
    <message>
        <source>Delete every call of the history of this profile? This cannot be undone.</source>
        <translation>Alle Anrufe im Verlauf dieses Profils löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Calls are kept for this session only.</source>
        <translation>Anrufe werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>⚠ The call history file was damaged or not Attendant&apos;s. It was kept as %1 and a new history was started.</source>
        <translation>⚠ Die Datei des Anrufverlaufs war beschädigt oder gehörte nicht zu Attendant. Sie wurde als %1 aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>⚠ The call history was written by a newer Attendant (version %1) and was left as it is.</source>
        <translation>⚠ Der Anrufverlauf wurde von einem neueren Attendant geschrieben (Version %1) und blieb unverändert.</translation>
    </message>
    <message>
        <source>⚠ The call history is in use by another program (%1).</source>
        <translation>⚠ Der Anrufverlauf wird von einem anderen Programm verwendet (%1).</translation>
    </message>
    <message>
        <source>⚠ The call history could not be opened (%1).</source>
        <translation>⚠ Der Anrufverlauf konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
</context>
<context>
    <name>HistorySettingsPage</name>
    <message>
        <source>Only the calls of my phone</source>
        <translation>Nur die Anrufe meines Telefons</translation>
    </message>
    <message>
        <source>The calls of every extension</source>
        <translation>Die Anrufe aller Nebenstellen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep every call</source>
        <translation>Alle Anrufe behalten</translation>
    </message>
    <message>
        <source>Keep calls for</source>
        <translation>Anrufe behalten für</translation>
    </message>
    <message>
        <source>Older calls are deleted from the history at start and every six hours</source>
        <translation>Ältere Anrufe werden beim Start und alle sechs Stunden aus dem Verlauf gelöscht</translation>
    </message>
    <message>
        <source>Keep calls for:</source>
        <translation>Anrufe behalten für:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Aufzeichnen:</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>● In progress</source>
        <translation>● Läuft</translation>
    </message>
    <message>
        <source>↙ Answered</source>
        <translation>↙ Angenommen</translation>
    </message>
    <message>
        <source>↗ Called, answered</source>
        <translation>↗ Angerufen, angenommen</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Verpasst</translation>
    </message>
    <message>
        <source>↗ Called, no answer</source>
        <translation>↗ Angerufen, keine Antwort</translation>
    </message>
    <message>
        <source>⊘ Missed, line busy</source>
        <translation>⊘ Verpasst, besetzt</translation>
    </message>
    <message>
        <source>⊘ Called, busy</source>
        <translation>⊘ Angerufen, besetzt</translation>
    </message>
    <message>
        <source>⚠ Call failed</source>
        <translation>⚠ Anruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>✉ Missed, sent to voicemail</source>
        <translation>✉ Verpasst, zur Mailbox</translation>
    </message>
    <message>
        <source>⇄ Transferred</source>
        <translation>⇄ Weitergeleitet</translation>
    </message>
    <message>
        <source>⇄ Transferred to %1</source>
        <translation>⇄ Weitergeleitet an %1</translation>
    </message>
    <message>
        <source>⤴ Picked up by %1</source>
        <translation>⤴ Übernommen von %1</translation>
    </message>
    <message>
        <source>Ⓟ Parked</source>
        <translation>Ⓟ Geparkt</translation>
    </message>
    <message>
        <source>Ⓟ Parked at %1</source>
        <translation>Ⓟ Geparkt auf %1</translation>
    </message>
    <message>
        <source>? End not seen (Attendant was closed)</source>
        <translation>? Ende nicht gesehen (Attendant war geschlossen)</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>, ✓ handled</source>
        <translation>, ✓ erledigt</translation>
    </message>
    <message>
        <source>(queue %1)</source>
        <translation>(Warteschlange %1)</translation>
    </message>
    <message>
        <source>talked %1</source>
        <translation>gesprochen %1</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>IncomingCallBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Eingehender Anruf: %1</translation>
    </message>
    <message>
        <source>Incoming call: %1 (%2)</source>
        <translation>Eingehender Anruf: %1 (%2)</translation>
    </message>
    <message>
        <source>Ringing on your phone — pick up the handset to answer</source>
        <translation>Es klingelt an Ihrem Telefon – heben Sie den Hörer ab, um anzunehmen</translation>
    </message>
    <message>
        <source>via %1 — ringing on your phone: pick up the handset to answer</source>
        <translation>über %1 – es klingelt an Ihrem Telefon: Heben Sie den Hörer ab, um anzunehmen</translation>
    </message>
</context>
<context>
    <name>LdapQuery</name>
    <message>
        <source>the server&apos;s certificate is not the one you trusted (its fingerprint changed)</source>
        <translation>das Zertifikat des Servers ist nicht das, dem Sie vertraut haben (sein Fingerabdruck hat sich geändert)</translation>
    </message>
</context>
<context>
    <name>LdapSourceDialog</name>
    <message>
        <source>LDAP directory</source>
        <translation>LDAP-Verzeichnis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Loads the directory with these settings and shows how many contacts came</source>
        <translation>Lädt das Verzeichnis mit diesen Einstellungen und zeigt, wie viele Kontakte kamen</translation>
    </message>
    <message>
        <source>None (only on this computer)</source>
        <translation>Keine (nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (ldaps:// address)</source>
        <translation>LDAPS (ldaps://-Adresse)</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Leer: anonym</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>This entry only</source>
        <translation>Nur dieser Eintrag</translation>
    </message>
    <message>
        <source>One level below</source>
        <translation>Eine Ebene darunter</translation>
    </message>
    <message>
        <source>Whole subtree</source>
        <translation>Ganzer Teilbaum</translation>
    </message>
    <message>
        <source>Server&apos;s limit</source>
        <translation>Grenze des Servers</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No paging</source>
        <translation>Ohne Seitenaufteilung</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Vertrauenswürdige CA-Datei:</translation>
    </message>
    <message>
        <source>Bind DN:</source>
        <translation>Bind-DN:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Search base:</source>
        <translation>Suchbasis:</translation>
    </message>
    <message>
        <source>Search depth:</source>
        <translation>Suchtiefe:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>At most (entries):</source>
        <translation>Höchstens (Einträge):</translation>
    </message>
    <message>
        <source>Time limit per page:</source>
        <translation>Zeitlimit pro Seite:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Vertrauenswürdiges CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Zentyal / Asterisk LDAP schema</source>
        <translation>Zentyal / Asterisk-LDAP-Schema</translation>
    </message>
    <message>
        <source>inetOrgPerson</source>
        <translation>inetOrgPerson</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>A preset fills the filter and the fields below; change any field to match your directory.</source>
        <translation>Eine Vorlage füllt den Filter und die Felder unten aus; passen Sie jedes Feld an Ihr Verzeichnis an.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Caller ID (extension):</source>
        <translation>Caller ID (Nebenstelle):</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Nebenstelle:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Telefon geschäftlich:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Weiteres Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Voicemail box:</source>
        <translation>Mailbox:</translation>
    </message>
    <message>
        <source>Dialplan context:</source>
        <translation>Dialplan-Kontext:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>Several attributes separated by commas: the first one present wins</source>
        <translation>Mehrere Attribute durch Kommas getrennt: Das erste vorhandene gilt</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n Kontakt gefunden.</numerusform>
            <numerusform>%n Kontakte gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the password of the bind DN first.</source>
        <translation>%1: Zuerst das Passwort des Bind-DN eingeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attendant</source>
        <translation>Attendant</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>&amp;Dial a number…</source>
        <translation>Nummer &amp;wählen…</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Number to call from your phone:</source>
        <translation>Von Ihrem Telefon anzurufende Nummer:</translation>
    </message>
    <message>
        <source>&amp;Find extension</source>
        <translation>Nebenstelle &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Attendant</source>
        <translation>&amp;Über Attendant</translation>
    </message>
    <message>
        <source>About Attendant</source>
        <translation>Über Attendant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendant&lt;/b&gt; %1&lt;br&gt;An attendant console for the Asterisk PBX.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Attendant&lt;/b&gt; %1&lt;br&gt;Eine Vermittlungskonsole für die Asterisk-Telefonanlage.&lt;br&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>&amp;Search the directory</source>
        <translation>Im &amp;Telefonbuch suchen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Konferenzen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
</context>
<context>
    <name>OperatorActions</name>
    <message>
        <source>&amp;Call selected</source>
        <translation>Auswahl an&amp;rufen</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Auflegen</translation>
    </message>
    <message>
        <source>&amp;Transfer to selected</source>
        <translation>An Auswahl wei&amp;terleiten</translation>
    </message>
    <message>
        <source>Transfer after &amp;announcing</source>
        <translation>Mit An&amp;kündigung weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Park call</source>
        <translation>Anruf &amp;parken</translation>
    </message>
    <message>
        <source>Pick &amp;up ringing call</source>
        <translation>Klingelnden Anruf &amp;übernehmen</translation>
    </message>
    <message>
        <source>Not connected to the PBX of %1.</source>
        <translation>Nicht mit der Telefonanlage von %1 verbunden.</translation>
    </message>
    <message>
        <source>Drag the call onto an extension to transfer it</source>
        <translation>Anruf auf eine Nebenstelle ziehen, um ihn weiterzuleiten</translation>
    </message>
    <message>
        <source>Bring the longest-&amp;waiting caller to my phone</source>
        <translation>Am längsten &amp;wartenden Anrufer auf mein Telefon holen</translation>
    </message>
    <message>
        <source>Connecting %1 with %2</source>
        <translation>%1 wird mit %2 verbunden</translation>
    </message>
    <message>
        <source>Could not connect %1 with %2</source>
        <translation>%1 konnte nicht mit %2 verbunden werden</translation>
    </message>
</context>
<context>
    <name>OperatorWords</name>
    <message>
        <source>This is your own phone</source>
        <translation>Das ist Ihr eigenes Telefon</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Pick up call from %1</source>
        <translation>Anruf von %1 übernehmen</translation>
    </message>
    <message>
        <source>Transfer call to %1</source>
        <translation>Anruf an %1 weiterleiten</translation>
    </message>
    <message>
        <source>Transfer to %1 after announcing</source>
        <translation>Mit Ankündigung an %1 weiterleiten</translation>
    </message>
    <message>
        <source>Transfer call to %1&apos;s voicemail</source>
        <translation>Anruf an die Mailbox von %1 weiterleiten</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Mithören</translation>
    </message>
    <message>
        <source>Whisper to %1</source>
        <translation>%1 einflüstern</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <source>Park %1&apos;s caller</source>
        <translation>Anrufer von %1 parken</translation>
    </message>
    <message>
        <source>Hang up %1&apos;s call</source>
        <translation>Anruf von %1 beenden</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Cancel transfer in progress</source>
        <translation>Laufende Weiterleitung abbrechen</translation>
    </message>
    <message>
        <source>Park caller</source>
        <translation>Anrufer parken</translation>
    </message>
    <message>
        <source>Calling %1 from your phone</source>
        <translation>%1 wird von Ihrem Telefon angerufen</translation>
    </message>
    <message>
        <source>Picked up the call from %1 ringing %2</source>
        <translation>Anruf von %1 bei %2 herangeholt</translation>
    </message>
    <message>
        <source>Sent %1 to the voicemail of %2</source>
        <translation>%1 an die Mailbox von %2 weitergeleitet</translation>
    </message>
    <message>
        <source>Listening to %1</source>
        <translation>%1 wird mitgehört</translation>
    </message>
    <message>
        <source>Whispering to %1</source>
        <translation>%1 wird zugeflüstert</translation>
    </message>
    <message>
        <source>Joined the call of %1</source>
        <translation>Dem Gespräch von %1 beigetreten</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>%1 geparkt</translation>
    </message>
    <message>
        <source>Hung up the call with %1</source>
        <translation>Anruf mit %1 beendet</translation>
    </message>
    <message>
        <source>Cancelled the transfer: you are back with %1</source>
        <translation>Weiterleitung abgebrochen: Sie sind wieder mit %1 verbunden</translation>
    </message>
    <message>
        <source>Bringing %1 to your phone</source>
        <translation>%1 wird auf Ihr Telefon geholt</translation>
    </message>
    <message>
        <source>Bringing %1 from queue %2 to your phone</source>
        <translation>%1 wird aus der Warteschlange %2 auf Ihr Telefon geholt</translation>
    </message>
    <message>
        <source>Retrieved %1 from parking space %2</source>
        <translation>%1 vom Parkplatz %2 geholt</translation>
    </message>
    <message>
        <source>Paused %1 in queue %2</source>
        <translation>%1 in der Warteschlange %2 pausiert</translation>
    </message>
    <message>
        <source>%1 takes calls from queue %2 again</source>
        <translation>%1 nimmt wieder Anrufe aus der Warteschlange %2 an</translation>
    </message>
    <message>
        <source>Could not call %1</source>
        <translation>%1 konnte nicht angerufen werden</translation>
    </message>
    <message>
        <source>Could not pick up the call from %1</source>
        <translation>Der Anruf von %1 konnte nicht herangeholt werden</translation>
    </message>
    <message>
        <source>Could not send %1 to the voicemail of %2</source>
        <translation>%1 konnte nicht an die Mailbox von %2 weitergeleitet werden</translation>
    </message>
    <message>
        <source>Could not listen to %1</source>
        <translation>%1 konnte nicht mitgehört werden</translation>
    </message>
    <message>
        <source>Could not whisper to %1</source>
        <translation>%1 konnte nichts zugeflüstert werden</translation>
    </message>
    <message>
        <source>Could not join the call of %1</source>
        <translation>Dem Gespräch von %1 konnte nicht beigetreten werden</translation>
    </message>
    <message>
        <source>Could not park %1</source>
        <translation>%1 konnte nicht geparkt werden</translation>
    </message>
    <message>
        <source>Could not hang up the call with %1</source>
        <translation>Der Anruf mit %1 konnte nicht beendet werden</translation>
    </message>
    <message>
        <source>Could not cancel the transfer of %1</source>
        <translation>Die Weiterleitung von %1 konnte nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Could not bring %1 to your phone</source>
        <translation>%1 konnte nicht auf Ihr Telefon geholt werden</translation>
    </message>
    <message>
        <source>Could not retrieve %1 from parking space %2</source>
        <translation>%1 konnte nicht vom Parkplatz %2 geholt werden</translation>
    </message>
    <message>
        <source>Could not pause %1 in queue %2</source>
        <translation>%1 konnte in der Warteschlange %2 nicht pausiert werden</translation>
    </message>
    <message>
        <source>Could not resume %1 in queue %2</source>
        <translation>%1 konnte in der Warteschlange %2 nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Calling %1 to announce %2: hang up to complete the transfer</source>
        <translation>%1 wird angerufen, um %2 anzukündigen: Legen Sie auf, um die Weiterleitung abzuschließen</translation>
    </message>
    <message>
        <source>Transferred %1 to %2</source>
        <translation>%1 an %2 weitergeleitet</translation>
    </message>
    <message>
        <source>Could not call %1 to announce %2</source>
        <translation>%1 konnte nicht angerufen werden, um %2 anzukündigen</translation>
    </message>
    <message>
        <source>Could not transfer %1 to %2</source>
        <translation>%1 konnte nicht an %2 weitergeleitet werden</translation>
    </message>
    <message>
        <source>That is your own phone.</source>
        <translation>Das ist Ihr eigenes Telefon.</translation>
    </message>
    <message>
        <source>Not connected to a PBX.</source>
        <translation>Mit keiner Telefonanlage verbunden.</translation>
    </message>
    <message>
        <source>Select an extension or type a number first.</source>
        <translation>Zuerst eine Nebenstelle auswählen oder eine Nummer eingeben.</translation>
    </message>
    <message>
        <source>You have no call to transfer.</source>
        <translation>Sie haben keinen Anruf zum Weiterleiten.</translation>
    </message>
    <message>
        <source>You have no call to park.</source>
        <translation>Sie haben keinen Anruf zum Parken.</translation>
    </message>
    <message>
        <source>No call to hang up.</source>
        <translation>Kein Anruf zum Auflegen.</translation>
    </message>
    <message>
        <source>The selected extension is not ringing.</source>
        <translation>Die ausgewählte Nebenstelle klingelt nicht.</translation>
    </message>
    <message>
        <source>Nobody is waiting in a queue or ringing.</source>
        <translation>Niemand wartet in einer Warteschlange oder klingelt.</translation>
    </message>
    <message>
        <source>Not connected to this PBX.</source>
        <translation>Nicht mit dieser Telefonanlage verbunden.</translation>
    </message>
</context>
<context>
    <name>OwnStatusButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My status: %1</source>
        <translation>Mein Status: %1</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mein Status</translation>
    </message>
    <message>
        <source>Change the status of your own line (%1)</source>
        <translation>Den Status Ihrer eigenen Leitung ändern (%1)</translation>
    </message>
    <message>
        <source>Your own line (%1) is not on the board yet</source>
        <translation>Ihre eigene Leitung (%1) ist noch nicht auf der Tafel</translation>
    </message>
</context>
<context>
    <name>PanelKeys</name>
    <message>
        <source>Go to %1</source>
        <extracomment>View menu entry, %1 the panel&apos;s title: Alt+1 … Alt+6 bring each panel forward.</extracomment>
        <translation>Gehe zu %1</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>Retrieve</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Parked calls</source>
        <translation>Geparkte Anrufe</translation>
    </message>
    <message>
        <source>Space %1: %2</source>
        <translation>Platz %1: %2</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Parked by %1</source>
        <translation>Geparkt von %1</translation>
    </message>
    <message>
        <source>returns in %1</source>
        <translation>kehrt in %1 zurück</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>GEPARKT</translation>
    </message>
    <message>
        <source>Ring your phone and connect the selected parked call</source>
        <translation>Ihr Telefon klingeln lassen und den ausgewählten geparkten Anruf verbinden</translation>
    </message>
    <message>
        <source>parked for %1</source>
        <translation>seit %1 geparkt</translation>
    </message>
</context>
<context>
    <name>PbxVoicemailBridge</name>
    <message>
        <source>Not connected to the PBX</source>
        <translation>Nicht mit der Telefonanlage verbunden</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. At lunch, back at two</source>
        <translation>z. B. Mittagspause, zurück um zwei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>In 30 Minuten</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Morgen um 09:00</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Um…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Return time</source>
        <translation>Rückkehrzeit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Back:</source>
        <translation>&amp;Zurück:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>What %1&apos;s colleagues and callers should know:</source>
        <translation>Was Kollegen und Anrufer von %1 wissen sollen:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>The return time has already passed.</source>
        <translation>Die Rückkehrzeit ist schon vorbei.</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Away for a long time</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Free to chat</source>
        <translation>Gesprächsbereit</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>zurück um %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an Attendant profile.</source>
        <translation>%1 ist kein Attendant-Profil.</translation>
    </message>
    <message>
        <source>The profile in %1 has no name.</source>
        <translation>Das Profil in %1 hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>ProfilePanels</name>
    <message>
        <source>Directory</source>
        <translation>Telefonbuch</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Aufnahmen (%1)</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Aufnahmen</translation>
    </message>
</context>
<context>
    <name>QueueMemberText</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>No such phone</source>
        <translation>Kein solches Telefon</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>On a call, ringing</source>
        <translation>Im Gespräch, klingelt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Pause…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation>Wartende Anrufer</translation>
    </message>
    <message>
        <source>Queue members</source>
        <translation>Warteschlangenmitglieder</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>waiting in %1</source>
        <translation>wartet in %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Select a member first</source>
        <translation>Zuerst ein Mitglied auswählen</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Pause queue member</source>
        <translation>Warteschlangenmitglied pausieren</translation>
    </message>
    <message>
        <source>Reason (shown to supervisors and in queue reports):</source>
        <translation>Grund (für Supervisoren und in Warteschlangenberichten sichtbar):</translation>
    </message>
</context>
<context>
    <name>RecordingActions</name>
    <message>
        <source>Record or stop recording the chosen call</source>
        <translation>Das gewählte Gespräch aufzeichnen oder die Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Pause or resume recording the chosen call</source>
        <translation>Aufzeichnung des gewählten Gesprächs pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Recording %1: %2</source>
        <translation>Aufzeichnung %1: %2</translation>
    </message>
    <message>
        <source>Recording the call of %1 into %2</source>
        <translation>Gespräch von %1 wird aufgezeichnet in %2</translation>
    </message>
    <message>
        <source>Recording of the call of %1 paused</source>
        <translation>Aufzeichnung des Gesprächs von %1 pausiert</translation>
    </message>
    <message>
        <source>Recording of the call of %1 resumed</source>
        <translation>Aufzeichnung des Gesprächs von %1 fortgesetzt</translation>
    </message>
    <message>
        <source>Recording of the call of %1 stopped</source>
        <translation>Aufzeichnung des Gesprächs von %1 beendet</translation>
    </message>
</context>
<context>
    <name>RecordingBrowser</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Löschen rückgängig</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Aufnahme löschen</translation>
    </message>
    <message>
        <source>Delete the recording %1?

It can be undone for %2 seconds.</source>
        <translation>Die Aufnahme %1 löschen?

Das lässt sich %2 Sekunden lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Recorded calls</source>
        <translation>Aufgezeichnete Anrufe</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Aufnahmeordner</translation>
    </message>
    <message>
        <source>Chosen recording</source>
        <translation>Gewählte Aufnahme</translation>
    </message>
    <message>
        <source>Recording player</source>
        <translation>Aufnahme-Player</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Save a copy of the recording</source>
        <translation>Kopie der Aufnahme speichern</translation>
    </message>
    <message>
        <source>Read the recordings folder again</source>
        <translation>Aufnahmeordner neu einlesen</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Deleted recording</source>
        <translation>Gelöschte Aufnahme</translation>
    </message>
    <message>
        <source>No recordings in %1 yet.</source>
        <translation>Noch keine Aufnahmen in %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Still being recorded: it can be deleted once the recording stops.</source>
        <translation>Wird noch aufgenommen: löschbar, sobald die Aufnahme endet.</translation>
    </message>
    <message>
        <source>🗑 Deleted: %1</source>
        <translation>🗑 Gelöscht: %1</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>Audio (*.%1)</translation>
    </message>
    <message>
        <source>✔ Saved a copy as %1.</source>
        <translation>✔ Kopie gespeichert als %1.</translation>
    </message>
    <message>
        <source>Search recordings</source>
        <translation>Aufnahmen durchsuchen</translation>
    </message>
    <message>
        <source>Search caller, called, date or file…</source>
        <translation>Anrufer, Angerufene, Datum oder Datei suchen…</translation>
    </message>
    <message>
        <source>No recording matches “%1”.</source>
        <translation>Keine Aufnahme passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>RecordingSettingsPage</name>
    <message>
        <source>Announce the recording with a beep every</source>
        <translation>Aufnahme mit einem Piepton ankündigen, alle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Monitor folder</source>
        <translation>Monitor-Ordner</translation>
    </message>
    <message>
        <source>Empty: no recordings panel for this server</source>
        <translation>Leer: keine Aufnahmeliste für diesen Server</translation>
    </message>
    <message>
        <source>Asterisk&apos;s /var/spool/asterisk/monitor, or where it is mounted on this computer</source>
        <translation>/var/spool/asterisk/monitor von Asterisk, oder wo er auf diesem Computer eingebunden ist</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>{caller} {callee} {date} {time} {uniqueid}; the extension chooses the format (.wav, .WAV for wav49, .gsm)</source>
        <translation>{caller} {callee} {date} {time} {uniqueid}; die Endung bestimmt das Format (.wav, .WAV für wav49, .gsm)</translation>
    </message>
    <message>
        <source>MixMonitor options</source>
        <translation>MixMonitor-Optionen</translation>
    </message>
    <message>
        <source>b: only while the call is bridged; v(n)/V(n): volume; see Asterisk&apos;s “core show application MixMonitor”</source>
        <translation>b: nur solange der Anruf verbunden ist; v(n)/V(n): Lautstärke; siehe „core show application MixMonitor“ in Asterisk</translation>
    </message>
    <message>
        <source>Announce the recording with a beep</source>
        <translation>Aufnahme mit einem Piepton ankündigen</translation>
    </message>
    <message>
        <source>Seconds between beeps</source>
        <translation>Sekunden zwischen Pieptönen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Monitor folder state</source>
        <translation>Zustand des Monitor-Ordners</translation>
    </message>
    <message>
        <source>File name check</source>
        <translation>Prüfung des Dateinamens</translation>
    </message>
    <message>
        <source>Options check</source>
        <translation>Prüfung der Optionen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the monitor folder</source>
        <translation>Monitor-Ordner wählen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Monitor folder:</source>
        <translation>Monitor-Ordner:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>MixMonitor options:</source>
        <translation>MixMonitor-Optionen:</translation>
    </message>
    <message>
        <source>Where the law asks for callers to be told, switch the beep on (MixMonitor B option; Asterisk needs func_periodic_hook).</source>
        <translation>Wo das Gesetz verlangt, Anrufer zu informieren, schalten Sie den Piepton ein (MixMonitor-Option B; Asterisk braucht func_periodic_hook).</translation>
    </message>
    <message>
        <source>✘ %1 does not exist on this computer.</source>
        <translation>✘ %1 existiert auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>✘ %1 is not a folder.</source>
        <translation>✘ %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>✘ %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ %1 ist nicht lesbar: lassen Sie sich in die Gruppe von Asterisk aufnehmen.</translation>
    </message>
    <message>
        <source>✔ Readable and writable.</source>
        <translation>✔ Lesbar und beschreibbar.</translation>
    </message>
    <message>
        <source>✔ For example: %1</source>
        <translation>✔ Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>✘ Options are letters, each with an optional value in parentheses, without spaces: for example b or bv(2).</source>
        <translation>✘ Optionen sind Buchstaben, jeder mit einem optionalen Wert in Klammern, ohne Leerzeichen: zum Beispiel b oder bv(2).</translation>
    </message>
    <message>
        <source>✔ Sent as: %1</source>
        <translation>✔ Gesendet als: %1</translation>
    </message>
    <message>
        <source>(no options)</source>
        <translation>(keine Optionen)</translation>
    </message>
    <message>
        <source>− No recordings panel for this server.</source>
        <translation>− Keine Aufnahmeliste für diesen Server.</translation>
    </message>
    <message>
        <source>⚠ Readable, but not writable: recordings can be played, not deleted.</source>
        <translation>⚠ Lesbar, aber nicht beschreibbar: Aufnahmen lassen sich abspielen, nicht löschen.</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <source>✔ Complete</source>
        <translation>✔ Vollständig</translation>
    </message>
    <message>
        <source>● Being recorded</source>
        <translation>● Wird aufgenommen</translation>
    </message>
    <message>
        <source>∅ Empty</source>
        <translation>∅ Leer</translation>
    </message>
    <message>
        <source>⚠ Damaged</source>
        <translation>⚠ Beschädigt</translation>
    </message>
    <message>
        <source>✘ Cannot be read</source>
        <translation>✘ Nicht lesbar</translation>
    </message>
    <message>
        <source>∅ This recording has no audio (%1): the call was probably hung up as it started.</source>
        <translation>∅ Diese Aufnahme enthält keinen Ton (%1): der Anruf wurde wohl gleich zu Beginn aufgelegt.</translation>
    </message>
    <message>
        <source>⚠ This file is damaged (%1) and cannot be played. A copy can still be saved.</source>
        <translation>⚠ Diese Datei ist beschädigt (%1) und lässt sich nicht abspielen. Eine Kopie kann trotzdem gespeichert werden.</translation>
    </message>
    <message>
        <source>✘ This file cannot be read from this computer (%1): ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ Diese Datei ist von diesem Computer aus nicht lesbar (%1): lassen Sie sich in die Gruppe von Asterisk aufnehmen.</translation>
    </message>
    <message>
        <source>?</source>
        <comment>unknown duration</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>Länge unbekannt</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4, %5</source>
        <translation>%1, %2, %3 an %4, %5</translation>
    </message>
    <message>
        <source>✘ The recordings folder %1 does not exist on this computer. Mount Asterisk&apos;s monitor folder here, or change it in Settings → Recording.</source>
        <translation>✘ Der Aufnahmeordner %1 existiert auf diesem Computer nicht. Binden Sie den Monitor-Ordner von Asterisk hier ein oder ändern Sie ihn unter Einstellungen → Aufnahme.</translation>
    </message>
    <message>
        <source>✘ %1 is a file, not a folder: change it in Settings → Recording.</source>
        <translation>✘ %1 ist eine Datei, kein Ordner: ändern Sie es unter Einstellungen → Aufnahme.</translation>
    </message>
    <message>
        <source>✘ The recordings folder %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ Der Aufnahmeordner %1 ist nicht lesbar: lassen Sie sich in die Gruppe von Asterisk aufnehmen.</translation>
    </message>
    <message>
        <source>✘ %1 is no longer there: someone else moved or deleted it.</source>
        <translation>✘ %1 ist nicht mehr da: jemand anderes hat es verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>● %1 is still being recorded: stop the recording first.</source>
        <translation>● %1 wird noch aufgenommen: beenden Sie zuerst die Aufnahme.</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>✘ The file name is empty.</source>
        <translation>✘ Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>✘ Every recording would get the same name: add {uniqueid} or {date} and {time}.</source>
        <translation>✘ Jede Aufnahme bekäme denselben Namen: fügen Sie {uniqueid} oder {date} und {time} hinzu.</translation>
    </message>
    <message>
        <source>✘ Unknown placeholder: use {caller}, {callee}, {date}, {time} and {uniqueid}.</source>
        <translation>✘ Unbekannter Platzhalter: verwenden Sie {caller}, {callee}, {date}, {time} und {uniqueid}.</translation>
    </message>
    <message>
        <source>✘ No folders in the file name: MixMonitor writes into the monitor folder.</source>
        <translation>✘ Keine Ordner im Dateinamen: MixMonitor schreibt in den Monitor-Ordner.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No panel is titled %1</source>
        <translation>Kein Fenster heißt %1</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>AMI secret for %1</source>
        <translation>AMI-Passwort für %1</translation>
    </message>
    <message>
        <source>Secret for AMI user “%1”:</source>
        <translation>Passwort für den AMI-Benutzer „%1“:</translation>
    </message>
    <message>
        <source>Directory password</source>
        <translation>Telefonbuch-Passwort</translation>
    </message>
    <message>
        <source>The directory %1 needs the password of “%2”. It is kept in the system keychain.</source>
        <translation>Das Telefonbuch %1 braucht das Passwort von „%2“. Es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this desktop session: the secret is kept in memory until Attendant quits.</source>
        <translation>In dieser Desktop-Sitzung ist kein Schlüsselbund (Secret Service) verfügbar: Das Passwort bleibt nur bis zum Beenden von Attendant im Speicher.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The AMI user name of %1 contains a line break or a NUL character, which would add lines to the Login. It was refused.</source>
        <translation>Der AMI-Benutzername von %1 enthält einen Zeilenumbruch oder ein NUL-Zeichen, das dem Login weitere Zeilen hinzufügen würde. Er wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The user name in the address contains a line break or a NUL character; it was refused.</source>
        <translation>Der Benutzername in der Adresse enthält einen Zeilenumbruch oder ein NUL-Zeichen; er wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>The PBX refused the login for “%1”. Enter the secret again:</source>
        <translation>Die Telefonanlage hat die Anmeldung für „%1“ abgelehnt. Passwort erneut eingeben:</translation>
    </message>
    <message>
        <source>No secret is saved for %1@%2 yet.</source>
        <translation>Für %1@%2 ist noch kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the secret cannot be remembered.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1), daher kann das Passwort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>Not connected to %1: no secret entered.</source>
        <translation>Nicht mit %1 verbunden: kein Passwort eingegeben.</translation>
    </message>
</context>
<context>
    <name>ServerStatusWidget</name>
    <message>
        <source>extension states</source>
        <translation>Nebenstellenzustände</translation>
    </message>
    <message>
        <source>device states</source>
        <translation>Gerätezustände</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>parked calls</source>
        <translation>geparkte Anrufe</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>mailboxes</source>
        <translation>Mailboxen</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Reconnect to %1 now</source>
        <translation>Jetzt neu mit %1 verbinden</translation>
    </message>
    <message>
        <source>Try to reach %1 again without waiting</source>
        <translation>%1 sofort erneut zu erreichen versuchen</translation>
    </message>
    <message>
        <source>board as of %1</source>
        <translation>Tafel von %1 Uhr</translation>
    </message>
    <message>
        <source>Not connected since %1: tiles show the last known state, not what happens now.</source>
        <translation>Seit %1 Uhr nicht verbunden: Die Kacheln zeigen den zuletzt bekannten Zustand, nicht das aktuelle Geschehen.</translation>
    </message>
    <message>
        <source>Asterisk restarted: phones are registering again</source>
        <translation>Asterisk wurde neu gestartet: Die Telefone melden sich wieder an</translation>
    </message>
    <message>
        <source>Asterisk has just restarted. Phones show Unavailable until Asterisk has checked them again, which takes up to a minute.</source>
        <translation>Asterisk wurde gerade neu gestartet. Telefone erscheinen als nicht erreichbar, bis Asterisk sie erneut geprüft hat; das dauert bis zu einer Minute.</translation>
    </message>
    <message>
        <source>this AMI account may not read %1 (%2): add %3 to its write= line in manager.conf</source>
        <translation>dieses AMI-Konto darf %1 nicht lesen (%2): %3 in seiner write=-Zeile in manager.conf ergänzen</translation>
    </message>
    <message>
        <source>presence notes</source>
        <translation>Anwesenheitsnotizen</translation>
    </message>
    <message>
        <source>conferences</source>
        <translation>Konferenzen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to Attendant</source>
        <translation>Willkommen bei Attendant</translation>
    </message>
    <message>
        <source>Attendant settings</source>
        <translation>Attendant-Einstellungen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Saves this profile to a file, without secrets</source>
        <translation>Speichert dieses Profil ohne Passwörter in einer Datei</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>pbx.example.org</source>
        <translation>telefonanlage.example.org</translation>
    </message>
    <message>
        <source>Encrypt (TLS, usually port 5039)</source>
        <translation>Verschlüsseln (TLS, meist Port 5039)</translation>
    </message>
    <message>
        <source>Challenge (MD5) — the secret never crosses the network</source>
        <translation>Challenge (MD5) — das Passwort geht nie über das Netz</translation>
    </message>
    <message>
        <source>Plain secret — only over TLS or on this computer</source>
        <translation>Klartext-Passwort — nur über TLS oder auf diesem Computer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>AMI user:</source>
        <translation>AMI-Benutzer:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Call the selected extension:</source>
        <translation>Ausgewählte Nebenstelle anrufen:</translation>
    </message>
    <message>
        <source>Hang up:</source>
        <translation>Auflegen:</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Weiterleiten:</translation>
    </message>
    <message>
        <source>Transfer after announcing:</source>
        <translation>Mit Ankündigung weiterleiten:</translation>
    </message>
    <message>
        <source>Park:</source>
        <translation>Parken:</translation>
    </message>
    <message>
        <source>Pick up a ringing extension:</source>
        <translation>Klingelnde Nebenstelle übernehmen:</translation>
    </message>
    <message>
        <source>Answer the next queue caller:</source>
        <translation>Nächsten Anrufer der Warteschlange annehmen:</translation>
    </message>
    <message>
        <source>PBX %1</source>
        <translation>Telefonanlage %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>✘ Enter the secret first (%1).</source>
        <translation>✘ Zuerst das Passwort eingeben (%1).</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>noch keins gespeichert</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profiles (*.ini)</source>
        <translation>Profile (*.ini)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Your phone must be a device such as PJSIP/1000.</source>
        <translation>Ihr Telefon muss ein Gerät wie PJSIP/1000 sein.</translation>
    </message>
    <message>
        <source>Server “%1” needs a host and an AMI user.</source>
        <translation>Server „%1“ braucht einen Host und einen AMI-Benutzer.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Telefonbuch</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Every directory source needs a server address or a file.</source>
        <translation>Jede Telefonbuchquelle braucht eine Serveradresse oder eine Datei.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <source>The secret of this AMI user in manager.conf on the PBX</source>
        <translation>Das Passwort dieses AMI-Benutzers aus der manager.conf der Telefonanlage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Recording on “%1”: %2</source>
        <translation>Aufnahme auf „%1“: %2</translation>
    </message>
    <message>
        <source>Recording on “%1”: the MixMonitor options are not valid.</source>
        <translation>Aufnahme auf „%1“: die MixMonitor-Optionen sind ungültig.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Choose your phone on the Operator tab: calls you place ring it first, so a phone that is not yours would ring somebody else&apos;s desk.</source>
        <translation>Wählen Sie Ihr Telefon auf der Registerkarte Vermittlung: Ihre Anrufe klingeln zuerst dort, ein fremdes Telefon ließe also den Apparat von jemand anderem klingeln.</translation>
    </message>
    <message>
        <source>Now choose your phone on the Operator tab.</source>
        <translation>Wählen Sie jetzt Ihr Telefon auf der Registerkarte Vermittlung.</translation>
    </message>
    <message>
        <source>Conferences on “%1”: %2</source>
        <translation>Konferenzen auf „%1“: %2</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Konferenzen</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>On a call, ringing</source>
        <translation>Im Gespräch, klingelt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>On a call, one on hold</source>
        <translation>Im Gespräch, einer gehalten</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>TileBoardModel</name>
    <message numerus="yes">
        <source>Group %1, %n extension(s)</source>
        <translation>
            <numerusform>Gruppe %1, %n Nebenstelle</numerusform>
            <numerusform>Gruppe %1, %n Nebenstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>%1 · last known %2</source>
        <translation>%1 · zuletzt bekannt %2</translation>
    </message>
    <message>
        <source>0 — drag a tile here</source>
        <translation>0 — eine Kachel hierher ziehen</translation>
    </message>
</context>
<context>
    <name>TileGroupActions</name>
    <message>
        <source>Group name:</source>
        <translation>Name der Gruppe:</translation>
    </message>
    <message>
        <source>“%1” is the name of one of the board&apos;s own groups: choose another.</source>
        <translation>„%1“ ist der Name einer festen Gruppe der Tafel: bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>There is a group named “%1” already: choose another name.</source>
        <translation>Es gibt schon eine Gruppe „%1“: bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Group “%1” made.</source>
        <translation>Gruppe „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Group “%1” is now “%2”.</source>
        <translation>Gruppe „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Group “%1” deleted; its extensions are back in “%2”.</source>
        <translation>Gruppe „%1“ gelöscht; ihre Nebenstellen sind wieder unter „%2“.</translation>
    </message>
    <message>
        <source>Parking spaces keep their own group</source>
        <translation>Parkplätze bleiben in ihrer eigenen Gruppe</translation>
    </message>
    <message>
        <source>%1 is in “%2” already</source>
        <translation>%1 ist schon in „%2“</translation>
    </message>
    <message>
        <source>Add %1 to the favourites</source>
        <translation>%1 zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>%1 nach „%2“ verschieben</translation>
    </message>
    <message>
        <source>%1 is now in “%2”.</source>
        <translation>%1 ist jetzt in „%2“.</translation>
    </message>
    <message>
        <source>%1 added to the favourites.</source>
        <translation>%1 zu den Favoriten hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 removed from the favourites.</source>
        <translation>%1 aus den Favoriten entfernt.</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Gruppe umbenennen…</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>Gruppe nach oben</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>Gruppe nach unten</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
</context>
<context>
    <name>TileGrouping</name>
    <message>
        <source>Parking spaces</source>
        <translation>Parkplätze</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Nebenstellen</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation>
            <numerusform>%n gehalten</numerusform>
            <numerusform>%n gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n neue Sprachnachricht</numerusform>
            <numerusform>%n neue Sprachnachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>umgeleitet zu %1</translation>
    </message>
    <message>
        <source>forwarded when busy to %1</source>
        <translation>bei besetzt umgeleitet zu %1</translation>
    </message>
    <message>
        <source>forwarded when not answering to %1</source>
        <translation>bei keiner Antwort umgeleitet zu %1</translation>
    </message>
    <message>
        <source>In conference %1</source>
        <translation>In Konferenz %1</translation>
    </message>
</context>
<context>
    <name>TileView</name>
    <message>
        <source>Extensions</source>
        <translation>Nebenstellen</translation>
    </message>
    <message>
        <source>Only a tile of this board can go into a group</source>
        <translation>Nur eine Kachel dieser Tafel kann in eine Gruppe</translation>
    </message>
</context>
<context>
    <name>TileZoom</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size (now %1%)</source>
        <extracomment>The board&apos;s zoom in the View menu, %1 the percentage.</extracomment>
        <translation>&amp;Normale Größe (jetzt %1 %)</translation>
    </message>
    <message>
        <source>&amp;Compact tiles</source>
        <translation>&amp;Kompakte Kacheln</translation>
    </message>
    <message>
        <source>Two lines per tile, narrower: a large office on one screen</source>
        <translation>Zwei Zeilen je Kachel, schmaler: ein großes Büro auf einem Bildschirm</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Attendant</source>
        <translation>Attendant anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Attendant</translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n neue Sprachnachricht</numerusform>
            <numerusform>%n neue Sprachnachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n verpasster Anruf</numerusform>
            <numerusform>%n verpasste Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Connect call</source>
        <translation>Anruf verbinden</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Attended transfer</source>
        <translation>Weiterleiten mit Ankündigung</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Weiterleitung abbrechen</translation>
    </message>
    <message>
        <source>Transfer to voicemail</source>
        <translation>An Mailbox weiterleiten</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Retrieve parked call</source>
        <translation>Geparkten Anruf zurückholen</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Mithören</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Einflüstern</translation>
    </message>
    <message>
        <source>Join call</source>
        <translation>Aufschalten</translation>
    </message>
    <message>
        <source>Pause in queue</source>
        <translation>In Warteschlange pausieren</translation>
    </message>
    <message>
        <source>Resume in queue</source>
        <translation>In Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <source>not connected to the PBX</source>
        <translation>nicht mit der Telefonanlage verbunden</translation>
    </message>
    <message>
        <source>the PBX account is not allowed to do this</source>
        <translation>das Konto der Telefonanlage darf das nicht</translation>
    </message>
    <message>
        <source>the PBX refused</source>
        <translation>die Telefonanlage hat abgelehnt</translation>
    </message>
    <message>
        <source>the call could not be placed</source>
        <translation>der Anruf konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the PBX did not answer in time</source>
        <translation>die Telefonanlage hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Weiterleitung abgeschlossen</translation>
    </message>
    <message>
        <source>Transfer cancelled: you are back with the caller</source>
        <translation>Weiterleitung abgebrochen: Sie sind wieder mit dem Anrufer verbunden</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Weiterleitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Loading PBX state…</source>
        <translation>Status der Telefonanlage wird geladen…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Neue Verbindung in %n s</numerusform>
            <numerusform>Neue Verbindung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Logging off…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <source>Server name not found (DNS)</source>
        <translation>Servername nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>Connection refused: is the manager interface enabled on that port?</source>
        <translation>Verbindung abgelehnt: Ist das Manager-Interface auf diesem Port aktiviert?</translation>
    </message>
    <message>
        <source>No answer from the server (firewall or wrong address?)</source>
        <translation>Keine Antwort vom Server (Firewall oder falsche Adresse?)</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>No secret entered</source>
        <translation>Kein Passwort eingegeben</translation>
    </message>
    <message>
        <source>That port does not speak the Asterisk Manager Interface</source>
        <translation>Dieser Port spricht nicht das Asterisk Manager Interface</translation>
    </message>
    <message>
        <source>The server sent an oversized message</source>
        <translation>Der Server hat eine zu große Nachricht gesendet</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The PBX account lacks the “%1” write permission (manager.conf).</source>
        <translation>Dem Konto der Telefonanlage fehlt die Schreibberechtigung „%1“ (manager.conf).</translation>
    </message>
    <message>
        <source>The user name, event mask or secret contains a line break; nothing was sent</source>
        <translation>Benutzername, Ereignismaske oder Passwort enthält einen Zeilenumbruch; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Bring the waiting caller to your phone</source>
        <translation>Wartenden Anrufer auf Ihr Telefon holen</translation>
    </message>
    <message>
        <source>the other party could not be reached</source>
        <translation>die Gegenseite war nicht erreichbar</translation>
    </message>
    <message>
        <source>listening did not start</source>
        <translation>das Mithören hat nicht begonnen</translation>
    </message>
    <message>
        <source>the PBX hung the caller up</source>
        <translation>die Telefonanlage hat den Anrufer aufgelegt</translation>
    </message>
    <message>
        <source>no such extension</source>
        <translation>diese Nebenstelle gibt es nicht</translation>
    </message>
    <message>
        <source>already under way</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>that is your own phone</source>
        <translation>das ist Ihr eigenes Telefon</translation>
    </message>
    <message>
        <source>Asterisk is restarting</source>
        <translation>Asterisk startet neu</translation>
    </message>
    <message>
        <source>Asterisk was shut down</source>
        <translation>Asterisk wurde beendet</translation>
    </message>
</context>
<context>
    <name>UrlHandler</name>
    <message>
        <source>Not dialled: %1 (%2)</source>
        <translation>Nicht gewählt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>VoicemailBrowser</name>
    <message>
        <source>Mailboxes</source>
        <translation>Mailboxen</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Nur dringende</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Mit Aufnahme</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Search caller or number</source>
        <translation>Anrufer oder Nummer suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>voicemail-%1-%2.wav</source>
        <translation>sprachnachricht-%1-%2.wav</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Aufnahme speichern</translation>
    </message>
    <message>
        <source>Audio (*.wav *.WAV *.gsm)</source>
        <translation>Audiodateien (*.wav *.WAV *.gsm)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
</context>
<context>
    <name>VoicemailErrorText</name>
    <message>
        <source>The voicemail folder is locked by the phone system or another desk (waited 5 seconds). Try again in a moment.</source>
        <translation>Der Mailbox-Ordner ist von der Telefonanlage oder einem anderen Arbeitsplatz gesperrt (5 Sekunden gewartet). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The voicemail folder could not be locked (no permission to write there, or the share does not support it).</source>
        <translation>Der Mailbox-Ordner konnte nicht gesperrt werden (keine Schreibberechtigung oder die Freigabe unterstützt es nicht).</translation>
    </message>
    <message>
        <source>The destination folder is full. Delete or move some messages first.</source>
        <translation>Der Zielordner ist voll. Löschen oder verschieben Sie zuerst einige Nachrichten.</translation>
    </message>
    <message>
        <source>The message is no longer there; someone else moved or deleted it.</source>
        <translation>Die Nachricht ist nicht mehr vorhanden; jemand anderes hat sie verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The message&apos;s information file is damaged or missing, so it cannot be moved.</source>
        <translation>Die Informationsdatei der Nachricht ist beschädigt oder fehlt, daher kann sie nicht verschoben werden.</translation>
    </message>
    <message>
        <source>This message has no recording to save.</source>
        <translation>Diese Nachricht hat keine Aufnahme zum Speichern.</translation>
    </message>
    <message>
        <source>A file could not be written in the voicemail folder.</source>
        <translation>Eine Datei im Mailbox-Ordner konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>That destination is not possible for this message.</source>
        <translation>Dieses Ziel ist für diese Nachricht nicht möglich.</translation>
    </message>
    <message>
        <source>The phone system refused the operation.</source>
        <translation>Die Telefonanlage hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Custom 1</source>
        <translation>Eigene 1</translation>
    </message>
    <message>
        <source>Custom 2</source>
        <translation>Eigene 2</translation>
    </message>
    <message>
        <source>Custom 3</source>
        <translation>Eigene 3</translation>
    </message>
    <message>
        <source>Custom 4</source>
        <translation>Eigene 4</translation>
    </message>
    <message>
        <source>Custom 5</source>
        <translation>Eigene 5</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>The voicemail folder is blocked by a lock file left behind by a program that stopped (older than 10 minutes).</source>
        <translation>Der Mailbox-Ordner ist durch eine Sperrdatei blockiert, die ein beendetes Programm hinterlassen hat (älter als 10 Minuten).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The voicemail folder was locked by %1 (waited 5 seconds); the lock is gone now. Try again.</source>
        <translation>Der Mailbox-Ordner war durch %1 gesperrt (5 Sekunden gewartet); die Sperre ist jetzt aufgehoben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The voicemail folder is blocked by the lock file %1, left %2 ago. Voicemail holds this lock for a moment only, so the program that took it has most likely stopped. If no voicemail process (Asterisk) is running on this spool, remove that file to clear the lock.</source>
        <translation>Der Mailbox-Ordner ist durch die Sperrdatei %1 blockiert, die vor %2 hinterlassen wurde. Die Mailbox hält diese Sperre nur einen Augenblick, daher wurde das Programm, das sie gesetzt hat, höchstwahrscheinlich beendet. Wenn kein Mailbox-Prozess (Asterisk) auf diesem Spool läuft, löschen Sie diese Datei, um die Sperre aufzuheben.</translation>
    </message>
    <message>
        <source>The voicemail folder stayed locked for 5 seconds by the lock file %1 (taken %2 ago), probably by the phone system or another desk. Try again in a moment. If it stays locked and no voicemail process (Asterisk) is running on this spool, remove that file.</source>
        <translation>Der Mailbox-Ordner blieb 5 Sekunden lang durch die Sperrdatei %1 gesperrt (gesetzt vor %2), wahrscheinlich von der Telefonanlage oder einem anderen Arbeitsplatz. Versuchen Sie es gleich noch einmal. Bleibt er gesperrt und läuft kein Mailbox-Prozess (Asterisk) auf diesem Spool, löschen Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>VoicemailFolderSelector</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Folder name and how many messages it holds</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VoicemailMailboxProxy</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 new, %2 urgent, %3 old</source>
        <extracomment>Counts under a mailbox in the voicemail list</extracomment>
        <translation>%1 neu, %2 dringend, %3 alt</translation>
    </message>
</context>
<context>
    <name>VoicemailMessageActions</name>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Mark heard</source>
        <translation>Als gehört markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save recording as…</source>
        <translation>Aufnahme speichern unter…</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <source>Transfer caller</source>
        <translation>Anrufer weiterleiten</translation>
    </message>
</context>
<context>
    <name>VoicemailMessageProxy</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Damaged message (%1)</source>
        <translation>Beschädigte Nachricht (%1)</translation>
    </message>
    <message>
        <source>The message information file could not be read: %1</source>
        <translation>Die Informationsdatei der Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No recording: the audio file is missing.</source>
        <translation>Keine Aufnahme: Die Audiodatei fehlt.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>the recording is empty</source>
        <translation>die Aufnahme ist leer</translation>
    </message>
    <message>
        <source>The recording %1 is empty (0 bytes), so it cannot be played. The message can still be deleted or moved.</source>
        <translation>Die Aufnahme %1 ist leer (0 Bytes) und kann daher nicht abgespielt werden. Die Nachricht kann trotzdem gelöscht oder verschoben werden.</translation>
    </message>
</context>
<context>
    <name>VoicemailPendingDeletes</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>einem unbekannten Anrufer</translation>
    </message>
    <message>
        <source>Deleted the message from %1.</source>
        <translation>Die Nachricht von %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht gelöscht.</numerusform>
            <numerusform>%n Nachrichten gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicemailPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position (Left/Right: 5 seconds back/forward)</source>
        <translation>Position (Links/Rechts: 5 Sekunden zurück/vor)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>This message has no recording: its audio file is missing from the voicemail spool. The message information is still shown.</source>
        <translation>Diese Nachricht hat keine Aufnahme: Die Audiodatei fehlt im Mailbox-Spool. Die Informationen zur Nachricht werden trotzdem angezeigt.</translation>
    </message>
    <message>
        <source>The recording is no longer there; the message was probably moved or deleted meanwhile.</source>
        <translation>Die Aufnahme ist nicht mehr vorhanden; die Nachricht wurde wahrscheinlich inzwischen verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>This message&apos;s audio is in a format that cannot be played here (%1).</source>
        <translation>Der Ton dieser Nachricht liegt in einem Format vor, das hier nicht abgespielt werden kann (%1).</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>This message is stored as GSM audio (%1) and no GSM decoder is installed on this computer, so it cannot be played here. Install the GStreamer GSM plugin (gstreamer1.0-plugins-bad) or ask the administrator to add &quot;wav&quot; to the voicemail formats.</source>
        <translation>Diese Nachricht ist als GSM-Audio gespeichert (%1) und auf diesem Computer ist kein GSM-Decoder installiert, daher kann sie hier nicht abgespielt werden. Installieren Sie das GStreamer-GSM-Plugin (gstreamer1.0-plugins-bad) oder bitten Sie den Administrator, „wav“ zu den Mailbox-Formaten hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing can be heard: playback does not move on. Check that this computer has a working sound output (speakers or headset); if the voicemail folder is on a network share, check that it is still reachable. The message stays unheard.</source>
        <translation>Es ist nichts zu hören: Die Wiedergabe kommt nicht voran. Prüfen Sie, ob dieser Computer eine funktionierende Tonausgabe (Lautsprecher oder Headset) hat; liegt der Mailbox-Ordner auf einer Netzwerkfreigabe, prüfen Sie, ob sie noch erreichbar ist. Die Nachricht bleibt ungehört.</translation>
    </message>
    <message>
        <source>The recording ended before any sound played: the file is empty or cut off. The message stays unheard.</source>
        <translation>Die Aufnahme war zu Ende, bevor etwas zu hören war: Die Datei ist leer oder abgeschnitten. Die Nachricht bleibt ungehört.</translation>
    </message>
    <message>
        <source>The recording could not be played: it is in a format this computer cannot decode. The message stays unheard.</source>
        <translation>Die Aufnahme konnte nicht abgespielt werden: Sie liegt in einem Format vor, das dieser Computer nicht dekodieren kann. Die Nachricht bleibt ungehört.</translation>
    </message>
    <message>
        <source>The recording could not be played: it could not be read from the network. The message stays unheard.</source>
        <translation>Die Aufnahme konnte nicht abgespielt werden: Sie ließ sich nicht über das Netzwerk lesen. Die Nachricht bleibt ungehört.</translation>
    </message>
    <message>
        <source>The recording could not be played: you have no permission to read it. The message stays unheard.</source>
        <translation>Die Aufnahme konnte nicht abgespielt werden: Sie haben keine Berechtigung, sie zu lesen. Die Nachricht bleibt ungehört.</translation>
    </message>
    <message>
        <source>The recording could not be played: the file is damaged or cannot be read. The message stays unheard.</source>
        <translation>Die Aufnahme konnte nicht abgespielt werden: Die Datei ist beschädigt oder nicht lesbar. Die Nachricht bleibt ungehört.</translation>
    </message>
    <message>
        <source>Voicemail player</source>
        <translation>Mailbox-Wiedergabe</translation>
    </message>
    <message>
        <source>This message&apos;s recording is empty (%1 has 0 bytes), so it cannot be played. The message can still be deleted or moved.</source>
        <translation>Die Aufnahme dieser Nachricht ist leer (%1 hat 0 Bytes) und kann daher nicht abgespielt werden. Die Nachricht kann trotzdem gelöscht oder verschoben werden.</translation>
    </message>
</context>
<context>
    <name>VoicemailSettingsPage</name>
    <message>
        <source>Playing a new message marks it as heard</source>
        <translation>Das Abspielen einer neuen Nachricht markiert sie als gehört</translation>
    </message>
    <message>
        <source>Empty: no voicemail panel</source>
        <translation>Leer: kein Mailbox-Bereich</translation>
    </message>
    <message>
        <source>Asterisk&apos;s /var/spool/asterisk/voicemail, or where it is mounted on this computer</source>
        <translation>/var/spool/asterisk/voicemail von Asterisk oder der Ort, an dem es auf diesem Computer eingebunden ist</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Lock files (Asterisk&apos;s default)</source>
        <translation>Sperrdateien (Standard von Asterisk)</translation>
    </message>
    <message>
        <source>flock (locking=flock)</source>
        <translation>flock (locking=flock)</translation>
    </message>
    <message>
        <source>Must match “locking” in Asterisk&apos;s voicemail.conf</source>
        <translation>Muss zu „locking“ in der voicemail.conf von Asterisk passen</translation>
    </message>
    <message>
        <source>None: delete for good</source>
        <translation>Keine: endgültig löschen</translation>
    </message>
    <message>
        <source>voicemail.conf backupdeleted: deleted messages kept per mailbox</source>
        <translation>voicemail.conf backupdeleted: pro Mailbox aufbewahrte gelöschte Nachrichten</translation>
    </message>
    <message>
        <source>voicemail.conf maxmsg: messages per folder</source>
        <translation>voicemail.conf maxmsg: Nachrichten pro Ordner</translation>
    </message>
    <message>
        <source>Spool folder:</source>
        <translation>Spool-Ordner:</translation>
    </message>
    <message>
        <source>Locking:</source>
        <translation>Sperren:</translation>
    </message>
    <message>
        <source>Keep deleted messages:</source>
        <translation>Gelöschte Nachrichten behalten:</translation>
    </message>
    <message>
        <source>Messages per folder:</source>
        <translation>Nachrichten pro Ordner:</translation>
    </message>
    <message>
        <source>Voicemail spool</source>
        <translation>Mailbox-Spool</translation>
    </message>
    <message>
        <source>Voicemail is off for this profile.</source>
        <translation>Die Mailbox ist für dieses Profil ausgeschaltet.</translation>
    </message>
    <message>
        <source>✘ %1 does not exist on this computer.</source>
        <translation>✘ %1 existiert auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>✘ %1 is not a folder.</source>
        <translation>✘ %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>✘ %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ %1 kann nicht gelesen werden: Bitten Sie um Aufnahme in die Gruppe von Asterisk.</translation>
    </message>
    <message>
        <source>Readable, but not writable: messages can be played, not moved or deleted.</source>
        <translation>Lesbar, aber nicht beschreibbar: Nachrichten können abgespielt, aber nicht verschoben oder gelöscht werden.</translation>
    </message>
    <message>
        <source>✔ Readable and writable.</source>
        <translation>✔ Lesbar und beschreibbar.</translation>
    </message>
</context>
<context>
    <name>VoicemailSpoolNotice</name>
    <message>
        <source>The voicemail spool %1 cannot be read (%2). Mount or share it on this computer, or change it in Settings → Voicemail.</source>
        <translation>Der Mailbox-Spool %1 kann nicht gelesen werden (%2). Binden Sie ihn auf diesem Computer ein oder geben Sie ihn frei, oder ändern Sie ihn unter Einstellungen → Mailbox.</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>er existiert nicht</translation>
    </message>
</context>
</TS>
