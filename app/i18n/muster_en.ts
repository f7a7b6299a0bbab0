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
        <location filename="../../qml/pages/HomePage.qml" line="+38"/>
        <source>Changes not sent yet</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</source>
        <translation>
            <numerusform>%n change made on this device has not reached the server yet. It stays on this device and is sent when you sign in again with this account.</numerusform>
            <numerusform>%n changes made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out anyway</source>
        <translation>Sign out anyway</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+0"/>
        <location line="+189"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+174"/>
        <location line="+15"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Back to the task list</source>
        <translation>Back to the task list</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your changes are safe on this device. Sign in again to send them.</source>
        <translation>Your changes are safe on this device. Sign in again to send them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+125"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Signed in as %1, %2</source>
        <translation>Signed in as %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language, text size and notifications will be set here.</source>
        <translation>Language, text size and notifications will be set here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
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
    <name>LogActionSheet</name>
    <message>
        <location filename="../../qml/components/LogActionSheet.qml" line="+15"/>
        <source>Log action</source>
        <translation>Log action</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>What did you do?</source>
        <translation>What did you do?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: gauges read, 3.4 m at Weir Lane</source>
        <translation>For example: gauges read, 3.4 m at Weir Lane</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <location filename="../../qml/components/LogEntryDelegate.qml" line="+21"/>
        <source>%1, %2, %3: %4</source>
        <extracomment>Screen-reader text of a log entry: %1 kind, %2 time, %3 author, %4 text.</extracomment>
        <translation>%1, %2, %3: %4</translation>
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
        <location filename="../../qml/Main.qml" line="+22"/>
        <source>Muster</source>
        <extracomment>Window title, the app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>RejectedChangesPage</name>
    <message>
        <location filename="../../qml/pages/RejectedChangesPage.qml" line="+24"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem; trying again soon.</source>
        <translation>The server had a problem; trying again soon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection; changes are kept on this device.</source>
        <translation>No connection; changes are kept on this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to send your changes.</source>
        <translation>Sign in again to send your changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date.</source>
        <translation>Up to date.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted every change sent from this device.</source>
        <translation>The server accepted every change sent from this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept these changes. They are kept here so nothing is lost silently; dismiss each one once you have dealt with it.</source>
        <translation>The server did not accept these changes. They are kept here so nothing is lost silently; dismiss each one once you have dealt with it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log entry on “%1”</source>
        <translation>Log entry on “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to “%1”</source>
        <translation>Change to “%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Refused: %1</source>
        <extracomment>%1 is the server&apos;s reason for refusing a change.</extracomment>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Dismiss: %1</translation>
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
        <location filename="../../qml/components/SyncStatusBar.qml" line="+23"/>
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
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) refused</source>
        <extracomment>Changes the server did not accept (listed on the Sync page).</extracomment>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
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
        <location line="+13"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../../qml/components/TaskDelegate.qml" line="+29"/>
        <source>Due %1</source>
        <extracomment>%1 is a relative time such as &quot;in 20 min&quot; or &quot;5 min ago&quot;.</extracomment>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+89"/>
        <source>New</source>
        <extracomment>Marker on a task that arrived since the user last looked.</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>EXERCISE</source>
        <extracomment>The mark on drill tasks; keep it short and in capitals where the script has them.</extracomment>
        <translation>EXERCISE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inject %1 · %2</source>
        <translation>Inject %1 · %2</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <location filename="../../qml/pages/TaskDetailPage.qml" line="+35"/>
        <source>No task selected</source>
        <translation>No task selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a task from the list to see what to do.</source>
        <translation>Choose a task from the list to see what to do.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inject %1 · %2</source>
        <translation>Inject %1 · %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Action log</source>
        <translation>Action log</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log action</source>
        <translation>Log action</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged yet.</source>
        <translation>Nothing logged yet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <source>What blocks this task?</source>
        <translation>What blocks this task?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: road closed at Station Road</source>
        <translation>For example: road closed at Station Road</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set blocked</source>
        <extracomment>Button: save the task as blocked with the reason typed.</extracomment>
        <translation>Set blocked</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../../qml/pages/TaskListPage.qml" line="+44"/>
        <location line="+4"/>
        <source>Search tasks</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My tasks</source>
        <extracomment>Filter: tasks assigned to me or to my unit.</extracomment>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit tasks</source>
        <extracomment>Filter: every task this device holds for the unit(s).</extracomment>
        <translation>Unit tasks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <extracomment>Filter: tasks not finished yet.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise</source>
        <extracomment>Filter: only drill (exercise) tasks.</extracomment>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No tasks yet</source>
        <translation>No tasks yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matching tasks</source>
        <translation>No matching tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Tasks from your unit appear here after the first sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another filter or clear the search.</source>
        <translation>Try another filter or clear the search.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../qml/components/TaskText.qml" line="+8"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <extracomment>Button: confirm the task was received.</extracomment>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>Button: start working on the task.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <extracomment>Button: mark the task as done.</extracomment>
        <translation>Mark done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked…</source>
        <extracomment>Button: report that something stops the task.</extracomment>
        <translation>Blocked…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <extracomment>Button (coordinators): open a finished task again.</extracomment>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>muster::app::AccountSession</name>
    <message>
        <location filename="../src/accountsession.cpp" line="+80"/>
        <source>Can&apos;t create the data folder %1.</source>
        <translation>Can&apos;t create the data folder %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Can&apos;t open this account&apos;s data: %1</source>
        <translation>Can&apos;t open this account&apos;s data: %1</translation>
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
    <name>muster::app::TaskController</name>
    <message>
        <location filename="../src/taskcontroller.cpp" line="+109"/>
        <location line="+8"/>
        <source>This action is not available for this task.</source>
        <translation>This action is not available for this task.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what blocks the task.</source>
        <translation>Say what blocks the task.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can&apos;t add to this task&apos;s log.</source>
        <translation>You can&apos;t add to this task&apos;s log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you did.</source>
        <translation>Write what you did.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of log entry is not available.</source>
        <translation>This kind of log entry is not available.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No account is open.</source>
        <translation>No account is open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Couldn&apos;t save on this device: %1</translation>
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
