<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityDelegate</name>
    <message>
        <location filename="../../qml/components/ActivityDelegate.qml" line="+26"/>
        <source>%1 on %2: %3, %4</source>
        <extracomment>Screen-reader text of an activity entry: %1 author, %2 task, %3 what was logged, %4 when.</extracomment>
        <translation>%1 en %2: %3, %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../qml/components/AttachmentChip.qml" line="+20"/>
        <source>Remove attachment %1</source>
        <extracomment>Screen-reader name of an attachment chip in the log sheet: %1 the file&apos;s name and size.</extracomment>
        <translation>Quitar el adjunto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open attachment %1</source>
        <extracomment>Screen-reader name of an attachment chip in the action log: %1 the file&apos;s name and size.</extracomment>
        <translation>Abrir el adjunto %1</translation>
    </message>
</context>
<context>
    <name>BrandHeader</name>
    <message>
        <location filename="../../qml/components/BrandHeader.qml" line="+13"/>
        <source>Tasks and drills that work offline.</source>
        <translation>Tareas y simulacros que funcionan sin conexión.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Muster</source>
        <extracomment>The app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>CameraSheet</name>
    <message>
        <location filename="../../qml/components/CameraSheet.qml" line="+68"/>
        <source>Taking the photo…</source>
        <translation>Tomando la foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Take the photo</source>
        <extracomment>The camera&apos;s shutter button (screen readers).</extracomment>
        <translation>Tomar la foto</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/commandline.cpp" line="+17"/>
        <source>Muster — offline-first field tasking and drills.</source>
        <translation>Muster: tareas y simulacros de campo que funcionan sin conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill the server address.</source>
        <translation>Rellena la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefill the login.</source>
        <translation>Rellena el usuario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where Muster keeps its data.</source>
        <translation>Carpeta donde Muster guarda sus datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the first page to a PNG file and exit.</source>
        <translation>Guarda la primera página en un archivo PNG y sale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej., 390x844.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (en, vi or es) for this run.</source>
        <translation>Muestra la app en este idioma (en, vi o es) solo esta vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size multiplier, 0.8 to 3 (default: the system&apos;s).</source>
        <translation>Factor del tamaño del texto, de 0.8 a 3 (por defecto, el del sistema).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size only works with --screenshot.</source>
        <translation>--size solo funciona con --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size must look like 390x844 (width x height, 1 to 8192).</source>
        <translation>--size debe tener la forma 390x844 (ancho x alto, de 1 a 8192).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang must be one of: %1.</source>
        <translation>--lang debe ser uno de: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--font-scale must be a number from 0.8 to 3.</source>
        <translation>--font-scale debe ser un número de 0.8 a 3.</translation>
    </message>
</context>
<context>
    <name>CommsDelegate</name>
    <message>
        <location filename="../../qml/components/CommsDelegate.qml" line="+20"/>
        <source>Answered %1</source>
        <extracomment>A device answered the comms check; %1 is the time, e.g. &quot;14:02&quot;.</extracomment>
        <translation>Respondió a las %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet</source>
        <translation>Sin respuesta aún</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/ConflictsPage.qml" line="+65"/>
        <source>by %1, %2</source>
        <extracomment>Who wrote a conflicting value and when: %1 name, %2 time.</extracomment>
        <translation>de %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts</source>
        <translation>No hay conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When two people change the same thing without seeing each other&apos;s change, it shows here for a coordinator to settle.</source>
        <translation>Cuando dos personas cambian lo mismo sin ver el cambio de la otra, aparece aquí para que un coordinador lo resuelva.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Two people changed these without seeing each other&apos;s change. The newer value is in place; keep it, use the other one, or type the right value.</source>
        <translation>Dos personas cambiaron esto sin ver el cambio de la otra. Está puesto el valor más reciente: consérvalo, usa el otro o escribe el correcto.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of “%2”</source>
        <translation>%1 de «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deleted item</source>
        <translation>un elemento eliminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In place now</source>
        <extracomment>The value that is in place now (the newer write).</extracomment>
        <translation>Puesto ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep</source>
        <extracomment>Button: keep the value that is in place.</extracomment>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwritten</source>
        <extracomment>The value that was overwritten by the newer one.</extracomment>
        <translation>Sobrescrito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this</source>
        <extracomment>Button: use the overwritten value instead.</extracomment>
        <translation>Usar este</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Or type the right value</source>
        <translation>O escribe el valor correcto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save value</source>
        <extracomment>Button: resolve the conflict with the typed value.</extracomment>
        <translation>Guardar valor</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../qml/pages/DashboardPage.qml" line="+51"/>
        <source>For coordinators</source>
        <translation>Para coordinadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard shows the merged status of your units to coordinators.</source>
        <translation>El panel muestra a los coordinadores el estado combinado de sus unidades.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updating the figures</source>
        <translation>Actualizando las cifras</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drill</source>
        <extracomment>Dashboard scope: which drill (or all tasks) the figures are about.</extracomment>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All my units</source>
        <translation>Todas mis unidades</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drill clock and injects</source>
        <extracomment>Button on the dashboard: open the chosen drill&apos;s page (clock, controls, injects).</extracomment>
        <translation>Reloj e inyecciones del simulacro</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n conflict(s) await a coordinator.</source>
        <translation>
            <numerusform>%n conflicto espera a un coordinador.</numerusform>
            <numerusform>%n conflictos esperan a un coordinador.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Resolver conflictos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks by status</source>
        <translation>Tareas por estado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n task(s) released</source>
        <translation>
            <numerusform>%n tarea publicada</numerusform>
            <numerusform>%n tareas publicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n inject(s) not yet released</source>
        <translation>
            <numerusform>%n inyección aún sin publicar</numerusform>
            <numerusform>%n inyecciones aún sin publicar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Expected actions missed</source>
        <translation>Acciones esperadas no realizadas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s) passed their deadline without being acknowledged.</source>
        <translation>
            <numerusform>%n inyección pasó su plazo sin ser recibida.</numerusform>
            <numerusform>%n inyecciones pasaron su plazo sin ser recibidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missed: %1</source>
        <translation>No realizada: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Nada está vencido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, due %2</source>
        <translation>%1, vence %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading devices…</source>
        <translation>Leyendo los dispositivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has synced in this scope yet.</source>
        <translation>Ningún dispositivo de este ámbito se ha sincronizado aún.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device with unsent changes may have done more than shows here.</source>
        <translation>Un dispositivo con cambios sin enviar puede haber hecho más de lo que se ve aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/DeviceDelegate.qml" line="+22"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not reported</source>
        <extracomment>A device still holds changes it has not sent: what it did is not yet reported.</extracomment>
        <translation>
            <numerusform>%n cambio sin informar</numerusform>
            <numerusform>%n cambios sin informar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not heard from</source>
        <extracomment>The device has not synced for a while: its state is unknown.</extracomment>
        <translation>Sin noticias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest unsent change %1</source>
        <translation>cambio sin enviar más antiguo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app %1</source>
        <translation>app %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
</context>
<context>
    <name>DrillDetailPage</name>
    <message>
        <location filename="../../qml/pages/DrillDetailPage.qml" line="+32"/>
        <source>No drill selected</source>
        <translation>Ningún simulacro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drill to run its clock and follow its injects.</source>
        <translation>Elija un simulacro para manejar su reloj y seguir sus inyecciones.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>After-action report</source>
        <extracomment>Button on a drill&apos;s page: open its after-action report.</extracomment>
        <translation>Informe tras el simulacro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drill clock</source>
        <translation>Reloj del simulacro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starts at %1</source>
        <extracomment>A drill started ahead: %1 the time its clock starts.</extracomment>
        <translation>Empieza a las %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drill clock %1, %2</source>
        <extracomment>Screen-reader text of the drill clock: %1 the time, %2 the drill&apos;s state.</extracomment>
        <translation>Reloj del simulacro %1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <extracomment>Button: start the drill clock.</extracomment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <extracomment>Button: pause the drill clock.</extracomment>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <extracomment>Button: let the paused drill clock run again.</extracomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+111"/>
        <source>End drill</source>
        <extracomment>Button: end the drill (asks first).</extracomment>
        <translation>Terminar simulacro</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <source>Start later</source>
        <extracomment>Choice on a planned drill&apos;s page: when the Start-later button starts it.
