import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// Task list pieces without a store: the delegate's marks and click, the
// filter chips' state, the empty list, and the detail page with no task.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: delegateComponent
        TaskDelegate {
            width: 390
            index: 0
            key: "a0000000-0000-4000-8000-000000000001"
            title: "Report river gauge readings"
            status: "in_progress"
            priority: "high"
            dueAt: Date.now() - 5 * 60 * 1000
            unitName: "North team"
            isExercise: true
            drillTitle: "Flood response drill"
            inject: 1
            isOverdue: true
            isNew: false
        }
    }
    Component {
        id: listPageComponent
        TaskListPage { anchors.fill: parent }
    }
    Component {
        id: detailPageComponent
        TaskDetailPage { anchors.fill: parent }
    }

    TestCase {
        name: "TaskPages"
        when: windowShown

        function init() { failOnWarning(/./) }

        function test_delegateShowsExerciseMarkAndNamesEverything() {
            const d = createTemporaryObject(delegateComponent, root)
            verify(d !== null)
            verify(d.height >= 48)
            const name = d.Accessible.name
            verify(name.indexOf("Exercise") === 0, name)
            verify(name.indexOf("Report river gauge readings") > 0, name)
            verify(name.indexOf("Overdue") > 0, name)
            const spy = createTemporaryObject(signalSpyComponent, root, { target: d, signalName: "clicked" })
            mouseClick(d)
            compare(spy.count, 1)
        }

        function test_emptyListExplainsItself() {
            const page = createTemporaryObject(listPageComponent, root)
            verify(page !== null)
            waitForRendering(page)
            const empty = findChild(page, "emptyState")
            verify(empty.visible)
            compare(empty.title, "No tasks yet")
            compare(page.model.count, 0)
        }

        function test_filterChipsDriveTheModel() {
            const page = createTemporaryObject(listPageComponent, root)
            waitForRendering(page)
            const blocked = findChild(page, "blockedChip")
            verify(blocked.height >= 48)
            verify(!blocked.checked)
            mouseClick(blocked)
            compare(page.model.statusFilter, ["blocked"])
            verify(blocked.checked)
            mouseClick(blocked)
            compare(page.model.statusFilter.length, 0)
            mouseClick(findChild(page, "unitChip"))
            compare(page.model.scope, "unit")
            mouseClick(findChild(page, "exerciseChip"))
            compare(page.model.drillFilter, "*")
            const search = findChild(page, "searchField")
            search.text = "gauge"
            compare(page.model.searchText, "gauge")
            const empty = findChild(page, "emptyState")
            verify(empty.visible)
        }

        function test_evaluatorListOffersOnlyTheStatusChips() {
            const member = createTemporaryObject(listPageComponent, root)
            waitForRendering(member)
            verify(findChild(member, "mineChip").visible)
            verify(findChild(member, "unitChip").visible)
            compare(member.model.scope, "mine")

            const page = createTemporaryObject(listPageComponent, root, { evaluator: true })
            waitForRendering(page)
            // Nothing is assigned to an evaluator: the list is the unit's and
            // "My tasks" (always empty for them) is not offered.
            compare(page.model.scope, "unit")
            verify(!findChild(page, "mineChip").visible)
            verify(!findChild(page, "unitChip").visible)
            // Every task an evaluator sees is a drill task: no "Exercise" filter either.
            verify(findChild(member, "exerciseChip").visible)
            verify(!findChild(page, "exerciseChip").visible)
            const active = findChild(page, "activeChip")
            verify(active.visible)
            // The status chips move up to where the scope chips were.
            compare(active.x, 0)
            mouseClick(active)
            compare(page.model.statusFilter.length, 4)
            compare(findChild(page, "emptyState").message,
                    "The tasks of drills in your units appear here when their injects are released.")
        }

        function test_detailWithoutTaskOffersNoAction() {
            const page = createTemporaryObject(detailPageComponent, root)
            waitForRendering(page)
            verify(!page.controller.exists)
            compare(page.controller.availableActions.length, 0)
            verify(!page.controller.logAction("Gauge read"))
            verify(page.controller.errorText !== "")
        }
    }

    Component {
        id: signalSpyComponent
        SignalSpy { }
    }
}
