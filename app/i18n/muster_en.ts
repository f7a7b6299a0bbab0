<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityDelegate</name>
    <message>
        <location filename="../../qml/components/ActivityDelegate.qml" line="+26"/>
        <source>%1 on %2: %3, %4</source>
        <extracomment>Screen-reader text of an activity entry: %1 author, %2 task, %3 what was logged, %4 when.</extracomment>
        <translation>%1 on %2: %3, %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../qml/components/AttachmentChip.qml" line="+20"/>
        <source>Remove attachment %1</source>
        <extracomment>Screen-reader name of an attachment chip in the log sheet: %1 the file&apos;s name and size.</extracomment>
        <translation>Remove attachment %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open attachment %1</source>
        <extracomment>Screen-reader name of an attachment chip in the action log: %1 the file&apos;s name and size.</extracomment>
        <translation>Open attachment %1</translation>
    </message>
</context>
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
    <name>CameraSheet</name>
    <message>
        <location filename="../../qml/components/CameraSheet.qml" line="+68"/>
        <source>Taking the photo…</source>
        <translation>Taking the photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Take the photo</source>
        <extracomment>The camera&apos;s shutter button (screen readers).</extracomment>
        <translation>Take the photo</translation>
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
    <name>CommsDelegate</name>
    <message>
        <location filename="../../qml/components/CommsDelegate.qml" line="+20"/>
        <source>Answered %1</source>
        <extracomment>A device answered the comms check; %1 is the time, e.g. &quot;14:02&quot;.</extracomment>
        <translation>Answered %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (this device)</source>
        <translation>%1 (this device)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../qml/pages/ConflictsPage.qml" line="+65"/>
        <source>by %1, %2</source>
        <extracomment>Who wrote a conflicting value and when: %1 name, %2 time.</extracomment>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When two people change the same thing without seeing each other&apos;s change, it shows here for a coordinator to settle.</source>
        <translation>When two people change the same thing without seeing each other&apos;s change, it shows here for a coordinator to settle.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Two people changed these without seeing each other&apos;s change. The newer value is in place; keep it, use the other one, or type the right value.</source>
        <translation>Two people changed these without seeing each other&apos;s change. The newer value is in place; keep it, use the other one, or type the right value.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of “%2”</source>
        <translation>%1 of “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deleted item</source>
        <translation>a deleted item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>In place now</source>
        <extracomment>The value that is in place now (the newer write).</extracomment>
        <translation>In place now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep</source>
        <extracomment>Button: keep the value that is in place.</extracomment>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwritten</source>
        <extracomment>The value that was overwritten by the newer one.</extracomment>
        <translation>Overwritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this</source>
        <extracomment>Button: use the overwritten value instead.</extracomment>
        <translation>Use this</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Or type the right value</source>
        <translation>Or type the right value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save value</source>
        <extracomment>Button: resolve the conflict with the typed value.</extracomment>
        <translation>Save value</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../qml/pages/DashboardPage.qml" line="+51"/>
        <source>For coordinators</source>
        <translation>For coordinators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard shows the merged status of your units to coordinators.</source>
        <translation>The dashboard shows the merged status of your units to coordinators.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updating the figures</source>
        <translation>Updating the figures</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Drill</source>
        <extracomment>Dashboard scope: which drill (or all tasks) the figures are about.</extracomment>
        <translation>Drill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All my units</source>
        <translation>All my units</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drill clock and injects</source>
        <extracomment>Button on the dashboard: open the chosen drill&apos;s page (clock, controls, injects).</extracomment>
        <translation>Drill clock and injects</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n conflict(s) await a coordinator.</source>
        <translation>
            <numerusform>%n conflict awaits a coordinator.</numerusform>
            <numerusform>%n conflicts await a coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks by status</source>
        <translation>Tasks by status</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n task(s) released</source>
        <translation>
            <numerusform>%n task released</numerusform>
            <numerusform>%n tasks released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n inject(s) not yet released</source>
        <translation>
            <numerusform>%n inject not yet released</numerusform>
            <numerusform>%n injects not yet released</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Expected actions missed</source>
        <translation>Expected actions missed</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s) passed their deadline without being acknowledged.</source>
        <translation>
            <numerusform>%n inject passed its deadline without being acknowledged.</numerusform>
            <numerusform>%n injects passed their deadline without being acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missed: %1</source>
        <translation>Missed: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading devices…</source>
        <translation>Reading devices…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has synced in this scope yet.</source>
        <translation>No device has synced in this scope yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device with unsent changes may have done more than shows here.</source>
        <translation>A device with unsent changes may have done more than shows here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest activity</source>
        <translation>Latest activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged yet.</source>
        <translation>Nothing logged yet.</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../../qml/components/DeviceDelegate.qml" line="+22"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not reported</source>
        <extracomment>A device still holds changes it has not sent: what it did is not yet reported.</extracomment>
        <translation>
            <numerusform>%n change not reported</numerusform>
            <numerusform>%n changes not reported</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not heard from</source>
        <extracomment>The device has not synced for a while: its state is unknown.</extracomment>
        <translation>Not heard from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest unsent change %1</source>
        <translation>oldest unsent change %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app %1</source>
        <translation>app %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (this device)</source>
        <translation>%1 (this device)</translation>
    </message>
</context>
<context>
    <name>DrillDetailPage</name>
    <message>
        <location filename="../../qml/pages/DrillDetailPage.qml" line="+32"/>
        <source>No drill selected</source>
        <translation>No drill selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drill to run its clock and follow its injects.</source>
        <translation>Choose a drill to run its clock and follow its injects.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>After-action report</source>
        <extracomment>Button on a drill&apos;s page: open its after-action report.</extracomment>
        <translation>After-action report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drill clock</source>
        <translation>Drill clock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starts at %1</source>
        <extracomment>A drill started ahead: %1 the time its clock starts.</extracomment>
        <translation>Starts at %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drill clock %1, %2</source>
        <extracomment>Screen-reader text of the drill clock: %1 the time, %2 the drill&apos;s state.</extracomment>
        <translation>Drill clock %1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <extracomment>Button: start the drill clock.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <extracomment>Button: pause the drill clock.</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <extracomment>Button: let the paused drill clock run again.</extracomment>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+111"/>
        <source>End drill</source>
        <extracomment>Button: end the drill (asks first).</extracomment>
        <translation>End drill</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+13"/>
        <source>Start later</source>
        <extracomment>Choice on a planned drill&apos;s page: when the Start-later button starts it.