----------
Button: start the drill clock at the time chosen beside it.</extracomment>
        <translation>Empezar más tarde</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In 5 minutes</source>
        <translation>En 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 15 minutes</source>
        <translation>En 15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>En 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 hour</source>
        <translation>En 1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 2 hours</source>
        <translation>En 2 horas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Injects</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drill has no injects on this device.</source>
        <translation>Este simulacro no tiene inyecciones en este dispositivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expected action(s) missed</source>
        <translation>
            <numerusform>%n acción esperada no realizada</numerusform>
            <numerusform>%n acciones esperadas no realizadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Comms check</source>
        <translation>Prueba de comunicaciones</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ask every device of the drill&apos;s units to answer, to see who is reachable.</source>
        <translation>Pida a cada dispositivo de las unidades del simulacro que responda, para ver quién está localizable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 answered · asked %3</source>
        <extracomment>Comms check summary, e.g. &quot;7 of 9 answered · asked 14:00&quot;.</extracomment>
        <translation>%1 de %2 respondieron · preguntado a las %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask again</source>
        <translation>Preguntar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a comms check</source>
        <translation>Iniciar una prueba de comunicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every device again</source>
        <translation>Preguntar de nuevo a todos los dispositivos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End the drill?</source>
        <translation>¿Terminar el simulacro?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The drill clock stops for good and no more injects are released. This cannot be undone.</source>
        <translation>El reloj del simulacro se detiene para siempre y no se publican más inyecciones. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep running</source>
        <translation>Seguir en marcha</translation>
    </message>
</context>
<context>
    <name>DrillReportPage</name>
    <message>
        <location filename="../../qml/pages/DrillReportPage.qml" line="+45"/>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>median %1, worst %2 (%n inject(s))</source>
        <extracomment>A delay&apos;s statistics: %1 median, %2 worst case, %n how many.</extracomment>
        <translation>
            <numerusform>mediana %1, peor %2 (%n inyección)</numerusform>
            <numerusform>mediana %1, peor %2 (%n inyecciones)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>After-action report: %1</source>
        <translation>Informe tras el simulacro: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>Informe tras el simulacro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the report</source>
        <translation>Cargando el informe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server computes the report from everything all devices have sent, so it needs a connection.</source>
        <translation>El servidor elabora el informe con todo lo que han enviado los dispositivos, así que hace falta conexión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load report</source>
        <translation>Cargar informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save printable report</source>
        <extracomment>Button: save the report as an HTML file and open it (to print or share).</extracomment>
        <translation>Guardar informe para imprimir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as CSV</source>
        <extracomment>Button: save the report as a CSV file (one row per inject and unit) for a spreadsheet.</extracomment>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as JSON</source>
        <extracomment>Button: save the report as a JSON data file.</extracomment>
        <translation>Guardar como JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drill time</source>
        <extracomment>Drill time: the running time of a drill, pauses excluded.</extracomment>
        <translation>Tiempo de simulacro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comms check</source>
        <translation>Prueba de comunicaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 devices answered</source>
        <extracomment>The drill&apos;s comms check: %1 devices that answered, %2 devices asked.</extracomment>
        <translation>%1 de %2 dispositivos respondieron</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delays after release</source>
        <translation>Demoras tras la publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill time, pauses excluded</source>
        <translation>Tiempo de simulacro, sin las pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injects</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1 %2 — %3</source>
        <extracomment>An inject in the report: %1 its number, %2 its title, %3 the unit.</extracomment>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>released %1 · acknowledged %2 · done %3</source>
        <extracomment>Times of one inject in drill time: released, acknowledged, completed.</extracomment>
        <translation>publicada %1 · recibida %2 · hecha %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected action missed</source>
        <translation>acción esperada no realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rated %1</source>
        <translation>calificada %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluator observations</source>
        <translation>Observaciones de los evaluadores</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>%1 · %2 · %3 on %4: %5</source>
        <extracomment>An observation: %1 drill time, %2 rating letter, %3 evaluator, %4 inject title, %5 text.
----------
A timeline entry: %1 drill time, %2 who, %3 the kind of entry, %4 the task, %5 what was logged.</extracomment>
        <translation>%1 · %2 · %3 sobre %4: %5</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>By unit</source>
        <translation>Por unidad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 injects, %2 acknowledged, %3 done, %4 missed</source>
        <extracomment>Per-unit summary: counts of injects.</extracomment>
        <translation>%1 inyecciones, %2 recibidas, %3 hechas, %4 no realizadas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <extracomment>The report&apos;s list of every log entry of the drill, in time order.</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry logged on the drill&apos;s tasks, in time order</source>
        <translation>Todas las entradas registradas en las tareas del simulacro, por orden de hora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2 · %3 on %4</source>
        <extracomment>A timeline entry without text (the task opened): %1 drill time, %2 who, %3 the kind of entry, %4 the task.</extracomment>
        <translation>%1 · %2 · %3 sobre %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more entry(ies) in the saved report.</source>
        <translation>
            <numerusform>%n entrada más en el informe guardado.</numerusform>
            <numerusform>%n entradas más en el informe guardado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../qml/pages/DrillsPage.qml" line="+41"/>
        <source>No drills yet</source>
        <translation>Aún no hay simulacros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For coordinators</source>
        <translation>Para coordinadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a scenario file to create a drill for your units, or wait for one an administrator imports.</source>
        <translation>Importa un archivo de escenario para crear un simulacro para tus unidades, o espera a que lo importe un administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drills of your units appear here once a coordinator imports one.</source>
        <extracomment>Empty drill list of an evaluator.</extracomment>
        <translation>Los simulacros de sus unidades aparecen aquí cuando un coordinador importa uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinators run drills from this page.</source>
        <translation>Los coordinadores dirigen los simulacros desde esta página.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Import scenario</source>
        <translation>Importar escenario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../qml/components/EmptyState.qml" line="+16"/>
        <source>%1. %2</source>
        <extracomment>Screen-reader text of an empty list: %1 the title, %2 the explanation.</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ExerciseBanner</name>
    <message>
        <location filename="../../qml/components/ExerciseBanner.qml" line="+19"/>
        <source>Exercise. Drill data, not real tasking.</source>
        <translation>Simulacro. Datos de simulacro, no tareas reales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: %1. Drill data, not real tasking.</source>
        <translation>Simulacro: %1. Datos de simulacro, no tareas reales.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>EXERCISE</source>
        <extracomment>Banner on all drill data so it is never taken for real tasking. Capitals, one short word.</extracomment>
        <translation>SIMULACRO</translation>
    </message>
