<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionReport</name>
    <message>
        <source>Consultation call started: hang up to complete the transfer.</source>
        <translation>Llamada de consulta iniciada: cuelgue para completar la transferencia.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
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
        <translation>vuelve en %1</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>hablando</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>on hold with %1</source>
        <translation>en espera con %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>llamando</translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation>llamando a %1</translation>
    </message>
    <message>
        <source>leaving a voicemail message</source>
        <translation>dejando un mensaje de voz</translation>
    </message>
    <message>
        <source>leaving a message for %1</source>
        <translation>dejando un mensaje para %1</translation>
    </message>
    <message>
        <source>listening to voicemail</source>
        <translation>escuchando el buzón de voz</translation>
    </message>
    <message>
        <source>parked on %1</source>
        <translation>aparcada en %1</translation>
    </message>
    <message>
        <source>parked on %1 by %2</source>
        <translation>aparcada en %1 por %2</translation>
    </message>
    <message>
        <source>%1 parked here</source>
        <translation>%1 aparcada aquí</translation>
    </message>
    <message>
        <source>%1, parked by %2</source>
        <translation>%1, aparcada por %2</translation>
    </message>
    <message>
        <source>waiting in queue %1 (position %2, %3)</source>
        <translation>esperando en la cola %1 (posición %2, %3)</translation>
    </message>
    <message>
        <source>waiting in queue %1 (position %2)</source>
        <translation>esperando en la cola %1 (posición %2)</translation>
    </message>
    <message>
        <source>waiting in queue %1</source>
        <translation>esperando en la cola %1</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>SUENA</translation>
    </message>
    <message>
        <source>CALLING</source>
        <translation>LLAMANDO</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>EN ESPERA</translation>
    </message>
    <message>
        <source>VOICEMAIL</source>
        <translation>BUZÓN</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>APARCADA</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>EN COLA</translation>
    </message>
    <message>
        <source>TALK</source>
        <translation>HABLANDO</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <source>Parked call</source>
        <translation>Llamada aparcada</translation>
    </message>
    <message>
        <source>in conference %1</source>
        <translation>en conferencia %1</translation>
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
        <translation>El cliente AMI ha sido destruido</translation>
    </message>
    <message>
        <source>No AMI secret is known for user &quot;%1&quot;</source>
        <translation>No se conoce ninguna contraseña AMI para el usuario «%1»</translation>
    </message>
    <message>
        <source>The AMI server closed the connection</source>
        <translation>El servidor AMI cerró la conexión</translation>
    </message>
    <message>
        <source>No login answer from %1:%2 within %3 ms</source>
        <translation>Sin respuesta al inicio de sesión de %1:%2 en %3 ms</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>The AMI server did not answer a Ping within %1 ms</source>
        <translation>El servidor AMI no respondió a un Ping en %1 ms</translation>
    </message>
    <message>
        <source>The connection to the AMI server was lost</source>
        <translation>Se perdió la conexión con el servidor AMI</translation>
    </message>
    <message>
        <source>Action Events is refused through astmanproxy (it would change the event mask of every client of the proxy)</source>
        <translation>La acción Events se rechaza a través de astmanproxy (cambiaría la máscara de eventos de todos los clientes del proxy)</translation>
    </message>
    <message>
        <source>Not logged in to the AMI server</source>
        <translation>No se ha iniciado sesión en el servidor AMI</translation>
    </message>
    <message>
        <source>No answer from the AMI server in time</source>
        <translation>El servidor AMI no respondió a tiempo</translation>
    </message>
    <message>
        <source>A message from the AMI server was larger than %1 bytes; the connection was closed</source>
        <translation>Un mensaje del servidor AMI superaba los %1 bytes; se cerró la conexión</translation>
    </message>
    <message>
        <source>%1:%2 did not greet with &quot;Asterisk Call Manager&quot;</source>
        <translation>%1:%2 no saludó con «Asterisk Call Manager»</translation>
    </message>
    <message>
        <source>The AMI server cancelled the list</source>
        <translation>El servidor AMI canceló la lista</translation>
    </message>
    <message>
        <source>Asterisk is restarting</source>
        <translation>Asterisk se está reiniciando</translation>
    </message>
    <message>
        <source>Asterisk was shut down</source>
        <translation>Asterisk se ha detenido</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>No profile named “%1”. Saved profiles: %2</source>
        <translation>No hay ningún perfil llamado «%1». Perfiles guardados: %2</translation>
    </message>
    <message>
        <source>The demo PBX could not start: %1</source>
        <translation>No se pudo iniciar la centralita de demostración: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Demo PBX</source>
        <translation>Centralita de demostración</translation>
    </message>
    <message>
        <source>Attendant — %1</source>
        <translation>Attendant — %1</translation>
    </message>
    <message>
        <source>Settings saved. Server changes apply at the next start.</source>
        <translation>Configuración guardada. Los cambios de servidor se aplican en el próximo inicio.</translation>
    </message>
    <message>
        <source>Could not change the login start: %1</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>A secret was not saved in the keychain, so Attendant will ask for it again at the next start: %1</source>
        <translation>Un secreto no se guardó en el llavero, así que Attendant lo volverá a pedir en el próximo inicio: %1</translation>
    </message>
</context>
<context>
    <name>AttendedTransferWatch</name>
    <message>
        <source>The call ended before the transfer.</source>
        <translation>La llamada terminó antes de la transferencia.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The command to start contains line breaks.</source>
        <translation>La orden de inicio contiene saltos de línea.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>AvailabilityActions</name>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Fuera de la oficina</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 ahora: %2</translation>
    </message>
    <message>
        <source>Could not change the status of %1: %2</source>
        <translation>No se pudo cambiar el estado de %1: %2</translation>
    </message>
    <message>
        <source>Do not disturb is on for %1</source>
        <translation>No molestar activado para %1</translation>
    </message>
    <message>
        <source>Do not disturb is off for %1</source>
        <translation>No molestar desactivado para %1</translation>
    </message>
    <message>
        <source>Could not change do not disturb of %1: %2</source>
        <translation>No se pudo cambiar No molestar de %1: %2</translation>
    </message>
    <message>
        <source>Forward (%1) of %2 cleared</source>
        <translation>Desvío (%1) de %2 eliminado</translation>
    </message>
    <message>
        <source>Calls of %1 forwarded (%2) to %3</source>
        <translation>Llamadas de %1 desviadas (%2) a %3</translation>
    </message>
    <message>
        <source>Could not change the forward of %1: %2</source>
        <translation>No se pudo cambiar el desvío de %1: %2</translation>
    </message>
    <message>
        <source>%1 switched %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Could not switch %1: %2</source>
        <translation>No se pudo cambiar %1: %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityDesk</name>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
</context>
<context>
    <name>AvailabilityMenu</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Personalizado…</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>&amp;Forward calls…</source>
        <translation>&amp;Desviar llamadas…</translation>
    </message>
    <message>
        <source>&amp;Forward calls (now to %1)…</source>
        <translation>&amp;Desviar llamadas (ahora a %1)…</translation>
    </message>
</context>
<context>
    <name>AvailabilitySettingsPage</name>
    <message>
        <source>Their presence and note</source>
        <translation>Su presencia y su nota</translation>
    </message>
    <message>
        <source>Their do not disturb</source>
        <translation>Su no molestar</translation>
    </message>
    <message>
        <source>Their call forwarding</source>
        <translation>Su desvío de llamadas</translation>
    </message>
    <message>
        <source>The day/night switches</source>
        <translation>Los interruptores día/noche</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>&amp;Añadir estado</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Añadir estado</translation>
    </message>
    <message>
        <source>&amp;Remove status</source>
        <translation>&amp;Quitar estado</translation>
    </message>
    <message>
        <source>Remove status</source>
        <translation>Quitar estado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move status up</source>
        <translation>Subir el estado</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move status down</source>
        <translation>Bajar el estado</translation>
    </message>
    <message>
        <source>How each server keeps DND and forwarding</source>
        <translation>Cómo guarda cada servidor el no molestar y los desvíos</translation>
    </message>
    <message>
        <source>This desk may change on others&apos; lines</source>
        <translation>Este puesto puede cambiar en las líneas de otros</translation>
    </message>
    <message>
        <source>The operator&apos;s own line is always the desk&apos;s own, as far as the AMI account allows.</source>
        <translation>La línea propia del operador siempre es del puesto, en la medida en que la cuenta AMI lo permita.</translation>
    </message>
    <message>
        <source>Statuses offered in the status menu</source>
        <translation>Estados ofrecidos en el menú de estado</translation>
    </message>
    <message>
        <source>Predefined statuses</source>
        <translation>Estados predefinidos</translation>
    </message>
    <message>
        <source>State of the selected status</source>
        <translation>Estado del estado seleccionado</translation>
    </message>
    <message>
        <source>Text of the selected status</source>
        <translation>Texto del estado seleccionado</translation>
    </message>
    <message>
        <source>e.g. Lunch</source>
        <translation>p. ej. Almuerzo</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Preset of %1</source>
        <translation>Preajuste de %1</translation>
    </message>
    <message>
        <source>FreePBX (ASTDB DND, CF, CFB, CFU)</source>
        <translation>FreePBX (ASTDB DND, CF, CFB, CFU)</translation>
    </message>
    <message>
        <source>Plain Asterisk (Custom device states)</source>
        <translation>Asterisk simple (estados de dispositivo Custom)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>No server yet: add one on the Servers page.</source>
        <translation>Aún no hay servidor: añada uno en la página Servidores.</translation>
    </message>
    <message>
        <source>AstDB family of the always-forward</source>
        <translation>Familia AstDB del desvío siempre</translation>
    </message>
    <message>
        <source>Where your dialplan reads the always-forward (DB(&lt;family&gt;/&lt;extension&gt;)); empty: CF, as FreePBX.</source>
        <translation>Dónde lee su plan de marcación el desvío siempre (DB(&lt;familia&gt;/&lt;extensión&gt;)); vacío: CF, como FreePBX.</translation>
    </message>
    <message>
        <source>Re-read forwards every</source>
        <translation>Releer los desvíos cada</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>only at login and when another desk announces a change</source>
        <translation>solo al iniciar sesión y cuando otro puesto anuncia un cambio</translation>
    </message>
    <message>
        <source>The AstDB sends no event when a phone&apos;s feature code changes a forward: Attendant re-reads it this often.</source>
        <translation>La AstDB no envía ningún evento cuando el código de función de un teléfono cambia un desvío: Attendant lo relee con esta frecuencia.</translation>
    </message>
    <message>
        <source>Always-forward family:</source>
        <translation>Familia del desvío siempre:</translation>
    </message>
    <message>
        <source>Re-read forwards every:</source>
        <translation>Releer los desvíos cada:</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>⚠ %1 (not offered)</source>
        <translation>⚠ %1 (no se ofrece)</translation>
    </message>
    <message>
        <source>A status without text is not offered: type its text.</source>
        <translation>Un estado sin texto no se ofrece: escriba su texto.</translation>
    </message>
    <message>
        <source>Not offered: %1</source>
        <translation>No se ofrece: %1</translation>
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
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Ausencia prolongada</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Disponible para hablar</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>This desk may change only the operator&apos;s own line (settings, Availability)</source>
        <translation>Este puesto solo puede cambiar la línea propia del operador (ajustes, Disponibilidad)</translation>
    </message>
    <message>
        <source>The AMI account lacks the write class %1</source>
        <translation>A la cuenta AMI le falta la clase de escritura %1</translation>
    </message>
    <message>
        <source>The extension&apos;s hint has no CustomPresence provider</source>
        <translation>El hint de la extensión no tiene proveedor CustomPresence</translation>
    </message>
    <message>
        <source>The DND device pattern names no device per extension</source>
        <translation>El patrón del dispositivo No molestar no nombra un dispositivo por extensión</translation>
    </message>
    <message>
        <source>This PBX&apos;s preset has no database family for this forward</source>
        <translation>El preajuste de esta centralita no tiene familia de base de datos para este desvío</translation>
    </message>
    <message numerus="yes">
        <source>The note may not contain line breaks or control characters, and at most %n characters</source>
        <translation>
            <numerusform>La nota no puede contener saltos de línea ni caracteres de control, y como máximo %n carácter</numerusform>
            <numerusform>La nota no puede contener saltos de línea ni caracteres de control, y como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>The forward target is not a dialable number</source>
        <translation>El destino del desvío no es un número marcable</translation>
    </message>
    <message>
        <source>There is no DND or switch device to set</source>
        <translation>No hay dispositivo de No molestar o de conmutador que fijar</translation>
    </message>
    <message>
        <source>Not connected to the PBX</source>
        <translation>Sin conexión con la centralita</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>When busy</source>
        <translation>Si está ocupado</translation>
    </message>
    <message>
        <source>When not answering</source>
        <translation>Si no contesta</translation>
    </message>
    <message>
        <source>The note may not contain line breaks, tabs or other control characters.</source>
        <translation>La nota no puede contener saltos de línea, tabuladores ni otros caracteres de control.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: como máximo %n carácter.</numerusform>
            <numerusform>La nota es demasiado larga: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallControl</name>
    <message>
        <source>No number to call.</source>
        <translation>No hay número al que llamar.</translation>
    </message>
    <message>
        <source>No phone or number to connect.</source>
        <translation>No hay teléfono ni número que conectar.</translation>
    </message>
    <message>
        <source>No call or no destination.</source>
        <translation>No hay llamada o destino.</translation>
    </message>
    <message>
        <source>An attended transfer needs the operator&apos;s call and a destination.</source>
        <translation>Una transferencia atendida necesita la llamada de la operadora y un destino.</translation>
    </message>
    <message>
        <source>No transfer to cancel.</source>
        <translation>No hay transferencia que cancelar.</translation>
    </message>
    <message>
        <source>No call or no mailbox.</source>
        <translation>No hay llamada o buzón.</translation>
    </message>
    <message>
        <source>No call to hang up.</source>
        <translation>No hay llamada que colgar.</translation>
    </message>
    <message>
        <source>No call to park.</source>
        <translation>No hay llamada que aparcar.</translation>
    </message>
    <message>
        <source>No parking space.</source>
        <translation>No hay plaza de aparcamiento.</translation>
    </message>
    <message>
        <source>No ringing extension.</source>
        <translation>No hay ninguna extensión sonando.</translation>
    </message>
    <message>
        <source>No ringing call to pick up.</source>
        <translation>No hay ninguna llamada sonando que capturar.</translation>
    </message>
    <message>
        <source>No queue member selected.</source>
        <translation>No hay ningún miembro de cola seleccionado.</translation>
    </message>
    <message>
        <source>Not connected to the PBX.</source>
        <translation>No conectado a la centralita.</translation>
    </message>
    <message>
        <source>The phone could not be called (unregistered, unknown or no such channel).</source>
        <translation>No se pudo llamar al teléfono (no registrado, desconocido o canal inexistente).</translation>
    </message>
    <message>
        <source>The phone hung up before the call was connected.</source>
        <translation>El teléfono colgó antes de que se conectara la llamada.</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>El teléfono no contestó a tiempo.</translation>
    </message>
    <message>
        <source>The phone is busy.</source>
        <translation>El teléfono está ocupado.</translation>
    </message>
    <message>
        <source>The network is congested.</source>
        <translation>La red está congestionada.</translation>
    </message>
    <message>
        <source>The call could not be placed (reason %1).</source>
        <translation>No se pudo realizar la llamada (motivo %1).</translation>
    </message>
    <message>
        <source>%1 is your own phone.</source>
        <translation>%1 es su propio teléfono.</translation>
    </message>
    <message>
        <source>This call is already being transferred.</source>
        <translation>Esta llamada ya se está transfiriendo.</translation>
    </message>
    <message>
        <source>The PBX has no voicemail extension %1 in context %2: the caller stays with you. Check the voicemail pattern in the settings.</source>
        <translation>La centralita no tiene la extensión de buzón de voz %1 en el contexto %2: el llamante sigue con usted. Revise el patrón del buzón de voz en la configuración.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>No hay nadie esperando.</translation>
    </message>
    <message>
        <source>No phone selected.</source>
        <translation>No hay ningún teléfono seleccionado.</translation>
    </message>
    <message>
        <source>“%1” is not a single phone.</source>
        <translation>«%1» no es un único teléfono.</translation>
    </message>
    <message>
        <source>The same request for %1 is still under way: wait for its outcome.</source>
        <translation>La misma petición para %1 sigue en curso: espere a su resultado.</translation>
    </message>
