<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionReport</name>
    <message>
        <source>Consultation call started: hang up to complete the transfer.</source>
        <translation>Appel de consultation lancé&#xa0;: raccrochez pour terminer le transfert.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>returns in %1</source>
        <translation>revient dans %1</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>on hold with %1</source>
        <translation>en attente avec %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>appelle</translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation>appelle %1</translation>
    </message>
    <message>
        <source>leaving a voicemail message</source>
        <translation>laisse un message vocal</translation>
    </message>
    <message>
        <source>leaving a message for %1</source>
        <translation>laisse un message pour %1</translation>
    </message>
    <message>
        <source>listening to voicemail</source>
        <translation>écoute la messagerie vocale</translation>
    </message>
    <message>
        <source>parked on %1</source>
        <translation>parqué sur %1</translation>
    </message>
    <message>
        <source>parked on %1 by %2</source>
        <translation>parqué sur %1 par %2</translation>
    </message>
    <message>
        <source>%1 parked here</source>
        <translation>%1 parqué ici</translation>
    </message>
    <message>
        <source>%1, parked by %2</source>
        <translation>%1, parqué par %2</translation>
    </message>
    <message>
        <source>waiting in queue %1 (position %2, %3)</source>
        <translation>attend dans la file %1 (position %2, %3)</translation>
    </message>
    <message>
        <source>waiting in queue %1 (position %2)</source>
        <translation>attend dans la file %1 (position %2)</translation>
    </message>
    <message>
        <source>waiting in queue %1</source>
        <translation>attend dans la file %1</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>SONNE</translation>
    </message>
    <message>
        <source>CALLING</source>
        <translation>APPEL</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>VOICEMAIL</source>
        <translation>MESSAGERIE</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>PARQUÉ</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>EN FILE</translation>
    </message>
    <message>
        <source>TALK</source>
        <translation>EN LIGNE</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>APPEL</translation>
    </message>
    <message>
        <source>Parked call</source>
        <translation>Appel parqué</translation>
    </message>
    <message>
        <source>in conference %1</source>
        <translation>en conférence %1</translation>
    </message>
    <message>
        <source>CONF</source>
        <translation>CONF</translation>
    </message>
</context>
<context>
    <name>AmiClient</name>
    <message>
        <source>The AMI client was destroyed</source>
        <translation>Le client AMI a été détruit</translation>
    </message>
    <message>
        <source>No AMI secret is known for user &quot;%1&quot;</source>
        <translation>Aucun mot de passe AMI n&apos;est connu pour l&apos;utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The AMI server closed the connection</source>
        <translation>Le serveur AMI a fermé la connexion</translation>
    </message>
    <message>
        <source>No login answer from %1:%2 within %3 ms</source>
        <translation>Aucune réponse à la connexion de %1:%2 en %3 ms</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>The AMI server did not answer a Ping within %1 ms</source>
        <translation>Le serveur AMI n&apos;a pas répondu à un Ping en %1 ms</translation>
    </message>
    <message>
        <source>The connection to the AMI server was lost</source>
        <translation>La connexion au serveur AMI a été perdue</translation>
    </message>
    <message>
        <source>Action Events is refused through astmanproxy (it would change the event mask of every client of the proxy)</source>
        <translation>L&apos;action Events est refusée via astmanproxy (elle modifierait le masque d&apos;événements de tous les clients du proxy)</translation>
    </message>
    <message>
        <source>Not logged in to the AMI server</source>
        <translation>Non connecté au serveur AMI</translation>
    </message>
    <message>
        <source>No answer from the AMI server in time</source>
        <translation>Pas de réponse du serveur AMI à temps</translation>
    </message>
    <message>
        <source>A message from the AMI server was larger than %1 bytes; the connection was closed</source>
        <translation>Un message du serveur AMI dépassait %1 octets&#xa0;; la connexion a été fermée</translation>
    </message>
    <message>
        <source>%1:%2 did not greet with &quot;Asterisk Call Manager&quot;</source>
        <translation>%1:%2 n&apos;a pas salué avec «&#xa0;Asterisk Call Manager&#xa0;»</translation>
    </message>
    <message>
        <source>The AMI server cancelled the list</source>
        <translation>Le serveur AMI a annulé la liste</translation>
    </message>
    <message>
        <source>Asterisk is restarting</source>
        <translation>Asterisk redémarre</translation>
    </message>
    <message>
        <source>Asterisk was shut down</source>
        <translation>Asterisk a été arrêté</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No profile named “%1”. Saved profiles: %2</source>
        <translation>Aucun profil nommé «&#xa0;%1&#xa0;». Profils enregistrés&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo PBX could not start: %1</source>
        <translation>Le PBX de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Standardiste</translation>
    </message>
    <message>
        <source>Demo PBX</source>
        <translation>PBX de démonstration</translation>
    </message>
    <message>
        <source>Attendant — %1</source>
        <translation>Attendant — %1</translation>
    </message>
    <message>
        <source>Settings saved. Server changes apply at the next start.</source>
        <translation>Paramètres enregistrés. Les modifications des serveurs s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Could not change the login start: %1</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>A secret was not saved in the keychain, so Attendant will ask for it again at the next start: %1</source>
        <translation>Un secret n’a pas été enregistré dans le trousseau, Attendant le redemandera donc au prochain démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttendedTransferWatch</name>
    <message>
        <source>The call ended before the transfer.</source>
        <translation>L&apos;appel s&apos;est terminé avant le transfert.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The command to start contains line breaks.</source>
        <translation>La commande de démarrage contient des sauts de ligne.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>AvailabilityActions</name>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Absent du bureau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 est maintenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not change the status of %1: %2</source>
        <translation>Impossible de changer le statut de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Do not disturb is on for %1</source>
        <translation>Ne pas déranger activé pour %1</translation>
    </message>
    <message>
        <source>Do not disturb is off for %1</source>
        <translation>Ne pas déranger désactivé pour %1</translation>
    </message>
    <message>
        <source>Could not change do not disturb of %1: %2</source>
        <translation>Impossible de changer Ne pas déranger de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Forward (%1) of %2 cleared</source>
        <translation>Renvoi (%1) de %2 supprimé</translation>
    </message>
    <message>
        <source>Calls of %1 forwarded (%2) to %3</source>
        <translation>Appels de %1 renvoyés (%2) vers %3</translation>
    </message>
    <message>
        <source>Could not change the forward of %1: %2</source>
        <translation>Impossible de changer le renvoi de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 switched %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Could not switch %1: %2</source>
        <translation>Impossible de basculer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityDesk</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
</context>
<context>
    <name>AvailabilityMenu</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Personnalisé…</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>&amp;Forward calls…</source>
        <translation>&amp;Renvoyer les appels…</translation>
    </message>
    <message>
        <source>&amp;Forward calls (now to %1)…</source>
        <translation>&amp;Renvoyer les appels (actuellement vers %1)…</translation>
    </message>
</context>
<context>
    <name>AvailabilitySettingsPage</name>
    <message>
        <source>Their presence and note</source>
        <translation>Leur présence et leur note</translation>
    </message>
    <message>
        <source>Their do not disturb</source>
        <translation>Leur ne pas déranger</translation>
    </message>
    <message>
        <source>Their call forwarding</source>
        <translation>Leur renvoi d&apos;appels</translation>
    </message>
    <message>
        <source>The day/night switches</source>
        <translation>Les commutateurs jour/nuit</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>&amp;Ajouter un statut</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Ajouter un statut</translation>
    </message>
    <message>
        <source>&amp;Remove status</source>
        <translation>&amp;Supprimer le statut</translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation>Supprimer le statut</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;U)</translation>
    </message>
    <message>
        <source>Move status up</source>
        <translation>Monter le statut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descendre (&amp;W)</translation>
    </message>
    <message>
        <source>Move status down</source>
        <translation>Descendre le statut</translation>
    </message>
    <message>
        <source>How each server keeps DND and forwarding</source>
        <translation>Comment chaque serveur garde le ne pas déranger et les renvois</translation>
    </message>
    <message>
        <source>This desk may change on others&apos; lines</source>
        <translation>Ce poste peut modifier sur les lignes des autres</translation>
    </message>
    <message>
        <source>The operator&apos;s own line is always the desk&apos;s own, as far as the AMI account allows.</source>
        <translation>La ligne de l&apos;opérateur appartient toujours au poste, dans la mesure où le compte AMI le permet.</translation>
    </message>
    <message>
        <source>Statuses offered in the status menu</source>
        <translation>Statuts proposés dans le menu d&apos;état</translation>
    </message>
    <message>
        <source>Predefined statuses</source>
        <translation>Statuts prédéfinis</translation>
    </message>
    <message>
        <source>State of the selected status</source>
        <translation>État du statut sélectionné</translation>
    </message>
    <message>
        <source>Text of the selected status</source>
        <translation>Texte du statut sélectionné</translation>
    </message>
    <message>
        <source>e.g. Lunch</source>
        <translation>p. ex. Déjeuner</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Preset of %1</source>
        <translation>Préréglage de %1</translation>
    </message>
    <message>
        <source>FreePBX (ASTDB DND, CF, CFB, CFU)</source>
        <translation>FreePBX (ASTDB DND, CF, CFB, CFU)</translation>
    </message>
    <message>
        <source>Plain Asterisk (Custom device states)</source>
        <translation>Asterisk seul (états de périphérique Custom)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>No server yet: add one on the Servers page.</source>
        <translation>Pas encore de serveur&#xa0;: ajoutez-en un sur la page Serveurs.</translation>
    </message>
    <message>
        <source>AstDB family of the always-forward</source>
        <translation>Famille AstDB du renvoi permanent</translation>
    </message>
    <message>
        <source>Where your dialplan reads the always-forward (DB(&lt;family&gt;/&lt;extension&gt;)); empty: CF, as FreePBX.</source>
        <translation>Où votre plan de numérotation lit le renvoi permanent (DB(&lt;famille&gt;/&lt;poste&gt;))&#xa0;; vide&#xa0;: CF, comme FreePBX.</translation>
    </message>
    <message>
        <source>Re-read forwards every</source>
        <translation>Relire les renvois toutes les</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>only at login and when another desk announces a change</source>
        <translation>seulement à la connexion et quand un autre poste annonce un changement</translation>
    </message>
    <message>
        <source>The AstDB sends no event when a phone&apos;s feature code changes a forward: Attendant re-reads it this often.</source>
        <translation>L’AstDB n’envoie aucun événement quand le code de service d’un téléphone change un renvoi&#xa0;: Attendant le relit à cette fréquence.</translation>
    </message>
    <message>
        <source>Always-forward family:</source>
        <translation>Famille du renvoi permanent&#xa0;:</translation>
    </message>
    <message>
        <source>Re-read forwards every:</source>
        <translation>Relire les renvois toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>⚠ %1 (not offered)</source>
        <translation>⚠ %1 (non proposé)</translation>
    </message>
    <message>
        <source>A status without text is not offered: type its text.</source>
        <translation>Un statut sans texte n’est pas proposé&#xa0;: saisissez son texte.</translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation>Non proposé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityText</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Absence prolongée</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Statut inconnu</translation>
    </message>
    <message>
        <source>This desk may change only the operator&apos;s own line (settings, Availability)</source>
        <translation>Ce poste ne peut modifier que la ligne de l’opérateur (paramètres, Disponibilité)</translation>
    </message>
    <message>
        <source>The AMI account lacks the write class %1</source>
        <translation>Il manque au compte AMI la classe d’écriture %1</translation>
    </message>
    <message>
        <source>The extension&apos;s hint has no CustomPresence provider</source>
        <translation>Le hint du poste n’a pas de fournisseur CustomPresence</translation>
    </message>
    <message>
        <source>The DND device pattern names no device per extension</source>
        <translation>Le modèle du périphérique Ne pas déranger ne désigne pas un périphérique par poste</translation>
    </message>
    <message>
        <source>This PBX&apos;s preset has no database family for this forward</source>
        <translation>Le préréglage de ce PBX n’a pas de famille de base de données pour ce renvoi</translation>
    </message>
    <message numerus="yes">
        <source>The note may not contain line breaks or control characters, and at most %n characters</source>
        <translation>
            <numerusform>La note ne peut contenir ni saut de ligne ni caractère de contrôle, et au plus %n caractère</numerusform>
            <numerusform>La note ne peut contenir ni saut de ligne ni caractère de contrôle, et au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The forward target is not a dialable number</source>
        <translation>La destination du renvoi n’est pas un numéro composable</translation>
    </message>
    <message>
        <source>There is no DND or switch device to set</source>
        <translation>Il n’y a pas de périphérique Ne pas déranger ou de commutateur à régler</translation>
    </message>
    <message>
        <source>Not connected to the PBX</source>
        <translation>Non connecté au PBX</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>When busy</source>
        <translation>Si occupé</translation>
    </message>
    <message>
        <source>When not answering</source>
        <translation>Si pas de réponse</translation>
    </message>
    <message>
        <source>The note may not contain line breaks, tabs or other control characters.</source>
        <translation>La note ne peut contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>La note est trop longue&#xa0;: au plus %n caractère.</numerusform>
            <numerusform>La note est trop longue&#xa0;: au plus %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallControl</name>
    <message>
        <source>No number to call.</source>
        <translation>Aucun numéro à appeler.</translation>
    </message>
    <message>
        <source>No phone or number to connect.</source>
        <translation>Aucun téléphone ni numéro à connecter.</translation>
    </message>
    <message>
        <source>No call or no destination.</source>
        <translation>Aucun appel ou aucune destination.</translation>
    </message>
    <message>
        <source>An attended transfer needs the operator&apos;s call and a destination.</source>
        <translation>Un transfert supervisé nécessite l&apos;appel du standardiste et une destination.</translation>
    </message>
    <message>
        <source>No transfer to cancel.</source>
        <translation>Aucun transfert à annuler.</translation>
    </message>
    <message>
        <source>No call or no mailbox.</source>
        <translation>Aucun appel ou aucune boîte vocale.</translation>
    </message>
    <message>
        <source>No call to hang up.</source>
        <translation>Aucun appel à raccrocher.</translation>
    </message>
    <message>
        <source>No call to park.</source>
        <translation>Aucun appel à parquer.</translation>
    </message>
    <message>
        <source>No parking space.</source>
        <translation>Aucun emplacement de parcage.</translation>
    </message>
    <message>
        <source>No ringing extension.</source>
        <translation>Aucun poste qui sonne.</translation>
    </message>
    <message>
        <source>No ringing call to pick up.</source>
        <translation>Aucun appel qui sonne à intercepter.</translation>
    </message>
    <message>
        <source>No queue member selected.</source>
        <translation>Aucun membre de file d&apos;attente sélectionné.</translation>
    </message>
    <message>
        <source>Not connected to the PBX.</source>
        <translation>Non connecté au PBX.</translation>
    </message>
    <message>
        <source>The phone could not be called (unregistered, unknown or no such channel).</source>
        <translation>Le téléphone n’a pas pu être appelé (non enregistré, inconnu ou canal inexistant).</translation>
    </message>
    <message>
        <source>The phone hung up before the call was connected.</source>
        <translation>Le téléphone a raccroché avant que l’appel soit établi.</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>Le téléphone n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The phone is busy.</source>
        <translation>Le téléphone est occupé.</translation>
    </message>
    <message>
        <source>The network is congested.</source>
        <translation>Le réseau est saturé.</translation>
    </message>
    <message>
        <source>The call could not be placed (reason %1).</source>
        <translation>L’appel n’a pas pu être passé (motif %1).</translation>
    </message>
    <message>
        <source>%1 is your own phone.</source>
        <translation>%1 est votre propre poste.</translation>
    </message>
    <message>
        <source>This call is already being transferred.</source>
        <translation>Cet appel est déjà en cours de transfert.</translation>
    </message>
    <message>
        <source>The PBX has no voicemail extension %1 in context %2: the caller stays with you. Check the voicemail pattern in the settings.</source>
        <translation>Le PBX n’a pas de poste de messagerie vocale %1 dans le contexte %2&#xa0;: l’appelant reste avec vous. Vérifiez le modèle de messagerie vocale dans les paramètres.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n’attend.</translation>
    </message>
    <message>
        <source>No phone selected.</source>
        <translation>Aucun poste sélectionné.</translation>
    </message>
    <message>
        <source>“%1” is not a single phone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un poste unique.</translation>
    </message>
    <message>
        <source>The same request for %1 is still under way: wait for its outcome.</source>
        <translation>La même demande pour %1 est encore en cours&#xa0;: attendez son résultat.</translation>
    </message>
