<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <location line="+37"/>
        <source>EXERCISE</source>
        <extracomment>Banner on all drill data so it is never taken for real tasking. Capitals, one short word.</extracomment>
        <translation>SIMULACRO</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+18"/>
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
        <location line="+14"/>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Signed in as %1, %2</source>
        <translation>Sesión iniciada: %1, %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No tasks yet</source>
        <translation>Aún no hay tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Las tareas de tu unidad aparecerán aquí tras la primera sincronización.</translation>
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
    <name>LoginPage</name>
    <message>
        <location filename="../../qml/pages/LoginPage.qml" line="+27"/>
        <location line="+93"/>
        <location line="+71"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Sign in to Muster</source>
        <translation>Iniciar sesión en Muster</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Use the login your coordinator gave you.</source>
        <translation>Usa el usuario que te dio tu coordinador.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+22"/>
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
        <location filename="../../qml/Main.qml" line="+21"/>
        <source>Muster</source>
        <extracomment>Window title, the app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../src/loginprotocol.cpp" line="+50"/>
        <source>Enter the server address, e.g. https://muster.example.org</source>
        <translation>Escribe la dirección del servidor, p. ej., https://muster.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your login and password.</source>
        <translation>Escribe tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
        <source>The server couldn&apos;t sign you in right now. Try again in a few minutes.</source>
        <translation>El servidor no ha podido iniciar tu sesión ahora. Vuelve a intentarlo en unos minutos.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../qml/components/SyncStatusBar.qml" line="+17"/>
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
        <location line="+10"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.</extracomment>
        <translation>%1. %2. %3</translation>
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
    <name>muster::app::TimeFormatter</name>
    <message>
        <location filename="../src/timeformatter.cpp" line="+68"/>
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
        <location line="+22"/>
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