----------
Button: start the drill clock at the time chosen beside it.</extracomment>
        <translation>Start later</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>In 5 minutes</source>
        <translation>In 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 15 minutes</source>
        <translation>In 15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>In 30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 hour</source>
        <translation>In 1 hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 2 hours</source>
        <translation>In 2 hours</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drill has no injects on this device.</source>
        <translation>This drill has no injects on this device.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expected action(s) missed</source>
        <translation>
            <numerusform>%n expected action missed</numerusform>
            <numerusform>%n expected actions missed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Comms check</source>
        <translation>Comms check</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ask every device of the drill&apos;s units to answer, to see who is reachable.</source>
        <translation>Ask every device of the drill&apos;s units to answer, to see who is reachable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 answered · asked %3</source>
        <extracomment>Comms check summary, e.g. &quot;7 of 9 answered · asked 14:00&quot;.</extracomment>
        <translation>%1 of %2 answered · asked %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask again</source>
        <translation>Ask again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a comms check</source>
        <translation>Start a comms check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every device again</source>
        <translation>Ask every device again</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End the drill?</source>
        <translation>End the drill?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The drill clock stops for good and no more injects are released. This cannot be undone.</source>
        <translation>The drill clock stops for good and no more injects are released. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep running</source>
        <translation>Keep running</translation>
    </message>
</context>
<context>
    <name>DrillReportPage</name>
    <message>
        <location filename="../../qml/pages/DrillReportPage.qml" line="+45"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>median %1, worst %2 (%n inject(s))</source>
        <extracomment>A delay&apos;s statistics: %1 median, %2 worst case, %n how many.</extracomment>
        <translation>
            <numerusform>median %1, worst %2 (%n inject)</numerusform>
            <numerusform>median %1, worst %2 (%n injects)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>After-action report: %1</source>
        <translation>After-action report: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>After-action report</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the report</source>
        <translation>Loading the report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server computes the report from everything all devices have sent, so it needs a connection.</source>
        <translation>The server computes the report from everything all devices have sent, so it needs a connection.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load report</source>
        <translation>Load report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save printable report</source>
        <extracomment>Button: save the report as an HTML file and open it (to print or share).</extracomment>
        <translation>Save printable report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as CSV</source>
        <extracomment>Button: save the report as a CSV file (one row per inject and unit) for a spreadsheet.</extracomment>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as JSON</source>
        <extracomment>Button: save the report as a JSON data file.</extracomment>
        <translation>Save as JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drill time</source>
        <extracomment>Drill time: the running time of a drill, pauses excluded.</extracomment>
        <translation>Drill time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comms check</source>
        <translation>Comms check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 devices answered</source>
        <extracomment>The drill&apos;s comms check: %1 devices that answered, %2 devices asked.</extracomment>
        <translation>%1 of %2 devices answered</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delays after release</source>
        <translation>Delays after release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill time, pauses excluded</source>
        <translation>Drill time, pauses excluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injects</source>
        <translation>Injects</translation>
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
        <translation>released %1 · acknowledged %2 · done %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected action missed</source>
        <translation>expected action missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rated %1</source>
        <translation>rated %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluator observations</source>
        <translation>Evaluator observations</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>%1 · %2 · %3 on %4: %5</source>
        <extracomment>An observation: %1 drill time, %2 rating letter, %3 evaluator, %4 inject title, %5 text.
----------
A timeline entry: %1 drill time, %2 who, %3 the kind of entry, %4 the task, %5 what was logged.</extracomment>
        <translation>%1 · %2 · %3 on %4: %5</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 injects, %2 acknowledged, %3 done, %4 missed</source>
        <extracomment>Per-unit summary: counts of injects.</extracomment>
        <translation>%1 injects, %2 acknowledged, %3 done, %4 missed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <extracomment>The report&apos;s list of every log entry of the drill, in time order.</extracomment>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry logged on the drill&apos;s tasks, in time order</source>
        <translation>Every entry logged on the drill&apos;s tasks, in time order</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2 · %3 on %4</source>
        <extracomment>A timeline entry without text (the task opened): %1 drill time, %2 who, %3 the kind of entry, %4 the task.</extracomment>
        <translation>%1 · %2 · %3 on %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more entry(ies) in the saved report.</source>
        <translation>
            <numerusform>%n more entry in the saved report.</numerusform>
            <numerusform>%n more entries in the saved report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../qml/pages/DrillsPage.qml" line="+41"/>
        <source>No drills yet</source>
        <translation>No drills yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For coordinators</source>
        <translation>For coordinators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a scenario file to create a drill for your units, or wait for one an administrator imports.</source>
        <translation>Import a scenario file to create a drill for your units, or wait for one an administrator imports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drills of your units appear here once a coordinator imports one.</source>
        <extracomment>Empty drill list of an evaluator.</extracomment>
        <translation>The drills of your units appear here once a coordinator imports one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinators run drills from this page.</source>
        <translation>Coordinators run drills from this page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Import scenario</source>
        <translation>Import scenario</translation>
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
        <translation>Exercise. Drill data, not real tasking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: %1. Drill data, not real tasking.</source>
        <translation>Exercise: %1. Drill data, not real tasking.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>EXERCISE</source>
        <extracomment>Banner on all drill data so it is never taken for real tasking. Capitals, one short word.</extracomment>
        <translation>EXERCISE</translation>
    </message>