</context>
<context>
    <name>CallFollower</name>
    <message>
        <source>The phone of %1 is not registered: it cannot ring.</source>
        <translation>Le poste de %1 n’est pas enregistré&#xa0;: il ne peut pas sonner.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the call ended before it rang.</source>
        <translation>%1 n’a pas pu être joint&#xa0;: l’appel s’est terminé avant de sonner.</translation>
    </message>
    <message>
        <source>Asterisk ended the call to your phone before ChanSpy started (nothing to listen to on %1, or the spy options were refused).</source>
        <translation>Asterisk a terminé l’appel vers votre poste avant le démarrage de ChanSpy (rien à écouter sur %1, ou les options d’écoute ont été refusées).</translation>
    </message>
    <message>
        <source>Asterisk hung up the call right after moving it: %1 does not exist in the dialplan.</source>
        <translation>Asterisk a raccroché l’appel juste après l’avoir déplacé&#xa0;: %1 n’existe pas dans le plan de numérotation.</translation>
    </message>
    <message>
        <source>ChanSpy has not started: %1 has no call to listen to. Hang up your phone to stop waiting.</source>
        <translation>ChanSpy n’a pas démarré&#xa0;: %1 n’a aucun appel à écouter. Raccrochez votre poste pour cesser d’attendre.</translation>
    </message>
</context>
<context>
    <name>CallRecordingPanel</name>
    <message>
        <source>Record call</source>
        <translation>Enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Calls being recorded</source>
        <translation>Appels en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Recording: nothing sent (no call chosen)</source>
        <translation>Enregistrement&#xa0;: rien d&apos;envoyé (aucun appel choisi)</translation>
    </message>
    <message>
        <source>Recording %1: %2</source>
        <translation>Enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>‖ Paused</source>
        <translation>‖ En pause</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Enregistrement</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>No call is being recorded</source>
        <translation>Aucun appel n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Choose a call in the calls panel first</source>
        <translation>Choisissez d&apos;abord un appel dans le panneau des appels</translation>
    </message>
    <message>
        <source>Record the chosen call (MixMonitor)</source>
        <translation>Enregistrer l&apos;appel choisi (MixMonitor)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Choose a recording in the list first</source>
        <translation>Choisissez d&apos;abord un enregistrement dans la liste</translation>
    </message>
    <message>
        <source>Pause or resume the chosen recording</source>
        <translation>Mettre en pause ou reprendre l&apos;enregistrement choisi</translation>
    </message>
    <message>
        <source>Stop recording the chosen call</source>
        <translation>Arrêter d&apos;enregistrer l&apos;appel choisi</translation>
    </message>
    <message>
        <source>Recording the call into %1</source>
        <translation>Enregistrement de l&apos;appel dans %1</translation>
    </message>
</context>
<context>
    <name>CallRecordingText</name>
    <message>
        <source>&amp;Record call</source>
        <translation>&amp;Enregistrer l’appel</translation>
    </message>
    <message>
        <source>&amp;Pause recording</source>
        <translation>Mettre l’enregistrement en &amp;pause</translation>
    </message>
    <message>
        <source>Res&amp;ume recording</source>
        <translation>&amp;Reprendre l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>&amp;Arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Choose a call first (a tile on a call, or a row of the calls panel)</source>
        <translation>Choisissez d’abord un appel (une tuile en ligne, ou une ligne du panneau des appels)</translation>
    </message>
    <message>
        <source>This call is being recorded already</source>
        <translation>Cet appel est déjà enregistré</translation>
    </message>
    <message>
        <source>This call is not being recorded</source>
        <translation>Cet appel n’est pas enregistré</translation>
    </message>
    <message>
        <source>The recording is paused already</source>
        <translation>L’enregistrement est déjà en pause</translation>
    </message>
    <message>
        <source>The recording is not paused</source>
        <translation>L’enregistrement n’est pas en pause</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● ENR %1</translation>
    </message>
    <message>
        <source>‖ REC paused %1</source>
        <translation>‖ ENR en pause %1</translation>
    </message>
    <message>
        <source>recorded for %1</source>
        <translation>enregistré depuis %1</translation>
    </message>
    <message>
        <source>recording paused (%1)</source>
        <translation>enregistrement en pause (%1)</translation>
    </message>
</context>
<context>
    <name>CallRowText</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Active calls</source>
        <translation>Appels en cours</translation>
    </message>