</context>
<context>
    <name>CallFollower</name>
    <message>
        <source>The phone of %1 is not registered: it cannot ring.</source>
        <translation>El teléfono de %1 no está registrado: no puede sonar.</translation>
    </message>
    <message>
        <source>%1 could not be reached: the call ended before it rang.</source>
        <translation>No se pudo contactar con %1: la llamada terminó antes de sonar.</translation>
    </message>
    <message>
        <source>Asterisk ended the call to your phone before ChanSpy started (nothing to listen to on %1, or the spy options were refused).</source>
        <translation>Asterisk terminó la llamada a su teléfono antes de que empezara ChanSpy (nada que escuchar en %1, o se rechazaron las opciones de escucha).</translation>
    </message>
    <message>
        <source>Asterisk hung up the call right after moving it: %1 does not exist in the dialplan.</source>
        <translation>Asterisk colgó la llamada justo después de moverla: %1 no existe en el plan de marcación.</translation>
    </message>
    <message>
        <source>ChanSpy has not started: %1 has no call to listen to. Hang up your phone to stop waiting.</source>
        <translation>ChanSpy no ha empezado: %1 no tiene ninguna llamada que escuchar. Cuelgue su teléfono para dejar de esperar.</translation>
    </message>
</context>
<context>
    <name>CallRecordingPanel</name>
    <message>
        <source>Record call</source>
        <translation>Grabar llamada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <source>Calls being recorded</source>
        <translation>Llamadas que se graban</translation>
    </message>
    <message>
        <source>Recording: nothing sent (no call chosen)</source>
        <translation>Grabación: no se envió nada (ninguna llamada elegida)</translation>
    </message>
    <message>
        <source>Recording %1: %2</source>
        <translation>Grabación %1: %2</translation>
    </message>
    <message>
        <source>‖ Paused</source>
        <translation>‖ En pausa</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Grabando</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>No call is being recorded</source>
        <translation>No se está grabando ninguna llamada</translation>
    </message>
    <message>
        <source>Choose a call in the calls panel first</source>
        <translation>Elija primero una llamada en el panel de llamadas</translation>
    </message>
    <message>
        <source>Record the chosen call (MixMonitor)</source>
        <translation>Grabar la llamada elegida (MixMonitor)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Choose a recording in the list first</source>
        <translation>Elija primero una grabación de la lista</translation>
    </message>
    <message>
        <source>Pause or resume the chosen recording</source>
        <translation>Pausar o reanudar la grabación elegida</translation>
    </message>
    <message>
        <source>Stop recording the chosen call</source>
        <translation>Dejar de grabar la llamada elegida</translation>
    </message>
    <message>
        <source>Recording the call into %1</source>
        <translation>Grabando la llamada en %1</translation>
    </message>
</context>
<context>
    <name>CallRecordingText</name>
    <message>
        <source>&amp;Record call</source>
        <translation>&amp;Grabar llamada</translation>
    </message>
    <message>
        <source>&amp;Pause recording</source>
        <translation>&amp;Pausar grabación</translation>
    </message>
    <message>
        <source>Res&amp;ume recording</source>
        <translation>&amp;Reanudar grabación</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>&amp;Detener grabación</translation>
    </message>
    <message>
        <source>Choose a call first (a tile on a call, or a row of the calls panel)</source>
        <translation>Elija primero una llamada (una ficha en llamada o una fila del panel de llamadas)</translation>
    </message>
    <message>
        <source>This call is being recorded already</source>
        <translation>Esta llamada ya se está grabando</translation>
    </message>
    <message>
        <source>This call is not being recorded</source>
        <translation>Esta llamada no se está grabando</translation>
    </message>
    <message>
        <source>The recording is paused already</source>
        <translation>La grabación ya está en pausa</translation>
    </message>
    <message>
        <source>The recording is not paused</source>
        <translation>La grabación no está en pausa</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● GRAB %1</translation>
    </message>
    <message>
        <source>‖ REC paused %1</source>
        <translation>‖ GRAB en pausa %1</translation>
    </message>
    <message>
        <source>recorded for %1</source>
        <translation>grabando desde hace %1</translation>
    </message>
    <message>
        <source>recording paused (%1)</source>
        <translation>grabación en pausa (%1)</translation>
    </message>
</context>
<context>
    <name>CallRowText</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>cola %1</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Active calls</source>
        <translation>Llamadas activas</translation>
    </message>
</context>
<context>
    <name>CertificatePinsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Certificates you trusted although this computer does not (for example a PBX&apos;s self-signed certificate). Each is trusted by its SHA-256 fingerprint only. Revoke one to be asked again at the next connection.</source>
        <translation>Certificados en los que confió aunque este equipo no confía en ellos (por ejemplo, el certificado autofirmado de una centralita). Cada uno se acepta solo por su huella SHA-256. Revoque uno para que se le vuelva a preguntar en la próxima conexión.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Dejar de confiar en el certificado seleccionado</translation>
    </message>
    <message>
        <source>PBX %1</source>
        <translation>Centralita %1</translation>
    </message>
    <message>
        <source>Directory %1</source>
        <translation>Directorio %1</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Do not trust</source>
        <translation>No confiar</translation>
    </message>
    <message>
        <source>Trust this time</source>
        <translation>Confiar esta vez</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Confiar y recordar</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>⚠ The certificate of %1 is not trusted by this computer. If the server uses a certificate of its own (self-signed), compare the fingerprint below with the one on the server before you trust it. If you did not expect this, someone may be listening in: do not trust it.</source>
        <translation>⚠ Este equipo no confía en el certificado de %1. Si el servidor usa un certificado propio (autofirmado), compare la huella de abajo con la del servidor antes de confiar en él. Si no esperaba esto, alguien podría estar escuchando: no confíe en él.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Connect, and trust exactly this certificate (by its fingerprint) from now on.</source>
        <translation>Conectar y confiar a partir de ahora exactamente en este certificado (por su huella).</translation>
    </message>
    <message>
        <source>Connect now; ask again next time Attendant starts.</source>
        <translation>Conectar ahora; volver a preguntar la próxima vez que se inicie Attendant.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Attendant console for the Asterisk PBX</source>
        <translation>Consola de operadora para la centralita Asterisk</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Usa el perfil guardado &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Connect to &lt;url&gt;: ami://user@host[:5038] or amis://user@host[:5039] (TLS). The secret is asked for.</source>
        <translation>Conecta a &lt;url&gt;: ami://usuario@host[:5038] o amis://usuario@host[:5039] (TLS). Se pide la contraseña.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Read and write settings in &lt;file&gt; instead of the default place.</source>
        <translation>Lee y escribe la configuración en &lt;archivo&gt; en lugar del lugar predeterminado.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light (claro), dark (oscuro) o system (sistema).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>With --demo: &lt;extensions&gt;x&lt;events per second&gt;, e.g. 5000x2000.</source>
        <translation>Con --demo: &lt;extensiones&gt;x&lt;eventos por segundo&gt;, p. ej. 5000x2000.</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; a few seconds after connecting, then quit.</source>
        <translation>Guarda una imagen de la ventana en &lt;archivo&gt; unos segundos después de conectar y luego sale.</translation>
    </message>
    <message>
        <source>Save a picture of every settings page into &lt;folder&gt; (settings-&lt;page&gt;.png), then quit.</source>
        <translation>Guarda una imagen de cada página de configuración en &lt;carpeta&gt; (settings-&lt;página&gt;.png) y luego sale.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>tel:, sip: or callto: links to dial.</source>
        <translation>Enlaces tel:, sip: o callto: que marcar.</translation>
    </message>
    <message>
        <source>[link…]</source>
        <translation>[enlace…]</translation>
    </message>
    <message>
        <source>--demo-load wants &lt;extensions&gt;x&lt;events per second&gt;, e.g. 5000x2000.</source>
        <translation>--demo-load espera &lt;extensiones&gt;x&lt;eventos por segundo&gt;, p. ej. 5000x2000.</translation>
    </message>
    <message>
        <source>With --screenshot: bring the panel titled &lt;title&gt; to the front first, e.g. Recordings.</source>
        <translation>Con --screenshot: traer antes al frente el panel titulado &lt;title&gt;, p. ej. Grabaciones.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>Start a simulated office PBX inside Attendant and connect to it (no profile is saved; the board&apos;s groups are kept).</source>
        <translation>Inicia una centralita de oficina simulada dentro de Attendant y se conecta a ella (no se guarda ningún perfil; los grupos del panel se conservan).</translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sacar</translation>
    </message>
    <message>
        <source>Lock room</source>
        <translation>Bloquear sala</translation>
    </message>
    <message>
        <source>Mute all but admins</source>
        <translation>Silenciar a todos menos admins</translation>
    </message>
    <message>
        <source>Unmute all</source>
        <translation>Activar audio de todos</translation>
    </message>
    <message>
        <source>Record room</source>
        <translation>Grabar sala</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Traer</translation>
    </message>
    <message>
        <source>Conference rooms</source>
        <translation>Salas de conferencia</translation>
    </message>
    <message>
        <source>Members of the chosen room</source>
        <translation>Miembros de la sala elegida</translation>
    </message>
    <message>
        <source>Extension to bring into the room</source>
        <translation>Extensión que se traerá a la sala</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar audio</translation>
    </message>
    <message>
        <source>Let the chosen member be heard again</source>
        <translation>Que el miembro elegido vuelva a oírse</translation>
    </message>
    <message>
        <source>Mute the chosen member</source>
        <translation>Silenciar al miembro elegido</translation>
    </message>
    <message>
        <source>Take the chosen member out of the room (their call ends)</source>
        <translation>Sacar de la sala al miembro elegido (su llamada termina)</translation>
    </message>
    <message>
        <source>Unlock room</source>
        <translation>Desbloquear sala</translation>
    </message>
    <message>
        <source>Let people join the room again</source>
        <translation>Permitir de nuevo entrar en la sala</translation>
    </message>
    <message>
        <source>Nobody else can join (admins still can)</source>
        <translation>Nadie más puede entrar (los admins sí)</translation>
    </message>
    <message>
        <source>Mute everybody in the room except its admins</source>
        <translation>Silenciar a todos en la sala salvo a sus admins</translation>
    </message>
    <message>
        <source>Unmute everybody in the room</source>
        <translation>Activar el audio de todos en la sala</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <source>Stop recording the room</source>
        <translation>Dejar de grabar la sala</translation>
    </message>
    <message>
        <source>Record the room into the PBX&apos;s monitor folder</source>
        <translation>Grabar la sala en la carpeta monitor de la centralita</translation>
    </message>
    <message>
        <source>Ring this extension; when answered it joins room %1</source>
        <translation>Llamar a esta extensión; al contestar entra en la sala %1</translation>
    </message>
    <message>
        <source>Ringing %1 to bring them into room %2</source>
        <translation>Llamando a %1 para traerlo a la sala %2</translation>
    </message>
</context>
<context>
    <name>ConferenceRoomDrops</name>
    <message>
        <source>That call or extension is gone.</source>
        <translation>Esa llamada o extensión ya no está.</translation>
    </message>
    <message>
        <source>Room %1 has ended.</source>
        <translation>La sala %1 ha terminado.</translation>
    </message>
    <message>
        <source>%1 is on another PBX than room %2.</source>
        <translation>%1 está en otra centralita que la sala %2.</translation>
    </message>
    <message>
        <source>Drop a call or an extension onto a room; type other numbers into Bring in.</source>
        <translation>Suelte una llamada o una extensión sobre una sala; escriba otros números en Traer.</translation>
    </message>
    <message>
        <source>%1 is in room %2 already.</source>
        <translation>%1 ya está en la sala %2.</translation>
    </message>
    <message>
        <source>Room %1 is locked: unlock it first, or the PBX hangs up on %2.</source>
        <translation>La sala %1 está bloqueada: desbloquéela antes, o la centralita colgará a %2.</translation>
    </message>
    <message>
        <source>The phone of %1 is not registered.</source>
        <translation>El teléfono de %1 no está registrado.</translation>
    </message>
    <message>
        <source>%1 does not take calls (do not disturb).</source>
        <translation>%1 no acepta llamadas (no molestar).</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Esa llamada ha terminado.</translation>
    </message>
    <message>
        <source>The AMI account may not do this (write class missing in manager.conf).</source>
        <translation>La cuenta AMI no puede hacerlo (falta la clase de escritura en manager.conf).</translation>
    </message>
    <message>
        <source>Move %1 into room %2</source>
        <translation>Pasar a %1 a la sala %2</translation>
    </message>
    <message>
        <source>Move %1, both sides, into room %2</source>
        <translation>Pasar a %1 a la sala %2, con ambos lados de la llamada</translation>
    </message>
    <message>
        <source>Ring %1; when answered they join room %2</source>
        <translation>Llamar a %1; al contestar entra en la sala %2</translation>
    </message>