</context>
<context>
    <name>ExerciseTag</name>
    <message>
        <location filename="../../qml/components/ExerciseTag.qml" line="+8"/>
        <source>EXERCISE</source>
        <extracomment>The mark on drill tasks; keep it short and in capitals where the script has them.</extracomment>
        <translation>SIMULACRO</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+87"/>
        <source>Changes not sent yet</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused changes kept</source>
        <translation>Cambios rechazados guardados</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</source>
        <translation>
            <numerusform>%n cambio hecho en este dispositivo aún no ha llegado al servidor. Se queda en este dispositivo y se envía cuando vuelva a iniciar sesión con esta cuenta.</numerusform>
            <numerusform>%n cambios hechos en este dispositivo aún no han llegado al servidor. Se quedan en este dispositivo y se envían cuando vuelva a iniciar sesión con esta cuenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) the server refused stay listed on the Sync tab of this device. They are not sent again: make them again if they are still needed.</source>
        <extracomment>Before signing out: changes the server refused are not sent again; they stay listed on the Sync tab.</extracomment>
        <translation>
            <numerusform>%n cambio que el servidor rechazó sigue en la pestaña Sincronizar de este dispositivo. No se vuelve a enviar: hágalo de nuevo si todavía hace falta.</numerusform>
            <numerusform>%n cambios que el servidor rechazó siguen en la pestaña Sincronizar de este dispositivo. No se vuelven a enviar: hágalos de nuevo si todavía hacen falta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stay signed in</source>
        <translation>Seguir con la sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out anyway</source>
        <translation>Cerrar sesión igualmente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field member</source>
        <translation>Miembro de campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change task</source>
        <translation>Cambiar tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+113"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+118"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+116"/>
        <source>Drills</source>
        <translation>Simulacros</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+113"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill tasks</source>
        <extracomment>Title of an evaluator&apos;s task list: the drill tasks they observe.</extracomment>
        <translation>Tareas del simulacro</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Back to the drill</source>
        <translation>Volver al simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the task list</source>
        <translation>Volver a la lista de tareas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back to the dashboard</source>
        <translation>Volver al panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the drill list</source>
        <translation>Volver a la lista de simulacros</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your changes are safe on this device. Sign in again to send them.</source>
        <translation>Tus cambios están a salvo en este dispositivo. Inicia sesión de nuevo para enviarlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+281"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-533"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>The server was restored from a backup, so this device fetched everything again. Changes sent after that backup may be missing: check your recent actions and log again what is gone.</source>
        <translation>El servidor se restauró desde una copia de seguridad, así que este dispositivo volvió a descargarlo todo. Puede que falten cambios enviados después de esa copia: revise sus acciones recientes y vuelva a registrar lo que falte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <extracomment>Dismisses the notice that the server was restored from a backup.</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 (%2)</source>
        <extracomment>Bottom navigation label with a count, e.g. &quot;Sync (1)&quot;: %1 the label, %2 the count.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sign in again</source>
        <translation>Inicia sesión de nuevo</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>ImportScenarioPage</name>
    <message>
        <location filename="../../qml/pages/ImportScenarioPage.qml" line="+33"/>
        <source>Choose a scenario file</source>
        <translation>Elige un archivo de escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios (*.csv *.json)</source>
        <translation>Escenarios (*.csv *.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import scenario</source>
        <translation>Importar escenario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A scenario file lists the injects of a drill: number, time offset, target unit, title, instructions, expected action, priority, deadline, delivery note and controller note. CSV and JSON files are accepted.</source>
        <translation>Un archivo de escenario enumera las inyecciones de un simulacro: número, momento, unidad destinataria, título, instrucciones, acción esperada, prioridad, plazo, nota de entrega y nota del controlador. Se aceptan archivos CSV y JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file</source>
        <translation>Elegir otro archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%n problema en %1</numerusform>
            <numerusform>%n problemas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is imported until the file is fixed.</source>
        <translation>No se importa nada hasta que se corrija el archivo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run by</source>
        <extracomment>The unit that runs an imported drill.</extracomment>
        <translation>Dirigido por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Injects</source>
        <translation>Inyecciones</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s) over %1</source>
        <translation>
            <numerusform>%n inyección en %1</numerusform>
            <numerusform>%n inyecciones en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-stage injects on the units&apos; devices before their release</source>
        <translation>Enviar las inyecciones a los dispositivos de las unidades antes de publicarlas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import drill</source>
        <extracomment>Button: write the checked scenario as a planned drill.</extracomment>
        <translation>Importar simulacro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>InfoRow</name>
    <message>
        <location filename="../../qml/components/InfoRow.qml" line="+34"/>
        <source>%1: %2</source>
        <extracomment>Screen-reader text of a settings line: %1 what, %2 its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InjectDelegate</name>
    <message>
        <location filename="../../qml/components/InjectDelegate.qml" line="+32"/>
        <source>Releases in %1</source>
        <extracomment>An inject not yet released; %1 is the drill time left, e.g. &quot;04:30&quot;.</extracomment>
        <translation>Se publica en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <extracomment>An inject its unit set blocked (its deadline not passed yet).</extracomment>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <extracomment>The inject&apos;s deadline passed without it being acknowledged.</extracomment>
        <translation>No realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inject %1</source>
        <translation>Inyección %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expected: %1</source>
        <translation>Se espera: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release now</source>
        <translation>Publicar ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release now: %1</source>
        <translation>Publicar ya: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send follow-up</source>
        <translation>Enviar seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send follow-up: %1</source>
        <translation>Enviar seguimiento: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/components/LanguagePicker.qml" line="+31"/>
        <location line="+34"/>
        <source>Language</source>
        <extracomment>Caption next to the language picker.</extracomment>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LocalWrite</name>
    <message>
        <location filename="../src/localwrite.cpp" line="+12"/>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Couldn&apos;t save on this device: its storage is full. Free some space (photos, videos, other apps), then try again.</source>
        <translation>No se pudo guardar en este dispositivo: su almacenamiento está lleno. Libere espacio (fotos, vídeos, otras aplicaciones) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>No se pudo guardar en este dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>LogActionSheet</name>
    <message>
        <location filename="../../qml/components/LogActionSheet.qml" line="+22"/>
        <source>Log action</source>
        <translation>Registrar acción</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+147"/>
        <source>Attach a photo or file</source>
        <extracomment>The file picker&apos;s title. On a phone it also offers the camera.</extracomment>
        <translation>Adjuntar foto o archivo</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+14"/>
        <source>What did you do?</source>
        <translation>¿Qué has hecho?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: gauges read, 3.4 m at Weir Lane</source>
        <translation>Por ejemplo: medidores leídos, 3,4 m en Weir Lane</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Removed “%1”.</source>
        <extracomment>In the log sheet after an attachment chip was tapped; %1 is the file&apos;s name.</extracomment>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <extracomment>Puts back the attachment just removed in the log sheet.</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: put back %1</source>
        <translation>Deshacer: volver a adjuntar %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a photo</source>
        <translation>Tomar una foto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach my location</source>
        <translation>Adjuntar mi ubicación</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Preparing your files</source>
        <extracomment>Screen-reader name of the spinner while a photo is prepared or files are stored.</extracomment>
        <translation>Preparando tus archivos</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <location filename="../../qml/components/LogEntryDelegate.qml" line="+32"/>
        <source>%1, %2, %3: %4</source>
        <extracomment>Screen-reader text of a log entry: %1 kind, %2 time, %3 author, %4 text.</extracomment>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Location: %1</source>
        <extracomment>Where a logged action happened: %1 is &quot;lat, lon ±accuracy m&quot;.</extracomment>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Opened by %1</source>
        <extracomment>A discreet timeline line: the member first opened the task.</extracomment>
        <translation>Abierta por %1</translation>
    </message>
