import QtQuick
import QtQuick.Controls
import QtTest
import Muster
import MusterTest

// Drill data is always marked as exercise data (product.md W7), over a real
// account (the sample data: a flood drill running for 40 minutes, whose
// river-gauge inject is overdue): the dashboard's overdue rows of injects
// carry the EXERCISE tag (a real overdue task does not), and the drills list
// carries the EXERCISE banner.
Item {
    id: root
    width: 390
    height: 844

    TestAccount { id: account }

    Component {
        id: dashboardComponent
        DashboardPage { anchors.fill: parent }
    }
    Component {
        id: drillsComponent
        DrillsPage { anchors.fill: parent }
    }

    TestCase {
        name: "ExerciseMarks"
        when: windowShown

        /// Every item under `item` (visual children, depth first) with `name`.
        function itemsNamed(item, name) {
            let out = []
            if (item.objectName === name)
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                out = out.concat(itemsNamed(item.children[i], name))
            return out
        }

        function test_overdueInjectRowsCarryTheExerciseTag() {
            verify(account.open("coordinator"))
            // A real task, overdue too: never marked.
            verify(account.setTask("d0000000-0000-4000-8000-000000000099", {
                title: "Refuel the pump at the depot", unit: account.keys.unit, priority: "high",
                status: "open", due_at: Date.now() - 10 * 60 * 1000 }))
            const page = createTemporaryObject(dashboardComponent, root, { session: account.session })
            verify(page !== null)
            tryCompare(page.dashboard, "loading", false, 10000)
            const overdue = page.dashboard.overdueTasks
            let exercise = 0, real = 0
            for (const row of overdue) {
                if (row.isExercise) ++exercise
                else ++real
            }
            verify(exercise >= 1, JSON.stringify(overdue))
            verify(real >= 1, JSON.stringify(overdue))
            const card = findChild(page, "overdueCard")
            verify(card !== null)
            waitForRendering(card)
            const tags = itemsNamed(card, "overdueExerciseTag")
            compare(tags.length, overdue.length)
            let shown = 0
            for (const tag of tags) {
                if (tag.visible) {
                    ++shown
                    compare(tag.text, "EXERCISE")
                }
            }
            compare(shown, exercise)
        }

        function test_drillsListCarriesTheExerciseBanner() {
            verify(account.open("coordinator"))
            const page = createTemporaryObject(drillsComponent, root, { session: account.session })
            verify(page !== null)
            tryCompare(page.drill, "available", true)
            compare(page.drill.drills.length, 1)
            const list = findChild(page, "drillList")
            verify(list !== null)
            waitForRendering(list)
            tryVerify(() => list.headerItem !== null)
            const banners = itemsNamed(list.headerItem, "drillsExerciseBanner")
            compare(banners.length, 1)
            verify(banners[0].visible)
            verify(banners[0].height > 0)
            verify(banners[0].Accessible.name.indexOf("Exercise") === 0, banners[0].Accessible.name)
        }
    }
}