</context>
<context>
    <name>ExerciseTag</name>
    <message>
        <location filename="../../qml/components/ExerciseTag.qml" line="+8"/>
        <source>EXERCISE</source>
        <extracomment>The mark on drill tasks; keep it short and in capitals where the script has them.</extracomment>
        <translation>EXERCISE</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+87"/>
        <source>Changes not sent yet</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused changes kept</source>
        <translation>Refused changes kept</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</source>
        <translation>
            <numerusform>%n change made on this device has not reached the server yet. It stays on this device and is sent when you sign in again with this account.</numerusform>
            <numerusform>%n changes made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) the server refused stay listed on the Sync tab of this device. They are not sent again: make them again if they are still needed.</source>
        <extracomment>Before signing out: changes the server refused are not sent again; they stay listed on the Sync tab.</extracomment>
        <translation>
            <numerusform>%n change the server refused stays listed on the Sync tab of this device. It is not sent again: make it again if it is still needed.</numerusform>
            <numerusform>%n changes the server refused stay listed on the Sync tab of this device. They are not sent again: make them again if they are still needed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+15"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change task</source>
        <translation>Change task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+113"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+118"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+116"/>
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+113"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill tasks</source>
        <extracomment>Title of an evaluator&apos;s task list: the drill tasks they observe.</extracomment>
        <translation>Drill tasks</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Back to the drill</source>
        <translation>Back to the drill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the task list</source>
        <translation>Back to the task list</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back to the dashboard</source>
        <translation>Back to the dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the drill list</source>
        <translation>Back to the drill list</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your changes are safe on this device. Sign in again to send them.</source>
        <translation>Your changes are safe on this device. Sign in again to send them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+281"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-533"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>The server was restored from a backup, so this device fetched everything again. Changes sent after that backup may be missing: check your recent actions and log again what is gone.</source>
        <translation>The server was restored from a backup, so this device fetched everything again. Changes sent after that backup may be missing: check your recent actions and log again what is gone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <extracomment>Dismisses the notice that the server was restored from a backup.</extracomment>
        <translation>OK</translation>
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
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>ImportScenarioPage</name>
    <message>
        <location filename="../../qml/pages/ImportScenarioPage.qml" line="+33"/>
        <source>Choose a scenario file</source>
        <translation>Choose a scenario file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios (*.csv *.json)</source>
        <translation>Scenarios (*.csv *.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import scenario</source>
        <translation>Import scenario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A scenario file lists the injects of a drill: number, time offset, target unit, title, instructions, expected action, priority, deadline, delivery note and controller note. CSV and JSON files are accepted.</source>
        <translation>A scenario file lists the injects of a drill: number, time offset, target unit, title, instructions, expected action, priority, deadline, delivery note and controller note. CSV and JSON files are accepted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose file</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%n problem in %1</numerusform>
            <numerusform>%n problems in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is imported until the file is fixed.</source>
        <translation>Nothing is imported until the file is fixed.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run by</source>
        <extracomment>The unit that runs an imported drill.</extracomment>
        <translation>Run by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s) over %1</source>
        <translation>
            <numerusform>%n inject over %1</numerusform>
            <numerusform>%n injects over %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-stage injects on the units&apos; devices before their release</source>
        <translation>Pre-stage injects on the units&apos; devices before their release</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import drill</source>
        <extracomment>Button: write the checked scenario as a planned drill.</extracomment>
        <translation>Import drill</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Releases in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <extracomment>An inject its unit set blocked (its deadline not passed yet).</extracomment>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <extracomment>The inject&apos;s deadline passed without it being acknowledged.</extracomment>
        <translation>Missed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inject %1</source>
        <translation>Inject %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release now</source>
        <translation>Release now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release now: %1</source>
        <translation>Release now: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send follow-up</source>
        <translation>Send follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send follow-up: %1</source>
        <translation>Send follow-up: %1</translation>
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
    <name>LocalWrite</name>
    <message>
        <location filename="../src/localwrite.cpp" line="+12"/>
        <source>No account is open.</source>
        <translation>No account is open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Couldn&apos;t save on this device: its storage is full. Free some space (photos, videos, other apps), then try again.</source>
        <translation>Couldn&apos;t save on this device: its storage is full. Free some space (photos, videos, other apps), then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Couldn&apos;t save on this device: %1</translation>
    </message>