</context>
<context>
    <name>ConferenceSettingsPage</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Rooms for three-way calls</source>
        <translation>Salas para llamadas a tres</translation>
    </message>
    <message>
        <source>for example 8510-8519, 8600</source>
        <translation>por ejemplo 8510-8519, 8600</translation>
    </message>
    <message>
        <source>Room extensions separated by commas; a range such as 8510-8519 counts up</source>
        <translation>Extensiones de sala separadas por comas; un rango como 8510-8519 cuenta hacia arriba</translation>
    </message>
    <message>
        <source>Rooms check</source>
        <translation>Comprobación de las salas</translation>
    </message>
    <message>
        <source>A free extension dropped on a call (or added to it from the call&apos;s menu) makes a three-way call: the call moves into the first of these rooms nobody is in, then the extension&apos;s phone is rung into it. Each must be a ConfBridge room in the dialplan context of your phone (see the administrator&apos;s guide).</source>
        <translation>Una extensión libre soltada sobre una llamada (o añadida desde el menú de la llamada) crea una llamada a tres: la llamada pasa a la primera de estas salas en la que no hay nadie y después se llama al teléfono de la extensión para que entre. Cada una debe ser una sala ConfBridge en el contexto del plan de marcación de su teléfono (vea la guía del administrador).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Rooms for three-way calls:</source>
        <translation>Salas para llamadas a tres:</translation>
    </message>
</context>
<context>
    <name>ConferenceText</name>
    <message>
        <source>Room %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>recording for %1</source>
        <translation>grabando desde hace %1</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>grabando</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>GRAB</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>BLOQUEADA</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ABIERTA</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>hablando</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>callado</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>waiting for the leader</source>
        <translation>esperando al moderador</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>SILENCIADO</translation>
    </message>
    <message>
        <source>TALKING</source>
        <translation>HABLA</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>CALLADO</translation>
    </message>
    <message>
        <source>Choose a conference room first (or it has ended)</source>
        <translation>Elija primero una sala (o ya terminó)</translation>
    </message>
    <message>
        <source>Choose a member first (or they have left)</source>
        <translation>Elija primero un miembro (o ya se fue)</translation>
    </message>
    <message>
        <source>Already muted</source>
        <translation>Ya está silenciado</translation>
    </message>
    <message>
        <source>Not muted</source>
        <translation>No está silenciado</translation>
    </message>
    <message>
        <source>The room is locked already</source>
        <translation>La sala ya está bloqueada</translation>
    </message>
    <message>
        <source>The room is not locked</source>
        <translation>La sala no está bloqueada</translation>
    </message>
    <message>
        <source>The room is being recorded already</source>
        <translation>La sala ya se está grabando</translation>
    </message>
    <message>
        <source>The room is not being recorded</source>
        <translation>La sala no se está grabando</translation>
    </message>
    <message>
        <source>Only admins are in the room</source>
        <translation>En la sala solo hay admins</translation>
    </message>
    <message>
        <source>Already in this room</source>
        <translation>Ya está en esta sala</translation>
    </message>
    <message>
        <source>The AMI account may not do this (write class missing in manager.conf)</source>
        <translation>La cuenta AMI no puede hacerlo (falta la clase de escritura en manager.conf)</translation>
    </message>
    <message>
        <source>Muted in room %1</source>
        <translation>Silenciado en la sala %1</translation>
    </message>
    <message>
        <source>Unmuted in room %1</source>
        <translation>Audio activado en la sala %1</translation>
    </message>
    <message>
        <source>Everybody but the admins muted in room %1</source>
        <translation>Todos menos los admins silenciados en la sala %1</translation>
    </message>
    <message>
        <source>Everybody unmuted in room %1</source>
        <translation>Audio de todos activado en la sala %1</translation>
    </message>
    <message>
        <source>Removed from room %1</source>
        <translation>Sacado de la sala %1</translation>
    </message>
    <message>
        <source>Room %1 locked: nobody else can join</source>
        <translation>Sala %1 bloqueada: nadie más puede entrar</translation>
    </message>
    <message>
        <source>Room %1 unlocked</source>
        <translation>Sala %1 desbloqueada</translation>
    </message>
    <message>
        <source>Room %1 is being recorded</source>
        <translation>Se está grabando la sala %1</translation>
    </message>
    <message>
        <source>Recording of room %1 stopped</source>
        <translation>Grabación de la sala %1 detenida</translation>
    </message>
    <message>
        <source>Joined room %1</source>
        <translation>Entró en la sala %1</translation>
    </message>
    <message>
        <source>Not sent: a value is empty or holds a line break</source>
        <translation>No enviado: un valor está vacío o contiene un salto de línea</translation>
    </message>
    <message>
        <source>Room %1: not connected to the PBX</source>
        <translation>Sala %1: sin conexión con la centralita</translation>
    </message>
    <message>
        <source>Room %1: the AMI account may not do this (Permission denied)</source>
        <translation>Sala %1: la cuenta AMI no puede hacerlo (Permission denied)</translation>
    </message>
    <message>
        <source>Room %1 has ended</source>
        <translation>La sala %1 ha terminado</translation>
    </message>
    <message>
        <source>Room %1: that member has left already</source>
        <translation>Sala %1: ese miembro ya se fue</translation>
    </message>
    <message>
        <source>Room %1 is being recorded already</source>
        <translation>La sala %1 ya se está grabando</translation>
    </message>
    <message>
        <source>Room %1 is not being recorded</source>
        <translation>La sala %1 no se está grabando</translation>
    </message>
    <message>
        <source>Room %1: the phone did not join (not answered, or the room is locked)</source>
        <translation>Sala %1: el teléfono no entró (no contestó o la sala está bloqueada)</translation>
    </message>
    <message>
        <source>Room %1: the PBX did not answer in time</source>
        <translation>Sala %1: la centralita no respondió a tiempo</translation>
    </message>
    <message>
        <source>Room %1: %2</source>
        <translation>Sala %1: %2</translation>
    </message>
    <message>
        <source>%1 talking</source>
        <translation>%1 hablando</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a room extension: use digits, commas and ranges such as 8510-8519.</source>
        <translation>«%1» no es una extensión de sala: use cifras, comas y rangos como 8510-8519.</translation>
    </message>
    <message>
        <source>The range “%1” runs backwards: write the lower extension first.</source>
        <translation>El rango «%1» va hacia atrás: escriba primero la extensión menor.</translation>
    </message>
    <message>
        <source>The range “%1” mixes extensions of different lengths.</source>
        <translation>El rango «%1» mezcla extensiones de distinta longitud.</translation>
    </message>
    <message>
        <source>Too many rooms (at most %1).</source>
        <translation>Demasiadas salas (como máximo %1).</translation>
    </message>
    <message>
        <source>− No three-way calls on this server: a free extension dropped on a call is transferred.</source>
        <translation>− Sin llamadas a tres en este servidor: una extensión libre soltada sobre una llamada recibe la transferencia.</translation>
    </message>
    <message>
        <source>✔ 1 room: %1</source>
        <translation>✔ 1 sala: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n rooms: %1</source>
        <translation>
            <numerusform>✔ %n sala: %1</numerusform>
            <numerusform>✔ %n salas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined room %2</source>
        <translation>%1 entró en la sala %2</translation>
    </message>
    <message>
        <source>%1 and %2 joined room %3</source>
        <translation>%1 y %2 entraron en la sala %3</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected. Logging in…</source>
        <translation>Conectado. Iniciando sesión…</translation>
    </message>
    <message>
        <source>Logged in. Checking permissions…</source>
        <translation>Sesión iniciada. Comprobando permisos…</translation>
    </message>
    <message>
        <source>Connection works: logged in, all call-control permissions present.</source>
        <translation>La conexión funciona: sesión iniciada y todos los permisos de control de llamadas presentes.</translation>
    </message>
    <message>
        <source>Logged in, but the account lacks write permission “%1”: some actions will be disabled.</source>
        <translation>Sesión iniciada, pero a la cuenta le falta el permiso de escritura «%1»: algunas acciones estarán desactivadas.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n seconds.</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo.</numerusform>
            <numerusform>Sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFileError</name>
    <message>
        <source>no known column names in the header row</source>
        <translation>ningún nombre de columna conocido en la fila de encabezado</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto tras unas comillas de cierre</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>más campos que el encabezado</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>neither a name nor a number</source>
        <translation>ni nombre ni número</translation>
    </message>
    <message>
        <source>a line without &quot;name:value&quot;</source>
        <translation>una línea sin «nombre:valor»</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD sin BEGIN:VCARD</translation>
    </message>
    <message>
        <source>BEGIN:VCARD without END:VCARD</source>
        <translation>BEGIN:VCARD sin END:VCARD</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campos, el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the header row has no line break after it, so no contact follows</source>
        <translation>la fila de encabezado no tiene salto de línea detrás, así que no sigue ningún contacto</translation>
    </message>
</context>
<context>
    <name>DayNightBar</name>
    <message>
        <source>Day and night switches</source>
        <translation>Conmutadores de día y noche</translation>
    </message>
    <message>
        <source>Night mode</source>
        <translation>Modo noche</translation>
    </message>
    <message>
        <source>☾ Night</source>
        <translation>☾ Noche</translation>
    </message>
    <message>
        <source>☀ Day</source>
        <translation>☀ Día</translation>
    </message>
    <message>
        <source>● On</source>
        <translation>● Activado</translation>
    </message>
    <message>
        <source>○ Off</source>
        <translation>○ Desactivado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This desk may not change the PBX&apos;s switches (settings, Availability)</source>
        <translation>Este puesto no puede cambiar los conmutadores de la centralita (ajustes, Disponibilidad)</translation>
    </message>
    <message>
        <source>%1 (%2, extension %3). Click to change it.</source>
        <translation>%1 (%2, extensión %3). Pulse para cambiarlo.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Switch the PBX to night mode? Calls follow the night routing until it is switched back.</source>
        <translation>¿Pasar la centralita a modo noche? Las llamadas siguen el enrutamiento nocturno hasta que se vuelva a cambiar.</translation>
    </message>
    <message>
        <source>Switch the PBX to day mode? Calls follow the day routing again.</source>
        <translation>¿Pasar la centralita a modo día? Las llamadas vuelven a seguir el enrutamiento diurno.</translation>
    </message>
    <message>
        <source>Switch %1 %2?</source>
        <translation>¿Cambiar %1 a %2?</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
</context>
<context>
    <name>DefaultLayout</name>
    <message>
        <source>Panel tabs</source>
        <translation>Pestañas de paneles</translation>
    </message>
</context>
<context>
    <name>DemoPaceMenu</name>
    <message>
        <source>&amp;Demo office</source>
        <translation>&amp;Oficina de demostración</translation>
    </message>
    <message>
        <source>&amp;Calm: about 3 calls a minute</source>
        <translation>&amp;Tranquila: unas 3 llamadas por minuto</translation>
    </message>
    <message>
        <source>&amp;Busy: about 16 calls a minute</source>
        <translation>&amp;Ajetreada: unas 16 llamadas por minuto</translation>
    </message>
    <message>
        <source>&amp;Pause the office</source>
        <translation>&amp;Pausar la oficina</translation>
    </message>
    <message>
        <source>Hold every call of the demo office where it is; what you do still happens</source>
        <translation>Detiene cada llamada de la oficina de demostración donde está; lo que usted haga sigue ocurriendo</translation>
    </message>
    <message>
        <source>The demo office is calm now: about 3 calls a minute.</source>
        <translation>La oficina de demostración está tranquila: unas 3 llamadas por minuto.</translation>
    </message>
    <message>
        <source>The demo office is busy now: about 16 calls a minute.</source>
        <translation>La oficina de demostración está ajetreada: unas 16 llamadas por minuto.</translation>
    </message>
    <message>
        <source>⏸ Demo office paused: nothing moves until you resume it (Demo office › Pause the office). What you do still happens.</source>
        <translation>⏸ Oficina de demostración en pausa: nada se mueve hasta que la reanude (Oficina de demostración › Pausar la oficina). Lo que usted haga sigue ocurriendo.</translation>
    </message>
    <message>
        <source>▶ Demo office running again.</source>
        <translation>▶ La oficina de demostración vuelve a funcionar.</translation>
    </message>
</context>
<context>
    <name>DeskSettingsPage</name>
    <message>
        <source>Test the connection, then choose your phone</source>
        <translation>Pruebe la conexión y elija su teléfono</translation>
    </message>
    <message>
        <source>The channel of your desk phone: calls you place ring this phone first</source>
        <translation>El canal de su teléfono de mesa: las llamadas que realice sonarán primero en este teléfono</translation>
    </message>
    <message>
        <source>Your phone (device)</source>
        <translation>Su teléfono (dispositivo)</translation>
    </message>
    <message>
        <source>My desk</source>
        <translation>Mi puesto</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Your phone (device):</source>
        <translation>Su teléfono (dispositivo):</translation>
    </message>
    <message>
        <source>Your extension:</source>
        <translation>Su extensión:</translation>
    </message>
    <message>
        <source>Caller ID name:</source>
        <translation>Nombre del ID de llamada:</translation>
    </message>
    <message>
        <source>Dialplan context for the numbers you call and transfer to</source>
        <translation>Contexto del plan de marcación para los números a los que llama y transfiere</translation>
    </message>
    <message>
        <source>Custom device state that means Do Not Disturb; %1 = extension</source>
        <translation>Estado de dispositivo personalizado que significa No molestar; %1 = extensión</translation>
    </message>
    <message>
        <source>Extension that reaches a mailbox directly; %1 = extension (e.g. *%1)</source>
        <translation>Extensión que lleva directamente a un buzón; %1 = extensión (p. ej. *%1)</translation>
    </message>
    <message>
        <source>Phone system details (usually your administrator&apos;s)</source>
        <translation>Detalles de la centralita (normalmente cosa de su administrador)</translation>
    </message>
    <message>
        <source>How your phone system names things. Change these only as your administrator says: a wrong value makes calls, do not disturb or voicemail fail.</source>
        <translation>Cómo nombra las cosas su centralita. Cámbielos solo si su administrador lo indica: un valor erróneo hace fallar las llamadas, el no molestar o el buzón de voz.</translation>
    </message>
    <message>
        <source>Dial context:</source>
        <translation>Contexto de marcación:</translation>
    </message>
    <message>
        <source>Do-not-disturb device:</source>
        <translation>Dispositivo de No molestar:</translation>
    </message>
    <message>
        <source>Voicemail extension:</source>
        <translation>Extensión del buzón de voz:</translation>
    </message>
    <message>
        <source>Parking lot:</source>
        <translation>Zona de aparcamiento:</translation>
    </message>
    <message>
        <source>Choose your own phone: calls you place ring it first. A guess such as PJSIP/1000 would ring somebody else&apos;s desk. “Test connection” on the Servers tab lists the phones of your phone system here.</source>
        <translation>Elija su propio teléfono: las llamadas que haga suenan primero en él. Un valor supuesto como PJSIP/1000 haría sonar el puesto de otra persona. «Probar conexión» en la pestaña Servidores muestra aquí los teléfonos de su centralita.</translation>
    </message>
    <message>
        <source>%1 — extension %2, connected</source>
        <translation>%1 — extensión %2, conectado</translation>
    </message>
    <message>
        <source>%1 — extension %2, not connected</source>
        <translation>%1 — extensión %2, no conectado</translation>
    </message>
    <message numerus="yes">
        <source>Found %n phone(s) on your phone system: choose yours from the list.</source>
        <translation>
            <numerusform>Se encontró %n teléfono en su centralita: elija el suyo de la lista.</numerusform>
            <numerusform>Se encontraron %n teléfonos en su centralita: elija el suyo de la lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialUrl</name>
    <message>
        <source>The link is empty.</source>
        <translation>El enlace está vacío.</translation>
    </message>
    <message>
        <source>The link or its number is too long.</source>
        <translation>El enlace o su número es demasiado largo.</translation>
    </message>
    <message>
        <source>Only tel:, sip:, sips: and callto: links can be dialled.</source>
        <translation>Solo se pueden marcar enlaces tel:, sip:, sips: y callto:.</translation>
    </message>
    <message>
        <source>The link contains a broken %-escape or invalid UTF-8.</source>
        <translation>El enlace contiene un escape %- roto o UTF-8 no válido.</translation>
    </message>
    <message>
        <source>The link contains line breaks or control characters.</source>
        <translation>El enlace contiene saltos de línea o caracteres de control.</translation>
    </message>
    <message>
        <source>The link does not contain a number.</source>
        <translation>El enlace no contiene ningún número.</translation>
    </message>
    <message>
        <source>The link&apos;s number contains characters other than digits, &apos;+&apos;, &apos;*&apos; and &apos;#&apos;.</source>
        <translation>El número del enlace contiene caracteres distintos de dígitos, «+», «*» y «#».</translation>
    </message>
    <message>
        <source>The link&apos;s server name is not valid.</source>
        <translation>El nombre de servidor del enlace no es válido.</translation>
    </message>