</context>
<context>
    <name>LogLocation</name>
    <message>
        <location filename="../src/attachmenttext.cpp" line="+21"/>
        <source>%1 ±%2 m</source>
        <extracomment>A location and its accuracy in metres: &quot;52.52000, 13.40500 ±12 m&quot;.</extracomment>
        <translation>%1 ±%2 m</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../qml/pages/LoginPage.qml" line="+47"/>
        <location line="+93"/>
        <location line="+188"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Sign in to Muster</source>
        <translation>Iniciar sesión en Muster</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Use the login your coordinator gave you.</source>
        <translation>Usa el usuario que te dio tu coordinador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Login</source>
        <extracomment>Field label: the account name a coordinator gives each member (a noun, not &quot;sign in&quot;).</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. j.okafor</source>
        <extracomment>Example login in the empty field; keep &quot;j.okafor&quot;.</extracomment>
        <translation>p. ej., j.okafor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your coordinator if you don&apos;t know it.</source>
        <translation>Si no la sabes, pregunta a tu coordinador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This device has no secure key store, so a PIN protects Muster&apos;s data on it. Choose one of at least %1 digits: you&apos;ll type it each time you open Muster.</source>
        <translation>Este dispositivo no tiene un almacén seguro de claves, así que un PIN protege los datos de Muster en él. Elige uno de al menos %1 dígitos: lo escribirás cada vez que abras Muster.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repeat the PIN</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <extracomment>Heading above a server certificate&apos;s fingerprint at sign-in.</extracomment>
        <translation>Huella digital del certificado (SHA-256)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fingerprint %1</source>
        <translation>Huella digital %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the new certificate and sign in</source>
        <translation>Confiar en el certificado nuevo e iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate and sign in</source>
        <translation>Confiar en este certificado e iniciar sesión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Works offline after your first sign-in.</source>
        <translation>Funciona sin conexión tras el primer inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+23"/>
        <source>Muster</source>
        <extracomment>Window title, the app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>NewTaskPage</name>
    <message>
        <location filename="../../qml/pages/NewTaskPage.qml" line="+78"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change task</source>
        <translation>Cambiar tarea</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only coordinators can create tasks, and only for units this device has received.</source>
        <translation>Solo los coordinadores pueden crear tareas, y solo para unidades que este dispositivo ya ha recibido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <extracomment>Label of the new task&apos;s title field.</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: check the pumps at Mill Street</source>
        <translation>Por ejemplo: revisar las bombas de Mill Street</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What to do, where, and what to report back</source>
        <translation>Qué hacer, dónde y qué informar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due</source>
        <extracomment>Label of the &quot;due in&quot; choice of a new task.</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep: %1</source>
        <extracomment>The first choice when changing a task: leave its due time as it is (%1: that time).</extracomment>
        <translation>Mantener: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No due time</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>En 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 hour</source>
        <translation>En 1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 2 hours</source>
        <translation>En 2 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 4 hours</source>
        <translation>En 4 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 8 hours</source>
        <translation>En 8 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 24 hours</source>
        <translation>En 24 horas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assigned to</source>
        <extracomment>Label of the member a new task is assigned to.</extracomment>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole unit</source>
        <translation>Toda la unidad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved on this device at once and sent with the next sync, also without a connection.</source>
        <translation>Se guarda al momento en este dispositivo y se envía con la próxima sincronización, también sin conexión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <extracomment>Button: save the new task (or, when changing one, its changes).</extracomment>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ObservationSheet</name>
    <message>
        <location filename="../../qml/components/ObservationSheet.qml" line="+29"/>
        <source>Add observation</source>
        <translation>Añadir observación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Expected: %1</source>
        <extracomment>In the evaluator&apos;s observation sheet: what the scenario expects the unit to do. %1 is that text.</extracomment>
        <translation>Se espera: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>What did you observe?</source>
        <translation>¿Qué observó?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>QtSyncTransport</name>
    <message>
        <location filename="../src/qtsynctransport.cpp" line="+40"/>
        <source>The server does not take something this large.</source>
        <translation>El servidor no acepta algo tan grande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused: this account may not do that.</source>
        <translation>El servidor lo rechazó: esta cuenta no puede hacer eso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Muster tries again shortly.</source>
        <translation>El servidor está ocupado. Muster lo intentará de nuevo en breve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file reached the server damaged. It is sent again.</source>
        <translation>Un archivo llegó dañado al servidor. Se enviará de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <extracomment>%1 a sentence about a refused request, %2 the server&apos;s own reason (often in English).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate isn&apos;t the one this device trusts, so nothing was sent. If your coordinator says it changed, sign out and in again to trust the new one; your changes stay on this device.</source>
        <translation>El certificado del servidor no es el que este dispositivo considera de confianza, así que no se envió nada. Si su coordinador dice que cambió, cierre sesión y vuelva a entrar para confiar en el nuevo; sus cambios se quedan en este dispositivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can&apos;t reach the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync was interrupted.</source>
        <translation>La sincronización se interrumpió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asks you to sign in again.</source>
        <translation>El servidor pide que inicies sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is unavailable (HTTP %1).</source>
        <translation>El servidor no está disponible (HTTP %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused the sync request (HTTP %1).</source>
        <translation>El servidor rechazó la sincronización (HTTP %1).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A file could not be uploaded: %1</source>
        <translation>No se pudo subir un archivo: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An attached file is missing on this device: %1</source>
        <translation>Falta un archivo adjunto en este dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>RejectedChangesPage</name>
    <message>
        <location filename="../../qml/pages/RejectedChangesPage.qml" line="+30"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem; trying again soon.</source>
        <translation>El servidor tuvo un problema; se volverá a intentar pronto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for free space on this device; trying again soon.</source>
        <extracomment>Sync state: this device&apos;s storage is full, so what the server sends cannot be stored.</extracomment>
        <translation>Esperando espacio libre en este dispositivo; se reintentará pronto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection; changes are kept on this device.</source>
        <translation>Sin conexión; los cambios se guardan en este dispositivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to send your changes.</source>
        <translation>Inicia sesión de nuevo para enviar tus cambios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date.</source>
        <translation>Todo al día.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n conflict(s) await a coordinator.</source>
        <translation>
            <numerusform>%n conflicto espera a un coordinador.</numerusform>
            <numerusform>%n conflictos esperan a un coordinador.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolve</source>
        <extracomment>Button: open the list of conflicts to resolve them.</extracomment>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Resolver conflictos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted every change sent from this device.</source>
        <translation>El servidor aceptó todos los cambios enviados desde este dispositivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept these changes. They are kept here so nothing is lost silently; dismiss each one once you have dealt with it.</source>
        <translation>El servidor no aceptó estos cambios. Se guardan aquí para que nada se pierda sin aviso; descarta cada uno cuando lo hayas resuelto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log entry on “%1”</source>
        <translation>Entrada del registro en «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log entry on a task no longer here</source>
        <extracomment>A refused log entry whose task is no longer on this device.</extracomment>
        <translation>Entrada del registro en una tarea que ya no está aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New task “%1”</source>
        <extracomment>A task created on this device that the server refused; %1 is its title.</extracomment>
        <translation>Tarea nueva «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill control on “%1”</source>
        <extracomment>A refused drill control (start, pause, end, comms check…); %1 is the drill&apos;s title.</extracomment>
        <translation>Control del simulacro «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drill control</source>
        <translation>Control del simulacro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict resolution on “%1”</source>
        <extracomment>A refused conflict resolution; %1 is the title of the task or drill the conflict was on.</extracomment>
        <translation>Resolución del conflicto en «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolution</source>
        <translation>Resolución de un conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to “%1”</source>
        <translation>Cambio en «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to a task no longer here</source>
        <extracomment>A refused change to a task no longer on this device.</extracomment>
        <translation>Cambio en una tarea que ya no está aquí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account may not make this change.</source>
        <extracomment>Why the server refused a change: the account may not make it (role or scope).</extracomment>
        <translation>Esta cuenta no puede hacer este cambio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It refers to something the server does not have.</source>
        <extracomment>Why the server refused a change: what it refers to is not on the server (deleted, or never synced).</extracomment>
        <translation>Se refiere a algo que el servidor no tiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log entry cannot be changed once written.</source>
        <extracomment>Why the server refused a change: log entries cannot be edited once written.</extracomment>
        <translation>Una entrada del registro no se puede cambiar una vez escrita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept it from this version of the app.</source>
        <extracomment>Why the server refused a change: the app sent something the server does not accept.</extracomment>
        <translation>El servidor no lo acepta de esta versión de la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s clock is far ahead. Check its date and time.</source>
        <extracomment>Why the server refused a change: this device&apos;s clock is far ahead.</extracomment>
        <translation>El reloj de este dispositivo va muy adelantado. Revisa su fecha y hora.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refused: %1</source>
        <extracomment>%1 is the server&apos;s reason for refusing a change.</extracomment>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server: %1</source>
        <extracomment>%1 is the server&apos;s own words (often English), below the translated reason.</extracomment>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open task</source>
        <extracomment>Button on a refused change: open the task it was about (to make the change again).</extracomment>
        <translation>Abrir tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open task: %1</source>
        <translation>Abrir tarea: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioProblem</name>
    <message>
        <location filename="../src/scenarioproblemtext.cpp" line="+54"/>
        <source>line %1, column %2 (%3): %4</source>
        <extracomment>Where a scenario problem is: line and column in the file, the column&apos;s header or JSON path as written there, then the problem.</extracomment>
        <translation>línea %1, columna %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 (%2): %3</source>
        <translation>línea %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../../shared/src/msel_messages.cpp" line="+21"/>
        <source>%1 is too long: %2 bytes, at most %3 allowed</source>
        <translation>%1 excede el límite: %2 bytes, como máximo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are too long: %2 bytes, at most %3 allowed</source>
        <translation>%1 exceden el límite: %2 bytes, como máximo %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be one line without control characters</source>
        <translation>%1 debe ocupar una sola línea, sin caracteres de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain control characters</source>
        <translation>%1 no debe contener caracteres de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 problems; fix these and import again to see the rest</source>
        <translation>más de %1 problemas; corrige estos e importa de nuevo para ver el resto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is UTF-16 (or UTF-32); save it as UTF-8</source>
        <translation>el archivo está en UTF-16 (o UTF-32); guárdalo como UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is UTF-32; save it as UTF-8</source>
        <translation>el archivo está en UTF-32; guárdalo como UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time offset is missing; use +HH:MM, 90m or 1h30m</source>
        <translation>falta el momento; usa +HH:MM, 90m o 1h30m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an inject number; use a whole number from 1 to %2</source>
        <translation>%1 no es un número de inyección; usa un número entero del 1 al %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a unit code or path; use codes of a-z, 0-9 and - like north or hq/north</source>
        <translation>%1 no es un código ni una ruta de unidad; usa códigos con a-z, 0-9 y -, como north o hq/north</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a priority; use one of: %2</source>
        <translation>%1 no es una prioridad; usa uno de estos: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms is outside 0 to 7 days (%2 ms)</source>
        <translation>%1 ms está fuera del intervalo de 0 a 7 días (%2 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deadline of 0 leaves no time; leave it empty for no deadline</source>
        <translation>un plazo de 0 no deja tiempo; déjalo vacío si no hay plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the instructions and delivery note together are too long: %1 bytes, at most %2 allowed</source>
        <translation>las instrucciones y la nota de entrega juntas exceden el límite: %1 bytes, como máximo %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inject %1 is already used on line %2</source>
        <translation>la inyección %1 ya se usa en la línea %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject %1 is already used at %2</source>
        <translation>la inyección %1 ya se usa en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than %1 MiB; split the scenario</source>
        <translation>el archivo supera los %1 MiB; divide el escenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quoted cell is never closed; add the closing &quot; (a &quot; inside a quoted cell is written &quot;&quot;)</source>
        <translation>una celda entre comillas nunca se cierra; añade la &quot; de cierre (una &quot; dentro de una celda entre comillas se escribe &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after a closing quote; write a &quot; inside a quoted cell as &quot;&quot;</source>
        <translation>texto inesperado tras unas comillas de cierre; escribe una &quot; dentro de una celda entre comillas como &quot;&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>el texto no es UTF-8 válido; guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title is given twice (first on line %1)</source>
        <translation>el título aparece dos veces (la primera en la línea %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not yes or no</source>
        <translation>%1 no es yes ni no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column %1; known columns: %2</source>
        <translation>columna desconocida %1; columnas conocidas: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 repeats column %2 (%3)</source>
        <translation>la columna %1 repite la columna %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header has no %1 column</source>
        <translation>el encabezado no tiene la columna %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cell is beyond the header&apos;s last column (%1)</source>
        <translation>esta celda está más allá de la última columna del encabezado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cell is under a column with no name</source>
        <translation>esta celda está bajo una columna sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no header row; the first row names the columns: %1</source>
        <translation>el archivo no tiene fila de encabezado; la primera fila nombra las columnas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 injects; split the scenario into several drills</source>
        <translation>más de %1 inyecciones; divide el escenario en varios simulacros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario has no injects; add one row per inject under the header</source>
        <translation>el escenario no tiene inyecciones; añade una fila por inyección bajo el encabezado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no injects</source>
        <translation>el escenario no tiene inyecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than 7 days; a %2 can be at most +168:00</source>
        <translation>%1 supera los 7 días; como %2 se admite como máximo +168:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a %2; use +HH:MM, 90m or 1h30m</source>
        <translation>%1 no sirve como %2; usa +HH:MM, 90m o 1h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate key %1; each key may appear once in an object</source>
        <translation>clave repetida %1; cada clave puede aparecer una sola vez en un objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scenario is a JSON object with &quot;title&quot; and &quot;injects&quot;; expected an object, got %1</source>
        <translation>un escenario es un objeto JSON con &quot;title&quot; e &quot;injects&quot;; se esperaba un objeto y hay %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key %1; known keys: %2</source>
        <translation>clave desconocida %1; claves conocidas: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1 y hay %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing &quot;injects&quot;, the list of injects</source>
        <translation>falta &quot;injects&quot;, la lista de inyecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>indica &quot;%1&quot; o &quot;%2&quot;, no ambos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a string like &quot;+01:30&quot;; for milliseconds use &quot;%1&quot;</source>
        <translation>se esperaba un texto como &quot;+01:30&quot;; para milisegundos usa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario does not say which unit runs the drill; add &quot;# unit: CODE&quot; (CSV) or &quot;unit&quot; (JSON), or give it to the import</source>
        <translation>el escenario no dice qué unidad dirige el simulacro; añade &quot;# unit: CÓDIGO&quot; (CSV) o &quot;unit&quot; (JSON), o indícala al importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown unit %1 to run the drill; check its code or path</source>
        <translation>unidad desconocida %1 para dirigir el simulacro; revisa su código o ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no title; add &quot;# title: …&quot; (CSV) or &quot;title&quot; (JSON), or give one to the import</source>
        <translation>el escenario no tiene título; añade &quot;# title: …&quot; (CSV) o &quot;title&quot; (JSON), o indica uno al importar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a drill key (a lowercase UUID)</source>
        <translation>%1 no es una clave de simulacro (un UUID en minúsculas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown unit %1; check its code or path</source>
        <translation>unidad desconocida %1; revisa su código o ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit %1 is outside the units you coordinate</source>
        <translation>la unidad %1 está fuera de las unidades que coordinas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the inject number</source>
        <translation>el número de inyección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time offset</source>
        <translation>el momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target unit</source>
        <translation>la unidad destinataria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the instructions</source>
        <translation>las instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expected action</source>
        <translation>la acción esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the priority</source>
        <translation>la prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline</source>
        <translation>el plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delivery note</source>
        <translation>la nota de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the controller note</source>
        <translation>la nota del controlador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario title</source>
        <translation>el título del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario description</source>
        <translation>la descripción del escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time offset</source>
        <translation>momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an array of injects</source>
        <translation>una lista (array) de inyecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of milliseconds</source>
        <translation>un número entero de milisegundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fraction</source>
        <translation>un número con decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>una lista (array)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un valor booleano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another kind of value</source>
        <translation>otro tipo de valor</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../src/loginprotocol.cpp" line="+51"/>
        <source>Enter the server address, e.g. https://muster.example.org</source>
        <translation>Escribe la dirección del servidor, p. ej., https://muster.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your login and password.</source>
        <translation>Escribe tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muster can&apos;t save its data on this device. Check the free space and try again.</source>
        <translation>Muster no puede guardar sus datos en este dispositivo. Comprueba el espacio libre y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the server. Check the address and your connection.</source>
        <translation>No se puede conectar con el servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate isn&apos;t trusted. Check the address or ask your coordinator.</source>
        <translation>El certificado de seguridad del servidor no es de confianza. Comprueba la dirección o pregunta a tu coordinador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No authority this device knows vouches for this server&apos;s certificate. If the fingerprint below matches the one your coordinator gave you, trust it.</source>
        <translation>Ninguna autoridad conocida por este dispositivo avala el certificado de este servidor. Si la huella digital de abajo coincide con la que le dio su coordinador, confíe en él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server&apos;s certificate has changed since you trusted it. Trust the new one only if your coordinator says it changed: it may not be your server.</source>
        <translation>El certificado de este servidor ha cambiado desde que confió en él. Confíe en el nuevo solo si su coordinador dice que cambió: puede que no sea su servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Demasiados intentos. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server doesn&apos;t speak Muster&apos;s protocol (or is a different version).</source>
        <translation>Este servidor no usa el protocolo de Muster (o es de otra versión).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator erased Muster&apos;s data on this device, so it can&apos;t sign in as before. Its local data has been removed: sign in again to start afresh, or ask your coordinator.</source>
        <translation>Un administrador borró los datos de Muster en este dispositivo, así que no puede iniciar sesión como antes. Sus datos locales se han eliminado: inicia sesión de nuevo para empezar desde cero o pregunta a tu coordinador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address starts with http://, so your password and tasks would cross the network unprotected. Use the server&apos;s https:// address.</source>
        <translation>Esta dirección empieza por http://, así que tu contraseña y tus tareas cruzarían la red sin protección. Usa la dirección https:// del servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server couldn&apos;t sign you in right now. Try again in a few minutes.</source>
        <translation>El servidor no ha podido iniciar tu sesión ahora. Vuelve a intentarlo en unos minutos.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="+43"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <extracomment>The account&apos;s login name.</extracomment>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted certificate (SHA-256)</source>
        <extracomment>The fingerprint of a server certificate the member chose to trust at sign-in.</extracomment>
        <translation>Certificado de confianza (SHA-256)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to send</source>
        <translation>Pendiente de enviar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these into a message when you ask for help. They hold no password.</source>
        <translation>Cópialos en un mensaje cuando pidas ayuda. No contienen ninguna contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device id</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data on this device</source>
        <translation>Datos en este dispositivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
</context>
<context>
    <name>StatusBars</name>
    <message>
        <location filename="../../qml/components/StatusBars.qml" line="+37"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <extracomment>Screen-reader text of one dashboard bar: %1 the status, %2 the number of tasks.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../qml/components/SyncStatusBar.qml" line="+23"/>
        <source>Last sync %1</source>
        <extracomment>%1 is a relative time such as &quot;2 min ago&quot;.</extracomment>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) refused</source>
        <extracomment>Changes the server did not accept (listed on the Sync page).</extracomment>
        <translation>
            <numerusform>%n cambio rechazado</numerusform>
            <numerusform>%n cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to send</source>
        <translation>Nada pendiente de enviar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to send</source>
        <extracomment>Changes stored on this device, not yet sent to the server.</extracomment>
        <translation>
            <numerusform>%n cambio pendiente de enviar</numerusform>
            <numerusform>%n cambios pendientes de enviar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n change(s) refused, show them</source>
        <extracomment>Screen-reader name of the refused-changes count in the sync bar; a tap lists them.</extracomment>
        <translation>
            <numerusform>%n cambio rechazado, mostrarlo</numerusform>
            <numerusform>%n cambios rechazados, mostrarlos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../../qml/components/TaskDelegate.qml" line="+29"/>
        <source>Due %1</source>
        <extracomment>%1 is a relative time such as &quot;in 20 min&quot; or &quot;5 min ago&quot;.</extracomment>
        <translation>Vence %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+85"/>
        <source>New</source>
        <extracomment>Marker on a task that arrived since the user last looked.</extracomment>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <location filename="../../qml/pages/TaskDetailPage.qml" line="+41"/>
        <source>No task selected</source>
        <translation>Ninguna tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a task from the list to see what to do.</source>
        <translation>Elige una tarea de la lista para ver qué hacer.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Expected action</source>
        <translation>Acción esperada</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change…</source>
        <extracomment>Button (coordinators): change the task&apos;s title, priority, due time, unit or assignee.</extracomment>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Action log</source>
        <translation>Registro de acciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log action</source>
        <translation>Registrar acción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add observation</source>
        <translation>Añadir observación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+18"/>
        <source>What blocks this task?</source>
        <translation>¿Qué bloquea esta tarea?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: road closed at Station Road</source>
        <translation>Por ejemplo: carretera cortada en Station Road</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Set blocked</source>
        <extracomment>Button: save the task as blocked with the reason typed.</extracomment>
        <translation>Marcar bloqueada</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../../qml/pages/TaskListPage.qml" line="+51"/>
        <location line="+4"/>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My tasks</source>
        <extracomment>Filter: tasks assigned to me or to my unit.</extracomment>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit tasks</source>
        <extracomment>Filter: every task this device holds for the unit(s).</extracomment>
        <translation>Tareas de la unidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <extracomment>Filter: tasks not finished yet.</extracomment>
        <translation>Activas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise</source>
        <extracomment>Filter: only drill (exercise) tasks.</extracomment>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New task</source>
        <extracomment>Button (coordinators): write a new task.</extracomment>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tasks yet</source>
        <translation>Aún no hay tareas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matching tasks</source>
        <translation>Ninguna tarea coincide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tasks of drills in your units appear here when their injects are released.</source>
        <extracomment>Empty task list of an evaluator (who observes drills and is assigned no tasks).</extracomment>
        <translation>Las tareas de los simulacros de sus unidades aparecen aquí cuando se liberan sus inyecciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Las tareas de tu unidad aparecen aquí tras la primera sincronización.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Try another filter or clear the search.</source>
        <translation>Prueba otro filtro o borra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../qml/components/TaskText.qml" line="+13"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <extracomment>Button: confirm the task was received.</extracomment>
        <translation>Confirmar recepción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>Button: start working on the task.</extracomment>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <extracomment>Button: mark the task as done.</extracomment>
        <translation>Marcar hecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked…</source>
        <extracomment>Button: report that something stops the task.</extracomment>
        <translation>Bloqueada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <extracomment>Button (coordinators): open a finished task again.</extracomment>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel task</source>
        <extracomment>Button (coordinators): call the task off (sent in error, or no longer needed).</extracomment>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <extracomment>Log kind: the member first opened the task.</extracomment>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inject %1 · %2</source>
        <extracomment>An inject: %1 its number in the drill, %2 a title (the drill&apos;s or the inject&apos;s).</extracomment>
        <translation>Inyección %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P: performed without challenges</source>
        <translation>P: realizada sin dificultades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S: performed with some challenges</source>
        <translation>S: realizada con algunas dificultades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: performed with major challenges</source>
        <translation>M: realizada con grandes dificultades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U: unable to be performed</source>
        <translation>U: no se pudo realizar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due time</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill state</source>
        <extracomment>Conflicting field of a drill or an inject (two coordinators changed it offline).</extracomment>
        <translation>Estado del simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill start</source>
        <translation>Inicio del simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at</source>
        <translation>En pausa desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time paused</source>
        <translation>Tiempo en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill end</source>
        <translation>Fin del simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-stage injects</source>
        <translation>Preinstalar inyecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comms check</source>
        <translation>Prueba de comunicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release on the drill clock</source>
        <translation>Publicación en el reloj del simulacro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time allowed after release</source>
        <translation>Tiempo permitido tras la publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected action</source>
        <translation>Acción esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller&apos;s note</source>
        <translation>Nota del controlador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/pages/UnlockPage.qml" line="+43"/>
        <location line="+131"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Unlock Muster</source>
        <translation>Desbloquear Muster</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Enter your PIN</source>
        <translation>Escribe tu PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Muster&apos;s data on this device is locked with the PIN you chose at your first sign-in.</source>
        <translation>Los datos de Muster en este dispositivo están bloqueados con el PIN que elegiste al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the PIN</source>
        <translation>Comprobando el PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot your PIN?</source>
        <translation>¿Olvidaste tu PIN?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without the PIN, Muster&apos;s data on this device can&apos;t be opened. You can erase it and sign in again: changes not yet sent to the server are lost.</source>
        <translation>Sin el PIN no se pueden abrir los datos de Muster en este dispositivo. Puedes borrarlos e iniciar sesión de nuevo: se perderán los cambios que aún no se enviaron al servidor.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erase and sign in again</source>
        <translation>Borrar e iniciar sesión de nuevo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Try the PIN again</source>
        <translation>Probar el PIN otra vez</translation>
    </message>
</context>
<context>
    <name>muster::app::AccountSession</name>
    <message>
        <location filename="../src/accountsession.cpp" line="+104"/>
        <source>Can&apos;t create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Can&apos;t open this account&apos;s data: %1</source>
        <translation>No se pueden abrir los datos de esta cuenta: %1</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>An administrator erased Muster&apos;s data on this device.</source>
        <translation>Un administrador borró los datos de Muster en este dispositivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator erased Muster&apos;s data on this device (reason: %1).</source>
        <translation>Un administrador borró los datos de Muster en este dispositivo (motivo: %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) made on this device had not reached the server and are lost.</source>
        <translation>
            <numerusform>%n cambio hecho en este dispositivo no había llegado al servidor y se ha perdido.</numerusform>
            <numerusform>%n cambios hechos en este dispositivo no habían llegado al servidor y se han perdido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made on this device may not all have reached the server.</source>
        <translation>Puede que no todos los cambios hechos en este dispositivo hayan llegado al servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change made on this device had reached the server.</source>
        <translation>Todos los cambios hechos en este dispositivo habían llegado al servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to keep working.</source>
        <translation>Inicia sesión de nuevo para seguir trabajando.</translation>
    </message>
    <message>
        <location filename="../src/accountsettings.cpp" line="+58"/>
        <source>This device&apos;s data could not be unlocked: its key does not fit. Nothing was changed.</source>
        <translation>No se pudieron desbloquear los datos de este dispositivo: su clave no coincide. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account&apos;s data on this device was written by a newer version of Muster. Update the app to open it; nothing was changed or lost.</source>
        <translation>Los datos de esta cuenta en este dispositivo los escribió una versión más nueva de Muster. Actualiza la aplicación para abrirlos; no se cambió ni se perdió nada.</translation>
    </message>
</context>
<context>
    <name>muster::app::AttachmentOpener</name>
    <message>
        <location filename="../src/attachmentopener.cpp" line="+54"/>
        <location line="+71"/>
        <source>This attachment can&apos;t be opened.</source>
        <translation>No se puede abrir este adjunto.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+28"/>
        <source>Sign in again to fetch this attachment.</source>
        <translation>Vuelve a iniciar sesión para descargar este adjunto.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Can&apos;t reach the server to fetch this attachment. Try again when you are online.</source>
        <translation>No se puede conectar con el servidor para descargar este adjunto. Inténtalo de nuevo cuando estés en línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server doesn&apos;t have this attachment yet: the device that added it has not synced it.</source>
        <translation>El servidor aún no tiene este adjunto: el dispositivo que lo añadió no lo ha sincronizado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not send this attachment (HTTP %1).</source>
        <translation>El servidor no pudo enviar este adjunto (HTTP %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t keep this attachment on this device: %1</source>
        <translation>No se puede guardar este adjunto en el dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::ConflictListModel</name>
    <message>
        <location filename="../src/conflictlistmodel.cpp" line="+252"/>
        <location line="+9"/>
        <source>This conflict is no longer open.</source>
        <translation>Este conflicto ya no está abierto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a whole number.</source>
        <translation>Escribe un número entero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This value can&apos;t be typed in; pick one of the two.</source>
        <translation>Este valor no se puede escribir; elige uno de los dos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only coordinators can resolve conflicts.</source>
        <translation>Solo los coordinadores pueden resolver conflictos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the server can change this value.</source>
        <translation>Solo el servidor puede cambiar este valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This value is not valid here: %1</source>
        <translation>Este valor no es válido aquí: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>No se pudo guardar en este dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::DeviceKeys</name>
    <message>
        <location filename="../src/devicekeys.cpp" line="+135"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Los dos PIN no son iguales. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Elige un PIN de al menos %1 dígitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muster could not protect this device&apos;s data: %1</source>
        <translation>Muster no pudo proteger los datos de este dispositivo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>PIN incorrecto. Espera %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>PIN incorrecto. Espera %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muster could not open this device&apos;s keys: %1</source>
        <translation>Muster no pudo abrir las claves de este dispositivo: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter your PIN first.</source>
        <translation>Primero escribe tu PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s key store did not answer: %1</source>
        <translation>El almacén de claves del dispositivo no respondió: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no key for this account&apos;s data.</source>
        <translation>Este dispositivo no tiene la clave de los datos de esta cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device&apos;s key store did not keep the key: %1</source>
        <translation>El almacén de claves del dispositivo no guardó la clave: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::DrillController</name>
    <message>
        <location filename="../src/drillcontroller.cpp" line="+236"/>
        <source>This drill control is not available now.</source>
        <translation>Este control del simulacro no está disponible ahora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A planned drill can be started from 1 minute to 7 days ahead.</source>
        <translation>Un simulacro planificado puede empezar de 1 minuto a 7 días más tarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an inject not yet released, in a started drill, can be released now.</source>
        <translation>Solo se puede publicar ya una inyección aún sin publicar, en un simulacro iniciado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A follow-up is only sent for an inject whose expected action was missed.</source>
        <translation>Solo se envía un seguimiento para una inyección cuya acción esperada no se realizó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up for this inject was already sent.</source>
        <translation>Ya se envió un seguimiento para esta inyección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: %1</source>
        <extracomment>Title of a follow-up inject; %1 is the missed inject&apos;s title.</extracomment>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expected action for &quot;%1&quot; was not reported in time. Do it now and report it.</source>
        <extracomment>Instructions of a follow-up inject for an inject with no expected action written down.</extracomment>
        <translation>La acción esperada para «%1» no se informó a tiempo. Hágala ahora e infórmela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected action was not reported in time: %1. Do it now and report it.</source>
        <extracomment>Instructions of a follow-up inject; %1 is the expected action.</extracomment>
        <translation>La acción esperada no se informó a tiempo: %1. Hágala ahora e infórmela.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a coordinator of this drill can ask for a comms check.</source>
        <translation>Solo un coordinador de este simulacro puede pedir una prueba de comunicaciones.</translation>
    </message>
</context>
<context>
    <name>muster::app::DrillReportController</name>
    <message>
        <location filename="../src/drillreportcontroller.cpp" line="+63"/>
        <source>Can&apos;t save the report as &quot;%1&quot;: choose HTML, CSV or JSON.</source>
        <extracomment>%1 a file format the app does not know (a programming error, shown as is).</extracomment>
        <translation>No se puede guardar el informe como &quot;%1&quot;: elija HTML, CSV o JSON.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a drill first.</source>
        <translation>Primero abre un simulacro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Sign in again to read the report.</source>
        <translation>Vuelve a iniciar sesión para leer el informe.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The report is too large to read on this device; read it on a computer.</source>
        <translation>El informe es demasiado grande para leerlo en este dispositivo; léelo en un ordenador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only coordinators of this drill&apos;s units can read its report.</source>
        <translation>Solo los coordinadores de las unidades de este simulacro pueden leer su informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server doesn&apos;t have this drill yet. Sync, then try again.</source>
        <translation>El servidor aún no tiene este simulacro. Sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Can&apos;t save the report in %1: %2</source>
        <translation>No se puede guardar el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>muster::app::LanguageController</name>
    <message>
        <location filename="../src/languagecontroller.cpp" line="+125"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>muster::app::LogDraft</name>
    <message>
        <location filename="../src/logdraft.cpp" line="+57"/>
        <location line="+163"/>
        <source>No location fix within 10 seconds. Try again outdoors.</source>
        <translation>No se obtuvo la ubicación en 10 segundos. Inténtalo de nuevo al aire libre.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Pick a file on this device.</source>
        <translation>Elige un archivo de este dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+248"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>%1 is too large to attach (%2; at most %3).</source>
        <translation>%1 es demasiado grande para adjuntarlo (%2; como máximo %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The camera gave no picture. Try again.</source>
        <translation>La cámara no dio ninguna imagen. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Can&apos;t keep the photo on this device: %1</source>
        <translation>No se puede guardar la foto en este dispositivo: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device has no location source.</source>
        <translation>Este dispositivo no tiene ninguna fuente de ubicación.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Muster may not use your location. Allow it in the system settings.</source>
        <translation>Muster no tiene permiso para usar tu ubicación. Permítelo en los ajustes del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location is switched off on this device.</source>
        <translation>La ubicación está desactivada en este dispositivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your location could not be found.</source>
        <translation>No se pudo encontrar tu ubicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding your location…</source>
        <translation>Buscando tu ubicación…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still preparing your files. Wait a moment.</source>
        <translation>Todavía preparando tus archivos. Espera un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still finding your location. Wait a moment, or turn the location off.</source>
        <translation>Todavía buscando tu ubicación. Espera un momento o desactiva la ubicación.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The task was closed before the entry was saved.</source>
        <translation>La tarea se cerró antes de guardar la entrada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Still saving the last entry. Wait a moment.</source>
        <translation>Todavía guardando la última entrada. Espera un momento.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Can&apos;t keep %1 on this device: %2</source>
        <translation>No se puede guardar %1 en este dispositivo: %2</translation>
    </message>
</context>
<context>
    <name>muster::app::NewTaskController</name>
    <message>
        <location filename="../src/newtaskcontroller.cpp" line="+132"/>
        <source>Only coordinators can create tasks.</source>
        <translation>Solo los coordinadores pueden crear tareas.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the task a title.</source>
        <translation>Ponle un título a la tarea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The title is too long.</source>
        <translation>El título es demasiado largo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instructions are too long.</source>
        <translation>Las instrucciones son demasiado largas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a unit for the task.</source>
        <translation>Elige una unidad para la tarea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assignee must be a member of the chosen unit.</source>
        <translation>La persona asignada debe ser miembro de la unidad elegida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a priority.</source>
        <translation>Elige una prioridad.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+67"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>No se pudo guardar en este dispositivo: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Only coordinators can change tasks, and only tasks this device holds.</source>
        <translation>Solo los coordinadores pueden cambiar tareas, y solo las que tiene este dispositivo.</translation>
    </message>
</context>
<context>
    <name>muster::app::PhotoCapture</name>
    <message>
        <location filename="../src/photocapture.cpp" line="+18"/>
        <source>The camera did not start. Close other apps that use it and try again.</source>
        <translation>La cámara no arrancó. Cierra otras apps que la usen e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This device has no camera. Attach a photo from its files instead.</source>
        <translation>Este dispositivo no tiene cámara. Adjunta una foto desde sus archivos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera could not be started (%1). If Muster may not use it, allow it in the system settings.</source>
        <translation>No se pudo iniciar la cámara (%1). Si Muster no tiene permiso para usarla, permítelo en los ajustes del sistema.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The photo could not be taken (%1). Try again.</source>
        <translation>No se pudo tomar la foto (%1). Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>muster::app::ScenarioImportController</name>
    <message>
        <location filename="../src/scenarioimportcontroller.cpp" line="+66"/>
        <source>Pick a scenario file on this device.</source>
        <translation>Elige un archivo de escenario de este dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a scenario (%2 MB; at most %3 MB).</source>
        <translation>%1 es demasiado grande para un escenario (%2 MB; como máximo %3 MB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only coordinators can import a scenario.</source>
        <translation>Solo los coordinadores pueden importar un escenario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Can&apos;t read this device&apos;s units: %1</source>
        <translation>No se pueden leer las unidades de este dispositivo: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivery: </source>
        <extracomment>Written into an imported task&apos;s instructions before the scenario&apos;s delivery note (&quot;Delivery: radio call from control&quot;); the unit reads it. Keep the colon and space, or what your language writes there.</extracomment>
        <translation>Entrega: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Load a scenario without problems first.</source>
        <translation>Primero carga un escenario sin problemas.</translation>
    </message>
</context>
<context>
    <name>muster::app::SyncWorker</name>
    <message>
        <location filename="../src/syncworker.cpp" line="+265"/>
        <source>This device&apos;s storage is full: what the server sent cannot be stored. Free some space; nothing waiting to be sent is lost, and syncing goes on by itself.</source>
        <translation>El almacenamiento de este dispositivo está lleno: lo que envió el servidor no se puede guardar. Libere espacio; no se pierde nada de lo que espera envío y la sincronización continúa sola.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It stays on this device and is sent again at each sync.</source>
        <translation>Se queda en este dispositivo y se envía de nuevo en cada sincronización.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attached files could not be uploaded (%1). They stay on this device and are sent again at each sync.</source>
        <translation>
            <numerusform>No se pudo subir %n archivo adjunto (%1). Se queda en este dispositivo y se envía de nuevo en cada sincronización.</numerusform>
            <numerusform>No se pudieron subir %n archivos adjuntos (%1). Se quedan en este dispositivo y se envían de nuevo en cada sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::app::TaskController</name>
    <message>
        <location filename="../src/taskcontroller.cpp" line="+120"/>
        <source>Only an evaluator can add observations, on a released drill task.</source>
        <translation>Solo un evaluador puede añadir observaciones, en una tarea de simulacro publicada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a rating.</source>
        <translation>Elija una valoración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you observed.</source>
        <translation>Escriba lo que observó.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+8"/>
        <source>This action is not available for this task.</source>
        <translation>Esta acción no está disponible para esta tarea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what blocks the task.</source>
        <translation>Indica qué bloquea la tarea.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can&apos;t add to this task&apos;s log.</source>
        <translation>No puedes añadir entradas al registro de esta tarea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you did.</source>
        <translation>Escribe lo que has hecho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of log entry is not available.</source>
        <translation>Este tipo de entrada no está disponible.</translation>
    </message>
</context>
<context>
    <name>muster::app::TimeFormatter</name>
    <message>
        <location filename="../src/timeformatter.cpp" line="+76"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min ago</source>
        <extracomment>Relative time, abbreviated; keep it short (status bars).</extracomment>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h ago</source>
        <extracomment>Relative time, abbreviated (&quot;h&quot; = hours); keep it short.</extracomment>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n h</source>
        <translation>
            <numerusform>en %n h</numerusform>
            <numerusform>en %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 s</source>
        <extracomment>Durations use unit symbols, not words; %1 is a number.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;1 h 05 min&quot;.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, e.g. &quot;2 d 3 h&quot;.</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
</context>
</TS>
