<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrandHeader</name>
    <message>
        <location filename="../../qml/components/BrandHeader.qml" line="+13"/>
        <source>Tasks and drills that work offline.</source>
        <translation>Tasks and drills that work offline.</translation>
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
        <translation>Muster — offline-first field tasking and drills.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill the server address.</source>
        <translation>Prefill the server address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefill the login.</source>
        <translation>Prefill the login.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where Muster keeps its data.</source>
        <translation>Where Muster keeps its data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the first page to a PNG file and exit.</source>
        <translation>Render the first page to a PNG file and exit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Window size for --screenshot, e.g. 390x844.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (en, vi or es) for this run.</source>
        <translation>Show the app in this language (en, vi or es) for this run.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size multiplier, 0.8 to 3 (default: the system&apos;s).</source>
        <translation>Text size multiplier, 0.8 to 3 (default: the system&apos;s).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir needs a folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot needs a file name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size only works with --screenshot.</source>
        <translation>--size only works with --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size must look like 390x844 (width x height, 1 to 8192).</source>
        <translation>--size must look like 390x844 (width x height, 1 to 8192).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang must be one of: %1.</source>
        <translation>--lang must be one of: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--font-scale must be a number from 0.8 to 3.</source>
        <translation>--font-scale must be a number from 0.8 to 3.</translation>
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
        <translation>Exercise. Drill data, not real tasking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: %1. Drill data, not real tasking.</source>
        <translation>Exercise: %1. Drill data, not real tasking.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>EXERCISE</source>
        <extracomment>Banner on all drill data so it is never taken for real tasking. Capitals, one short word.</extracomment>
        <translation>EXERCISE</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+18"/>
        <source>Field member</source>
        <translation>Field member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Signed in as %1, %2</source>
        <translation>Signed in as %1, %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No tasks yet</source>
        <translation>No tasks yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Tasks from your unit appear here after the first sync.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/components/LanguagePicker.qml" line="+31"/>
        <location line="+34"/>
        <source>Language</source>
        <extracomment>Caption next to the language picker.</extracomment>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../qml/pages/LoginPage.qml" line="+27"/>
        <location line="+93"/>
        <location line="+71"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Sign in to Muster</source>
        <translation>Sign in to Muster</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Use the login your coordinator gave you.</source>
        <translation>Use the login your coordinator gave you.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <extracomment>Field label: the account name a coordinator gives each member (a noun, not &quot;sign in&quot;).</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. j.okafor</source>
        <extracomment>Example login in the empty field; keep &quot;j.okafor&quot;.</extracomment>
        <translation>e.g. j.okafor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your coordinator if you don&apos;t know it.</source>
        <translation>Ask your coordinator if you don&apos;t know it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Works offline after your first sign-in.</source>
        <translation>Works offline after your first sign-in.</translation>
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
        <translation>Enter the server address, e.g. https://muster.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muster can&apos;t save its data on this device. Check the free space and try again.</source>
        <translation>Muster can&apos;t save its data on this device. Check the free space and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the server. Check the address and your connection.</source>
        <translation>Can&apos;t reach the server. Check the address and your connection.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate isn&apos;t trusted. Check the address or ask your coordinator.</source>
        <translation>The server&apos;s security certificate isn&apos;t trusted. Check the address or ask your coordinator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Too many attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server doesn&apos;t speak Muster&apos;s protocol (or is a different version).</source>
        <translation>This server doesn&apos;t speak Muster&apos;s protocol (or is a different version).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server couldn&apos;t sign you in right now. Try again in a few minutes.</source>
        <translation>The server couldn&apos;t sign you in right now. Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../qml/components/SyncStatusBar.qml" line="+17"/>
        <source>Last sync %1</source>
        <extracomment>%1 is a relative time such as &quot;2 min ago&quot;.</extracomment>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to send</source>
        <translation>Nothing waiting to send</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to send</source>
        <extracomment>Changes stored on this device, not yet sent to the server.</extracomment>
        <translation>
            <numerusform>%n change waiting to send</numerusform>
            <numerusform>%n changes waiting to send</numerusform>
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
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>muster::app::TimeFormatter</name>
    <message>
        <location filename="../src/timeformatter.cpp" line="+68"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min ago</source>
        <extracomment>Relative time, abbreviated; keep it short (status bars).</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h ago</source>
        <extracomment>Relative time, abbreviated (&quot;h&quot; = hours); keep it short.</extracomment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
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