</context>
<context>
    <name>CertificatePinsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Certificates you trusted although this computer does not (for example a PBX&apos;s self-signed certificate). Each is trusted by its SHA-256 fingerprint only. Revoke one to be asked again at the next connection.</source>
        <translation>Certificats auxquels vous avez fait confiance bien que cet ordinateur ne leur fasse pas confiance (par exemple le certificat auto-signé d’un PBX). Chacun n’est approuvé que par son empreinte SHA-256. Révoquez-en un pour que la question soit posée à nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Ne plus faire confiance au certificat sélectionné</translation>
    </message>
    <message>
        <source>PBX %1</source>
        <translation>Serveur PBX %1</translation>
    </message>
    <message>
        <source>Directory %1</source>
        <translation>Annuaire %1</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Do not trust</source>
        <translation>Ne pas faire confiance</translation>
    </message>
    <message>
        <source>Trust this time</source>
        <translation>Faire confiance cette fois</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Faire confiance et s’en souvenir</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>⚠ The certificate of %1 is not trusted by this computer. If the server uses a certificate of its own (self-signed), compare the fingerprint below with the one on the server before you trust it. If you did not expect this, someone may be listening in: do not trust it.</source>
        <translation>⚠ Cet ordinateur ne fait pas confiance au certificat de %1. Si le serveur utilise son propre certificat (auto-signé), comparez l’empreinte ci-dessous avec celle du serveur avant de lui faire confiance. Si vous ne vous y attendiez pas, quelqu’un écoute peut-être&#xa0;: ne lui faites pas confiance.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Connect, and trust exactly this certificate (by its fingerprint) from now on.</source>
        <translation>Se connecter et faire désormais confiance exactement à ce certificat (par son empreinte).</translation>
    </message>
    <message>
        <source>Connect now; ask again next time Attendant starts.</source>
        <translation>Se connecter maintenant&#xa0;; redemander au prochain démarrage d’Attendant.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Attendant console for the Asterisk PBX</source>
        <translation>Console de standard pour le PBX Asterisk</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Utilise le profil enregistré &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Connect to &lt;url&gt;: ami://user@host[:5038] or amis://user@host[:5039] (TLS). The secret is asked for.</source>
        <translation>Se connecte à &lt;url&gt;&#xa0;: ami://utilisateur@hôte[:5038] ou amis://utilisateur@hôte[:5039] (TLS). Le mot de passe est demandé.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt; instead of the default place.</source>
        <translation>Lit et écrit les paramètres dans &lt;fichier&gt; au lieu de l&apos;emplacement par défaut.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light (clair), dark (sombre) ou system (système).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>With --demo: &lt;extensions&gt;x&lt;events per second&gt;, e.g. 5000x2000.</source>
        <translation>Avec --demo&#xa0;: &lt;postes&gt;x&lt;événements par seconde&gt;, p. ex. 5000x2000.</translation>
    </message>
    <message>
        <source>load</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; a few seconds after connecting, then quit.</source>
        <translation>Enregistre une image de la fenêtre dans &lt;fichier&gt; quelques secondes après la connexion, puis quitte.</translation>
    </message>
    <message>
        <source>Save a picture of every settings page into &lt;folder&gt; (settings-&lt;page&gt;.png), then quit.</source>
        <translation>Enregistre une image de chaque page de paramètres dans &lt;dossier&gt; (settings-&lt;page&gt;.png), puis quitte.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>tel:, sip: or callto: links to dial.</source>
        <translation>Liens tel:, sip: ou callto: à composer.</translation>
    </message>
    <message>
        <source>[link…]</source>
        <translation>[lien…]</translation>
    </message>
    <message>
        <source>--demo-load wants &lt;extensions&gt;x&lt;events per second&gt;, e.g. 5000x2000.</source>
        <translation>--demo-load attend &lt;postes&gt;x&lt;événements par seconde&gt;, p. ex. 5000x2000.</translation>
    </message>
    <message>
        <source>With --screenshot: bring the panel titled &lt;title&gt; to the front first, e.g. Recordings.</source>
        <translation>Avec --screenshot&#xa0;: amener d&apos;abord au premier plan le panneau intitulé &lt;title&gt;, par ex. Enregistrements.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>Start a simulated office PBX inside Attendant and connect to it (no profile is saved; the board&apos;s groups are kept).</source>
        <translation>Démarre un PBX de bureau simulé dans Attendant et s’y connecte (aucun profil n’est enregistré&#xa0;; les groupes du tableau sont conservés).</translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <source>Mute</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Lock room</source>
        <translation>Verrouiller la salle</translation>
    </message>
    <message>
        <source>Mute all but admins</source>
        <translation>Couper tous sauf les admins</translation>
    </message>
    <message>
        <source>Unmute all</source>
        <translation>Rétablir le micro de tous</translation>
    </message>
    <message>
        <source>Record room</source>
        <translation>Enregistrer la salle</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Faire entrer</translation>
    </message>
    <message>
        <source>Conference rooms</source>
        <translation>Salles de conférence</translation>
    </message>
    <message>
        <source>Members of the chosen room</source>
        <translation>Membres de la salle choisie</translation>
    </message>
    <message>
        <source>Extension to bring into the room</source>
        <translation>Poste à faire entrer dans la salle</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le micro</translation>
    </message>
    <message>
        <source>Let the chosen member be heard again</source>
        <translation>Rendre la parole au membre choisi</translation>
    </message>
    <message>
        <source>Mute the chosen member</source>
        <translation>Couper le micro du membre choisi</translation>
    </message>
    <message>
        <source>Take the chosen member out of the room (their call ends)</source>
        <translation>Retirer le membre choisi de la salle (son appel se termine)</translation>
    </message>
    <message>
        <source>Unlock room</source>
        <translation>Déverrouiller la salle</translation>
    </message>
    <message>
        <source>Let people join the room again</source>
        <translation>Permettre à nouveau de rejoindre la salle</translation>
    </message>
    <message>
        <source>Nobody else can join (admins still can)</source>
        <translation>Personne d&apos;autre ne peut entrer (les admins si)</translation>
    </message>
    <message>
        <source>Mute everybody in the room except its admins</source>
        <translation>Couper le micro de tous dans la salle sauf ses admins</translation>
    </message>
    <message>
        <source>Unmute everybody in the room</source>
        <translation>Rétablir le micro de tous dans la salle</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Stop recording the room</source>
        <translation>Arrêter d&apos;enregistrer la salle</translation>
    </message>
    <message>
        <source>Record the room into the PBX&apos;s monitor folder</source>
        <translation>Enregistrer la salle dans le dossier monitor de l&apos;autocommutateur</translation>
    </message>
    <message>
        <source>Ring this extension; when answered it joins room %1</source>
        <translation>Faire sonner ce poste&#xa0;; une fois décroché, il rejoint la salle %1</translation>
    </message>
    <message>
        <source>Ringing %1 to bring them into room %2</source>
        <translation>Appel de %1 pour le faire entrer dans la salle %2</translation>
    </message>
</context>
<context>
    <name>ConferenceRoomDrops</name>
    <message>
        <source>That call or extension is gone.</source>
        <translation>Cet appel ou ce poste n’est plus là.</translation>
    </message>
    <message>
        <source>Room %1 has ended.</source>
        <translation>La salle %1 est terminée.</translation>
    </message>
    <message>
        <source>%1 is on another PBX than room %2.</source>
        <translation>%1 est sur un autre PBX que la salle %2.</translation>
    </message>
    <message>
        <source>Drop a call or an extension onto a room; type other numbers into Bring in.</source>
        <translation>Déposez un appel ou un poste sur une salle&#xa0;; tapez les autres numéros dans Faire entrer.</translation>
    </message>
    <message>
        <source>%1 is in room %2 already.</source>
        <translation>%1 est déjà dans la salle %2.</translation>
    </message>
    <message>
        <source>Room %1 is locked: unlock it first, or the PBX hangs up on %2.</source>
        <translation>La salle %1 est verrouillée&#xa0;: déverrouillez-la d’abord, sinon le PBX raccroche au nez de %2.</translation>
    </message>
    <message>
        <source>The phone of %1 is not registered.</source>
        <translation>Le téléphone de %1 n’est pas enregistré.</translation>
    </message>
    <message>
        <source>%1 does not take calls (do not disturb).</source>
        <translation>%1 ne prend pas d’appels (ne pas déranger).</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Cet appel est terminé.</translation>
    </message>
    <message>
        <source>The AMI account may not do this (write class missing in manager.conf).</source>
        <translation>Le compte AMI n’en a pas le droit (classe d’écriture absente de manager.conf).</translation>
    </message>
    <message>
        <source>Move %1 into room %2</source>
        <translation>Faire passer %1 dans la salle %2</translation>
    </message>
    <message>
        <source>Move %1, both sides, into room %2</source>
        <translation>Faire passer %1 dans la salle %2, avec les deux côtés de l’appel</translation>
    </message>
    <message>
        <source>Ring %1; when answered they join room %2</source>
        <translation>Appeler %1&#xa0;; une fois décroché, la personne entre dans la salle %2</translation>
    </message>
</context>
<context>
    <name>ConferenceSettingsPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Rooms for three-way calls</source>
        <translation>Salles pour les appels à trois</translation>
    </message>
    <message>
        <source>for example 8510-8519, 8600</source>
        <translation>par exemple 8510-8519, 8600</translation>
    </message>
    <message>
        <source>Room extensions separated by commas; a range such as 8510-8519 counts up</source>
        <translation>Postes de salle séparés par des virgules&#xa0;; une plage comme 8510-8519 compte vers le haut</translation>
    </message>
    <message>
        <source>Rooms check</source>
        <translation>Vérification des salles</translation>
    </message>
    <message>
        <source>A free extension dropped on a call (or added to it from the call&apos;s menu) makes a three-way call: the call moves into the first of these rooms nobody is in, then the extension&apos;s phone is rung into it. Each must be a ConfBridge room in the dialplan context of your phone (see the administrator&apos;s guide).</source>
        <translation>Un poste libre déposé sur un appel (ou ajouté depuis le menu de l’appel) crée un appel à trois&#xa0;: l’appel passe dans la première de ces salles où il n’y a personne, puis le téléphone du poste y est appelé. Chacune doit être une salle ConfBridge dans le contexte de plan de numérotation de votre téléphone (voir le guide de l’administrateur).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Rooms for three-way calls:</source>
        <translation>Salles pour les appels à trois&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConferenceText</name>
    <message>
        <source>Room %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>recording for %1</source>
        <translation>enregistrée depuis %1</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement en cours</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ENR</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERROUILLÉE</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>micro coupé</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>parle</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marqué</translation>
    </message>
    <message>
        <source>waiting for the leader</source>
        <translation>attend l&apos;animateur</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>MICRO COUPÉ</translation>
    </message>
    <message>
        <source>TALKING</source>
        <translation>PARLE</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>SILENCE</translation>
    </message>
    <message>
        <source>Choose a conference room first (or it has ended)</source>
        <translation>Choisissez d&apos;abord une salle (ou elle est terminée)</translation>
    </message>
    <message>
        <source>Choose a member first (or they have left)</source>
        <translation>Choisissez d&apos;abord un membre (ou il est parti)</translation>
    </message>
    <message>
        <source>Already muted</source>
        <translation>Micro déjà coupé</translation>
    </message>
    <message>
        <source>Not muted</source>
        <translation>Micro non coupé</translation>
    </message>
    <message>
        <source>The room is locked already</source>
        <translation>La salle est déjà verrouillée</translation>
    </message>
    <message>
        <source>The room is not locked</source>
        <translation>La salle n&apos;est pas verrouillée</translation>
    </message>
    <message>
        <source>The room is being recorded already</source>
        <translation>La salle est déjà enregistrée</translation>
    </message>
    <message>
        <source>The room is not being recorded</source>
        <translation>La salle n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>Only admins are in the room</source>
        <translation>Il n&apos;y a que des admins dans la salle</translation>
    </message>
    <message>
        <source>Already in this room</source>
        <translation>Déjà dans cette salle</translation>
    </message>
    <message>
        <source>The AMI account may not do this (write class missing in manager.conf)</source>
        <translation>Le compte AMI n&apos;en a pas le droit (classe d&apos;écriture absente de manager.conf)</translation>
    </message>
    <message>
        <source>Muted in room %1</source>
        <translation>Micro coupé dans la salle %1</translation>
    </message>
    <message>
        <source>Unmuted in room %1</source>
        <translation>Micro rétabli dans la salle %1</translation>
    </message>
    <message>
        <source>Everybody but the admins muted in room %1</source>
        <translation>Tous sauf les admins ont le micro coupé dans la salle %1</translation>
    </message>
    <message>
        <source>Everybody unmuted in room %1</source>
        <translation>Micro rétabli pour tous dans la salle %1</translation>
    </message>
    <message>
        <source>Removed from room %1</source>
        <translation>Retiré de la salle %1</translation>
    </message>
    <message>
        <source>Room %1 locked: nobody else can join</source>
        <translation>Salle %1 verrouillée&#xa0;: personne d&apos;autre ne peut entrer</translation>
    </message>
    <message>
        <source>Room %1 unlocked</source>
        <translation>Salle %1 déverrouillée</translation>
    </message>
    <message>
        <source>Room %1 is being recorded</source>
        <translation>La salle %1 est enregistrée</translation>
    </message>
    <message>
        <source>Recording of room %1 stopped</source>
        <translation>Enregistrement de la salle %1 arrêté</translation>
    </message>
    <message>
        <source>Joined room %1</source>
        <translation>Entré dans la salle %1</translation>
    </message>
    <message>
        <source>Not sent: a value is empty or holds a line break</source>
        <translation>Non envoyé&#xa0;: une valeur est vide ou contient un saut de ligne</translation>
    </message>
    <message>
        <source>Room %1: not connected to the PBX</source>
        <translation>Salle %1&#xa0;: pas de connexion à l&apos;autocommutateur</translation>
    </message>
    <message>
        <source>Room %1: the AMI account may not do this (Permission denied)</source>
        <translation>Salle %1&#xa0;: le compte AMI n&apos;en a pas le droit (Permission denied)</translation>
    </message>
    <message>
        <source>Room %1 has ended</source>
        <translation>La salle %1 est terminée</translation>
    </message>
    <message>
        <source>Room %1: that member has left already</source>
        <translation>Salle %1&#xa0;: ce membre est déjà parti</translation>
    </message>
    <message>
        <source>Room %1 is being recorded already</source>
        <translation>La salle %1 est déjà enregistrée</translation>
    </message>
    <message>
        <source>Room %1 is not being recorded</source>
        <translation>La salle %1 n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>Room %1: the phone did not join (not answered, or the room is locked)</source>
        <translation>Salle %1&#xa0;: le téléphone n&apos;est pas entré (pas de réponse, ou salle verrouillée)</translation>
    </message>
    <message>
        <source>Room %1: the PBX did not answer in time</source>
        <translation>Salle %1&#xa0;: l&apos;autocommutateur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Room %1: %2</source>
        <translation>Salle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 talking</source>
        <translation>%1 parlent</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a room extension: use digits, commas and ranges such as 8510-8519.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un poste de salle&#xa0;: utilisez des chiffres, des virgules et des plages comme 8510-8519.</translation>
    </message>
    <message>
        <source>The range “%1” runs backwards: write the lower extension first.</source>
        <translation>La plage «&#xa0;%1&#xa0;» est à l’envers&#xa0;: écrivez d’abord le plus petit poste.</translation>
    </message>
    <message>
        <source>The range “%1” mixes extensions of different lengths.</source>
        <translation>La plage «&#xa0;%1&#xa0;» mélange des postes de longueurs différentes.</translation>
    </message>
    <message>
        <source>Too many rooms (at most %1).</source>
        <translation>Trop de salles (au plus %1).</translation>
    </message>
    <message>
        <source>− No three-way calls on this server: a free extension dropped on a call is transferred.</source>
        <translation>− Pas d’appels à trois sur ce serveur&#xa0;: un poste libre déposé sur un appel en reçoit le transfert.</translation>
    </message>
    <message>
        <source>✔ 1 room: %1</source>
        <translation>✔ 1 salle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n rooms: %1</source>
        <translation>
            <numerusform>✔ %n salle&#xa0;: %1</numerusform>
            <numerusform>✔ %n salles&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined room %2</source>
        <translation>%1 a rejoint la salle %2</translation>
    </message>
    <message>
        <source>%1 and %2 joined room %3</source>
        <translation>%1 et %2 ont rejoint la salle %3</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected. Logging in…</source>
        <translation>Connecté. Authentification…</translation>
    </message>
    <message>
        <source>Logged in. Checking permissions…</source>
        <translation>Authentifié. Vérification des autorisations…</translation>
    </message>
    <message>
        <source>Connection works: logged in, all call-control permissions present.</source>
        <translation>La connexion fonctionne&#xa0;: authentifié, toutes les autorisations de contrôle d&apos;appel sont présentes.</translation>
    </message>
    <message>
        <source>Logged in, but the account lacks write permission “%1”: some actions will be disabled.</source>
        <translation>Authentifié, mais le compte n&apos;a pas l&apos;autorisation d&apos;écriture «&#xa0;%1&#xa0;»&#xa0;: certaines actions seront désactivées.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>Pas de réponse en %n seconde.</numerusform>
            <numerusform>Pas de réponse en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFileError</name>
    <message>
        <source>no known column names in the header row</source>
        <translation>aucun nom de colonne connu dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>plus de champs que l&apos;en-tête</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>neither a name nor a number</source>
        <translation>ni nom ni numéro</translation>
    </message>
    <message>
        <source>a line without &quot;name:value&quot;</source>
        <translation>une ligne sans «&#xa0;nom:valeur&#xa0;»</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sans BEGIN:VCARD</translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD sans END:VCARD</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 champs, l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>the header row has no line break after it, so no contact follows</source>
        <translation>la ligne d&apos;en-tête n&apos;est suivie d&apos;aucun saut de ligne, donc d&apos;aucun contact</translation>
    </message>
</context>
<context>
    <name>DayNightBar</name>
    <message>
        <source>Day and night switches</source>
        <translation>Commutateurs jour et nuit</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Mode nuit</translation>
    </message>
    <message>
        <source>☾ Night</source>
        <translation>☾ Nuit</translation>
    </message>
    <message>
        <source>☀ Day</source>
        <translation>☀ Jour</translation>
    </message>
    <message>
        <source>● On</source>
        <translation>● Activé</translation>
    </message>
    <message>
        <source>○ Off</source>
        <translation>○ Désactivé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This desk may not change the PBX&apos;s switches (settings, Availability)</source>
        <translation>Ce poste ne peut pas modifier les commutateurs du PBX (paramètres, Disponibilité)</translation>
    </message>
    <message>
        <source>%1 (%2, extension %3). Click to change it.</source>
        <translation>%1 (%2, poste %3). Cliquez pour le changer.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Switch the PBX to night mode? Calls follow the night routing until it is switched back.</source>
        <translation>Passer le PBX en mode nuit&#xa0;? Les appels suivent le routage de nuit jusqu’au retour en mode jour.</translation>
    </message>
    <message>
        <source>Switch the PBX to day mode? Calls follow the day routing again.</source>
        <translation>Passer le PBX en mode jour&#xa0;? Les appels suivent à nouveau le routage de jour.</translation>
    </message>
    <message>
        <source>Switch %1 %2?</source>
        <translation>Basculer %1 sur %2&#xa0;?</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
</context>
<context>
    <name>DefaultLayout</name>
    <message>
        <source>Panel tabs</source>
        <translation>Onglets des panneaux</translation>
    </message>
</context>
<context>
    <name>DemoPaceMenu</name>
    <message>
        <source>&amp;Demo office</source>
        <translation>&amp;Bureau de démo</translation>
    </message>
    <message>
        <source>&amp;Calm: about 3 calls a minute</source>
        <translation>&amp;Calme&#xa0;: environ 3 appels par minute</translation>
    </message>
    <message>
        <source>&amp;Busy: about 16 calls a minute</source>
        <translation>&amp;Animé&#xa0;: environ 16 appels par minute</translation>
    </message>
    <message>
        <source>&amp;Pause the office</source>
        <translation>&amp;Mettre le bureau en pause</translation>
    </message>
    <message>
        <source>Hold every call of the demo office where it is; what you do still happens</source>
        <translation>Fige chaque appel du bureau de démo là où il en est&#xa0;; ce que vous faites a toujours lieu</translation>
    </message>
    <message>
        <source>The demo office is calm now: about 3 calls a minute.</source>
        <translation>Le bureau de démo est calme&#xa0;: environ 3 appels par minute.</translation>
    </message>
    <message>
        <source>The demo office is busy now: about 16 calls a minute.</source>
        <translation>Le bureau de démo est animé&#xa0;: environ 16 appels par minute.</translation>
    </message>
    <message>
        <source>⏸ Demo office paused: nothing moves until you resume it (Demo office › Pause the office). What you do still happens.</source>
        <translation>⏸ Bureau de démo en pause&#xa0;: rien ne bouge jusqu’à ce que vous le relanciez (Bureau de démo › Mettre le bureau en pause). Ce que vous faites a toujours lieu.</translation>
    </message>
    <message>
        <source>▶ Demo office running again.</source>
        <translation>▶ Le bureau de démo tourne de nouveau.</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <source>Test the connection, then choose your phone</source>
        <translation>Testez la connexion, puis choisissez votre téléphone</translation>
    </message>
    <message>
        <source>The channel of your desk phone: calls you place ring this phone first</source>
        <translation>Le canal de votre téléphone de bureau&#xa0;: vos appels font d&apos;abord sonner ce téléphone</translation>
    </message>
    <message>
        <source>Your phone (device)</source>
        <translation>Votre téléphone (appareil)</translation>
    </message>
    <message>
        <source>My desk</source>
        <translation>Mon poste</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Your phone (device):</source>
        <translation>Votre téléphone (périphérique)&#xa0;:</translation>
    </message>
    <message>
        <source>Your extension:</source>
        <translation>Votre poste&#xa0;:</translation>
    </message>
    <message>
        <source>Caller ID name:</source>
        <translation>Nom affiché (Caller ID)&#xa0;:</translation>
    </message>
    <message>
        <source>Dialplan context for the numbers you call and transfer to</source>
        <translation>Contexte du plan de numérotation pour les numéros que vous appelez et vers lesquels vous transférez</translation>
    </message>
    <message>
        <source>Custom device state that means Do Not Disturb; %1 = extension</source>
        <translation>État de périphérique personnalisé signifiant Ne pas déranger&#xa0;; %1 = poste</translation>
    </message>
    <message>
        <source>Extension that reaches a mailbox directly; %1 = extension (e.g. *%1)</source>
        <translation>Numéro qui mène directement à une boîte vocale&#xa0;; %1 = poste (p. ex. *%1)</translation>
    </message>
    <message>
        <source>Phone system details (usually your administrator&apos;s)</source>
        <translation>Détails du standard (en général l’affaire de votre administrateur)</translation>
    </message>
    <message>
        <source>How your phone system names things. Change these only as your administrator says: a wrong value makes calls, do not disturb or voicemail fail.</source>
        <translation>Comment votre standard nomme les choses. Ne les changez que sur indication de votre administrateur&#xa0;: une valeur erronée fait échouer les appels, le «&#xa0;ne pas déranger&#xa0;» ou la messagerie.</translation>
    </message>
    <message>
        <source>Dial context:</source>
        <translation>Contexte de numérotation&#xa0;:</translation>
    </message>
    <message>
        <source>Do-not-disturb device:</source>
        <translation>Périphérique Ne pas déranger&#xa0;:</translation>
    </message>
    <message>
        <source>Voicemail extension:</source>
        <translation>Numéro de messagerie vocale&#xa0;:</translation>
    </message>
    <message>
        <source>Parking lot:</source>
        <translation>Zone de parcage&#xa0;:</translation>
    </message>
    <message>
        <source>Choose your own phone: calls you place ring it first. A guess such as PJSIP/1000 would ring somebody else&apos;s desk. “Test connection” on the Servers tab lists the phones of your phone system here.</source>
        <translation>Choisissez votre propre téléphone&#xa0;: vos appels le font sonner d’abord. Une supposition comme PJSIP/1000 ferait sonner le poste de quelqu’un d’autre. «&#xa0;Tester la connexion&#xa0;» dans l’onglet Serveurs affiche ici les téléphones de votre PBX.</translation>
    </message>
    <message>
        <source>%1 — extension %2, connected</source>
        <translation>%1 — poste %2, connecté</translation>
    </message>
    <message>
        <source>%1 — extension %2, not connected</source>
        <translation>%1 — poste %2, non connecté</translation>
    </message>
    <message numerus="yes">
        <source>Found %n phone(s) on your phone system: choose yours from the list.</source>
        <translation>
            <numerusform>%n téléphone trouvé sur votre PBX&#xa0;: choisissez le vôtre dans la liste.</numerusform>
            <numerusform>%n téléphones trouvés sur votre PBX&#xa0;: choisissez le vôtre dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialUrl</name>
    <message>
        <source>The link is empty.</source>
        <translation>Le lien est vide.</translation>
    </message>
    <message>
        <source>The link or its number is too long.</source>
        <translation>Le lien ou son numéro est trop long.</translation>
    </message>
    <message>
        <source>Only tel:, sip:, sips: and callto: links can be dialled.</source>
        <translation>Seuls les liens tel:, sip:, sips: et callto: peuvent être composés.</translation>
    </message>
    <message>
        <source>The link contains a broken %-escape or invalid UTF-8.</source>
        <translation>Le lien contient un échappement %- incorrect ou de l&apos;UTF-8 invalide.</translation>
    </message>
    <message>
        <source>The link contains line breaks or control characters.</source>
        <translation>Le lien contient des sauts de ligne ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The link does not contain a number.</source>
        <translation>Le lien ne contient pas de numéro.</translation>
    </message>
    <message>
        <source>The link&apos;s number contains characters other than digits, &apos;+&apos;, &apos;*&apos; and &apos;#&apos;.</source>
        <translation>Le numéro du lien contient des caractères autres que des chiffres, «&#xa0;+&#xa0;», «&#xa0;*&#xa0;» et «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>The link&apos;s server name is not valid.</source>
        <translation>Le nom de serveur du lien n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>DialableNumber</name>
    <message>
        <source>there is no number</source>
        <translation>il n’y a pas de numéro</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>il ne contient aucun chiffre</translation>
    </message>
    <message>
        <source>only digits, *, # and a leading + can be dialled</source>
        <translation>seuls les chiffres, *, # et un + initial peuvent être composés</translation>
    </message>
    <message>
        <source>it has more than %1 digits</source>
        <translation>il a plus de %1 chiffres</translation>
    </message>
    <message>
        <source>“%1” is not a dialable number: %2.</source>
        <translation>« %1 » n’est pas un numéro composable&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>Search name, number, department or mail…</source>
        <translation>Rechercher nom, numéro, service ou e-mail…</translation>
    </message>
    <message>
        <source>Directory search</source>
        <translation>Recherche dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>État de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Directory loading</source>
        <translation>Chargement de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transférer à %1</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Call %1 (%2)</source>
        <translation>Appeler %1 (%2)</translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <translation>Transférer à %1 (%2)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Aucun numéro</translation>
    </message>
    <message>
        <source>The directory server cannot be reached; retrying.</source>
        <translation>Le serveur d&apos;annuaire est injoignable&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>The secure connection to the directory server failed (certificate not trusted?).</source>
        <translation>La connexion sécurisée au serveur d&apos;annuaire a échoué (certificat non approuvé&#xa0;?).</translation>
    </message>
    <message>
        <source>The directory server refused the login (check the bind DN and password).</source>
        <translation>Le serveur d&apos;annuaire a refusé la connexion (vérifiez le DN de liaison et le mot de passe).</translation>
    </message>
    <message>
        <source>The password for the directory server is not stored on this computer.</source>
        <translation>Le mot de passe du serveur d&apos;annuaire n&apos;est pas enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The directory search failed (check the base DN and filter).</source>
        <translation>La recherche dans l&apos;annuaire a échoué (vérifiez le DN de base et le filtre).</translation>
    </message>
    <message>
        <source>The directory server sent only part of the list (size limit).</source>
        <translation>Le serveur d&apos;annuaire n&apos;a envoyé qu&apos;une partie de la liste (limite de taille).</translation>
    </message>
    <message>
        <source>The directory file cannot be read.</source>
        <translation>Le fichier d&apos;annuaire ne peut pas être lu.</translation>
    </message>
    <message>
        <source>An entry of the directory file was skipped.</source>
        <translation>Une entrée du fichier d&apos;annuaire a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the directory file were skipped, the first: %1</source>
        <translation>
            <numerusform>%n entrée du fichier d&apos;annuaire a été ignorée&#xa0;: %1</numerusform>
            <numerusform>%n entrées du fichier d&apos;annuaire ont été ignorées, la première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: showing cached results from %2.</source>
        <translation>%1&#xa0;: affichage des résultats en cache datant de %2.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <source>Loading directory… %n entries</source>
        <translation>
            <numerusform>Chargement de l’annuaire… %n entrée</numerusform>
            <numerusform>Chargement de l’annuaire… %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory file is too large to load.</source>
        <translation>Le fichier d&apos;annuaire est trop volumineux pour être chargé.</translation>
    </message>
</context>
<context>
    <name>DirectoryPresenceProxy</name>
    <message>
        <source>No status</source>
        <translation>Aucun état</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>Au téléphone</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>On the phone, ringing</source>
        <translation>Au téléphone, sonne</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
</context>
<context>
    <name>DirectorySettingsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Contacts from these sources are merged in the Directory panel. LDAP passwords go to the system keychain.</source>
        <translation>Les contacts de ces sources sont réunis dans le panneau Annuaire. Les mots de passe LDAP vont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Add LDAP server…</source>
        <translation>Ajouter un serveur LDAP…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>A CSV or vCard file, e.g. exported from a phone book</source>
        <translation>Un fichier CSV ou vCard, p. ex. exporté d&apos;un carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>Fichier d&apos;annuaire</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>LDAP: %1 (%2)</source>
        <translation>LDAP&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>LDAP: %1</source>
        <translation>LDAP&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectorySources</name>
    <message>
        <source>Directory %1: no password entered.</source>
        <translation>Annuaire %1&#xa0;: aucun mot de passe saisi.</translation>
    </message>
</context>
<context>
    <name>DropActions</name>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>Transférer %1 à %2</translation>
    </message>
    <message>
        <source>Hold Shift or Ctrl to announce the call first.</source>
        <translation>Maintenez Maj ou Ctrl pour annoncer d’abord l’appel.</translation>
    </message>
    <message>
        <source>Announce %1 to %2 first (attended transfer)</source>
        <translation>Annoncer d’abord %1 à %2 (transfert après annonce)</translation>
    </message>
    <message>
        <source>Connect %1 with %2: the phone of %1 rings first</source>
        <translation>Mettre %1 en relation avec %2&#xa0;: le téléphone de %1 sonne d’abord</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Cet appel est terminé.</translation>
    </message>
    <message>
        <source>That extension is no longer on the board.</source>
        <translation>Ce poste n’est plus sur le tableau.</translation>
    </message>
    <message>
        <source>Drop it onto an extension or a call.</source>
        <translation>Déposez-le sur un poste ou un appel.</translation>
    </message>
    <message>
        <source>Drop it onto another extension.</source>
        <translation>Déposez-le sur un autre poste.</translation>
    </message>
    <message>
        <source>%1 is already in this call.</source>
        <translation>%1 est déjà dans cet appel.</translation>
    </message>
    <message>
        <source>A call can be dropped onto an extension, not onto another call.</source>
        <translation>Un appel se dépose sur un poste, pas sur un autre appel.</translation>
    </message>
    <message>
        <source>%1 has no number that can be dialled.</source>
        <translation>%1 n’a aucun numéro composable.</translation>
    </message>
    <message>
        <source>%1 and %2 are on different PBXs.</source>
        <translation>%1 et %2 sont sur des PBX différents.</translation>
    </message>
    <message>
        <source>The phone of %1 is not registered.</source>
        <translation>Le téléphone de %1 n’est pas enregistré.</translation>
    </message>
    <message>
        <source>%1 does not take calls (do not disturb).</source>
        <translation>%1 ne prend pas d’appels (ne pas déranger).</translation>
    </message>
    <message>
        <source>%1 is on a call.</source>
        <translation>%1 est en communication.</translation>
    </message>
    <message>
        <source>Only your own answered call can be announced first; release without Shift or Ctrl to transfer it.</source>
        <translation>Seul votre propre appel décroché peut être annoncé d’abord&#xa0;; relâchez sans Maj ni Ctrl pour le transférer.</translation>
    </message>
    <message>
        <source>Not connected to the PBX of %1.</source>
        <translation>Non connecté au PBX de %1.</translation>
    </message>
    <message>
        <source>Three-way conference: the call of %1 moves into room %2, then %3 is rung into it</source>
        <translation>Conférence à trois&#xa0;: l’appel de %1 passe dans la salle %2, puis %3 est appelé pour les rejoindre</translation>
    </message>
    <message>
        <source>The call of %1 is not answered yet: a three-way conference needs an answered call.</source>
        <translation>L’appel de %1 n’est pas encore décroché&#xa0;: une conférence à trois demande un appel décroché.</translation>
    </message>
    <message>
        <source>%1 is on a call and no room is free for a three-way call.</source>
        <translation>%1 est en ligne et aucune salle n’est libre pour un appel à trois.</translation>
    </message>
    <message>
        <source>Release to choose: transfer %1 to %2, or add %2 to a three-way call</source>
        <translation>Relâchez pour choisir&#xa0;: transférer %1 à %2, ou ajouter %2 à un appel à trois</translation>
    </message>
    <message>
        <source>Add %1 to a three-way call (room %2)</source>
        <translation>Ajouter %1 à un appel à trois (salle %2)</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Que faire de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <source>Add to a three-way call</source>
        <translation>Ajouter à un appel à trois</translation>
    </message>
    <message>
        <source>Add to a three-way call: %1</source>
        <translation>Ajouter à un appel à trois&#xa0;: %1</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>pas encore répondu</translation>
    </message>
    <message>
        <source>no free room</source>
        <translation>aucune salle libre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no free extension</source>
        <translation>aucun poste libre</translation>
    </message>
</context>
<context>
    <name>ExtensionBoard</name>
    <message>
        <source>Type a name or number to filter — Enter calls, Esc clears</source>
        <translation>Tapez un nom ou un numéro pour filtrer — Entrée appelle, Échap efface</translation>
    </message>
    <message>
        <source>Filter extensions</source>
        <translation>Filtrer les postes</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
</context>
<context>
    <name>FileDirectory</name>
    <message>
        <source>%1 is larger than the %2 a contact file may have</source>
        <translation>%1 dépasse les %2 qu&apos;un fichier de contacts peut avoir</translation>
    </message>
    <message>
        <source>more than %1 contacts</source>
        <translation>plus de %1 contacts</translation>
    </message>
    <message>
        <source>the contacts read before are kept</source>
        <translation>les contacts lus auparavant sont conservés</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Try the demo office</source>
        <translation>Essayer le bureau de démonstration</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Tell Attendant how to reach your Asterisk server and which phone on your desk is yours. You need an AMI account from &lt;i&gt;manager.conf&lt;/i&gt; on the phone system (user name and secret; ask whoever runs it). The secret goes to your system keychain, never to a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue&#xa0;!&lt;/h3&gt;&lt;p&gt;Indiquez à Attendant comment joindre votre serveur Asterisk et quel téléphone de votre bureau est le vôtre. Il vous faut un compte AMI de &lt;i&gt;manager.conf&lt;/i&gt; sur le standard téléphonique (nom d’utilisateur et mot de passe&#xa0;; demandez-le à qui l’administre). Le mot de passe va dans le trousseau du système, jamais dans un fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Just looking around? The demo office has 40 colleagues, calls, a queue and voicemail; nothing reaches a real phone system.</source>
        <translation>Juste pour voir&#xa0;? Le bureau de démonstration compte 40 collègues, des appels, une file d’attente et une messagerie vocale&#xa0;; rien n’atteint un vrai standard téléphonique.</translation>
    </message>
    <message>
        <source>Attendant is not set up</source>
        <translation>Attendant n’est pas configuré</translation>
    </message>
    <message>
        <source>Without a phone system to connect to, Attendant has nothing to show and closes. Nothing was saved.</source>
        <translation>Sans standard téléphonique auquel se connecter, Attendant n’a rien à afficher et se ferme. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>You can set it up now, look around in the demo office, or start Attendant again later.</source>
        <translation>Vous pouvez le configurer maintenant, visiter le bureau de démonstration ou relancer Attendant plus tard.</translation>
    </message>
    <message>
        <source>Set up a phone system</source>
        <translation>Configurer un standard</translation>
    </message>
    <message>
        <source>Close Attendant</source>
        <translation>Fermer Attendant</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Call forwarding of %1</source>
        <translation>Renvoi d’appels de %1</translation>
    </message>
    <message>
        <source>Forward %1&apos;s calls to a number (type it, or type a name to pick from the directory). An empty field means no forward.</source>
        <translation>Renvoyer les appels de %1 vers un numéro (tapez-le, ou tapez un nom pour le choisir dans l’annuaire). Un champ vide signifie aucun renvoi.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>Renvoi %1</translation>
    </message>
    <message>
        <source>No forward</source>
        <translation>Aucun renvoi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the forward %1</source>
        <translation>Effacer le renvoi %1</translation>
    </message>
    <message>
        <source>%1: not a number to forward to (%2).</source>
        <translation>%1&#xa0;: pas un numéro de renvoi (%2).</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Closing the window keeps Attendant in the system tray</source>
        <translation>Fermer la fenêtre laisse Attendant dans la zone de notification</translation>
    </message>
    <message>
        <source>Start Attendant when I log in</source>
        <translation>Démarrer Attendant à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Desktop notification for calls to my phone</source>
        <translation>Notification de bureau pour les appels vers mon téléphone</translation>
    </message>
    <message>
        <source>{callerid}, {callername} and {queue} are replaced by the caller&apos;s details</source>
        <translation>{callerid}, {callername} et {queue} sont remplacés par les informations de l&apos;appelant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation>Quand un appel sonne</translation>
    </message>
    <message>
        <source>When I answer</source>
        <translation>Quand je réponds</translation>
    </message>
    <message>
        <source>CRM lookup URL:</source>
        <translation>URL de recherche CRM&#xa0;:</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>L&apos;ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>A new language takes effect when Attendant starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage d&apos;Attendant.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>A new look takes effect when Attendant starts again.</source>
        <translation>La nouvelle apparence prend effet au prochain démarrage d&apos;Attendant.</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryDesk</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>Historique (%n manqué)</numerusform>
            <numerusform>Historique (%n manqués)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>⚠ The call history could not be saved (%1). New calls are kept until Attendant quits and saved as soon as the disk takes them.</source>
        <translation>⚠ L&apos;historique des appels n&apos;a pas pu être enregistré (%1). Les nouveaux appels sont conservés jusqu&apos;à la fermeture d&apos;Attendant et enregistrés dès que le disque les accepte.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n appel exporté vers %1.</numerusform>
            <numerusform>%n appels exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>L&apos;historique n&apos;a pas pu être exporté vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Manqué</translation>
    </message>
    <message>
        <source>↙ Incoming</source>
        <translation>↙ Entrants</translation>
    </message>
    <message>
        <source>↗ Outgoing</source>
        <translation>↗ Sortants</translation>
    </message>
    <message>
        <source>Show %1 calls</source>
        <translation>Afficher les appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search numbers and names</source>
        <translation>Rechercher numéros et noms</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Rechercher dans l&apos;historique des appels</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Effacer l&apos;historique…</translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation>Exporter l&apos;historique des appels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the call history</source>
        <translation>Effacer l&apos;historique des appels</translation>
    </message>
    <message>
        <source>Delete every call of the history of this profile? This cannot be undone.</source>
        <translation>Supprimer tous les appels de l&apos;historique de ce profil&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Calls are kept for this session only.</source>
        <translation>Les appels ne sont conservés que pour cette session.</translation>
    </message>
    <message>
        <source>⚠ The call history file was damaged or not Attendant&apos;s. It was kept as %1 and a new history was started.</source>
        <translation>⚠ Le fichier de l&apos;historique des appels était endommagé ou n&apos;appartenait pas à Attendant. Il a été conservé sous %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>⚠ The call history was written by a newer Attendant (version %1) and was left as it is.</source>
        <translation>⚠ L&apos;historique des appels a été écrit par un Attendant plus récent (version %1) et a été laissé tel quel.</translation>
    </message>
    <message>
        <source>⚠ The call history is in use by another program (%1).</source>
        <translation>⚠ L&apos;historique des appels est utilisé par un autre programme (%1).</translation>
    </message>
    <message>
        <source>⚠ The call history could not be opened (%1).</source>
        <translation>⚠ L&apos;historique des appels n&apos;a pas pu être ouvert (%1).</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
</context>
<context>
    <name>HistorySettingsPage</name>
    <message>
        <source>Only the calls of my phone</source>
        <translation>Seulement les appels de mon téléphone</translation>
    </message>
    <message>
        <source>The calls of every extension</source>
        <translation>Les appels de tous les postes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep every call</source>
        <translation>Conserver tous les appels</translation>
    </message>
    <message>
        <source>Keep calls for</source>
        <translation>Conserver les appels pendant</translation>
    </message>
    <message>
        <source>Older calls are deleted from the history at start and every six hours</source>
        <translation>Les appels plus anciens sont effacés de l’historique au démarrage et toutes les six heures</translation>
    </message>
    <message>
        <source>Keep calls for:</source>
        <translation>Conserver les appels pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>● In progress</source>
        <translation>● En cours</translation>
    </message>
    <message>
        <source>↙ Answered</source>
        <translation>↙ Répondu</translation>
    </message>
    <message>
        <source>↗ Called, answered</source>
        <translation>↗ Appelé, répondu</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Manqué</translation>
    </message>
    <message>
        <source>↗ Called, no answer</source>
        <translation>↗ Appelé, pas de réponse</translation>
    </message>
    <message>
        <source>⊘ Missed, line busy</source>
        <translation>⊘ Manqué, ligne occupée</translation>
    </message>
    <message>
        <source>⊘ Called, busy</source>
        <translation>⊘ Appelé, occupé</translation>
    </message>
    <message>
        <source>⚠ Call failed</source>
        <translation>⚠ Échec de l&apos;appel</translation>
    </message>
    <message>
        <source>✉ Missed, sent to voicemail</source>
        <translation>✉ Manqué, renvoyé vers la messagerie</translation>
    </message>
    <message>
        <source>⇄ Transferred</source>
        <translation>⇄ Transféré</translation>
    </message>
    <message>
        <source>⇄ Transferred to %1</source>
        <translation>⇄ Transféré à %1</translation>
    </message>
    <message>
        <source>⤴ Picked up by %1</source>
        <translation>⤴ Intercepté par %1</translation>
    </message>
    <message>
        <source>Ⓟ Parked</source>
        <translation>Ⓟ Parqué</translation>
    </message>
    <message>
        <source>Ⓟ Parked at %1</source>
        <translation>Ⓟ Parqué sur %1</translation>
    </message>
    <message>
        <source>? End not seen (Attendant was closed)</source>
        <translation>? Fin non vue (Attendant était fermé)</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>, ✓ handled</source>
        <translation>, ✓ traité</translation>
    </message>
    <message>
        <source>(queue %1)</source>
        <translation>(file %1)</translation>
    </message>
    <message>
        <source>talked %1</source>
        <translation>parlé %1</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>pas encore traité</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>IncomingCallBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Appel entrant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incoming call: %1 (%2)</source>
        <translation>Appel entrant&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Ringing on your phone — pick up the handset to answer</source>
        <translation>Sonne sur votre poste — décrochez pour répondre</translation>
    </message>
    <message>
        <source>via %1 — ringing on your phone: pick up the handset to answer</source>
        <translation>via %1 — sonne sur votre poste&#xa0;: décrochez pour répondre</translation>
    </message>
</context>
<context>
    <name>LdapQuery</name>
    <message>
        <source>the server&apos;s certificate is not the one you trusted (its fingerprint changed)</source>
        <translation>le certificat du serveur n’est pas celui que vous avez approuvé (son empreinte a changé)</translation>
    </message>
</context>
<context>
    <name>LdapSourceDialog</name>
    <message>
        <source>LDAP directory</source>
        <translation>Annuaire LDAP</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Loads the directory with these settings and shows how many contacts came</source>
        <translation>Charge l&apos;annuaire avec ces paramètres et indique combien de contacts sont arrivés</translation>
    </message>
    <message>
        <source>None (only on this computer)</source>
        <translation>Aucun (uniquement sur cet ordinateur)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (ldaps:// address)</source>
        <translation>LDAPS (adresse ldaps://)</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Vide&#xa0;: anonyme</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>This entry only</source>
        <translation>Cette entrée uniquement</translation>
    </message>
    <message>
        <source>One level below</source>
        <translation>Un niveau en dessous</translation>
    </message>
    <message>
        <source>Whole subtree</source>
        <translation>Sous-arbre entier</translation>
    </message>
    <message>
        <source>Server&apos;s limit</source>
        <translation>Limite du serveur</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No paging</source>
        <translation>Sans pagination</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Fichier d&apos;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Bind DN:</source>
        <translation>DN de liaison&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Search base:</source>
        <translation>Base de recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Search depth:</source>
        <translation>Profondeur de recherche&#xa0;:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>At most (entries):</source>
        <translation>Au plus (entrées)&#xa0;:</translation>
    </message>
    <message>
        <source>Time limit per page:</source>
        <translation>Délai par page&#xa0;:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificat d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Zentyal / Asterisk LDAP schema</source>
        <translation>Zentyal / schéma LDAP Asterisk</translation>
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
        <translation>Un préréglage remplit le filtre et les champs ci-dessous&#xa0;; modifiez n&apos;importe quel champ pour l&apos;adapter à votre annuaire.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Caller ID (extension):</source>
        <translation>Caller ID (poste)&#xa0;:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Téléphone professionnel&#xa0;:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Portable&#xa0;:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Autre téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Voicemail box:</source>
        <translation>Boîte vocale&#xa0;:</translation>
    </message>
    <message>
        <source>Dialplan context:</source>
        <translation>Contexte du plan de numérotation&#xa0;:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Several attributes separated by commas: the first one present wins</source>
        <translation>Plusieurs attributs séparés par des virgules&#xa0;: le premier présent l&apos;emporte</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n contact trouvé.</numerusform>
            <numerusform>%n contacts trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the password of the bind DN first.</source>
        <translation>%1&#xa0;: saisissez d&apos;abord le mot de passe du DN de liaison.</translation>
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
        <translation>Appels</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parqués</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <source>&amp;Dial a number…</source>
        <translation>&amp;Composer un numéro…</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Number to call from your phone:</source>
        <translation>Numéro à appeler depuis votre téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find extension</source>
        <translation>&amp;Rechercher un poste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Attendant</source>
        <translation>À &amp;propos d&apos;Attendant</translation>
    </message>
    <message>
        <source>About Attendant</source>
        <translation>À propos d&apos;Attendant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendant&lt;/b&gt; %1&lt;br&gt;An attendant console for the Asterisk PBX.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Attendant&lt;/b&gt; %1&lt;br&gt;Une console de standard pour le PBX Asterisk.&lt;br&gt;Sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>&amp;Search the directory</source>
        <translation>&amp;Rechercher dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conférences</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
</context>
<context>
    <name>OperatorActions</name>
    <message>
        <source>&amp;Call selected</source>
        <translation>&amp;Appeler la sélection</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>Raccroc&amp;her</translation>
    </message>
    <message>
        <source>&amp;Transfer to selected</source>
        <translation>&amp;Transférer vers la sélection</translation>
    </message>
    <message>
        <source>Transfer after &amp;announcing</source>
        <translation>Transférer après a&amp;nnonce</translation>
    </message>
    <message>
        <source>&amp;Park call</source>
        <translation>&amp;Parquer l&apos;appel</translation>
    </message>
    <message>
        <source>Pick &amp;up ringing call</source>
        <translation>&amp;Intercepter l&apos;appel qui sonne</translation>
    </message>
    <message>
        <source>Not connected to the PBX of %1.</source>
        <translation>Non connecté au PBX de %1.</translation>
    </message>
    <message>
        <source>Drag the call onto an extension to transfer it</source>
        <translation>Faites glisser l&apos;appel sur un poste pour le transférer</translation>
    </message>
    <message>
        <source>Bring the longest-&amp;waiting caller to my phone</source>
        <translation>Prendre sur mon poste l’appelant qui &amp;attend le plus</translation>
    </message>
    <message>
        <source>Connecting %1 with %2</source>
        <translation>Mise en relation de %1 avec %2</translation>
    </message>
    <message>
        <source>Could not connect %1 with %2</source>
        <translation>Impossible de mettre %1 en relation avec %2</translation>
    </message>
</context>
<context>
    <name>OperatorWords</name>
    <message>
        <source>This is your own phone</source>
        <translation>C&apos;est votre propre téléphone</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Pick up call from %1</source>
        <translation>Intercepter l&apos;appel de %1</translation>
    </message>
    <message>
        <source>Transfer call to %1</source>
        <translation>Transférer l&apos;appel à %1</translation>
    </message>
    <message>
        <source>Transfer to %1 after announcing</source>
        <translation>Transférer à %1 après annonce</translation>
    </message>
    <message>
        <source>Transfer call to %1&apos;s voicemail</source>
        <translation>Transférer l&apos;appel vers la messagerie vocale de %1</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Whisper to %1</source>
        <translation>Chuchoter à %1</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Rejoindre l&apos;appel</translation>
    </message>
    <message>
        <source>Park %1&apos;s caller</source>
        <translation>Parquer l&apos;appelant de %1</translation>
    </message>
    <message>
        <source>Hang up %1&apos;s call</source>
        <translation>Raccrocher l&apos;appel de %1</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parquer</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Cancel transfer in progress</source>
        <translation>Annuler le transfert en cours</translation>
    </message>
    <message>
        <source>Park caller</source>
        <translation>Parquer l&apos;appelant</translation>
    </message>
    <message>
        <source>Calling %1 from your phone</source>
        <translation>Appel de %1 depuis votre poste</translation>
    </message>
    <message>
        <source>Picked up the call from %1 ringing %2</source>
        <translation>Appel de %1 qui sonnait chez %2 intercepté</translation>
    </message>
    <message>
        <source>Sent %1 to the voicemail of %2</source>
        <translation>%1 envoyé vers la messagerie vocale de %2</translation>
    </message>
    <message>
        <source>Listening to %1</source>
        <translation>Écoute de %1</translation>
    </message>
    <message>
        <source>Whispering to %1</source>
        <translation>Chuchotement à %1</translation>
    </message>
    <message>
        <source>Joined the call of %1</source>
        <translation>Appel de %1 rejoint</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>%1 parqué</translation>
    </message>
    <message>
        <source>Hung up the call with %1</source>
        <translation>Appel avec %1 raccroché</translation>
    </message>
    <message>
        <source>Cancelled the transfer: you are back with %1</source>
        <translation>Transfert annulé&#xa0;: vous êtes de nouveau avec %1</translation>
    </message>
    <message>
        <source>Bringing %1 to your phone</source>
        <translation>%1 est pris sur votre poste</translation>
    </message>
    <message>
        <source>Bringing %1 from queue %2 to your phone</source>
        <translation>%1 est pris de la file %2 sur votre poste</translation>
    </message>
    <message>
        <source>Retrieved %1 from parking space %2</source>
        <translation>%1 repris de la place %2</translation>
    </message>
    <message>
        <source>Paused %1 in queue %2</source>
        <translation>%1 en pause dans la file %2</translation>
    </message>
    <message>
        <source>%1 takes calls from queue %2 again</source>
        <translation>%1 reprend les appels de la file %2</translation>
    </message>
    <message>
        <source>Could not call %1</source>
        <translation>Impossible d’appeler %1</translation>
    </message>
    <message>
        <source>Could not pick up the call from %1</source>
        <translation>Impossible d’intercepter l’appel de %1</translation>
    </message>
    <message>
        <source>Could not send %1 to the voicemail of %2</source>
        <translation>Impossible d’envoyer %1 vers la messagerie vocale de %2</translation>
    </message>
    <message>
        <source>Could not listen to %1</source>
        <translation>Impossible d’écouter %1</translation>
    </message>
    <message>
        <source>Could not whisper to %1</source>
        <translation>Impossible de chuchoter à %1</translation>
    </message>
    <message>
        <source>Could not join the call of %1</source>
        <translation>Impossible de rejoindre l’appel de %1</translation>
    </message>
    <message>
        <source>Could not park %1</source>
        <translation>Impossible de parquer %1</translation>
    </message>
    <message>
        <source>Could not hang up the call with %1</source>
        <translation>Impossible de raccrocher l’appel avec %1</translation>
    </message>
    <message>
        <source>Could not cancel the transfer of %1</source>
        <translation>Impossible d’annuler le transfert de %1</translation>
    </message>
    <message>
        <source>Could not bring %1 to your phone</source>
        <translation>Impossible de prendre %1 sur votre poste</translation>
    </message>
    <message>
        <source>Could not retrieve %1 from parking space %2</source>
        <translation>Impossible de reprendre %1 de la place %2</translation>
    </message>
    <message>
        <source>Could not pause %1 in queue %2</source>
        <translation>Impossible de mettre %1 en pause dans la file %2</translation>
    </message>
    <message>
        <source>Could not resume %1 in queue %2</source>
        <translation>Impossible de réactiver %1 dans la file %2</translation>
    </message>
    <message>
        <source>Calling %1 to announce %2: hang up to complete the transfer</source>
        <translation>Appel de %1 pour annoncer %2&#xa0;: raccrochez pour terminer le transfert</translation>
    </message>
    <message>
        <source>Transferred %1 to %2</source>
        <translation>%1 transféré à %2</translation>
    </message>
    <message>
        <source>Could not call %1 to announce %2</source>
        <translation>Impossible d’appeler %1 pour annoncer %2</translation>
    </message>
    <message>
        <source>Could not transfer %1 to %2</source>
        <translation>Impossible de transférer %1 à %2</translation>
    </message>
    <message>
        <source>That is your own phone.</source>
        <translation>C’est votre propre poste.</translation>
    </message>
    <message>
        <source>Not connected to a PBX.</source>
        <translation>Non connecté à un PBX.</translation>
    </message>
    <message>
        <source>Select an extension or type a number first.</source>
        <translation>Sélectionnez d&apos;abord un poste ou tapez un numéro.</translation>
    </message>
    <message>
        <source>You have no call to transfer.</source>
        <translation>Vous n&apos;avez aucun appel à transférer.</translation>
    </message>
    <message>
        <source>You have no call to park.</source>
        <translation>Vous n&apos;avez aucun appel à parquer.</translation>
    </message>
    <message>
        <source>No call to hang up.</source>
        <translation>Aucun appel à raccrocher.</translation>
    </message>
    <message>
        <source>The selected extension is not ringing.</source>
        <translation>Le poste sélectionné ne sonne pas.</translation>
    </message>
    <message>
        <source>Nobody is waiting in a queue or ringing.</source>
        <translation>Personne n’attend dans une file ni ne sonne.</translation>
    </message>
    <message>
        <source>Not connected to this PBX.</source>
        <translation>Non connecté à ce PBX.</translation>
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
        <translation>Mon statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mon statut</translation>
    </message>
    <message>
        <source>Change the status of your own line (%1)</source>
        <translation>Changer le statut de votre propre ligne (%1)</translation>
    </message>
    <message>
        <source>Your own line (%1) is not on the board yet</source>
        <translation>Votre propre ligne (%1) n’est pas encore sur le tableau</translation>
    </message>
</context>
<context>
    <name>PanelKeys</name>
    <message>
        <source>Go to %1</source>
        <extracomment>View menu entry, %1 the panel&apos;s title: Alt+1 … Alt+6 bring each panel forward.</extracomment>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>Retrieve</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Parked calls</source>
        <translation>Appels parqués</translation>
    </message>
    <message>
        <source>Space %1: %2</source>
        <translation>Place %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parqué</translation>
    </message>
    <message>
        <source>Parked by %1</source>
        <translation>Parqué par %1</translation>
    </message>
    <message>
        <source>returns in %1</source>
        <translation>revient dans %1</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>PARQUÉ</translation>
    </message>
    <message>
        <source>Ring your phone and connect the selected parked call</source>
        <translation>Fait sonner votre téléphone et connecte l&apos;appel parqué sélectionné</translation>
    </message>
    <message>
        <source>parked for %1</source>
        <translation>parqué depuis %1</translation>
    </message>
</context>
<context>
    <name>PbxVoicemailBridge</name>
    <message>
        <source>Not connected to the PBX</source>
        <translation>Non connecté au PBX</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Statut de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>e.g. At lunch, back at two</source>
        <translation>p. ex. Au déjeuner, de retour à deux heures</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>Dans 30 minutes</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Demain à 09:00</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>À…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Return time</source>
        <translation>Heure de retour</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back:</source>
        <translation>&amp;Retour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>What %1&apos;s colleagues and callers should know:</source>
        <translation>Ce que les collègues et correspondants de %1 doivent savoir&#xa0;:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>The return time has already passed.</source>
        <translation>L’heure de retour est déjà passée.</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Away for a long time</source>
        <translation>Absent pour longtemps</translation>
    </message>
    <message>
        <source>Free to chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis %1</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>de retour à %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an Attendant profile.</source>
        <translation>%1 n&apos;est pas un profil Attendant.</translation>
    </message>
    <message>
        <source>The profile in %1 has no name.</source>
        <translation>Le profil dans %1 n&apos;a pas de nom.</translation>
    </message>
</context>
<context>
    <name>ProfilePanels</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Enregistrements (%1)</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>QueueMemberText</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>No such phone</source>
        <translation>Téléphone inexistant</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>On a call, ringing</source>
        <translation>En communication, sonne</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Pause…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation>Appelants en attente</translation>
    </message>
    <message>
        <source>Queue members</source>
        <translation>Membres de la file</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>waiting in %1</source>
        <translation>en attente dans %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Dans la file</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Select a member first</source>
        <translation>Sélectionnez d&apos;abord un membre</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Pause queue member</source>
        <translation>Mettre en pause un membre de la file</translation>
    </message>
    <message>
        <source>Reason (shown to supervisors and in queue reports):</source>
        <translation>Motif (visible par les superviseurs et dans les rapports de file)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordingActions</name>
    <message>
        <source>Record or stop recording the chosen call</source>
        <translation>Enregistrer l’appel choisi, ou arrêter son enregistrement</translation>
    </message>
    <message>
        <source>Pause or resume recording the chosen call</source>
        <translation>Mettre en pause ou reprendre l’enregistrement de l’appel choisi</translation>
    </message>
    <message>
        <source>Recording %1: %2</source>
        <translation>Enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recording the call of %1 into %2</source>
        <translation>Enregistrement de l’appel de %1 dans %2</translation>
    </message>
    <message>
        <source>Recording of the call of %1 paused</source>
        <translation>Enregistrement de l’appel de %1 mis en pause</translation>
    </message>
    <message>
        <source>Recording of the call of %1 resumed</source>
        <translation>Enregistrement de l’appel de %1 repris</translation>
    </message>
    <message>
        <source>Recording of the call of %1 stopped</source>
        <translation>Enregistrement de l’appel de %1 arrêté</translation>
    </message>
</context>
<context>
    <name>RecordingBrowser</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete the recording %1?

It can be undone for %2 seconds.</source>
        <translation>Supprimer l&apos;enregistrement %1&#xa0;?

La suppression peut être annulée pendant %2 secondes.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Recorded calls</source>
        <translation>Appels enregistrés</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Dossier des enregistrements</translation>
    </message>
    <message>
        <source>Chosen recording</source>
        <translation>Enregistrement choisi</translation>
    </message>
    <message>
        <source>Recording player</source>
        <translation>Lecteur d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Lire l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Save a copy of the recording</source>
        <translation>Enregistrer une copie de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Read the recordings folder again</source>
        <translation>Relire le dossier des enregistrements</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Deleted recording</source>
        <translation>Enregistrement supprimé</translation>
    </message>
    <message>
        <source>No recordings in %1 yet.</source>
        <translation>Pas encore d&apos;enregistrement dans %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Still being recorded: it can be deleted once the recording stops.</source>
        <translation>Enregistrement en cours&#xa0;: il pourra être supprimé une fois arrêté.</translation>
    </message>
    <message>
        <source>🗑 Deleted: %1</source>
        <translation>🗑 Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>Audio (*.%1)</translation>
    </message>
    <message>
        <source>✔ Saved a copy as %1.</source>
        <translation>✔ Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Search recordings</source>
        <translation>Rechercher des enregistrements</translation>
    </message>
    <message>
        <source>Search caller, called, date or file…</source>
        <translation>Rechercher appelant, appelé, date ou fichier…</translation>
    </message>
    <message>
        <source>No recording matches “%1”.</source>
        <translation>Aucun enregistrement ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RecordingSettingsPage</name>
    <message>
        <source>Announce the recording with a beep every</source>
        <translation>Annoncer l&apos;enregistrement par un bip toutes les</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Monitor folder</source>
        <translation>Dossier monitor</translation>
    </message>
    <message>
        <source>Empty: no recordings panel for this server</source>
        <translation>Vide&#xa0;: pas de panneau d&apos;enregistrements pour ce serveur</translation>
    </message>
    <message>
        <source>Asterisk&apos;s /var/spool/asterisk/monitor, or where it is mounted on this computer</source>
        <translation>/var/spool/asterisk/monitor d&apos;Asterisk, ou l&apos;endroit où il est monté sur cet ordinateur</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>{caller} {callee} {date} {time} {uniqueid}; the extension chooses the format (.wav, .WAV for wav49, .gsm)</source>
        <translation>{caller} {callee} {date} {time} {uniqueid}&#xa0;; l&apos;extension choisit le format (.wav, .WAV pour wav49, .gsm)</translation>
    </message>
    <message>
        <source>MixMonitor options</source>
        <translation>Options de MixMonitor</translation>
    </message>
    <message>
        <source>b: only while the call is bridged; v(n)/V(n): volume; see Asterisk&apos;s “core show application MixMonitor”</source>
        <translation>b&#xa0;: seulement tant que l&apos;appel est relié&#xa0;; v(n)/V(n)&#xa0;: volume&#xa0;; voir « core show application MixMonitor » dans Asterisk</translation>
    </message>
    <message>
        <source>Announce the recording with a beep</source>
        <translation>Annoncer l&apos;enregistrement par un bip</translation>
    </message>
    <message>
        <source>Seconds between beeps</source>
        <translation>Secondes entre les bips</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Monitor folder state</source>
        <translation>État du dossier monitor</translation>
    </message>
    <message>
        <source>File name check</source>
        <translation>Vérification du nom de fichier</translation>
    </message>
    <message>
        <source>Options check</source>
        <translation>Vérification des options</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the monitor folder</source>
        <translation>Choisir le dossier monitor</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Monitor folder:</source>
        <translation>Dossier monitor&#xa0;:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>MixMonitor options:</source>
        <translation>Options de MixMonitor&#xa0;:</translation>
    </message>
    <message>
        <source>Where the law asks for callers to be told, switch the beep on (MixMonitor B option; Asterisk needs func_periodic_hook).</source>
        <translation>Là où la loi exige de prévenir les appelants, activez le bip (option B de MixMonitor&#xa0;; Asterisk a besoin de func_periodic_hook).</translation>
    </message>
    <message>
        <source>✘ %1 does not exist on this computer.</source>
        <translation>✘ %1 n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>✘ %1 is not a folder.</source>
        <translation>✘ %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>✘ %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ %1 est illisible&#xa0;: demandez à faire partie du groupe d&apos;Asterisk.</translation>
    </message>
    <message>
        <source>✔ Readable and writable.</source>
        <translation>✔ Lisible et modifiable.</translation>
    </message>
    <message>
        <source>✔ For example: %1</source>
        <translation>✔ Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>✘ Options are letters, each with an optional value in parentheses, without spaces: for example b or bv(2).</source>
        <translation>✘ Les options sont des lettres, chacune avec une valeur facultative entre parenthèses, sans espace&#xa0;: par exemple b ou bv(2).</translation>
    </message>
    <message>
        <source>✔ Sent as: %1</source>
        <translation>✔ Envoyé sous la forme&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no options)</source>
        <translation>(aucune option)</translation>
    </message>
    <message>
        <source>− No recordings panel for this server.</source>
        <translation>− Pas de panneau d&apos;enregistrements pour ce serveur.</translation>
    </message>
    <message>
        <source>⚠ Readable, but not writable: recordings can be played, not deleted.</source>
        <translation>⚠ Lisible mais pas modifiable&#xa0;: les enregistrements peuvent être lus, pas supprimés.</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <source>✔ Complete</source>
        <translation>✔ Complet</translation>
    </message>
    <message>
        <source>● Being recorded</source>
        <translation>● En cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>∅ Empty</source>
        <translation>∅ Vide</translation>
    </message>
    <message>
        <source>⚠ Damaged</source>
        <translation>⚠ Endommagé</translation>
    </message>
    <message>
        <source>✘ Cannot be read</source>
        <translation>✘ Illisible</translation>
    </message>
    <message>
        <source>∅ This recording has no audio (%1): the call was probably hung up as it started.</source>
        <translation>∅ Cet enregistrement ne contient pas de son (%1)&#xa0;: l&apos;appel a sans doute été raccroché dès le début.</translation>
    </message>
    <message>
        <source>⚠ This file is damaged (%1) and cannot be played. A copy can still be saved.</source>
        <translation>⚠ Ce fichier est endommagé (%1) et ne peut pas être lu. Une copie peut quand même être enregistrée.</translation>
    </message>
    <message>
        <source>✘ This file cannot be read from this computer (%1): ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ Ce fichier ne peut pas être lu depuis cet ordinateur (%1)&#xa0;: demandez à faire partie du groupe d&apos;Asterisk.</translation>
    </message>
    <message>
        <source>?</source>
        <comment>unknown duration</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4, %5</source>
        <translation>%1, %2, %3 vers %4, %5</translation>
    </message>
    <message>
        <source>✘ The recordings folder %1 does not exist on this computer. Mount Asterisk&apos;s monitor folder here, or change it in Settings → Recording.</source>
        <translation>✘ Le dossier des enregistrements %1 n&apos;existe pas sur cet ordinateur. Montez ici le dossier monitor d&apos;Asterisk ou changez-le dans Paramètres → Enregistrement.</translation>
    </message>
    <message>
        <source>✘ %1 is a file, not a folder: change it in Settings → Recording.</source>
        <translation>✘ %1 est un fichier, pas un dossier&#xa0;: changez-le dans Paramètres → Enregistrement.</translation>
    </message>
    <message>
        <source>✘ The recordings folder %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ Le dossier des enregistrements %1 est illisible&#xa0;: demandez à faire partie du groupe d&apos;Asterisk.</translation>
    </message>
    <message>
        <source>✘ %1 is no longer there: someone else moved or deleted it.</source>
        <translation>✘ %1 n&apos;est plus là&#xa0;: quelqu&apos;un d&apos;autre l&apos;a déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>● %1 is still being recorded: stop the recording first.</source>
        <translation>● %1 est encore en cours d&apos;enregistrement&#xa0;: arrêtez d&apos;abord l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>✘ The file name is empty.</source>
        <translation>✘ Le nom de fichier est vide.</translation>
    </message>
    <message>
        <source>✘ Every recording would get the same name: add {uniqueid} or {date} and {time}.</source>
        <translation>✘ Tous les enregistrements auraient le même nom&#xa0;: ajoutez {uniqueid} ou {date} et {time}.</translation>
    </message>
    <message>
        <source>✘ Unknown placeholder: use {caller}, {callee}, {date}, {time} and {uniqueid}.</source>
        <translation>✘ Espace réservé inconnu&#xa0;: utilisez {caller}, {callee}, {date}, {time} et {uniqueid}.</translation>
    </message>
    <message>
        <source>✘ No folders in the file name: MixMonitor writes into the monitor folder.</source>
        <translation>✘ Pas de dossier dans le nom de fichier&#xa0;: MixMonitor écrit dans le dossier monitor.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>No panel is titled %1</source>
        <translation>Aucun panneau ne s&apos;intitule %1</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>AMI secret for %1</source>
        <translation>Mot de passe AMI pour %1</translation>
    </message>
    <message>
        <source>Secret for AMI user “%1”:</source>
        <translation>Mot de passe de l&apos;utilisateur AMI «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Directory password</source>
        <translation>Mot de passe de l&apos;annuaire</translation>
    </message>
    <message>
        <source>The directory %1 needs the password of “%2”. It is kept in the system keychain.</source>
        <translation>L&apos;annuaire %1 a besoin du mot de passe de «&#xa0;%2&#xa0;». Il est conservé dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this desktop session: the secret is kept in memory until Attendant quits.</source>
        <translation>Aucun trousseau (Secret Service) n&apos;est disponible dans cette session de bureau&#xa0;: le mot de passe est gardé en mémoire jusqu&apos;à la fermeture d&apos;Attendant.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The AMI user name of %1 contains a line break or a NUL character, which would add lines to the Login. It was refused.</source>
        <translation>Le nom d’utilisateur AMI de %1 contient un saut de ligne ou un caractère NUL, qui ajouterait des lignes au Login. Il a été refusé.</translation>
    </message>
    <message>
        <source>The user name in the address contains a line break or a NUL character; it was refused.</source>
        <translation>Le nom d’utilisateur de l’adresse contient un saut de ligne ou un caractère NUL&#xa0;; il a été refusé.</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>The PBX refused the login for “%1”. Enter the secret again:</source>
        <translation>Le PBX a refusé la connexion de «&#xa0;%1&#xa0;». Saisissez à nouveau le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No secret is saved for %1@%2 yet.</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré pour %1@%2.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the secret cannot be remembered.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1)&#xa0;: le mot de passe ne peut pas être mémorisé.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret: %1</source>
        <translation>Le trousseau n&apos;a pas fourni le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to %1: no secret entered.</source>
        <translation>Non connecté à %1&#xa0;: aucun mot de passe saisi.</translation>
    </message>
</context>
<context>
    <name>ServerStatusWidget</name>
    <message>
        <source>extension states</source>
        <translation>états des postes</translation>
    </message>
    <message>
        <source>device states</source>
        <translation>états des appareils</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>parked calls</source>
        <translation>appels parqués</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>files d’attente</translation>
    </message>
    <message>
        <source>mailboxes</source>
        <translation>boîtes vocales</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconnecter maintenant</translation>
    </message>
    <message>
        <source>Reconnect to %1 now</source>
        <translation>Se reconnecter à %1 maintenant</translation>
    </message>
    <message>
        <source>Try to reach %1 again without waiting</source>
        <translation>Essayer de joindre %1 à nouveau sans attendre</translation>
    </message>
    <message>
        <source>board as of %1</source>
        <translation>tableau de %1</translation>
    </message>
    <message>
        <source>Not connected since %1: tiles show the last known state, not what happens now.</source>
        <translation>Non connecté depuis %1&#xa0;: les tuiles montrent le dernier état connu, pas ce qui se passe maintenant.</translation>
    </message>
    <message>
        <source>Asterisk restarted: phones are registering again</source>
        <translation>Asterisk a redémarré&#xa0;: les téléphones se réenregistrent</translation>
    </message>
    <message>
        <source>Asterisk has just restarted. Phones show Unavailable until Asterisk has checked them again, which takes up to a minute.</source>
        <translation>Asterisk vient de redémarrer. Les téléphones apparaissent indisponibles jusqu’à ce qu’Asterisk les ait vérifiés à nouveau, ce qui prend jusqu’à une minute.</translation>
    </message>
    <message>
        <source>this AMI account may not read %1 (%2): add %3 to its write= line in manager.conf</source>
        <translation>ce compte AMI ne peut pas lire %1 (%2)&#xa0;: ajoutez %3 à sa ligne write= dans manager.conf</translation>
    </message>
    <message>
        <source>presence notes</source>
        <translation>notes de présence</translation>
    </message>
    <message>
        <source>conferences</source>
        <translation>conférences</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to Attendant</source>
        <translation>Bienvenue dans Attendant</translation>
    </message>
    <message>
        <source>Attendant settings</source>
        <translation>Paramètres d&apos;Attendant</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Saves this profile to a file, without secrets</source>
        <translation>Enregistre ce profil dans un fichier, sans mots de passe</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Standardiste</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>pbx.example.org</source>
        <translation>pbx.exemple.org</translation>
    </message>
    <message>
        <source>Encrypt (TLS, usually port 5039)</source>
        <translation>Chiffrer (TLS, généralement port 5039)</translation>
    </message>
    <message>
        <source>Challenge (MD5) — the secret never crosses the network</source>
        <translation>Défi (MD5) — le mot de passe ne transite jamais sur le réseau</translation>
    </message>
    <message>
        <source>Plain secret — only over TLS or on this computer</source>
        <translation>Mot de passe en clair — uniquement via TLS ou sur cet ordinateur</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>AMI user:</source>
        <translation>Utilisateur AMI&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Call the selected extension:</source>
        <translation>Appeler le poste sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Hang up:</source>
        <translation>Raccrocher&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Transférer&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer after announcing:</source>
        <translation>Transférer après annonce&#xa0;:</translation>
    </message>
    <message>
        <source>Park:</source>
        <translation>Parquer&#xa0;:</translation>
    </message>
    <message>
        <source>Pick up a ringing extension:</source>
        <translation>Intercepter un poste qui sonne&#xa0;:</translation>
    </message>
    <message>
        <source>Answer the next queue caller:</source>
        <translation>Répondre au suivant de la file d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>PBX %1</source>
        <translation>Serveur PBX %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>✘ Enter the secret first (%1).</source>
        <translation>✘ Saisissez d&apos;abord le mot de passe (%1).</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aucun enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>Profiles (*.ini)</source>
        <translation>Profils (*.ini)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Your phone must be a device such as PJSIP/1000.</source>
        <translation>Votre téléphone doit être un périphérique comme PJSIP/1000.</translation>
    </message>
    <message>
        <source>Server “%1” needs a host and an AMI user.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» nécessite un hôte et un utilisateur AMI.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Every directory source needs a server address or a file.</source>
        <translation>Chaque source d&apos;annuaire nécessite une adresse de serveur ou un fichier.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>The secret of this AMI user in manager.conf on the PBX</source>
        <translation>Le mot de passe de cet utilisateur AMI dans manager.conf du standard</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Recording on “%1”: %2</source>
        <translation>Enregistrement sur « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recording on “%1”: the MixMonitor options are not valid.</source>
        <translation>Enregistrement sur « %1 »&#xa0;: les options de MixMonitor ne sont pas valides.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Choose your phone on the Operator tab: calls you place ring it first, so a phone that is not yours would ring somebody else&apos;s desk.</source>
        <translation>Choisissez votre téléphone dans l’onglet Standardiste&#xa0;: vos appels le font sonner d’abord, un téléphone qui n’est pas le vôtre ferait donc sonner le poste de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Now choose your phone on the Operator tab.</source>
        <translation>Choisissez maintenant votre téléphone dans l’onglet Standardiste.</translation>
    </message>
    <message>
        <source>Conferences on “%1”: %2</source>
        <translation>Conférences sur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conférences</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>On a call, ringing</source>
        <translation>En communication, sonne</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>On a call, one on hold</source>
        <translation>En communication, un en attente</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Aucun état</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TileBoardModel</name>
    <message numerus="yes">
        <source>Group %1, %n extension(s)</source>
        <translation>
            <numerusform>Groupe %1, %n poste</numerusform>
            <numerusform>Groupe %1, %n postes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>%1 · last known %2</source>
        <translation>%1 · dernier état connu %2</translation>
    </message>
    <message>
        <source>0 — drag a tile here</source>
        <translation>0 — glissez un poste ici</translation>
    </message>
</context>
<context>
    <name>TileGroupActions</name>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is the name of one of the board&apos;s own groups: choose another.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’un des groupes du tableau&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is a group named “%1” already: choose another name.</source>
        <translation>Il existe déjà un groupe «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group “%1” made.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Group “%1” is now “%2”.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» s’appelle maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Group “%1” deleted; its extensions are back in “%2”.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» supprimé&#xa0;; ses postes sont de retour dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Parking spaces keep their own group</source>
        <translation>Les places de parcage gardent leur propre groupe</translation>
    </message>
    <message>
        <source>%1 is in “%2” already</source>
        <translation>%1 est déjà dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 to the favourites</source>
        <translation>Ajouter %1 aux favoris</translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>Déplacer %1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is now in “%2”.</source>
        <translation>%1 est maintenant dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 added to the favourites.</source>
        <translation>%1 ajouté aux favoris.</translation>
    </message>
    <message>
        <source>%1 removed from the favourites.</source>
        <translation>%1 retiré des favoris.</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Déplacer dans le groupe</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Renommer le groupe…</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>Monter le groupe</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>Descendre le groupe</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
</context>
<context>
    <name>TileGrouping</name>
    <message>
        <source>Parking spaces</source>
        <translation>Places de parcage</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Postes</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n nouveau message vocal</numerusform>
            <numerusform>%n nouveaux messages vocaux</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>renvoyé vers %1</translation>
    </message>
    <message>
        <source>forwarded when busy to %1</source>
        <translation>renvoyé si occupé vers %1</translation>
    </message>
    <message>
        <source>forwarded when not answering to %1</source>
        <translation>renvoyé si pas de réponse vers %1</translation>
    </message>
    <message>
        <source>In conference %1</source>
        <translation>En conférence %1</translation>
    </message>
</context>
<context>
    <name>TileView</name>
    <message>
        <source>Extensions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Only a tile of this board can go into a group</source>
        <translation>Seul un poste de ce tableau peut aller dans un groupe</translation>
    </message>
</context>
<context>
    <name>TileZoom</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal size (now %1%)</source>
        <extracomment>The board&apos;s zoom in the View menu, %1 the percentage.</extracomment>
        <translation>Taille &amp;normale (actuellement %1 %)</translation>
    </message>
    <message>
        <source>&amp;Compact tiles</source>
        <translation>Postes &amp;compacts</translation>
    </message>
    <message>
        <source>Two lines per tile, narrower: a large office on one screen</source>
        <translation>Deux lignes par poste, plus étroits&#xa0;: un grand bureau sur un seul écran</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Attendant</source>
        <translation>Afficher Attendant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Attendant</translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n nouveau message vocal</numerusform>
            <numerusform>%n nouveaux messages vocaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n appel manqué</numerusform>
            <numerusform>%n appels manqués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Connect call</source>
        <translation>Connecter l&apos;appel</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Attended transfer</source>
        <translation>Transfert supervisé</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Transfer to voicemail</source>
        <translation>Transférer vers la messagerie vocale</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parquer</translation>
    </message>
    <message>
        <source>Retrieve parked call</source>
        <translation>Reprendre l&apos;appel parqué</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Intercepter</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Chuchoter</translation>
    </message>
    <message>
        <source>Join call</source>
        <translation>Rejoindre l&apos;appel</translation>
    </message>
    <message>
        <source>Pause in queue</source>
        <translation>Pause dans la file</translation>
    </message>
    <message>
        <source>Resume in queue</source>
        <translation>Reprise dans la file</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>saisie invalide</translation>
    </message>
    <message>
        <source>not connected to the PBX</source>
        <translation>non connecté au PBX</translation>
    </message>
    <message>
        <source>the PBX account is not allowed to do this</source>
        <translation>le compte PBX n&apos;a pas le droit de le faire</translation>
    </message>
    <message>
        <source>the PBX refused</source>
        <translation>le PBX a refusé</translation>
    </message>
    <message>
        <source>the call could not be placed</source>
        <translation>l&apos;appel n&apos;a pas pu être passé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>the PBX did not answer in time</source>
        <translation>le PBX n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 a échoué&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Transfert terminé</translation>
    </message>
    <message>
        <source>Transfer cancelled: you are back with the caller</source>
        <translation>Transfert annulé&#xa0;: vous êtes de nouveau avec l&apos;appelant</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Échec du transfert</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Loading PBX state…</source>
        <translation>Chargement de l&apos;état du PBX…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnexion dans %n s</numerusform>
            <numerusform>Reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Logging off…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Server name not found (DNS)</source>
        <translation>Nom du serveur introuvable (DNS)</translation>
    </message>
    <message>
        <source>Connection refused: is the manager interface enabled on that port?</source>
        <translation>Connexion refusée&#xa0;: l&apos;interface manager est-elle activée sur ce port&#xa0;?</translation>
    </message>
    <message>
        <source>No answer from the server (firewall or wrong address?)</source>
        <translation>Aucune réponse du serveur (pare-feu ou mauvaise adresse&#xa0;?)</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <source>No secret entered</source>
        <translation>Aucun mot de passe saisi</translation>
    </message>
    <message>
        <source>That port does not speak the Asterisk Manager Interface</source>
        <translation>Ce port ne parle pas l&apos;Asterisk Manager Interface</translation>
    </message>
    <message>
        <source>The server sent an oversized message</source>
        <translation>Le serveur a envoyé un message trop volumineux</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Le serveur ne répond plus</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>The PBX account lacks the “%1” write permission (manager.conf).</source>
        <translation>Le compte PBX n&apos;a pas l&apos;autorisation d&apos;écriture «&#xa0;%1&#xa0;» (manager.conf).</translation>
    </message>
    <message>
        <source>The user name, event mask or secret contains a line break; nothing was sent</source>
        <translation>Le nom d’utilisateur, le masque d’événements ou le secret contient un saut de ligne&#xa0;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Bring the waiting caller to your phone</source>
        <translation>Prendre l’appelant en attente sur votre poste</translation>
    </message>
    <message>
        <source>the other party could not be reached</source>
        <translation>l’autre partie n’a pas pu être jointe</translation>
    </message>
    <message>
        <source>listening did not start</source>
        <translation>l’écoute n’a pas démarré</translation>
    </message>
    <message>
        <source>the PBX hung the caller up</source>
        <translation>le PBX a raccroché l’appelant</translation>
    </message>
    <message>
        <source>no such extension</source>
        <translation>ce poste n’existe pas</translation>
    </message>
    <message>
        <source>already under way</source>
        <translation>déjà en cours</translation>
    </message>
    <message>
        <source>that is your own phone</source>
        <translation>c’est votre propre poste</translation>
    </message>
    <message>
        <source>Asterisk is restarting</source>
        <translation>Asterisk redémarre</translation>
    </message>
    <message>
        <source>Asterisk was shut down</source>
        <translation>Asterisk a été arrêté</translation>
    </message>
</context>
<context>
    <name>UrlHandler</name>
    <message>
        <source>Not dialled: %1 (%2)</source>
        <translation>Non composé&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>VoicemailBrowser</name>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes vocales</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Urgents uniquement</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Avec enregistrement</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagés</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Search caller or number</source>
        <translation>Rechercher un appelant ou un numéro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>voicemail-%1-%2.wav</source>
        <translation>message-vocal-%1-%2.wav</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Enregistrer l&apos;audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.WAV *.gsm)</source>
        <translation>Fichiers audio (*.wav *.WAV *.gsm)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
</context>
<context>
    <name>VoicemailErrorText</name>
    <message>
        <source>The voicemail folder is locked by the phone system or another desk (waited 5 seconds). Try again in a moment.</source>
        <translation>Le dossier de la messagerie vocale est verrouillé par le système téléphonique ou un autre poste de travail (attente de 5 secondes). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The voicemail folder could not be locked (no permission to write there, or the share does not support it).</source>
        <translation>Le dossier de la messagerie vocale n&apos;a pas pu être verrouillé (pas d&apos;autorisation d&apos;écriture, ou le partage ne le permet pas).</translation>
    </message>
    <message>
        <source>The destination folder is full. Delete or move some messages first.</source>
        <translation>Le dossier de destination est plein. Supprimez ou déplacez d&apos;abord quelques messages.</translation>
    </message>
    <message>
        <source>The message is no longer there; someone else moved or deleted it.</source>
        <translation>Le message n&apos;est plus là&#xa0;; quelqu&apos;un d&apos;autre l&apos;a déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>The message&apos;s information file is damaged or missing, so it cannot be moved.</source>
        <translation>Le fichier d&apos;information du message est endommagé ou absent&#xa0;: il ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>This message has no recording to save.</source>
        <translation>Ce message n&apos;a pas d&apos;enregistrement à sauvegarder.</translation>
    </message>
    <message>
        <source>A file could not be written in the voicemail folder.</source>
        <translation>Un fichier n&apos;a pas pu être écrit dans le dossier de la messagerie vocale.</translation>
    </message>
    <message>
        <source>That destination is not possible for this message.</source>
        <translation>Cette destination n&apos;est pas possible pour ce message.</translation>
    </message>
    <message>
        <source>The phone system refused the operation.</source>
        <translation>Le système téléphonique a refusé l&apos;opération.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anciens</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <source>Custom 1</source>
        <translation>Personnalisé 1</translation>
    </message>
    <message>
        <source>Custom 2</source>
        <translation>Personnalisé 2</translation>
    </message>
    <message>
        <source>Custom 3</source>
        <translation>Personnalisé 3</translation>
    </message>
    <message>
        <source>Custom 4</source>
        <translation>Personnalisé 4</translation>
    </message>
    <message>
        <source>Custom 5</source>
        <translation>Personnalisé 5</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgents</translation>
    </message>
    <message>
        <source>The voicemail folder is blocked by a lock file left behind by a program that stopped (older than 10 minutes).</source>
        <translation>Le dossier de messagerie vocale est bloqué par un fichier de verrou laissé par un programme arrêté (plus de 10 minutes).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The voicemail folder was locked by %1 (waited 5 seconds); the lock is gone now. Try again.</source>
        <translation>Le dossier de messagerie vocale était verrouillé par %1 (5 secondes d’attente)&#xa0;; le verrou a disparu. Réessayez.</translation>
    </message>
    <message>
        <source>The voicemail folder is blocked by the lock file %1, left %2 ago. Voicemail holds this lock for a moment only, so the program that took it has most likely stopped. If no voicemail process (Asterisk) is running on this spool, remove that file to clear the lock.</source>
        <translation>Le dossier de messagerie vocale est bloqué par le fichier de verrou %1, laissé il y a %2. La messagerie ne garde ce verrou qu’un instant&#xa0;: le programme qui l’a pris s’est très probablement arrêté. Si aucun processus de messagerie vocale (Asterisk) ne tourne sur ce spool, supprimez ce fichier pour lever le verrou.</translation>
    </message>
    <message>
        <source>The voicemail folder stayed locked for 5 seconds by the lock file %1 (taken %2 ago), probably by the phone system or another desk. Try again in a moment. If it stays locked and no voicemail process (Asterisk) is running on this spool, remove that file.</source>
        <translation>Le dossier de messagerie vocale est resté verrouillé 5 secondes par le fichier de verrou %1 (pris il y a %2), sans doute par le standard téléphonique ou un autre poste. Réessayez dans un instant. S’il reste verrouillé et qu’aucun processus de messagerie vocale (Asterisk) ne tourne sur ce spool, supprimez ce fichier.</translation>
    </message>
</context>
<context>
    <name>VoicemailFolderSelector</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
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
        <translation>Nouveaux&#xa0;:&#xa0;%1, urgents&#xa0;:&#xa0;%2, anciens&#xa0;:&#xa0;%3</translation>
    </message>
</context>
<context>
    <name>VoicemailMessageActions</name>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Faire suivre à</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Mark heard</source>
        <translation>Marquer comme écouté</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save recording as…</source>
        <translation>Enregistrer l&apos;audio sous…</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Transfer caller</source>
        <translation>Transférer l&apos;appelant</translation>
    </message>
</context>
<context>
    <name>VoicemailMessageProxy</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Damaged message (%1)</source>
        <translation>Message endommagé (%1)</translation>
    </message>
    <message>
        <source>The message information file could not be read: %1</source>
        <translation>Le fichier d&apos;information du message n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recording: the audio file is missing.</source>
        <translation>Pas d&apos;enregistrement&#xa0;: le fichier audio est absent.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>the recording is empty</source>
        <translation>l’enregistrement est vide</translation>
    </message>
    <message>
        <source>The recording %1 is empty (0 bytes), so it cannot be played. The message can still be deleted or moved.</source>
        <translation>L’enregistrement %1 est vide (0 octet), il ne peut donc pas être lu. Le message peut quand même être supprimé ou déplacé.</translation>
    </message>
</context>
<context>
    <name>VoicemailPendingDeletes</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un appelant inconnu</translation>
    </message>
    <message>
        <source>Deleted the message from %1.</source>
        <translation>Message de %1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>%n message supprimé.</numerusform>
            <numerusform>%n messages supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicemailPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation>Lire (Espace)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position (Left/Right: 5 seconds back/forward)</source>
        <translation>Position (Gauche/Droite&#xa0;: 5 secondes en arrière/en avant)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>This message has no recording: its audio file is missing from the voicemail spool. The message information is still shown.</source>
        <translation>Ce message n&apos;a pas d&apos;enregistrement&#xa0;: son fichier audio manque dans le spool de la messagerie vocale. Les informations du message restent affichées.</translation>
    </message>
    <message>
        <source>The recording is no longer there; the message was probably moved or deleted meanwhile.</source>
        <translation>L&apos;enregistrement n&apos;est plus là&#xa0;; le message a probablement été déplacé ou supprimé entre-temps.</translation>
    </message>
    <message>
        <source>This message&apos;s audio is in a format that cannot be played here (%1).</source>
        <translation>L&apos;audio de ce message est dans un format qui ne peut pas être lu ici (%1).</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>This message is stored as GSM audio (%1) and no GSM decoder is installed on this computer, so it cannot be played here. Install the GStreamer GSM plugin (gstreamer1.0-plugins-bad) or ask the administrator to add &quot;wav&quot; to the voicemail formats.</source>
        <translation>Ce message est enregistré en audio GSM (%1) et aucun décodeur GSM n&apos;est installé sur cet ordinateur&#xa0;: il ne peut donc pas être lu ici. Installez le greffon GSM de GStreamer (gstreamer1.0-plugins-bad) ou demandez à l&apos;administrateur d&apos;ajouter «&#xa0;wav&#xa0;» aux formats de la messagerie vocale.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing can be heard: playback does not move on. Check that this computer has a working sound output (speakers or headset); if the voicemail folder is on a network share, check that it is still reachable. The message stays unheard.</source>
        <translation>On n&apos;entend rien&#xa0;: la lecture n&apos;avance pas. Vérifiez que cet ordinateur a une sortie son qui fonctionne (haut-parleurs ou casque)&#xa0;; si le dossier de la messagerie vocale est sur un partage réseau, vérifiez qu&apos;il est toujours accessible. Le message reste non écouté.</translation>
    </message>
    <message>
        <source>The recording ended before any sound played: the file is empty or cut off. The message stays unheard.</source>
        <translation>L&apos;enregistrement s&apos;est terminé avant qu&apos;un son soit joué&#xa0;: le fichier est vide ou tronqué. Le message reste non écouté.</translation>
    </message>
    <message>
        <source>The recording could not be played: it is in a format this computer cannot decode. The message stays unheard.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être lu&#xa0;: il est dans un format que cet ordinateur ne sait pas décoder. Le message reste non écouté.</translation>
    </message>
    <message>
        <source>The recording could not be played: it could not be read from the network. The message stays unheard.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être lu&#xa0;: il n&apos;a pas pu être lu depuis le réseau. Le message reste non écouté.</translation>
    </message>
    <message>
        <source>The recording could not be played: you have no permission to read it. The message stays unheard.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être lu&#xa0;: vous n&apos;avez pas le droit de le lire. Le message reste non écouté.</translation>
    </message>
    <message>
        <source>The recording could not be played: the file is damaged or cannot be read. The message stays unheard.</source>
        <translation>L&apos;enregistrement n&apos;a pas pu être lu&#xa0;: le fichier est endommagé ou illisible. Le message reste non écouté.</translation>
    </message>
    <message>
        <source>Voicemail player</source>
        <translation>Lecteur de messagerie vocale</translation>
    </message>
    <message>
        <source>This message&apos;s recording is empty (%1 has 0 bytes), so it cannot be played. The message can still be deleted or moved.</source>
        <translation>L’enregistrement de ce message est vide (%1 fait 0 octet), il ne peut donc pas être lu. Le message peut quand même être supprimé ou déplacé.</translation>
    </message>
</context>
<context>
    <name>VoicemailSettingsPage</name>
    <message>
        <source>Playing a new message marks it as heard</source>
        <translation>Lire un nouveau message le marque comme écouté</translation>
    </message>
    <message>
        <source>Empty: no voicemail panel</source>
        <translation>Vide&#xa0;: pas de panneau de messagerie vocale</translation>
    </message>
    <message>
        <source>Asterisk&apos;s /var/spool/asterisk/voicemail, or where it is mounted on this computer</source>
        <translation>/var/spool/asterisk/voicemail d&apos;Asterisk, ou l&apos;endroit où il est monté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Lock files (Asterisk&apos;s default)</source>
        <translation>Fichiers de verrou (par défaut d&apos;Asterisk)</translation>
    </message>
    <message>
        <source>flock (locking=flock)</source>
        <translation>flock (locking=flock)</translation>
    </message>
    <message>
        <source>Must match “locking” in Asterisk&apos;s voicemail.conf</source>
        <translation>Doit correspondre à «&#xa0;locking&#xa0;» dans le voicemail.conf d&apos;Asterisk</translation>
    </message>
    <message>
        <source>None: delete for good</source>
        <translation>Aucun&#xa0;: supprimer définitivement</translation>
    </message>
    <message>
        <source>voicemail.conf backupdeleted: deleted messages kept per mailbox</source>
        <translation>voicemail.conf backupdeleted&#xa0;: messages supprimés conservés par boîte vocale</translation>
    </message>
    <message>
        <source>voicemail.conf maxmsg: messages per folder</source>
        <translation>voicemail.conf maxmsg&#xa0;: messages par dossier</translation>
    </message>
    <message>
        <source>Spool folder:</source>
        <translation>Dossier du spool&#xa0;:</translation>
    </message>
    <message>
        <source>Locking:</source>
        <translation>Verrouillage&#xa0;:</translation>
    </message>
    <message>
        <source>Keep deleted messages:</source>
        <translation>Conserver les messages supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>Messages per folder:</source>
        <translation>Messages par dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Voicemail spool</source>
        <translation>Spool de messagerie vocale</translation>
    </message>
    <message>
        <source>Voicemail is off for this profile.</source>
        <translation>La messagerie vocale est désactivée pour ce profil.</translation>
    </message>
    <message>
        <source>✘ %1 does not exist on this computer.</source>
        <translation>✘ %1 n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>✘ %1 is not a folder.</source>
        <translation>✘ %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>✘ %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ %1 ne peut pas être lu&#xa0;: demandez à faire partie du groupe d&apos;Asterisk.</translation>
    </message>
    <message>
        <source>Readable, but not writable: messages can be played, not moved or deleted.</source>
        <translation>Lisible, mais pas modifiable&#xa0;: les messages peuvent être lus, pas déplacés ni supprimés.</translation>
    </message>
    <message>
        <source>✔ Readable and writable.</source>
        <translation>✔ Lisible et modifiable.</translation>
    </message>
</context>
<context>
    <name>VoicemailSpoolNotice</name>
    <message>
        <source>The voicemail spool %1 cannot be read (%2). Mount or share it on this computer, or change it in Settings → Voicemail.</source>
        <translation>Le spool de messagerie vocale %1 ne peut pas être lu (%2). Montez-le ou partagez-le sur cet ordinateur, ou modifiez-le dans Paramètres → Messagerie vocale.</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>pas d&apos;autorisation</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n&apos;existe pas</translation>
    </message>
</context>
</TS>