</context>
<context>
    <name>LogActionSheet</name>
    <message>
        <location filename="../../qml/components/LogActionSheet.qml" line="+22"/>
        <source>Log action</source>
        <translation>Log action</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+147"/>
        <source>Attach a photo or file</source>
        <extracomment>The file picker&apos;s title. On a phone it also offers the camera.</extracomment>
        <translation>Attach a photo or file</translation>
    </message>
    <message>
        <location line="-96"/>
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
        <location line="+56"/>
        <source>Removed “%1”.</source>
        <extracomment>In the log sheet after an attachment chip was tapped; %1 is the file&apos;s name.</extracomment>
        <translation>Removed “%1”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <extracomment>Puts back the attachment just removed in the log sheet.</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: put back %1</source>
        <translation>Undo: put back %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach my location</source>
        <translation>Attach my location</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Preparing your files</source>
        <extracomment>Screen-reader name of the spinner while a photo is prepared or files are stored.</extracomment>
        <translation>Preparing your files</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save</source>
        <translation>Save</translation>
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
        <translation>Location: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Opened by %1</source>
        <extracomment>A discreet timeline line: the member first opened the task.</extracomment>
        <translation>Opened by %1</translation>
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
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Sign in to Muster</source>
        <translation>Sign in to Muster</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Use the login your coordinator gave you.</source>
        <translation>Use the login your coordinator gave you.</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+14"/>
        <source>This device has no secure key store, so a PIN protects Muster&apos;s data on it. Choose one of at least %1 digits: you&apos;ll type it each time you open Muster.</source>
        <translation>This device has no secure key store, so a PIN protects Muster&apos;s data on it. Choose one of at least %1 digits: you&apos;ll type it each time you open Muster.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <extracomment>Heading above a server certificate&apos;s fingerprint at sign-in.</extracomment>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fingerprint %1</source>
        <translation>Fingerprint %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the new certificate and sign in</source>
        <translation>Trust the new certificate and sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate and sign in</source>
        <translation>Trust this certificate and sign in</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation>New task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change task</source>
        <translation>Change task</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only coordinators can create tasks, and only for units this device has received.</source>
        <translation>Only coordinators can create tasks, and only for units this device has received.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <extracomment>Label of the new task&apos;s title field.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: check the pumps at Mill Street</source>
        <translation>For example: check the pumps at Mill Street</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What to do, where, and what to report back</source>
        <translation>What to do, where, and what to report back</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due</source>
        <extracomment>Label of the &quot;due in&quot; choice of a new task.</extracomment>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep: %1</source>
        <extracomment>The first choice when changing a task: leave its due time as it is (%1: that time).</extracomment>
        <translation>Keep: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No due time</source>
        <translation>No due time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 minutes</source>
        <translation>In 30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 hour</source>
        <translation>In 1 hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 2 hours</source>
        <translation>In 2 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 4 hours</source>
        <translation>In 4 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 8 hours</source>
        <translation>In 8 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 24 hours</source>
        <translation>In 24 hours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assigned to</source>
        <extracomment>Label of the member a new task is assigned to.</extracomment>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole unit</source>
        <translation>The whole unit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved on this device at once and sent with the next sync, also without a connection.</source>
        <translation>Saved on this device at once and sent with the next sync, also without a connection.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create task</source>
        <translation>Create task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <extracomment>Button: save the new task (or, when changing one, its changes).</extracomment>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ObservationSheet</name>
    <message>
        <location filename="../../qml/components/ObservationSheet.qml" line="+29"/>
        <source>Add observation</source>
        <translation>Add observation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Expected: %1</source>
        <extracomment>In the evaluator&apos;s observation sheet: what the scenario expects the unit to do. %1 is that text.</extracomment>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>What did you observe?</source>
        <translation>What did you observe?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>QtSyncTransport</name>
    <message>
        <location filename="../src/qtsynctransport.cpp" line="+40"/>
        <source>The server does not take something this large.</source>
        <translation>The server does not take something this large.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused: this account may not do that.</source>
        <translation>The server refused: this account may not do that.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy. Muster tries again shortly.</source>
        <translation>The server is busy. Muster tries again shortly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file reached the server damaged. It is sent again.</source>
        <translation>A file reached the server damaged. It is sent again.</translation>
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
        <translation>The server&apos;s certificate isn&apos;t the one this device trusts, so nothing was sent. If your coordinator says it changed, sign out and in again to trust the new one; your changes stay on this device.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can&apos;t reach the server: %1</source>
        <translation>Can&apos;t reach the server: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync was interrupted.</source>
        <translation>The sync was interrupted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server asks you to sign in again.</source>
        <translation>The server asks you to sign in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is unavailable (HTTP %1).</source>
        <translation>The server is unavailable (HTTP %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused the sync request (HTTP %1).</source>
        <translation>The server refused the sync request (HTTP %1).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A file could not be uploaded: %1</source>
        <translation>A file could not be uploaded: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An attached file is missing on this device: %1</source>
        <translation>An attached file is missing on this device: %1</translation>
    </message>
</context>
<context>
    <name>RejectedChangesPage</name>
    <message>
        <location filename="../../qml/pages/RejectedChangesPage.qml" line="+30"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem; trying again soon.</source>
        <translation>The server had a problem; trying again soon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for free space on this device; trying again soon.</source>
        <extracomment>Sync state: this device&apos;s storage is full, so what the server sends cannot be stored.</extracomment>
        <translation>Waiting for free space on this device; trying again soon.</translation>
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
        <location line="+41"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n conflict(s) await a coordinator.</source>
        <translation>
            <numerusform>%n conflict awaits a coordinator.</numerusform>
            <numerusform>%n conflicts await a coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolve</source>
        <extracomment>Button: open the list of conflicts to resolve them.</extracomment>
        <translation>Resolve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
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
        <location line="+25"/>
        <source>Log entry on “%1”</source>
        <translation>Log entry on “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log entry on a task no longer here</source>
        <extracomment>A refused log entry whose task is no longer on this device.</extracomment>
        <translation>Log entry on a task no longer here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New task “%1”</source>
        <extracomment>A task created on this device that the server refused; %1 is its title.</extracomment>
        <translation>New task “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill control on “%1”</source>
        <extracomment>A refused drill control (start, pause, end, comms check…); %1 is the drill&apos;s title.</extracomment>
        <translation>Drill control on “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drill control</source>
        <translation>Drill control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict resolution on “%1”</source>
        <extracomment>A refused conflict resolution; %1 is the title of the task or drill the conflict was on.</extracomment>
        <translation>Conflict resolution on “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolution</source>
        <translation>Conflict resolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to “%1”</source>
        <translation>Change to “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to a task no longer here</source>
        <extracomment>A refused change to a task no longer on this device.</extracomment>
        <translation>Change to a task no longer here</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account may not make this change.</source>
        <extracomment>Why the server refused a change: the account may not make it (role or scope).</extracomment>
        <translation>This account may not make this change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It refers to something the server does not have.</source>
        <extracomment>Why the server refused a change: what it refers to is not on the server (deleted, or never synced).</extracomment>
        <translation>It refers to something the server does not have.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A log entry cannot be changed once written.</source>
        <extracomment>Why the server refused a change: log entries cannot be edited once written.</extracomment>
        <translation>A log entry cannot be changed once written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not accept it from this version of the app.</source>
        <extracomment>Why the server refused a change: the app sent something the server does not accept.</extracomment>
        <translation>The server does not accept it from this version of the app.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s clock is far ahead. Check its date and time.</source>
        <extracomment>Why the server refused a change: this device&apos;s clock is far ahead.</extracomment>
        <translation>This device&apos;s clock is far ahead. Check its date and time.</translation>
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
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server: %1</source>
        <extracomment>%1 is the server&apos;s own words (often English), below the translated reason.</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open task</source>
        <extracomment>Button on a refused change: open the task it was about (to make the change again).</extracomment>
        <translation>Open task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open task: %1</source>
        <translation>Open task: %1</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>ScenarioProblem</name>
    <message>
        <location filename="../src/scenarioproblemtext.cpp" line="+54"/>
        <source>line %1, column %2 (%3): %4</source>
        <extracomment>Where a scenario problem is: line and column in the file, the column&apos;s header or JSON path as written there, then the problem.</extracomment>
        <translation>line %1, column %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 (%2): %3</source>
        <translation>line %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location filename="../../shared/src/msel_messages.cpp" line="+21"/>
        <source>%1 is too long: %2 bytes, at most %3 allowed</source>
        <translation>%1 is too long: %2 bytes, at most %3 allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are too long: %2 bytes, at most %3 allowed</source>
        <translation>%1 are too long: %2 bytes, at most %3 allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be one line without control characters</source>
        <translation>%1 must be one line without control characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain control characters</source>
        <translation>%1 must not contain control characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 problems; fix these and import again to see the rest</source>
        <translation>more than %1 problems; fix these and import again to see the rest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is UTF-16 (or UTF-32); save it as UTF-8</source>
        <translation>the file is UTF-16 (or UTF-32); save it as UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is UTF-32; save it as UTF-8</source>
        <translation>the file is UTF-32; save it as UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time offset is missing; use +HH:MM, 90m or 1h30m</source>
        <translation>the time offset is missing; use +HH:MM, 90m or 1h30m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an inject number; use a whole number from 1 to %2</source>
        <translation>%1 is not an inject number; use a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a unit code or path; use codes of a-z, 0-9 and - like north or hq/north</source>
        <translation>%1 is not a unit code or path; use codes of a-z, 0-9 and - like north or hq/north</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a priority; use one of: %2</source>
        <translation>%1 is not a priority; use one of: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms is outside 0 to 7 days (%2 ms)</source>
        <translation>%1 ms is outside 0 to 7 days (%2 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deadline of 0 leaves no time; leave it empty for no deadline</source>
        <translation>a deadline of 0 leaves no time; leave it empty for no deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the instructions and delivery note together are too long: %1 bytes, at most %2 allowed</source>
        <translation>the instructions and delivery note together are too long: %1 bytes, at most %2 allowed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inject %1 is already used on line %2</source>
        <translation>inject %1 is already used on line %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject %1 is already used at %2</source>
        <translation>inject %1 is already used at %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than %1 MiB; split the scenario</source>
        <translation>the file is larger than %1 MiB; split the scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quoted cell is never closed; add the closing &quot; (a &quot; inside a quoted cell is written &quot;&quot;)</source>
        <translation>a quoted cell is never closed; add the closing &quot; (a &quot; inside a quoted cell is written &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after a closing quote; write a &quot; inside a quoted cell as &quot;&quot;</source>
        <translation>unexpected text after a closing quote; write a &quot; inside a quoted cell as &quot;&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>the text is not valid UTF-8; save the file as UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title is given twice (first on line %1)</source>
        <translation>the title is given twice (first on line %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not yes or no</source>
        <translation>%1 is not yes or no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column %1; known columns: %2</source>
        <translation>unknown column %1; known columns: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 repeats column %2 (%3)</source>
        <translation>column %1 repeats column %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header has no %1 column</source>
        <translation>the header has no %1 column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cell is beyond the header&apos;s last column (%1)</source>
        <translation>this cell is beyond the header&apos;s last column (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this cell is under a column with no name</source>
        <translation>this cell is under a column with no name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no header row; the first row names the columns: %1</source>
        <translation>the file has no header row; the first row names the columns: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 injects; split the scenario into several drills</source>
        <translation>more than %1 injects; split the scenario into several drills</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario has no injects; add one row per inject under the header</source>
        <translation>the scenario has no injects; add one row per inject under the header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no injects</source>
        <translation>the scenario has no injects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than 7 days; a %2 can be at most +168:00</source>
        <translation>%1 is longer than 7 days; a %2 can be at most +168:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a %2; use +HH:MM, 90m or 1h30m</source>
        <translation>%1 is not a %2; use +HH:MM, 90m or 1h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate key %1; each key may appear once in an object</source>
        <translation>duplicate key %1; each key may appear once in an object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scenario is a JSON object with &quot;title&quot; and &quot;injects&quot;; expected an object, got %1</source>
        <translation>a scenario is a JSON object with &quot;title&quot; and &quot;injects&quot;; expected an object, got %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key %1; known keys: %2</source>
        <translation>unknown key %1; known keys: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing &quot;injects&quot;, the list of injects</source>
        <translation>missing &quot;injects&quot;, the list of injects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>give &quot;%1&quot; or &quot;%2&quot;, not both</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a string like &quot;+01:30&quot;; for milliseconds use &quot;%1&quot;</source>
        <translation>expected a string like &quot;+01:30&quot;; for milliseconds use &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario does not say which unit runs the drill; add &quot;# unit: CODE&quot; (CSV) or &quot;unit&quot; (JSON), or give it to the import</source>
        <translation>the scenario does not say which unit runs the drill; add &quot;# unit: CODE&quot; (CSV) or &quot;unit&quot; (JSON), or give it to the import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown unit %1 to run the drill; check its code or path</source>
        <translation>unknown unit %1 to run the drill; check its code or path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario has no title; add &quot;# title: …&quot; (CSV) or &quot;title&quot; (JSON), or give one to the import</source>
        <translation>the scenario has no title; add &quot;# title: …&quot; (CSV) or &quot;title&quot; (JSON), or give one to the import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a drill key (a lowercase UUID)</source>
        <translation>%1 is not a drill key (a lowercase UUID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown unit %1; check its code or path</source>
        <translation>unknown unit %1; check its code or path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit %1 is outside the units you coordinate</source>
        <translation>unit %1 is outside the units you coordinate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the inject number</source>
        <translation>the inject number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time offset</source>
        <translation>the time offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target unit</source>
        <translation>the target unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the instructions</source>
        <translation>the instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expected action</source>
        <translation>the expected action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the priority</source>
        <translation>the priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline</source>
        <translation>the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delivery note</source>
        <translation>the delivery note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the controller note</source>
        <translation>the controller note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario title</source>
        <translation>the scenario title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario description</source>
        <translation>the scenario description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time offset</source>
        <translation>time offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an array of injects</source>
        <translation>an array of injects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of milliseconds</source>
        <translation>a whole number of milliseconds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fraction</source>
        <translation>a fraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a null</source>
        <translation>a null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another kind of value</source>
        <translation>another kind of value</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../src/loginprotocol.cpp" line="+51"/>
        <source>Enter the server address, e.g. https://muster.example.org</source>
        <translation>Enter the server address, e.g. https://muster.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>No authority this device knows vouches for this server&apos;s certificate. If the fingerprint below matches the one your coordinator gave you, trust it.</source>
        <translation>No authority this device knows vouches for this server&apos;s certificate. If the fingerprint below matches the one your coordinator gave you, trust it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server&apos;s certificate has changed since you trusted it. Trust the new one only if your coordinator says it changed: it may not be your server.</source>
        <translation>This server&apos;s certificate has changed since you trusted it. Trust the new one only if your coordinator says it changed: it may not be your server.</translation>
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
        <location line="+4"/>
        <source>An administrator erased Muster&apos;s data on this device, so it can&apos;t sign in as before. Its local data has been removed: sign in again to start afresh, or ask your coordinator.</source>
        <translation>An administrator erased Muster&apos;s data on this device, so it can&apos;t sign in as before. Its local data has been removed: sign in again to start afresh, or ask your coordinator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address starts with http://, so your password and tasks would cross the network unprotected. Use the server&apos;s https:// address.</source>
        <translation>This address starts with http://, so your password and tasks would cross the network unprotected. Use the server&apos;s https:// address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server couldn&apos;t sign you in right now. Try again in a few minutes.</source>
        <translation>The server couldn&apos;t sign you in right now. Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="+43"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <extracomment>The account&apos;s login name.</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted certificate (SHA-256)</source>
        <extracomment>The fingerprint of a server certificate the member chose to trust at sign-in.</extracomment>
        <translation>Trusted certificate (SHA-256)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these into a message when you ask for help. They hold no password.</source>
        <translation>Copy these into a message when you ask for help. They hold no password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device id</source>
        <translation>Device id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data on this device</source>
        <translation>Data on this device</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
</context>
<context>
    <name>StatusBars</name>
    <message>
        <location filename="../../qml/components/StatusBars.qml" line="+37"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
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
            <numerusform>%n change refused, show them</numerusform>
            <numerusform>%n changes refused, show them</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+78"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+85"/>
        <source>New</source>
        <extracomment>Marker on a task that arrived since the user last looked.</extracomment>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <location filename="../../qml/pages/TaskDetailPage.qml" line="+41"/>
        <source>No task selected</source>
        <translation>No task selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a task from the list to see what to do.</source>
        <translation>Choose a task from the list to see what to do.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Expected action</source>
        <translation>Expected action</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change…</source>
        <extracomment>Button (coordinators): change the task&apos;s title, priority, due time, unit or assignee.</extracomment>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Action log</source>
        <translation>Action log</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log action</source>
        <translation>Log action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add observation</source>
        <translation>Add observation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged yet.</source>
        <translation>Nothing logged yet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+18"/>
        <source>What blocks this task?</source>
        <translation>What blocks this task?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: road closed at Station Road</source>
        <translation>For example: road closed at Station Road</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Set blocked</source>
        <extracomment>Button: save the task as blocked with the reason typed.</extracomment>
        <translation>Set blocked</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../../qml/pages/TaskListPage.qml" line="+51"/>
        <location line="+4"/>
        <source>Search tasks</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My tasks</source>
        <extracomment>Filter: tasks assigned to me or to my unit.</extracomment>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+9"/>
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
        <location line="+18"/>
        <source>New task</source>
        <extracomment>Button (coordinators): write a new task.</extracomment>
        <translation>New task</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tasks yet</source>
        <translation>No tasks yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matching tasks</source>
        <translation>No matching tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tasks of drills in your units appear here when their injects are released.</source>
        <extracomment>Empty task list of an evaluator (who observes drills and is assigned no tasks).</extracomment>
        <translation>The tasks of drills in your units appear here when their injects are released.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Tasks from your unit appear here after the first sync.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Try another filter or clear the search.</source>
        <translation>Try another filter or clear the search.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../qml/components/TaskText.qml" line="+13"/>
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
        <location line="+2"/>
        <source>Cancel task</source>
        <extracomment>Button (coordinators): call the task off (sent in error, or no longer needed).</extracomment>
        <translation>Cancel task</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <extracomment>Log kind: the member first opened the task.</extracomment>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inject %1 · %2</source>
        <extracomment>An inject: %1 its number in the drill, %2 a title (the drill&apos;s or the inject&apos;s).</extracomment>
        <translation>Inject %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P: performed without challenges</source>
        <translation>P: performed without challenges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S: performed with some challenges</source>
        <translation>S: performed with some challenges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M: performed with major challenges</source>
        <translation>M: performed with major challenges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U: unable to be performed</source>
        <translation>U: unable to be performed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due time</source>
        <translation>Due time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill state</source>
        <extracomment>Conflicting field of a drill or an inject (two coordinators changed it offline).</extracomment>
        <translation>Drill state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill start</source>
        <translation>Drill start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at</source>
        <translation>Paused at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time paused</source>
        <translation>Time paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill end</source>
        <translation>Drill end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-stage injects</source>
        <translation>Pre-stage injects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comms check</source>
        <translation>Comms check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release on the drill clock</source>
        <translation>Release on the drill clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time allowed after release</source>
        <translation>Time allowed after release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected action</source>
        <translation>Expected action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller&apos;s note</source>
        <translation>Controller&apos;s note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Yes</translation>
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
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Unlock Muster</source>
        <translation>Unlock Muster</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Muster&apos;s data on this device is locked with the PIN you chose at your first sign-in.</source>
        <translation>Muster&apos;s data on this device is locked with the PIN you chose at your first sign-in.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the PIN</source>
        <translation>Checking the PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot your PIN?</source>
        <translation>Forgot your PIN?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without the PIN, Muster&apos;s data on this device can&apos;t be opened. You can erase it and sign in again: changes not yet sent to the server are lost.</source>
        <translation>Without the PIN, Muster&apos;s data on this device can&apos;t be opened. You can erase it and sign in again: changes not yet sent to the server are lost.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erase and sign in again</source>
        <translation>Erase and sign in again</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Try the PIN again</source>
        <translation>Try the PIN again</translation>
    </message>
</context>
<context>
    <name>muster::app::AccountSession</name>
    <message>
        <location filename="../src/accountsession.cpp" line="+104"/>
        <source>Can&apos;t create the data folder %1.</source>
        <translation>Can&apos;t create the data folder %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Can&apos;t open this account&apos;s data: %1</source>
        <translation>Can&apos;t open this account&apos;s data: %1</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>An administrator erased Muster&apos;s data on this device.</source>
        <translation>An administrator erased Muster&apos;s data on this device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator erased Muster&apos;s data on this device (reason: %1).</source>
        <translation>An administrator erased Muster&apos;s data on this device (reason: %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) made on this device had not reached the server and are lost.</source>
        <translation>
            <numerusform>%n change made on this device had not reached the server and is lost.</numerusform>
            <numerusform>%n changes made on this device had not reached the server and are lost.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made on this device may not all have reached the server.</source>
        <translation>Changes made on this device may not all have reached the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change made on this device had reached the server.</source>
        <translation>Every change made on this device had reached the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to keep working.</source>
        <translation>Sign in again to keep working.</translation>
    </message>
    <message>
        <location filename="../src/accountsettings.cpp" line="+58"/>
        <source>This device&apos;s data could not be unlocked: its key does not fit. Nothing was changed.</source>
        <translation>This device&apos;s data could not be unlocked: its key does not fit. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account&apos;s data on this device was written by a newer version of Muster. Update the app to open it; nothing was changed or lost.</source>
        <translation>This account&apos;s data on this device was written by a newer version of Muster. Update the app to open it; nothing was changed or lost.</translation>
    </message>
</context>
<context>
    <name>muster::app::AttachmentOpener</name>
    <message>
        <location filename="../src/attachmentopener.cpp" line="+54"/>
        <location line="+71"/>
        <source>This attachment can&apos;t be opened.</source>
        <translation>This attachment can&apos;t be opened.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+28"/>
        <source>Sign in again to fetch this attachment.</source>
        <translation>Sign in again to fetch this attachment.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Can&apos;t reach the server to fetch this attachment. Try again when you are online.</source>
        <translation>Can&apos;t reach the server to fetch this attachment. Try again when you are online.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server doesn&apos;t have this attachment yet: the device that added it has not synced it.</source>
        <translation>The server doesn&apos;t have this attachment yet: the device that added it has not synced it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not send this attachment (HTTP %1).</source>
        <translation>The server could not send this attachment (HTTP %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can&apos;t keep this attachment on this device: %1</source>
        <translation>Can&apos;t keep this attachment on this device: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::ConflictListModel</name>
    <message>
        <location filename="../src/conflictlistmodel.cpp" line="+252"/>
        <location line="+9"/>
        <source>This conflict is no longer open.</source>
        <translation>This conflict is no longer open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a whole number.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This value can&apos;t be typed in; pick one of the two.</source>
        <translation>This value can&apos;t be typed in; pick one of the two.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only coordinators can resolve conflicts.</source>
        <translation>Only coordinators can resolve conflicts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the server can change this value.</source>
        <translation>Only the server can change this value.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This value is not valid here: %1</source>
        <translation>This value is not valid here: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Couldn&apos;t save on this device: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::DeviceKeys</name>
    <message>
        <location filename="../src/devicekeys.cpp" line="+135"/>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>The two PINs are not the same. Type the same PIN twice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a PIN of at least %1 digits.</source>
        <translation>Choose a PIN of at least %1 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muster could not protect this device&apos;s data: %1</source>
        <translation>Muster could not protect this device&apos;s data: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wrong PIN. Wait %n second before the next try.</numerusform>
            <numerusform>Wrong PIN. Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong PINs. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong PINs. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muster could not open this device&apos;s keys: %1</source>
        <translation>Muster could not open this device&apos;s keys: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter your PIN first.</source>
        <translation>Enter your PIN first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s key store did not answer: %1</source>
        <translation>The device&apos;s key store did not answer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device has no key for this account&apos;s data.</source>
        <translation>This device has no key for this account&apos;s data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device&apos;s key store did not keep the key: %1</source>
        <translation>The device&apos;s key store did not keep the key: %1</translation>
    </message>
</context>
<context>
    <name>muster::app::DrillController</name>
    <message>
        <location filename="../src/drillcontroller.cpp" line="+236"/>
        <source>This drill control is not available now.</source>
        <translation>This drill control is not available now.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A planned drill can be started from 1 minute to 7 days ahead.</source>
        <translation>A planned drill can be started from 1 minute to 7 days ahead.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an inject not yet released, in a started drill, can be released now.</source>
        <translation>Only an inject not yet released, in a started drill, can be released now.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A follow-up is only sent for an inject whose expected action was missed.</source>
        <translation>A follow-up is only sent for an inject whose expected action was missed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up for this inject was already sent.</source>
        <translation>A follow-up for this inject was already sent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: %1</source>
        <extracomment>Title of a follow-up inject; %1 is the missed inject&apos;s title.</extracomment>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expected action for &quot;%1&quot; was not reported in time. Do it now and report it.</source>
        <extracomment>Instructions of a follow-up inject for an inject with no expected action written down.</extracomment>
        <translation>The expected action for &quot;%1&quot; was not reported in time. Do it now and report it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected action was not reported in time: %1. Do it now and report it.</source>
        <extracomment>Instructions of a follow-up inject; %1 is the expected action.</extracomment>
        <translation>The expected action was not reported in time: %1. Do it now and report it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a coordinator of this drill can ask for a comms check.</source>
        <translation>Only a coordinator of this drill can ask for a comms check.</translation>
    </message>
</context>
<context>
    <name>muster::app::DrillReportController</name>
    <message>
        <location filename="../src/drillreportcontroller.cpp" line="+63"/>
        <source>Can&apos;t save the report as &quot;%1&quot;: choose HTML, CSV or JSON.</source>
        <extracomment>%1 a file format the app does not know (a programming error, shown as is).</extracomment>
        <translation>Can&apos;t save the report as &quot;%1&quot;: choose HTML, CSV or JSON.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a drill first.</source>
        <translation>Open a drill first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Sign in again to read the report.</source>
        <translation>Sign in again to read the report.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The report is too large to read on this device; read it on a computer.</source>
        <translation>The report is too large to read on this device; read it on a computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only coordinators of this drill&apos;s units can read its report.</source>
        <translation>Only coordinators of this drill&apos;s units can read its report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server doesn&apos;t have this drill yet. Sync, then try again.</source>
        <translation>The server doesn&apos;t have this drill yet. Sync, then try again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Can&apos;t save the report in %1: %2</source>
        <translation>Can&apos;t save the report in %1: %2</translation>
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
    <name>muster::app::LogDraft</name>
    <message>
        <location filename="../src/logdraft.cpp" line="+57"/>
        <location line="+163"/>
        <source>No location fix within 10 seconds. Try again outdoors.</source>
        <translation>No location fix within 10 seconds. Try again outdoors.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Pick a file on this device.</source>
        <translation>Pick a file on this device.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+248"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>Can&apos;t read %1: %2</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>%1 is too large to attach (%2; at most %3).</source>
        <translation>%1 is too large to attach (%2; at most %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The camera gave no picture. Try again.</source>
        <translation>The camera gave no picture. Try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Can&apos;t keep the photo on this device: %1</source>
        <translation>Can&apos;t keep the photo on this device: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device has no location source.</source>
        <translation>This device has no location source.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Muster may not use your location. Allow it in the system settings.</source>
        <translation>Muster may not use your location. Allow it in the system settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location is switched off on this device.</source>
        <translation>Location is switched off on this device.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your location could not be found.</source>
        <translation>Your location could not be found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding your location…</source>
        <translation>Finding your location…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still preparing your files. Wait a moment.</source>
        <translation>Still preparing your files. Wait a moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still finding your location. Wait a moment, or turn the location off.</source>
        <translation>Still finding your location. Wait a moment, or turn the location off.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The task was closed before the entry was saved.</source>
        <translation>The task was closed before the entry was saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Still saving the last entry. Wait a moment.</source>
        <translation>Still saving the last entry. Wait a moment.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Can&apos;t keep %1 on this device: %2</source>
        <translation>Can&apos;t keep %1 on this device: %2</translation>
    </message>
</context>
<context>
    <name>muster::app::NewTaskController</name>
    <message>
        <location filename="../src/newtaskcontroller.cpp" line="+132"/>
        <source>Only coordinators can create tasks.</source>
        <translation>Only coordinators can create tasks.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Give the task a title.</source>
        <translation>Give the task a title.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The title is too long.</source>
        <translation>The title is too long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instructions are too long.</source>
        <translation>The instructions are too long.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a unit for the task.</source>
        <translation>Choose a unit for the task.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assignee must be a member of the chosen unit.</source>
        <translation>The assignee must be a member of the chosen unit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a priority.</source>
        <translation>Choose a priority.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+67"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Couldn&apos;t save on this device: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Only coordinators can change tasks, and only tasks this device holds.</source>
        <translation>Only coordinators can change tasks, and only tasks this device holds.</translation>
    </message>
</context>
<context>
    <name>muster::app::PhotoCapture</name>
    <message>
        <location filename="../src/photocapture.cpp" line="+18"/>
        <source>The camera did not start. Close other apps that use it and try again.</source>
        <translation>The camera did not start. Close other apps that use it and try again.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This device has no camera. Attach a photo from its files instead.</source>
        <translation>This device has no camera. Attach a photo from its files instead.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The camera could not be started (%1). If Muster may not use it, allow it in the system settings.</source>
        <translation>The camera could not be started (%1). If Muster may not use it, allow it in the system settings.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The photo could not be taken (%1). Try again.</source>
        <translation>The photo could not be taken (%1). Try again.</translation>
    </message>
</context>
<context>
    <name>muster::app::ScenarioImportController</name>
    <message>
        <location filename="../src/scenarioimportcontroller.cpp" line="+66"/>
        <source>Pick a scenario file on this device.</source>
        <translation>Pick a scenario file on this device.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>Can&apos;t read %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a scenario (%2 MB; at most %3 MB).</source>
        <translation>%1 is too large for a scenario (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No account is open.</source>
        <translation>No account is open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only coordinators can import a scenario.</source>
        <translation>Only coordinators can import a scenario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Can&apos;t read this device&apos;s units: %1</source>
        <translation>Can&apos;t read this device&apos;s units: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivery: </source>
        <extracomment>Written into an imported task&apos;s instructions before the scenario&apos;s delivery note (&quot;Delivery: radio call from control&quot;); the unit reads it. Keep the colon and space, or what your language writes there.</extracomment>
        <translation>Delivery: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Load a scenario without problems first.</source>
        <translation>Load a scenario without problems first.</translation>
    </message>
</context>
<context>
    <name>muster::app::SyncWorker</name>
    <message>
        <location filename="../src/syncworker.cpp" line="+265"/>
        <source>This device&apos;s storage is full: what the server sent cannot be stored. Free some space; nothing waiting to be sent is lost, and syncing goes on by itself.</source>
        <translation>This device&apos;s storage is full: what the server sent cannot be stored. Free some space; nothing waiting to be sent is lost, and syncing goes on by itself.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It stays on this device and is sent again at each sync.</source>
        <translation>It stays on this device and is sent again at each sync.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attached files could not be uploaded (%1). They stay on this device and are sent again at each sync.</source>
        <translation>
            <numerusform>%n attached file could not be uploaded (%1). It stays on this device and is sent again at each sync.</numerusform>
            <numerusform>%n attached files could not be uploaded (%1). They stay on this device and are sent again at each sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muster::app::TaskController</name>
    <message>
        <location filename="../src/taskcontroller.cpp" line="+120"/>
        <source>Only an evaluator can add observations, on a released drill task.</source>
        <translation>Only an evaluator can add observations, on a released drill task.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a rating.</source>
        <translation>Choose a rating.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you observed.</source>
        <translation>Write what you observed.</translation>
    </message>
    <message>
        <location line="+44"/>
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
</context>
<context>
    <name>muster::app::TimeFormatter</name>
    <message>
        <location filename="../src/timeformatter.cpp" line="+76"/>
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