</context>
<context>
    <name>DialableNumber</name>
    <message>
        <source>there is no number</source>
        <translation>no hay ningún número</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>no tiene cifras</translation>
    </message>
    <message>
        <source>only digits, *, # and a leading + can be dialled</source>
        <translation>solo se pueden marcar cifras, *, # y un + inicial</translation>
    </message>
    <message>
        <source>it has more than %1 digits</source>
        <translation>tiene más de %1 cifras</translation>
    </message>
    <message>
        <source>“%1” is not a dialable number: %2.</source>
        <translation>«%1» no es un número marcable: %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>Search name, number, department or mail…</source>
        <translation>Buscar nombre, número, departamento o correo…</translation>
    </message>
    <message>
        <source>Directory search</source>
        <translation>Búsqueda en el directorio</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>Estado del directorio</translation>
    </message>
    <message>
        <source>Directory loading</source>
        <translation>Cargando directorio</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transferir a %1</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extensión</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Call %1 (%2)</source>
        <translation>Llamar a %1 (%2)</translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <translation>Transferir a %1 (%2)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>The directory server cannot be reached; retrying.</source>
        <translation>No se puede contactar con el servidor de directorio; reintentando.</translation>
    </message>
    <message>
        <source>The secure connection to the directory server failed (certificate not trusted?).</source>
        <translation>Falló la conexión segura con el servidor de directorio (¿certificado no fiable?).</translation>
    </message>
    <message>
        <source>The directory server refused the login (check the bind DN and password).</source>
        <translation>El servidor de directorio rechazó el inicio de sesión (compruebe el DN de enlace y la contraseña).</translation>
    </message>
    <message>
        <source>The password for the directory server is not stored on this computer.</source>
        <translation>La contraseña del servidor de directorio no está guardada en este equipo.</translation>
    </message>
    <message>
        <source>The directory search failed (check the base DN and filter).</source>
        <translation>Falló la búsqueda en el directorio (compruebe el DN base y el filtro).</translation>
    </message>
    <message>
        <source>The directory server sent only part of the list (size limit).</source>
        <translation>El servidor de directorio solo envió parte de la lista (límite de tamaño).</translation>
    </message>
    <message>
        <source>The directory file cannot be read.</source>
        <translation>No se puede leer el archivo de directorio.</translation>
    </message>
    <message>
        <source>An entry of the directory file was skipped.</source>
        <translation>Se omitió una entrada del archivo de directorio.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the directory file were skipped, the first: %1</source>
        <translation>
            <numerusform>Se omitió %n entrada del archivo de directorio: %1</numerusform>
            <numerusform>Se omitieron %n entradas del archivo de directorio; la primera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: showing cached results from %2.</source>
        <translation>%1: se muestran resultados en caché de %2.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message numerus="yes">
        <source>Loading directory… %n entries</source>
        <translation>
            <numerusform>Cargando el directorio… %n entrada</numerusform>
            <numerusform>Cargando el directorio… %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory file is too large to load.</source>
        <translation>El archivo del directorio es demasiado grande para cargarlo.</translation>
    </message>
</context>
<context>
    <name>DirectoryPresenceProxy</name>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On the phone</source>
        <translation>Al teléfono</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On the phone, ringing</source>
        <translation>Al teléfono, sonando</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
</context>
<context>
    <name>DirectorySettingsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Contacts from these sources are merged in the Directory panel. LDAP passwords go to the system keychain.</source>
        <translation>Los contactos de estas fuentes se combinan en el panel Directorio. Las contraseñas LDAP se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Add LDAP server…</source>
        <translation>Añadir servidor LDAP…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>A CSV or vCard file, e.g. exported from a phone book</source>
        <translation>Un archivo CSV o vCard, p. ej. exportado de una agenda</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>Archivo de directorio</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard);;Todos los archivos (*)</translation>
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
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>DirectorySources</name>
    <message>
        <source>Directory %1: no password entered.</source>
        <translation>Directorio %1: no se introdujo la contraseña.</translation>
    </message>
</context>
<context>
    <name>DropActions</name>
    <message>
        <source>Transfer %1 to %2</source>
        <translation>Transferir %1 a %2</translation>
    </message>
    <message>
        <source>Hold Shift or Ctrl to announce the call first.</source>
        <translation>Mantenga Mayús o Ctrl para anunciar antes la llamada.</translation>
    </message>
    <message>
        <source>Announce %1 to %2 first (attended transfer)</source>
        <translation>Anunciar primero a %1 ante %2 (transferencia tras anunciar)</translation>
    </message>
    <message>
        <source>Connect %1 with %2: the phone of %1 rings first</source>
        <translation>Conectar %1 con %2: primero suena el teléfono de %1</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Esa llamada ha terminado.</translation>
    </message>
    <message>
        <source>That extension is no longer on the board.</source>
        <translation>Esa extensión ya no está en el panel.</translation>
    </message>
    <message>
        <source>Drop it onto an extension or a call.</source>
        <translation>Suéltelo sobre una extensión o una llamada.</translation>
    </message>
    <message>
        <source>Drop it onto another extension.</source>
        <translation>Suéltelo sobre otra extensión.</translation>
    </message>
    <message>
        <source>%1 is already in this call.</source>
        <translation>%1 ya está en esta llamada.</translation>
    </message>
    <message>
        <source>A call can be dropped onto an extension, not onto another call.</source>
        <translation>Una llamada se puede soltar sobre una extensión, no sobre otra llamada.</translation>
    </message>
    <message>
        <source>%1 has no number that can be dialled.</source>
        <translation>%1 no tiene ningún número marcable.</translation>
    </message>
    <message>
        <source>%1 and %2 are on different PBXs.</source>
        <translation>%1 y %2 están en centralitas distintas.</translation>
    </message>
    <message>
        <source>The phone of %1 is not registered.</source>
        <translation>El teléfono de %1 no está registrado.</translation>
    </message>
    <message>
        <source>%1 does not take calls (do not disturb).</source>
        <translation>%1 no acepta llamadas (no molestar).</translation>
    </message>
    <message>
        <source>%1 is on a call.</source>
        <translation>%1 está en una llamada.</translation>
    </message>
    <message>
        <source>Only your own answered call can be announced first; release without Shift or Ctrl to transfer it.</source>
        <translation>Solo su propia llamada contestada se puede anunciar antes; suelte sin Mayús ni Ctrl para transferirla.</translation>
    </message>
    <message>
        <source>Not connected to the PBX of %1.</source>
        <translation>No conectado a la centralita de %1.</translation>
    </message>
    <message>
        <source>Three-way conference: the call of %1 moves into room %2, then %3 is rung into it</source>
        <translation>Conferencia a tres: la llamada de %1 pasa a la sala %2 y después se llama a %3 para que entre</translation>
    </message>
    <message>
        <source>The call of %1 is not answered yet: a three-way conference needs an answered call.</source>
        <translation>La llamada de %1 aún no se ha contestado: una conferencia a tres necesita una llamada contestada.</translation>
    </message>
    <message>
        <source>%1 is on a call and no room is free for a three-way call.</source>
        <translation>%1 está en una llamada y no hay ninguna sala libre para una llamada a tres.</translation>
    </message>
    <message>
        <source>Release to choose: transfer %1 to %2, or add %2 to a three-way call</source>
        <translation>Suelte para elegir: transferir a %1 a %2, o añadir a %2 a una llamada a tres</translation>
    </message>
    <message>
        <source>Add %1 to a three-way call (room %2)</source>
        <translation>Añadir a %1 a una llamada a tres (sala %2)</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Qué hacer con %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transferir a</translation>
    </message>
    <message>
        <source>Add to a three-way call</source>
        <translation>Añadir a una llamada a tres</translation>
    </message>
    <message>
        <source>Add to a three-way call: %1</source>
        <translation>Añadir a una llamada a tres: %1</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin contestar</translation>
    </message>
    <message>
        <source>no free room</source>
        <translation>ninguna sala libre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no free extension</source>
        <translation>ninguna extensión libre</translation>
    </message>
</context>
<context>
    <name>ExtensionBoard</name>
    <message>
        <source>Type a name or number to filter — Enter calls, Esc clears</source>
        <translation>Escriba un nombre o número para filtrar — Intro llama, Esc borra</translation>
    </message>
    <message>
        <source>Filter extensions</source>
        <translation>Filtrar extensiones</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s)</source>
        <translation>
            <numerusform>%n extensión</numerusform>
            <numerusform>%n extensiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>FileDirectory</name>
    <message>
        <source>%1 is larger than the %2 a contact file may have</source>
        <translation>%1 supera los %2 que puede tener un archivo de contactos</translation>
    </message>
    <message>
        <source>more than %1 contacts</source>
        <translation>más de %1 contactos</translation>
    </message>
    <message>
        <source>the contacts read before are kept</source>
        <translation>se conservan los contactos leídos antes</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Try the demo office</source>
        <translation>Probar la oficina de demostración</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Tell Attendant how to reach your Asterisk server and which phone on your desk is yours. You need an AMI account from &lt;i&gt;manager.conf&lt;/i&gt; on the phone system (user name and secret; ask whoever runs it). The secret goes to your system keychain, never to a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;¡Bienvenido!&lt;/h3&gt;&lt;p&gt;Indique a Attendant cómo llegar a su servidor Asterisk y cuál es el teléfono de su mesa. Necesita una cuenta AMI de &lt;i&gt;manager.conf&lt;/i&gt; en la centralita (usuario y contraseña; pídala a quien la administre). La contraseña va al llavero del sistema, nunca a un archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Just looking around? The demo office has 40 colleagues, calls, a queue and voicemail; nothing reaches a real phone system.</source>
        <translation>¿Solo quiere echar un vistazo? La oficina de demostración tiene 40 compañeros, llamadas, una cola y buzón de voz; nada llega a una centralita real.</translation>
    </message>
    <message>
        <source>Attendant is not set up</source>
        <translation>Attendant no está configurado</translation>
    </message>
    <message>
        <source>Without a phone system to connect to, Attendant has nothing to show and closes. Nothing was saved.</source>
        <translation>Sin una centralita a la que conectarse, Attendant no tiene nada que mostrar y se cierra. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>You can set it up now, look around in the demo office, or start Attendant again later.</source>
        <translation>Puede configurarlo ahora, echar un vistazo en la oficina de demostración o volver a iniciar Attendant más tarde.</translation>
    </message>
    <message>
        <source>Set up a phone system</source>
        <translation>Configurar una centralita</translation>
    </message>
    <message>
        <source>Close Attendant</source>
        <translation>Cerrar Attendant</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Call forwarding of %1</source>
        <translation>Desvío de llamadas de %1</translation>
    </message>
    <message>
        <source>Forward %1&apos;s calls to a number (type it, or type a name to pick from the directory). An empty field means no forward.</source>
        <translation>Desviar las llamadas de %1 a un número (escríbalo, o escriba un nombre para elegirlo del directorio). Un campo vacío significa sin desvío.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Forward %1</source>
        <translation>Desvío %1</translation>
    </message>
    <message>
        <source>No forward</source>
        <translation>Sin desvío</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the forward %1</source>
        <translation>Borrar el desvío %1</translation>
    </message>
    <message>
        <source>%1: not a number to forward to (%2).</source>
        <translation>%1: no es un número al que desviar (%2).</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Closing the window keeps Attendant in the system tray</source>
        <translation>Al cerrar la ventana, Attendant sigue en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start Attendant when I log in</source>
        <translation>Iniciar Attendant al iniciar sesión</translation>
    </message>
    <message>
        <source>Desktop notification for calls to my phone</source>
        <translation>Notificación de escritorio para las llamadas a mi teléfono</translation>
    </message>
    <message>
        <source>{callerid}, {callername} and {queue} are replaced by the caller&apos;s details</source>
        <translation>{callerid}, {callername} y {queue} se sustituyen por los datos del llamante</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>When a call rings</source>
        <translation>Cuando suena una llamada</translation>
    </message>
    <message>
        <source>When I answer</source>
        <translation>Cuando contesto</translation>
    </message>
    <message>
        <source>CRM lookup URL:</source>
        <translation>URL de búsqueda en el CRM:</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>Abrirla:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect when Attendant starts again.</source>
        <translation>Un idioma nuevo se aplica cuando Attendant se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>A new look takes effect when Attendant starts again.</source>
        <translation>El nuevo aspecto se aplica cuando Attendant se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>Aspecto:</translation>
    </message>
