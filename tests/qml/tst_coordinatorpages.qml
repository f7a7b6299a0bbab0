import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// Coordinator pages without a store: the dashboard's bars scale to the
// largest count, the pages explain themselves when there is nothing (or no
// right) to show, and the new-task form offers nothing it cannot save.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: barsComponent
        StatusBars {
            width: 360
            counts: [{ status: "open", count: 2 }, { status: "in_progress", count: 4 }, { status: "done", count: 0 }]
            maxCount: 4
            overdue: 1
        }
    }
    Component {
        id: dashboardComponent
        DashboardPage { anchors.fill: parent }
    }
    Component {
        id: conflictsComponent
        ConflictsPage { anchors.fill: parent }
    }
    Component {
        id: newTaskComponent
        NewTaskPage { anchors.fill: parent }
    }
    Component {
        id: settingsComponent
        SettingsPage { anchors.fill: parent }
    }

    TestCase {
        name: "CoordinatorPages"
        when: windowShown

        function init() { failOnWarning(/./) }

        function fillWidth(bars, status) {
            return findChild(findChild(bars, "bar_" + status), "fill").width
        }

        function test_barsScaleToTheLargestCount() {
            const bars = createTemporaryObject(barsComponent, root)
            waitForRendering(bars)
            const full = findChild(bars, "bar_in_progress").width
            verify(full > 0)
            fuzzyCompare(fillWidth(bars, "in_progress"), full, 0.5)
            fuzzyCompare(fillWidth(bars, "open"), full / 2, 0.5)
            compare(fillWidth(bars, "done"), 0)
            fuzzyCompare(fillWidth(bars, "overdue"), full / 4, 0.5)
        }

        function test_dashboardWithoutCoordinatorSessionExplainsItself() {
            const page = createTemporaryObject(dashboardComponent, root)
            waitForRendering(page)
            verify(!page.dashboard.available)
            compare(page.dashboard.total, 0)
        }

        function test_conflictsPageWithoutConflictsSaysSo() {
            const page = createTemporaryObject(conflictsComponent, root)
            waitForRendering(page)
            verify(findChild(page, "conflictsEmpty").visible)
        }

        function test_fieldsOfTasksDrillsAndInjectsAreNamedAndTheirValuesInWords() {
            compare(TaskText.fieldName("status"), "Status")
            compare(TaskText.fieldName("state"), "Drill state")
            compare(TaskText.fieldName("paused_ms"), "Time paused")
            compare(TaskText.fieldName("release_offset_ms"), "Release on the drill clock")
            compare(TaskText.fieldValue("status", "in_progress"), "In progress")
            compare(TaskText.fieldValue("state", "paused"), "Paused")
            compare(TaskText.fieldValue("paused_ms", 90 * 60 * 1000, "", TimeFormatter), TimeFormatter.duration(90 * 60 * 1000))
            compare(TaskText.fieldValue("prestage", true), "Yes")
            verify(TaskText.fieldValue("started_at", 1764400000000, "", TimeFormatter) !== "1764400000000")
            compare(TaskText.fieldValue("title", "Levee"), "Levee")
            compare(TaskText.fieldValue("assignee", null), "(empty)")
            compare(TaskText.fieldValue("assignee", "5b0c1e2a-0000-4000-8000-000000000004", "Tran Nguyen"), "Tran Nguyen")
            compare(TaskText.fieldValue("assignee", null, "Tran Nguyen"), "(empty)")
        }

        function test_newTaskFormCannotSaveWithoutACoordinator() {
            const page = createTemporaryObject(newTaskComponent, root)
            waitForRendering(page)
            verify(!page.controller.canCreate)
            findChild(page, "newTaskTitle").text = "Check the pumps"
            const create = findChild(page, "createTaskButton")
            verify(!create.enabled)
            compare(page.controller.create("Check the pumps", "", "normal", 0, ""), "")
            verify(page.controller.errorText !== "")
            const cancelSpy = createTemporaryObject(spyComponent, root, { target: page, signalName: "cancelled" })
            mouseClick(findChild(page, "cancelNewTaskButton"))
            compare(cancelSpy.count, 1)
            compare(findChild(page, "newTaskTitle").text, "")
        }

        function test_settingsShowTheAppVersionWithoutAnAccount() {
            const page = createTemporaryObject(settingsComponent, root)
            waitForRendering(page)
            verify(page.diagnostics.appVersion !== "")
            compare(page.diagnostics.deviceId, "")
            verify(!findChild(page, "settingsSyncNowButton").enabled)
        }
    }

    Component {
        id: spyComponent
        SignalSpy { }
    }
}