</context>
<context>
    <name>HistoryDesk</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <source>History (%n missed)</source>
        <translation>
            <numerusform>Historial (%n perdida)</numerusform>
            <numerusform>Historial (%n perdidas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>⚠ The call history could not be saved (%1). New calls are kept until Attendant quits and saved as soon as the disk takes them.</source>
        <translation>⚠ No se pudo guardar el historial de llamadas (%1). Las llamadas nuevas se conservan hasta que Attendant se cierre y se guardan en cuanto el disco lo permita.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n llamada exportada a %1.</numerusform>
            <numerusform>%n llamadas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>No se pudo exportar el historial a %1: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Perdida</translation>
    </message>
    <message>
        <source>↙ Incoming</source>
        <translation>↙ Entrantes</translation>
    </message>
    <message>
        <source>↗ Outgoing</source>
        <translation>↗ Salientes</translation>
    </message>
    <message>
        <source>Show %1 calls</source>
        <translation>Mostrar llamadas: %1</translation>
    </message>
    <message>
        <source>Search numbers and names</source>
        <translation>Buscar números y nombres</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Buscar en el historial de llamadas</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marcar como atendida</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Borrar historial…</translation>
    </message>
    <message>
        <source>Export the call history</source>
        <translation>Exportar el historial de llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear the call history</source>
        <translation>Borrar el historial de llamadas</translation>
    </message>
    <message>
        <source>Delete every call of the history of this profile? This cannot be undone.</source>
        <translation>¿Eliminar todas las llamadas del historial de este perfil? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Calls are kept for this session only.</source>
        <translation>Las llamadas se conservan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>⚠ The call history file was damaged or not Attendant&apos;s. It was kept as %1 and a new history was started.</source>
        <translation>⚠ El archivo del historial de llamadas estaba dañado o no era de Attendant. Se conservó como %1 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>⚠ The call history was written by a newer Attendant (version %1) and was left as it is.</source>
        <translation>⚠ El historial de llamadas fue escrito por un Attendant más reciente (versión %1) y se dejó como estaba.</translation>
    </message>
    <message>
        <source>⚠ The call history is in use by another program (%1).</source>
        <translation>⚠ Otro programa está usando el historial de llamadas (%1).</translation>
    </message>
    <message>
        <source>⚠ The call history could not be opened (%1).</source>
        <translation>⚠ No se pudo abrir el historial de llamadas (%1).</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Abrir contacto</translation>
    </message>
</context>
<context>
    <name>HistorySettingsPage</name>
    <message>
        <source>Only the calls of my phone</source>
        <translation>Solo las llamadas de mi teléfono</translation>
    </message>
    <message>
        <source>The calls of every extension</source>
        <translation>Las llamadas de todas las extensiones</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep every call</source>
        <translation>Conservar todas las llamadas</translation>
    </message>
    <message>
        <source>Keep calls for</source>
        <translation>Conservar las llamadas durante</translation>
    </message>
    <message>
        <source>Older calls are deleted from the history at start and every six hours</source>
        <translation>Las llamadas más antiguas se borran del historial al iniciar y cada seis horas</translation>
    </message>
    <message>
        <source>Keep calls for:</source>
        <translation>Conservar las llamadas durante:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registrar:</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>● In progress</source>
        <translation>● En curso</translation>
    </message>
    <message>
        <source>↙ Answered</source>
        <translation>↙ Contestada</translation>
    </message>
    <message>
        <source>↗ Called, answered</source>
        <translation>↗ Llamada, contestada</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Perdida</translation>
    </message>
    <message>
        <source>↗ Called, no answer</source>
        <translation>↗ Llamada, sin respuesta</translation>
    </message>
    <message>
        <source>⊘ Missed, line busy</source>
        <translation>⊘ Perdida, línea ocupada</translation>
    </message>
    <message>
        <source>⊘ Called, busy</source>
        <translation>⊘ Llamada, ocupado</translation>
    </message>
    <message>
        <source>⚠ Call failed</source>
        <translation>⚠ La llamada falló</translation>
    </message>
    <message>
        <source>✉ Missed, sent to voicemail</source>
        <translation>✉ Perdida, enviada al buzón de voz</translation>
    </message>
    <message>
        <source>⇄ Transferred</source>
        <translation>⇄ Transferida</translation>
    </message>
    <message>
        <source>⇄ Transferred to %1</source>
        <translation>⇄ Transferida a %1</translation>
    </message>
    <message>
        <source>⤴ Picked up by %1</source>
        <translation>⤴ Capturada por %1</translation>
    </message>
    <message>
        <source>Ⓟ Parked</source>
        <translation>Ⓟ Aparcada</translation>
    </message>
    <message>
        <source>Ⓟ Parked at %1</source>
        <translation>Ⓟ Aparcada en %1</translation>
    </message>
    <message>
        <source>? End not seen (Attendant was closed)</source>
        <translation>? Final no visto (Attendant estaba cerrado)</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>llamante desconocido</translation>
    </message>
    <message>
        <source>, ✓ handled</source>
        <translation>, ✓ atendida</translation>
    </message>
    <message>
        <source>(queue %1)</source>
        <translation>(cola %1)</translation>
    </message>
    <message>
        <source>talked %1</source>
        <translation>habló %1</translation>
    </message>
    <message>
        <source>not handled yet</source>
        <translation>aún no atendida</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>IncomingCallBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <source>Incoming call: %1 (%2)</source>
        <translation>Llamada entrante: %1 (%2)</translation>
    </message>
    <message>
        <source>Ringing on your phone — pick up the handset to answer</source>
        <translation>Suena en su teléfono: descuelgue para contestar</translation>
    </message>
    <message>
        <source>via %1 — ringing on your phone: pick up the handset to answer</source>
        <translation>a través de %1: suena en su teléfono, descuelgue para contestar</translation>
    </message>
</context>
<context>
    <name>LdapQuery</name>
    <message>
        <source>the server&apos;s certificate is not the one you trusted (its fingerprint changed)</source>
        <translation>el certificado del servidor no es el que aceptó (su huella ha cambiado)</translation>
    </message>
</context>
<context>
    <name>LdapSourceDialog</name>
    <message>
        <source>LDAP directory</source>
        <translation>Directorio LDAP</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Loads the directory with these settings and shows how many contacts came</source>
        <translation>Carga el directorio con esta configuración y muestra cuántos contactos llegaron</translation>
    </message>
    <message>
        <source>None (only on this computer)</source>
        <translation>Ninguno (solo en este equipo)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (ldaps:// address)</source>
        <translation>LDAPS (dirección ldaps://)</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Certificados del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Vacío: anónimo</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>This entry only</source>
        <translation>Solo esta entrada</translation>
    </message>
    <message>
        <source>One level below</source>
        <translation>Un nivel por debajo</translation>
    </message>
    <message>
        <source>Whole subtree</source>
        <translation>Subárbol completo</translation>
    </message>
    <message>
        <source>Server&apos;s limit</source>
        <translation>Límite del servidor</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No paging</source>
        <translation>Sin paginación</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Trusted CA file:</source>
        <translation>Archivo de CA de confianza:</translation>
    </message>
    <message>
        <source>Bind DN:</source>
        <translation>DN de enlace:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Search base:</source>
        <translation>Base de búsqueda:</translation>
    </message>
    <message>
        <source>Search depth:</source>
        <translation>Profundidad de búsqueda:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>At most (entries):</source>
        <translation>Como máximo (entradas):</translation>
    </message>
    <message>
        <source>Time limit per page:</source>
        <translation>Límite de tiempo por página:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Tamaño de página:</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificado de CA de confianza</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Zentyal / Asterisk LDAP schema</source>
        <translation>Zentyal / esquema LDAP de Asterisk</translation>
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
        <translation>Un ajuste predefinido rellena el filtro y los campos de abajo; cambie cualquier campo para adaptarlo a su directorio.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Predefinido:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Caller ID (extension):</source>
        <translation>ID de llamada (extensión):</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Teléfono del trabajo:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Móvil:</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Otro teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Voicemail box:</source>
        <translation>Buzón de voz:</translation>
    </message>
    <message>
        <source>Dialplan context:</source>
        <translation>Contexto del plan de marcación:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>No se lee</translation>
    </message>
    <message>
        <source>Several attributes separated by commas: the first one present wins</source>
        <translation>Varios atributos separados por comas: gana el primero presente</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>Se encontró %n contacto.</numerusform>
            <numerusform>Se encontraron %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the password of the bind DN first.</source>
        <translation>%1: introduzca primero la contraseña del DN de enlace.</translation>
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
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Aparcadas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;Dial a number…</source>
        <translation>&amp;Marcar un número…</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Number to call from your phone:</source>
        <translation>Número al que llamar desde su teléfono:</translation>
    </message>
    <message>
        <source>&amp;Find extension</source>
        <translation>&amp;Buscar extensión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Attendant</source>
        <translation>&amp;Acerca de Attendant</translation>
    </message>
    <message>
        <source>About Attendant</source>
        <translation>Acerca de Attendant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendant&lt;/b&gt; %1&lt;br&gt;An attendant console for the Asterisk PBX.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Attendant&lt;/b&gt; %1&lt;br&gt;Una consola de operadora para la centralita Asterisk.&lt;br&gt;Con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>cola %1</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>&amp;Search the directory</source>
        <translation>&amp;Buscar en el directorio</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferencias</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
</context>
<context>
    <name>OperatorActions</name>
    <message>
        <source>&amp;Call selected</source>
        <translation>&amp;Llamar a la selección</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Colgar</translation>
    </message>
    <message>
        <source>&amp;Transfer to selected</source>
        <translation>&amp;Transferir a la selección</translation>
    </message>
    <message>
        <source>Transfer after &amp;announcing</source>
        <translation>Transferir tras &amp;anunciar</translation>
    </message>
    <message>
        <source>&amp;Park call</source>
        <translation>A&amp;parcar llamada</translation>
    </message>
    <message>
        <source>Pick &amp;up ringing call</source>
        <translation>Capt&amp;urar llamada que suena</translation>
    </message>
    <message>
        <source>Not connected to the PBX of %1.</source>
        <translation>No conectado a la centralita de %1.</translation>
    </message>
    <message>
        <source>Drag the call onto an extension to transfer it</source>
        <translation>Arrastre la llamada a una extensión para transferirla</translation>
    </message>
    <message>
        <source>Bring the longest-&amp;waiting caller to my phone</source>
        <translation>Traer a mi teléfono al llamante que más &amp;espera</translation>
    </message>
    <message>
        <source>Connecting %1 with %2</source>
        <translation>Conectando a %1 con %2</translation>
    </message>
    <message>
        <source>Could not connect %1 with %2</source>
        <translation>No se pudo conectar a %1 con %2</translation>
    </message>
</context>
<context>
    <name>OperatorWords</name>
    <message>
        <source>This is your own phone</source>
        <translation>Este es su propio teléfono</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Pick up call from %1</source>
        <translation>Capturar la llamada de %1</translation>
    </message>
    <message>
        <source>Transfer call to %1</source>
        <translation>Transferir la llamada a %1</translation>
    </message>
    <message>
        <source>Transfer to %1 after announcing</source>
        <translation>Transferir a %1 tras anunciar</translation>
    </message>
    <message>
        <source>Transfer call to %1&apos;s voicemail</source>
        <translation>Transferir la llamada al buzón de voz de %1</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Whisper to %1</source>
        <translation>Susurrar a %1</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Unirse a la llamada</translation>
    </message>
    <message>
        <source>Park %1&apos;s caller</source>
        <translation>Aparcar al llamante de %1</translation>
    </message>
    <message>
        <source>Hang up %1&apos;s call</source>
        <translation>Colgar la llamada de %1</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Cancel transfer in progress</source>
        <translation>Cancelar la transferencia en curso</translation>
    </message>
    <message>
        <source>Park caller</source>
        <translation>Aparcar al llamante</translation>
    </message>
    <message>
        <source>Calling %1 from your phone</source>
        <translation>Llamando a %1 desde su teléfono</translation>
    </message>
    <message>
        <source>Picked up the call from %1 ringing %2</source>
        <translation>Capturada la llamada de %1 que sonaba en %2</translation>
    </message>
    <message>
        <source>Sent %1 to the voicemail of %2</source>
        <translation>%1 enviado al buzón de voz de %2</translation>
    </message>
    <message>
        <source>Listening to %1</source>
        <translation>Escuchando a %1</translation>
    </message>
    <message>
        <source>Whispering to %1</source>
        <translation>Susurrando a %1</translation>
    </message>
    <message>
        <source>Joined the call of %1</source>
        <translation>Unido a la llamada de %1</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>%1 aparcado</translation>
    </message>
    <message>
        <source>Hung up the call with %1</source>
        <translation>Colgada la llamada con %1</translation>
    </message>
    <message>
        <source>Cancelled the transfer: you are back with %1</source>
        <translation>Transferencia cancelada: vuelve a estar con %1</translation>
    </message>
    <message>
        <source>Bringing %1 to your phone</source>
        <translation>Trayendo a %1 a su teléfono</translation>
    </message>
    <message>
        <source>Bringing %1 from queue %2 to your phone</source>
        <translation>Trayendo a %1 de la cola %2 a su teléfono</translation>
    </message>
    <message>
        <source>Retrieved %1 from parking space %2</source>
        <translation>%1 recuperado de la plaza %2</translation>
    </message>
    <message>
        <source>Paused %1 in queue %2</source>
        <translation>%1 en pausa en la cola %2</translation>
    </message>
    <message>
        <source>%1 takes calls from queue %2 again</source>
        <translation>%1 vuelve a atender llamadas de la cola %2</translation>
    </message>
    <message>
        <source>Could not call %1</source>
        <translation>No se pudo llamar a %1</translation>
    </message>
    <message>
        <source>Could not pick up the call from %1</source>
        <translation>No se pudo capturar la llamada de %1</translation>
    </message>
    <message>
        <source>Could not send %1 to the voicemail of %2</source>
        <translation>No se pudo enviar a %1 al buzón de voz de %2</translation>
    </message>
    <message>
        <source>Could not listen to %1</source>
        <translation>No se pudo escuchar a %1</translation>
    </message>
    <message>
        <source>Could not whisper to %1</source>
        <translation>No se pudo susurrar a %1</translation>
    </message>
    <message>
        <source>Could not join the call of %1</source>
        <translation>No se pudo unir a la llamada de %1</translation>
    </message>
    <message>
        <source>Could not park %1</source>
        <translation>No se pudo aparcar a %1</translation>
    </message>
    <message>
        <source>Could not hang up the call with %1</source>
        <translation>No se pudo colgar la llamada con %1</translation>
    </message>
    <message>
        <source>Could not cancel the transfer of %1</source>
        <translation>No se pudo cancelar la transferencia de %1</translation>
    </message>
    <message>
        <source>Could not bring %1 to your phone</source>
        <translation>No se pudo traer a %1 a su teléfono</translation>
    </message>
    <message>
        <source>Could not retrieve %1 from parking space %2</source>
        <translation>No se pudo recuperar a %1 de la plaza %2</translation>
    </message>
    <message>
        <source>Could not pause %1 in queue %2</source>
        <translation>No se pudo pausar a %1 en la cola %2</translation>
    </message>
    <message>
        <source>Could not resume %1 in queue %2</source>
        <translation>No se pudo reanudar a %1 en la cola %2</translation>
    </message>
    <message>
        <source>Calling %1 to announce %2: hang up to complete the transfer</source>
        <translation>Llamando a %1 para anunciar a %2: cuelgue para completar la transferencia</translation>
    </message>
    <message>
        <source>Transferred %1 to %2</source>
        <translation>%1 transferido a %2</translation>
    </message>
    <message>
        <source>Could not call %1 to announce %2</source>
        <translation>No se pudo llamar a %1 para anunciar a %2</translation>
    </message>
    <message>
        <source>Could not transfer %1 to %2</source>
        <translation>No se pudo transferir a %1 a %2</translation>
    </message>
    <message>
        <source>That is your own phone.</source>
        <translation>Es su propio teléfono.</translation>
    </message>
    <message>
        <source>Not connected to a PBX.</source>
        <translation>No conectado a ninguna centralita.</translation>
    </message>
    <message>
        <source>Select an extension or type a number first.</source>
        <translation>Seleccione primero una extensión o escriba un número.</translation>
    </message>
    <message>
        <source>You have no call to transfer.</source>
        <translation>No tiene ninguna llamada que transferir.</translation>
    </message>
    <message>
        <source>You have no call to park.</source>
        <translation>No tiene ninguna llamada que aparcar.</translation>
    </message>
    <message>
        <source>No call to hang up.</source>
        <translation>No hay llamada que colgar.</translation>
    </message>
    <message>
        <source>The selected extension is not ringing.</source>
        <translation>La extensión seleccionada no está sonando.</translation>
    </message>
    <message>
        <source>Nobody is waiting in a queue or ringing.</source>
        <translation>No hay nadie esperando en una cola ni sonando.</translation>
    </message>
    <message>
        <source>Not connected to this PBX.</source>
        <translation>No conectado a esta centralita.</translation>
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
        <translation>Mi estado: %1</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mi estado</translation>
    </message>
    <message>
        <source>Change the status of your own line (%1)</source>
        <translation>Cambiar el estado de su propia línea (%1)</translation>
    </message>
    <message>
        <source>Your own line (%1) is not on the board yet</source>
        <translation>Su propia línea (%1) aún no está en el panel</translation>
    </message>
</context>
<context>
    <name>PanelKeys</name>
    <message>
        <source>Go to %1</source>
        <extracomment>View menu entry, %1 the panel&apos;s title: Alt+1 … Alt+6 bring each panel forward.</extracomment>
        <translation>Ir a %1</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>Retrieve</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Parked calls</source>
        <translation>Llamadas aparcadas</translation>
    </message>
    <message>
        <source>Space %1: %2</source>
        <translation>Plaza %1: %2</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Aparcada</translation>
    </message>
    <message>
        <source>Parked by %1</source>
        <translation>Aparcada por %1</translation>
    </message>
    <message>
        <source>returns in %1</source>
        <translation>vuelve en %1</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>APARCADA</translation>
    </message>
    <message>
        <source>Ring your phone and connect the selected parked call</source>
        <translation>Hace sonar su teléfono y conecta la llamada aparcada seleccionada</translation>
    </message>
    <message>
        <source>parked for %1</source>
        <translation>aparcada desde hace %1</translation>
    </message>
</context>
<context>
    <name>PbxVoicemailBridge</name>
    <message>
        <source>Not connected to the PBX</source>
        <translation>No conectado a la centralita</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>e.g. At lunch, back at two</source>
        <translation>p. ej. Almorzando, vuelvo a las dos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>En 30 minutos</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>En 1 hora</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Mañana a las 09:00</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>A las…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>Return time</source>
        <translation>Hora de vuelta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Back:</source>
        <translation>&amp;Vuelta:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>What %1&apos;s colleagues and callers should know:</source>
        <translation>Lo que los compañeros y quienes llamen a %1 deben saber:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Fijar estado</translation>
    </message>
    <message>
        <source>The return time has already passed.</source>
        <translation>La hora de vuelta ya ha pasado.</translation>
    </message>
</context>
<context>
    <name>PresenceStyle</name>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Away for a long time</source>
        <translation>Ausente por mucho tiempo</translation>
    </message>
    <message>
        <source>Free to chat</source>
        <translation>Disponible para charlar</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>con retraso desde las %1</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>vuelve a las %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not an Attendant profile.</source>
        <translation>%1 no es un perfil de Attendant.</translation>
    </message>
    <message>
        <source>The profile in %1 has no name.</source>
        <translation>El perfil de %1 no tiene nombre.</translation>
    </message>
</context>
<context>
    <name>ProfilePanels</name>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Grabaciones (%1)</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
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
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>No such phone</source>
        <translation>Teléfono inexistente</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a call, ringing</source>
        <translation>En llamada, sonando</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSA</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Pause…</source>
        <translation>Pausar…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation>Llamantes en espera</translation>
    </message>
    <message>
        <source>Queue members</source>
        <translation>Miembros de la cola</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>waiting in %1</source>
        <translation>esperando en %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Select a member first</source>
        <translation>Seleccione primero un miembro</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Pause queue member</source>
        <translation>Pausar miembro de la cola</translation>
    </message>
    <message>
        <source>Reason (shown to supervisors and in queue reports):</source>
        <translation>Motivo (visible para los supervisores y en los informes de la cola):</translation>
    </message>
</context>
<context>
    <name>RecordingActions</name>
    <message>
        <source>Record or stop recording the chosen call</source>
        <translation>Grabar la llamada elegida o detener su grabación</translation>
    </message>
    <message>
        <source>Pause or resume recording the chosen call</source>
        <translation>Pausar o reanudar la grabación de la llamada elegida</translation>
    </message>
    <message>
        <source>Recording %1: %2</source>
        <translation>Grabación %1: %2</translation>
    </message>
    <message>
        <source>Recording the call of %1 into %2</source>
        <translation>Grabando la llamada de %1 en %2</translation>
    </message>
    <message>
        <source>Recording of the call of %1 paused</source>
        <translation>Grabación de la llamada de %1 en pausa</translation>
    </message>
    <message>
        <source>Recording of the call of %1 resumed</source>
        <translation>Grabación de la llamada de %1 reanudada</translation>
    </message>
    <message>
        <source>Recording of the call of %1 stopped</source>
        <translation>Grabación de la llamada de %1 detenida</translation>
    </message>
</context>
<context>
    <name>RecordingBrowser</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer borrado</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Borrar grabación</translation>
    </message>
    <message>
        <source>Delete the recording %1?

It can be undone for %2 seconds.</source>
        <translation>¿Borrar la grabación %1?

Se puede deshacer durante %2 segundos.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Recorded calls</source>
        <translation>Llamadas grabadas</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Chosen recording</source>
        <translation>Grabación elegida</translation>
    </message>
    <message>
        <source>Recording player</source>
        <translation>Reproductor de grabaciones</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproducir grabación</translation>
    </message>
    <message>
        <source>Save a copy of the recording</source>
        <translation>Guardar una copia de la grabación</translation>
    </message>
    <message>
        <source>Read the recordings folder again</source>
        <translation>Volver a leer la carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Deshacer (%1)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <source>Deleted recording</source>
        <translation>Grabación borrada</translation>
    </message>
    <message>
        <source>No recordings in %1 yet.</source>
        <translation>Todavía no hay grabaciones en %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Still being recorded: it can be deleted once the recording stops.</source>
        <translation>Todavía se está grabando: se podrá borrar cuando termine la grabación.</translation>
    </message>
    <message>
        <source>🗑 Deleted: %1</source>
        <translation>🗑 Borrado: %1</translation>
    </message>
    <message>
        <source>Audio (*.%1)</source>
        <translation>Audio (*.%1)</translation>
    </message>
    <message>
        <source>✔ Saved a copy as %1.</source>
        <translation>✔ Copia guardada como %1.</translation>
    </message>
    <message>
        <source>Search recordings</source>
        <translation>Buscar grabaciones</translation>
    </message>
    <message>
        <source>Search caller, called, date or file…</source>
        <translation>Buscar llamante, llamado, fecha o archivo…</translation>
    </message>
    <message>
        <source>No recording matches “%1”.</source>
        <translation>Ninguna grabación coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>RecordingSettingsPage</name>
    <message>
        <source>Announce the recording with a beep every</source>
        <translation>Anunciar la grabación con un pitido cada</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Monitor folder</source>
        <translation>Carpeta monitor</translation>
    </message>
    <message>
        <source>Empty: no recordings panel for this server</source>
        <translation>Vacío: sin panel de grabaciones para este servidor</translation>
    </message>
    <message>
        <source>Asterisk&apos;s /var/spool/asterisk/monitor, or where it is mounted on this computer</source>
        <translation>/var/spool/asterisk/monitor de Asterisk, o donde esté montado en este ordenador</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>{caller} {callee} {date} {time} {uniqueid}; the extension chooses the format (.wav, .WAV for wav49, .gsm)</source>
        <translation>{caller} {callee} {date} {time} {uniqueid}; la extensión elige el formato (.wav, .WAV para wav49, .gsm)</translation>
    </message>
    <message>
        <source>MixMonitor options</source>
        <translation>Opciones de MixMonitor</translation>
    </message>
    <message>
        <source>b: only while the call is bridged; v(n)/V(n): volume; see Asterisk&apos;s “core show application MixMonitor”</source>
        <translation>b: solo mientras la llamada está conectada; v(n)/V(n): volumen; vea «core show application MixMonitor» de Asterisk</translation>
    </message>
    <message>
        <source>Announce the recording with a beep</source>
        <translation>Anunciar la grabación con un pitido</translation>
    </message>
    <message>
        <source>Seconds between beeps</source>
        <translation>Segundos entre pitidos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Monitor folder state</source>
        <translation>Estado de la carpeta monitor</translation>
    </message>
    <message>
        <source>File name check</source>
        <translation>Comprobación del nombre de archivo</translation>
    </message>
    <message>
        <source>Options check</source>
        <translation>Comprobación de las opciones</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the monitor folder</source>
        <translation>Elegir la carpeta monitor</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Monitor folder:</source>
        <translation>Carpeta monitor:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre de archivo:</translation>
    </message>
    <message>
        <source>MixMonitor options:</source>
        <translation>Opciones de MixMonitor:</translation>
    </message>
    <message>
        <source>Where the law asks for callers to be told, switch the beep on (MixMonitor B option; Asterisk needs func_periodic_hook).</source>
        <translation>Donde la ley exige avisar a los llamantes, active el pitido (opción B de MixMonitor; Asterisk necesita func_periodic_hook).</translation>
    </message>
    <message>
        <source>✘ %1 does not exist on this computer.</source>
        <translation>✘ %1 no existe en este ordenador.</translation>
    </message>
    <message>
        <source>✘ %1 is not a folder.</source>
        <translation>✘ %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>✘ %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ %1 no se puede leer: pida ser miembro del grupo de Asterisk.</translation>
    </message>
    <message>
        <source>✔ Readable and writable.</source>
        <translation>✔ Se puede leer y escribir.</translation>
    </message>
    <message>
        <source>✔ For example: %1</source>
        <translation>✔ Por ejemplo: %1</translation>
    </message>
    <message>
        <source>✘ Options are letters, each with an optional value in parentheses, without spaces: for example b or bv(2).</source>
        <translation>✘ Las opciones son letras, cada una con un valor opcional entre paréntesis, sin espacios: por ejemplo b o bv(2).</translation>
    </message>
    <message>
        <source>✔ Sent as: %1</source>
        <translation>✔ Se envía como: %1</translation>
    </message>
    <message>
        <source>(no options)</source>
        <translation>(sin opciones)</translation>
    </message>
    <message>
        <source>− No recordings panel for this server.</source>
        <translation>− Sin panel de grabaciones para este servidor.</translation>
    </message>
    <message>
        <source>⚠ Readable, but not writable: recordings can be played, not deleted.</source>
        <translation>⚠ Se puede leer, pero no escribir: las grabaciones se pueden reproducir, no borrar.</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <source>✔ Complete</source>
        <translation>✔ Completa</translation>
    </message>
    <message>
        <source>● Being recorded</source>
        <translation>● Grabando</translation>
    </message>
    <message>
        <source>∅ Empty</source>
        <translation>∅ Vacía</translation>
    </message>
    <message>
        <source>⚠ Damaged</source>
        <translation>⚠ Dañada</translation>
    </message>
    <message>
        <source>✘ Cannot be read</source>
        <translation>✘ No se puede leer</translation>
    </message>
    <message>
        <source>∅ This recording has no audio (%1): the call was probably hung up as it started.</source>
        <translation>∅ Esta grabación no tiene audio (%1): probablemente se colgó la llamada al empezar.</translation>
    </message>
    <message>
        <source>⚠ This file is damaged (%1) and cannot be played. A copy can still be saved.</source>
        <translation>⚠ Este archivo está dañado (%1) y no se puede reproducir. Aún se puede guardar una copia.</translation>
    </message>
    <message>
        <source>✘ This file cannot be read from this computer (%1): ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ Este archivo no se puede leer desde este ordenador (%1): pida ser miembro del grupo de Asterisk.</translation>
    </message>
    <message>
        <source>?</source>
        <comment>unknown duration</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2, %3 to %4, %5</source>
        <translation>%1, %2, %3 a %4, %5</translation>
    </message>
    <message>
        <source>✘ The recordings folder %1 does not exist on this computer. Mount Asterisk&apos;s monitor folder here, or change it in Settings → Recording.</source>
        <translation>✘ La carpeta de grabaciones %1 no existe en este ordenador. Monte aquí la carpeta monitor de Asterisk o cámbiela en Ajustes → Grabación.</translation>
    </message>
    <message>
        <source>✘ %1 is a file, not a folder: change it in Settings → Recording.</source>
        <translation>✘ %1 es un archivo, no una carpeta: cámbielo en Ajustes → Grabación.</translation>
    </message>
    <message>
        <source>✘ The recordings folder %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ La carpeta de grabaciones %1 no se puede leer: pida ser miembro del grupo de Asterisk.</translation>
    </message>
    <message>
        <source>✘ %1 is no longer there: someone else moved or deleted it.</source>
        <translation>✘ %1 ya no está: otra persona lo movió o borró.</translation>
    </message>
    <message>
        <source>● %1 is still being recorded: stop the recording first.</source>
        <translation>● %1 todavía se está grabando: detenga primero la grabación.</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>✘ The file name is empty.</source>
        <translation>✘ El nombre de archivo está vacío.</translation>
    </message>
    <message>
        <source>✘ Every recording would get the same name: add {uniqueid} or {date} and {time}.</source>
        <translation>✘ Todas las grabaciones tendrían el mismo nombre: añada {uniqueid} o {date} y {time}.</translation>
    </message>
    <message>
        <source>✘ Unknown placeholder: use {caller}, {callee}, {date}, {time} and {uniqueid}.</source>
        <translation>✘ Marcador desconocido: use {caller}, {callee}, {date}, {time} y {uniqueid}.</translation>
    </message>
    <message>
        <source>✘ No folders in the file name: MixMonitor writes into the monitor folder.</source>
        <translation>✘ Sin carpetas en el nombre de archivo: MixMonitor escribe en la carpeta monitor.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Could not save %1</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>No panel is titled %1</source>
        <translation>Ningún panel se titula %1</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>AMI secret for %1</source>
        <translation>Contraseña AMI de %1</translation>
    </message>
    <message>
        <source>Secret for AMI user “%1”:</source>
        <translation>Contraseña del usuario AMI «%1»:</translation>
    </message>
    <message>
        <source>Directory password</source>
        <translation>Contraseña del directorio</translation>
    </message>
    <message>
        <source>The directory %1 needs the password of “%2”. It is kept in the system keychain.</source>
        <translation>El directorio %1 necesita la contraseña de «%2». Se guarda en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this desktop session: the secret is kept in memory until Attendant quits.</source>
        <translation>No hay ningún llavero (Secret Service) disponible en esta sesión de escritorio: la contraseña se guarda en memoria hasta que Attendant se cierre.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The AMI user name of %1 contains a line break or a NUL character, which would add lines to the Login. It was refused.</source>
        <translation>El nombre de usuario AMI de %1 contiene un salto de línea o un carácter NUL, que añadiría líneas al Login. Se ha rechazado.</translation>
    </message>
    <message>
        <source>The user name in the address contains a line break or a NUL character; it was refused.</source>
        <translation>El nombre de usuario de la dirección contiene un salto de línea o un carácter NUL; se ha rechazado.</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>The PBX refused the login for “%1”. Enter the secret again:</source>
        <translation>La centralita rechazó el inicio de sesión de «%1». Introduzca de nuevo la contraseña:</translation>
    </message>
    <message>
        <source>No secret is saved for %1@%2 yet.</source>
        <translation>Aún no hay contraseña guardada para %1@%2.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the secret cannot be remembered.</source>
        <translation>El llavero del sistema no está disponible (%1), así que no se puede recordar la contraseña.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret: %1</source>
        <translation>El llavero no entregó la contraseña: %1</translation>
    </message>
    <message>
        <source>Not connected to %1: no secret entered.</source>
        <translation>No conectado a %1: no se introdujo la contraseña.</translation>
    </message>
</context>
<context>
    <name>ServerStatusWidget</name>
    <message>
        <source>extension states</source>
        <translation>estados de las extensiones</translation>
    </message>
    <message>
        <source>device states</source>
        <translation>estados de los dispositivos</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>parked calls</source>
        <translation>llamadas aparcadas</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>colas</translation>
    </message>
    <message>
        <source>mailboxes</source>
        <translation>buzones</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>Reconnect to %1 now</source>
        <translation>Reconectar ahora con %1</translation>
    </message>
    <message>
        <source>Try to reach %1 again without waiting</source>
        <translation>Intentar llegar a %1 otra vez sin esperar</translation>
    </message>
    <message>
        <source>board as of %1</source>
        <translation>panel de las %1</translation>
    </message>
    <message>
        <source>Not connected since %1: tiles show the last known state, not what happens now.</source>
        <translation>Sin conexión desde las %1: las fichas muestran el último estado conocido, no lo que pasa ahora.</translation>
    </message>
    <message>
        <source>Asterisk restarted: phones are registering again</source>
        <translation>Asterisk se reinició: los teléfonos se están registrando de nuevo</translation>
    </message>
    <message>
        <source>Asterisk has just restarted. Phones show Unavailable until Asterisk has checked them again, which takes up to a minute.</source>
        <translation>Asterisk acaba de reiniciarse. Los teléfonos aparecen como No disponible hasta que Asterisk los compruebe de nuevo, lo que tarda hasta un minuto.</translation>
    </message>
    <message>
        <source>this AMI account may not read %1 (%2): add %3 to its write= line in manager.conf</source>
        <translation>esta cuenta AMI no puede leer %1 (%2): añada %3 a su línea write= en manager.conf</translation>
    </message>
    <message>
        <source>presence notes</source>
        <translation>notas de presencia</translation>
    </message>
    <message>
        <source>conferences</source>
        <translation>conferencias</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to Attendant</source>
        <translation>Bienvenido a Attendant</translation>
    </message>
    <message>
        <source>Attendant settings</source>
        <translation>Configuración de Attendant</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Saves this profile to a file, without secrets</source>
        <translation>Guarda este perfil en un archivo, sin contraseñas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operadora</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>pbx.example.org</source>
        <translation>centralita.example.org</translation>
    </message>
    <message>
        <source>Encrypt (TLS, usually port 5039)</source>
        <translation>Cifrar (TLS, normalmente puerto 5039)</translation>
    </message>
    <message>
        <source>Challenge (MD5) — the secret never crosses the network</source>
        <translation>Desafío (MD5) — la contraseña nunca viaja por la red</translation>
    </message>
    <message>
        <source>Plain secret — only over TLS or on this computer</source>
        <translation>Contraseña en claro — solo con TLS o en este equipo</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>AMI user:</source>
        <translation>Usuario AMI:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>Call the selected extension:</source>
        <translation>Llamar a la extensión seleccionada:</translation>
    </message>
    <message>
        <source>Hang up:</source>
        <translation>Colgar:</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Transferir:</translation>
    </message>
    <message>
        <source>Transfer after announcing:</source>
        <translation>Transferir tras anunciar:</translation>
    </message>
    <message>
        <source>Park:</source>
        <translation>Aparcar:</translation>
    </message>
    <message>
        <source>Pick up a ringing extension:</source>
        <translation>Capturar una extensión que suena:</translation>
    </message>
    <message>
        <source>Answer the next queue caller:</source>
        <translation>Atender al siguiente de la cola:</translation>
    </message>
    <message>
        <source>PBX %1</source>
        <translation>Centralita %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>✘ Enter the secret first (%1).</source>
        <translation>✘ Introduzca primero la contraseña (%1).</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aún no hay ninguna guardada</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>Profiles (*.ini)</source>
        <translation>Perfiles (*.ini)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>Your phone must be a device such as PJSIP/1000.</source>
        <translation>Su teléfono debe ser un dispositivo como PJSIP/1000.</translation>
    </message>
    <message>
        <source>Server “%1” needs a host and an AMI user.</source>
        <translation>El servidor «%1» necesita un host y un usuario AMI.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Every directory source needs a server address or a file.</source>
        <translation>Cada fuente de directorio necesita una dirección de servidor o un archivo.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Saved in the keychain; type a new one to replace it</source>
        <translation>Guardada en el llavero; escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <source>The secret of this AMI user in manager.conf on the PBX</source>
        <translation>La contraseña de este usuario AMI en manager.conf de la centralita</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Recording on “%1”: %2</source>
        <translation>Grabación en «%1»: %2</translation>
    </message>
    <message>
        <source>Recording on “%1”: the MixMonitor options are not valid.</source>
        <translation>Grabación en «%1»: las opciones de MixMonitor no son válidas.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Choose your phone on the Operator tab: calls you place ring it first, so a phone that is not yours would ring somebody else&apos;s desk.</source>
        <translation>Elija su teléfono en la pestaña Operadora: las llamadas que haga suenan primero en él, así que un teléfono ajeno haría sonar el puesto de otra persona.</translation>
    </message>
    <message>
        <source>Now choose your phone on the Operator tab.</source>
        <translation>Ahora elija su teléfono en la pestaña Operadora.</translation>
    </message>
    <message>
        <source>Conferences on “%1”: %2</source>
        <translation>Conferencias en «%1»: %2</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferencias</translation>
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
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>On a call, ringing</source>
        <translation>En llamada, sonando</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>On a call, one on hold</source>
        <translation>En llamada, una en espera</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>StatusMessage</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>TileBoardModel</name>
    <message numerus="yes">
        <source>Group %1, %n extension(s)</source>
        <translation>
            <numerusform>Grupo %1, %n extensión</numerusform>
            <numerusform>Grupo %1, %n extensiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>%1 · last known %2</source>
        <translation>%1 · último estado conocido %2</translation>
    </message>
    <message>
        <source>0 — drag a tile here</source>
        <translation>0 — arrastre una extensión aquí</translation>
    </message>
</context>
<context>
    <name>TileGroupActions</name>
    <message>
        <source>Group name:</source>
        <translation>Nombre del grupo:</translation>
    </message>
    <message>
        <source>“%1” is the name of one of the board&apos;s own groups: choose another.</source>
        <translation>«%1» es el nombre de uno de los grupos propios del panel: elija otro.</translation>
    </message>
    <message>
        <source>There is a group named “%1” already: choose another name.</source>
        <translation>Ya hay un grupo llamado «%1»: elija otro nombre.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Group “%1” made.</source>
        <translation>Grupo «%1» creado.</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renombrar grupo</translation>
    </message>
    <message>
        <source>Group “%1” is now “%2”.</source>
        <translation>El grupo «%1» ahora es «%2».</translation>
    </message>
    <message>
        <source>Group “%1” deleted; its extensions are back in “%2”.</source>
        <translation>Grupo «%1» eliminado; sus extensiones vuelven a «%2».</translation>
    </message>
    <message>
        <source>Parking spaces keep their own group</source>
        <translation>Los aparcamientos se quedan en su propio grupo</translation>
    </message>
    <message>
        <source>%1 is in “%2” already</source>
        <translation>%1 ya está en «%2»</translation>
    </message>
    <message>
        <source>Add %1 to the favourites</source>
        <translation>Añadir %1 a favoritos</translation>
    </message>
    <message>
        <source>Move %1 to “%2”</source>
        <translation>Mover %1 a «%2»</translation>
    </message>
    <message>
        <source>%1 is now in “%2”.</source>
        <translation>%1 está ahora en «%2».</translation>
    </message>
    <message>
        <source>%1 added to the favourites.</source>
        <translation>%1 añadido a favoritos.</translation>
    </message>
    <message>
        <source>%1 removed from the favourites.</source>
        <translation>%1 quitado de favoritos.</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Mover al grupo</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Rename group…</source>
        <translation>Renombrar grupo…</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>Subir grupo</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>Bajar grupo</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
</context>
<context>
    <name>TileGrouping</name>
    <message>
        <source>Parking spaces</source>
        <translation>Plazas de aparcamiento</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
</context>
<context>
    <name>TileText</name>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n mensaje de voz nuevo</numerusform>
            <numerusform>%n mensajes de voz nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>desviado a %1</translation>
    </message>
    <message>
        <source>forwarded when busy to %1</source>
        <translation>desviado si ocupado a %1</translation>
    </message>
    <message>
        <source>forwarded when not answering to %1</source>
        <translation>desviado si no contesta a %1</translation>
    </message>
    <message>
        <source>In conference %1</source>
        <translation>En conferencia %1</translation>
    </message>
</context>
<context>
    <name>TileView</name>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Only a tile of this board can go into a group</source>
        <translation>Solo una extensión de este panel puede ir a un grupo</translation>
    </message>
</context>
<context>
    <name>TileZoom</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Normal size (now %1%)</source>
        <extracomment>The board&apos;s zoom in the View menu, %1 the percentage.</extracomment>
        <translation>Tamaño &amp;normal (ahora %1 %)</translation>
    </message>
    <message>
        <source>&amp;Compact tiles</source>
        <translation>Extensiones &amp;compactas</translation>
    </message>
    <message>
        <source>Two lines per tile, narrower: a large office on one screen</source>
        <translation>Dos líneas por extensión, más estrechas: una oficina grande en una sola pantalla</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Attendant</source>
        <translation>Mostrar Attendant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Attendant</translation>
    </message>
    <message numerus="yes">
        <source>%n new voicemail(s)</source>
        <translation>
            <numerusform>%n mensaje de voz nuevo</numerusform>
            <numerusform>%n mensajes de voz nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n llamada perdida</numerusform>
            <numerusform>%n llamadas perdidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Connect call</source>
        <translation>Conectar llamada</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Attended transfer</source>
        <translation>Transferencia atendida</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Cancelar transferencia</translation>
    </message>
    <message>
        <source>Transfer to voicemail</source>
        <translation>Transferir al buzón de voz</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Retrieve parked call</source>
        <translation>Recuperar llamada aparcada</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <source>Join call</source>
        <translation>Unirse a la llamada</translation>
    </message>
    <message>
        <source>Pause in queue</source>
        <translation>Pausar en la cola</translation>
    </message>
    <message>
        <source>Resume in queue</source>
        <translation>Reanudar en la cola</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>entrada no válida</translation>
    </message>
    <message>
        <source>not connected to the PBX</source>
        <translation>no conectado a la centralita</translation>
    </message>
    <message>
        <source>the PBX account is not allowed to do this</source>
        <translation>la cuenta de la centralita no tiene permiso para esto</translation>
    </message>
    <message>
        <source>the PBX refused</source>
        <translation>la centralita lo rechazó</translation>
    </message>
    <message>
        <source>the call could not be placed</source>
        <translation>no se pudo establecer la llamada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>the PBX did not answer in time</source>
        <translation>la centralita no respondió a tiempo</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 falló: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 falló: %2 (%3)</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Transferencia completada</translation>
    </message>
    <message>
        <source>Transfer cancelled: you are back with the caller</source>
        <translation>Transferencia cancelada: vuelve a estar con el llamante</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Falló la transferencia</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Loading PBX state…</source>
        <translation>Cargando el estado de la centralita…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconectando en %n s</numerusform>
            <numerusform>Reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Logging off…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Server name not found (DNS)</source>
        <translation>No se encontró el nombre del servidor (DNS)</translation>
    </message>
    <message>
        <source>Connection refused: is the manager interface enabled on that port?</source>
        <translation>Conexión rechazada: ¿está activada la interfaz manager en ese puerto?</translation>
    </message>
    <message>
        <source>No answer from the server (firewall or wrong address?)</source>
        <translation>Sin respuesta del servidor (¿cortafuegos o dirección incorrecta?)</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Falló la negociación TLS</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>No secret entered</source>
        <translation>No se introdujo la contraseña</translation>
    </message>
    <message>
        <source>That port does not speak the Asterisk Manager Interface</source>
        <translation>Ese puerto no habla la Asterisk Manager Interface</translation>
    </message>
    <message>
        <source>The server sent an oversized message</source>
        <translation>El servidor envió un mensaje demasiado grande</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>El servidor dejó de responder</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>El servidor cerró la conexión</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>The PBX account lacks the “%1” write permission (manager.conf).</source>
        <translation>A la cuenta de la centralita le falta el permiso de escritura «%1» (manager.conf).</translation>
    </message>
    <message>
        <source>The user name, event mask or secret contains a line break; nothing was sent</source>
        <translation>El nombre de usuario, la máscara de eventos o la clave contiene un salto de línea; no se ha enviado nada</translation>
    </message>
    <message>
        <source>Bring the waiting caller to your phone</source>
        <translation>Traer a su teléfono al llamante en espera</translation>
    </message>
    <message>
        <source>the other party could not be reached</source>
        <translation>no se pudo contactar con la otra parte</translation>
    </message>
    <message>
        <source>listening did not start</source>
        <translation>la escucha no empezó</translation>
    </message>
    <message>
        <source>the PBX hung the caller up</source>
        <translation>la centralita colgó al llamante</translation>
    </message>
    <message>
        <source>no such extension</source>
        <translation>no existe esa extensión</translation>
    </message>
    <message>
        <source>already under way</source>
        <translation>ya está en curso</translation>
    </message>
    <message>
        <source>that is your own phone</source>
        <translation>es su propio teléfono</translation>
    </message>
    <message>
        <source>Asterisk is restarting</source>
        <translation>Asterisk se está reiniciando</translation>
    </message>
    <message>
        <source>Asterisk was shut down</source>
        <translation>Asterisk se ha detenido</translation>
    </message>
</context>
<context>
    <name>UrlHandler</name>
    <message>
        <source>Not dialled: %1 (%2)</source>
        <translation>No marcado: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>VoicemailBrowser</name>
    <message>
        <source>Mailboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>Solo urgentes</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Con grabación</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañados</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Search caller or number</source>
        <translation>Buscar llamante o número</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>voicemail-%1-%2.wav</source>
        <translation>mensaje-de-voz-%1-%2.wav</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Guardar grabación</translation>
    </message>
    <message>
        <source>Audio (*.wav *.WAV *.gsm)</source>
        <translation>Archivos de audio (*.wav *.WAV *.gsm)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
</context>
<context>
    <name>VoicemailErrorText</name>
    <message>
        <source>The voicemail folder is locked by the phone system or another desk (waited 5 seconds). Try again in a moment.</source>
        <translation>La carpeta del buzón de voz está bloqueada por la centralita u otro puesto (se esperaron 5 segundos). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The voicemail folder could not be locked (no permission to write there, or the share does not support it).</source>
        <translation>No se pudo bloquear la carpeta del buzón de voz (sin permiso de escritura o el recurso compartido no lo admite).</translation>
    </message>
    <message>
        <source>The destination folder is full. Delete or move some messages first.</source>
        <translation>La carpeta de destino está llena. Elimine o mueva antes algunos mensajes.</translation>
    </message>
    <message>
        <source>The message is no longer there; someone else moved or deleted it.</source>
        <translation>El mensaje ya no está; otra persona lo movió o eliminó.</translation>
    </message>
    <message>
        <source>The message&apos;s information file is damaged or missing, so it cannot be moved.</source>
        <translation>El archivo de información del mensaje está dañado o falta, así que no se puede mover.</translation>
    </message>
    <message>
        <source>This message has no recording to save.</source>
        <translation>Este mensaje no tiene grabación que guardar.</translation>
    </message>
    <message>
        <source>A file could not be written in the voicemail folder.</source>
        <translation>No se pudo escribir un archivo en la carpeta del buzón de voz.</translation>
    </message>
    <message>
        <source>That destination is not possible for this message.</source>
        <translation>Ese destino no es posible para este mensaje.</translation>
    </message>
    <message>
        <source>The phone system refused the operation.</source>
        <translation>La centralita rechazó la operación.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Antiguos</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Custom 1</source>
        <translation>Personalizada 1</translation>
    </message>
    <message>
        <source>Custom 2</source>
        <translation>Personalizada 2</translation>
    </message>
    <message>
        <source>Custom 3</source>
        <translation>Personalizada 3</translation>
    </message>
    <message>
        <source>Custom 4</source>
        <translation>Personalizada 4</translation>
    </message>
    <message>
        <source>Custom 5</source>
        <translation>Personalizada 5</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentes</translation>
    </message>
    <message>
        <source>The voicemail folder is blocked by a lock file left behind by a program that stopped (older than 10 minutes).</source>
        <translation>La carpeta del buzón de voz está bloqueada por un archivo de bloqueo que dejó un programa que se detuvo (de más de 10 minutos).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The voicemail folder was locked by %1 (waited 5 seconds); the lock is gone now. Try again.</source>
        <translation>La carpeta del buzón de voz estaba bloqueada por %1 (se esperó 5 segundos); el bloqueo ya no existe. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The voicemail folder is blocked by the lock file %1, left %2 ago. Voicemail holds this lock for a moment only, so the program that took it has most likely stopped. If no voicemail process (Asterisk) is running on this spool, remove that file to clear the lock.</source>
        <translation>La carpeta del buzón de voz está bloqueada por el archivo de bloqueo %1, dejado hace %2. El buzón de voz mantiene este bloqueo solo un instante, así que el programa que lo tomó probablemente se detuvo. Si ningún proceso de buzón de voz (Asterisk) está en marcha sobre este spool, elimine ese archivo para liberar el bloqueo.</translation>
    </message>
    <message>
        <source>The voicemail folder stayed locked for 5 seconds by the lock file %1 (taken %2 ago), probably by the phone system or another desk. Try again in a moment. If it stays locked and no voicemail process (Asterisk) is running on this spool, remove that file.</source>
        <translation>La carpeta del buzón de voz siguió bloqueada durante 5 segundos por el archivo de bloqueo %1 (tomado hace %2), probablemente por la centralita u otro puesto. Inténtelo de nuevo en un momento. Si sigue bloqueada y ningún proceso de buzón de voz (Asterisk) está en marcha sobre este spool, elimine ese archivo.</translation>
    </message>
</context>
<context>
    <name>VoicemailFolderSelector</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
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
        <translation>Nuevos:&#xa0;%1, urgentes:&#xa0;%2, antiguos:&#xa0;%3</translation>
    </message>
</context>
<context>
    <name>VoicemailMessageActions</name>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Reenviar a</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Mark heard</source>
        <translation>Marcar como escuchado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save recording as…</source>
        <translation>Guardar grabación como…</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Transfer caller</source>
        <translation>Transferir al llamante</translation>
    </message>
</context>
<context>
    <name>VoicemailMessageProxy</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Damaged message (%1)</source>
        <translation>Mensaje dañado (%1)</translation>
    </message>
    <message>
        <source>The message information file could not be read: %1</source>
        <translation>No se pudo leer el archivo de información del mensaje: %1</translation>
    </message>
    <message>
        <source>No recording: the audio file is missing.</source>
        <translation>Sin grabación: falta el archivo de audio.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>the recording is empty</source>
        <translation>la grabación está vacía</translation>
    </message>
    <message>
        <source>The recording %1 is empty (0 bytes), so it cannot be played. The message can still be deleted or moved.</source>
        <translation>La grabación %1 está vacía (0 bytes), así que no se puede reproducir. El mensaje aún se puede eliminar o mover.</translation>
    </message>
</context>
<context>
    <name>VoicemailPendingDeletes</name>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Deshacer (%1)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>an unknown caller</source>
        <translation>un llamante desconocido</translation>
    </message>
    <message>
        <source>Deleted the message from %1.</source>
        <translation>Se ha eliminado el mensaje de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>Se ha eliminado %n mensaje.</numerusform>
            <numerusform>Se han eliminado %n mensajes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicemailPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Position (Left/Right: 5 seconds back/forward)</source>
        <translation>Posición (Izquierda/Derecha: 5 segundos atrás/adelante)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>This message has no recording: its audio file is missing from the voicemail spool. The message information is still shown.</source>
        <translation>Este mensaje no tiene grabación: falta su archivo de audio en el spool del buzón de voz. La información del mensaje se sigue mostrando.</translation>
    </message>
    <message>
        <source>The recording is no longer there; the message was probably moved or deleted meanwhile.</source>
        <translation>La grabación ya no está; probablemente el mensaje se movió o eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>This message&apos;s audio is in a format that cannot be played here (%1).</source>
        <translation>El audio de este mensaje está en un formato que no se puede reproducir aquí (%1).</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>This message is stored as GSM audio (%1) and no GSM decoder is installed on this computer, so it cannot be played here. Install the GStreamer GSM plugin (gstreamer1.0-plugins-bad) or ask the administrator to add &quot;wav&quot; to the voicemail formats.</source>
        <translation>Este mensaje está guardado como audio GSM (%1) y no hay ningún decodificador GSM instalado en este equipo, así que no se puede reproducir aquí. Instale el complemento GSM de GStreamer (gstreamer1.0-plugins-bad) o pida al administrador que añada «wav» a los formatos del buzón de voz.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing can be heard: playback does not move on. Check that this computer has a working sound output (speakers or headset); if the voicemail folder is on a network share, check that it is still reachable. The message stays unheard.</source>
        <translation>No se oye nada: la reproducción no avanza. Compruebe que este equipo tiene una salida de sonido que funcione (altavoces o auriculares); si la carpeta del buzón de voz está en una unidad de red, compruebe que sigue accesible. El mensaje sigue sin escuchar.</translation>
    </message>
    <message>
        <source>The recording ended before any sound played: the file is empty or cut off. The message stays unheard.</source>
        <translation>La grabación terminó antes de que sonara nada: el archivo está vacío o cortado. El mensaje sigue sin escuchar.</translation>
    </message>
    <message>
        <source>The recording could not be played: it is in a format this computer cannot decode. The message stays unheard.</source>
        <translation>No se pudo reproducir la grabación: está en un formato que este equipo no sabe decodificar. El mensaje sigue sin escuchar.</translation>
    </message>
    <message>
        <source>The recording could not be played: it could not be read from the network. The message stays unheard.</source>
        <translation>No se pudo reproducir la grabación: no se pudo leer desde la red. El mensaje sigue sin escuchar.</translation>
    </message>
    <message>
        <source>The recording could not be played: you have no permission to read it. The message stays unheard.</source>
        <translation>No se pudo reproducir la grabación: no tiene permiso para leerla. El mensaje sigue sin escuchar.</translation>
    </message>
    <message>
        <source>The recording could not be played: the file is damaged or cannot be read. The message stays unheard.</source>
        <translation>No se pudo reproducir la grabación: el archivo está dañado o no se puede leer. El mensaje sigue sin escuchar.</translation>
    </message>
    <message>
        <source>Voicemail player</source>
        <translation>Reproductor del buzón de voz</translation>
    </message>
    <message>
        <source>This message&apos;s recording is empty (%1 has 0 bytes), so it cannot be played. The message can still be deleted or moved.</source>
        <translation>La grabación de este mensaje está vacía (%1 tiene 0 bytes), así que no se puede reproducir. El mensaje aún se puede eliminar o mover.</translation>
    </message>
</context>
<context>
    <name>VoicemailSettingsPage</name>
    <message>
        <source>Playing a new message marks it as heard</source>
        <translation>Reproducir un mensaje nuevo lo marca como escuchado</translation>
    </message>
    <message>
        <source>Empty: no voicemail panel</source>
        <translation>Vacío: sin panel de buzón de voz</translation>
    </message>
    <message>
        <source>Asterisk&apos;s /var/spool/asterisk/voicemail, or where it is mounted on this computer</source>
        <translation>/var/spool/asterisk/voicemail de Asterisk, o donde esté montado en este equipo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Lock files (Asterisk&apos;s default)</source>
        <translation>Archivos de bloqueo (predeterminado de Asterisk)</translation>
    </message>
    <message>
        <source>flock (locking=flock)</source>
        <translation>flock (locking=flock)</translation>
    </message>
    <message>
        <source>Must match “locking” in Asterisk&apos;s voicemail.conf</source>
        <translation>Debe coincidir con «locking» en el voicemail.conf de Asterisk</translation>
    </message>
    <message>
        <source>None: delete for good</source>
        <translation>Ninguno: eliminar definitivamente</translation>
    </message>
    <message>
        <source>voicemail.conf backupdeleted: deleted messages kept per mailbox</source>
        <translation>voicemail.conf backupdeleted: mensajes eliminados que se conservan por buzón</translation>
    </message>
    <message>
        <source>voicemail.conf maxmsg: messages per folder</source>
        <translation>voicemail.conf maxmsg: mensajes por carpeta</translation>
    </message>
    <message>
        <source>Spool folder:</source>
        <translation>Carpeta del spool:</translation>
    </message>
    <message>
        <source>Locking:</source>
        <translation>Bloqueo:</translation>
    </message>
    <message>
        <source>Keep deleted messages:</source>
        <translation>Conservar mensajes eliminados:</translation>
    </message>
    <message>
        <source>Messages per folder:</source>
        <translation>Mensajes por carpeta:</translation>
    </message>
    <message>
        <source>Voicemail spool</source>
        <translation>Spool del buzón de voz</translation>
    </message>
    <message>
        <source>Voicemail is off for this profile.</source>
        <translation>El buzón de voz está desactivado en este perfil.</translation>
    </message>
    <message>
        <source>✘ %1 does not exist on this computer.</source>
        <translation>✘ %1 no existe en este equipo.</translation>
    </message>
    <message>
        <source>✘ %1 is not a folder.</source>
        <translation>✘ %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>✘ %1 cannot be read: ask for membership of Asterisk&apos;s group.</source>
        <translation>✘ No se puede leer %1: pida ser miembro del grupo de Asterisk.</translation>
    </message>
    <message>
        <source>Readable, but not writable: messages can be played, not moved or deleted.</source>
        <translation>Se puede leer, pero no escribir: los mensajes se pueden reproducir, no mover ni eliminar.</translation>
    </message>
    <message>
        <source>✔ Readable and writable.</source>
        <translation>✔ Se puede leer y escribir.</translation>
    </message>
</context>
<context>
    <name>VoicemailSpoolNotice</name>
    <message>
        <source>The voicemail spool %1 cannot be read (%2). Mount or share it on this computer, or change it in Settings → Voicemail.</source>
        <translation>No se puede leer el spool del buzón de voz %1 (%2). Móntelo o compártalo en este equipo, o cámbielo en Configuración → Buzón de voz.</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>sin permiso</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
</context>
</TS>
