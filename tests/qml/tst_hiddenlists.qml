import QtQuick
import QtQuick.Controls
import QtTest
import Muster
import MusterTest

// Lists in cards change while their page is hidden (another tab, a page pushed
// on top) and the window is then resized (a tablet turned). On Qt 6.4 a
// Repeater placed straight in a Quick Layout crashes there: the layout keeps
// the delegates freed while it was hidden and reads them on the next resize
// (SIGSEGV in QGridLayoutItem::stretchFactor). The cards' lists are CardLists;
// these tests make that sequence and check the rows are laid out after it.
Item {
    id: root
    width: 390
    height: 844

    TestAccount { id: account }

    Component {
        id: cardComponent
        Item {
            id: holder
            property var rows: []
            anchors.fill: parent
            SectionCard {
                objectName: "card"
                width: holder.width
                title: "Rows"
                CardList {
                    objectName: "list"
                    model: holder.rows
                    Label {
                        required property string modelData
                        text: modelData
                        wrapMode: Text.WordWrap
                    }
                }
                Label {
                    objectName: "below"
                    text: "Below the list"
                }
            }
        }
    }
    Component {
        id: shownWithRowsComponent
        Item {
            id: holder
            property var rows: []
            anchors.fill: parent
            SectionCard {
                objectName: "card"
                width: holder.width
                visible: holder.rows.length > 0
                title: "Rows"
                CardList {
                    objectName: "list"
                    model: holder.rows
                    Label {
                        required property string modelData
                        text: modelData
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
    Component {
        id: importComponent
        ImportScenarioPage { anchors.fill: parent }
    }
    Component {
        id: spyComponent
        SignalSpy { }
    }
    Component {
        id: dashboardComponent
        DashboardPage { anchors.fill: parent }
    }

    TestCase {
        name: "HiddenLists"
        when: windowShown

        function cleanup() { root.width = 390 }

        /// The Repeater's rows under `list`, in order.
        function rowsOf(list) {
            let out = []
            for (let i = 0; i < list.children.length; ++i) {
                if (list.children[i].visible && list.children[i].width !== undefined && !(list.children[i] instanceof Repeater))
                    out.push(list.children[i])
            }
            return out.sort((a, b) => a.y - b.y)
        }

        /// Each row takes the list's width and starts below the one before.
        function verifyLaidOut(list, count) {
            const rows = rowsOf(list)
            compare(rows.length, count)
            let bottom = 0
            for (const row of rows) {
                compare(row.width, list.width)
                verify(row.y >= bottom, "row at " + row.y + " overlaps the one ending at " + bottom)
                bottom = row.y + row.height
            }
            verify(list.height >= bottom)
            return rows
        }

        function test_aListChangedWhileHiddenIsLaidOutAfterAResize() {
            failOnWarning(/./)
            const holder = createTemporaryObject(cardComponent, root)
            const card = findChild(holder, "card")
            const list = findChild(holder, "list")
            const below = findChild(holder, "below")
            const sentence = "a row long enough to wrap on a phone, so its height follows the width it is given"
            for (let round = 0; round < 12; ++round) {
                let rows = []
                for (let i = 0; i < 1 + round % 4; ++i)
                    rows.push("Row " + round + "." + i + ": " + sentence)
                holder.visible = false
                holder.rows = rows
                wait(0)  // no frame between here and the resize: the crashing sequence
                holder.visible = true
                root.width = round % 2 ? 1280 : 390
                wait(0)
                waitForRendering(card)
                compare(list.width, card.width - 2 * Theme.spacingMedium)
                const laid = verifyLaidOut(list, rows.length)
                for (const row of laid) {
                    if (root.width === 390)
                        verify(row.lineCount > 1, row.text)
                    else
                        compare(row.lineCount, 1)
                }
                verify(below.y >= list.y + list.height, "the next item overlaps the list")
            }
        }

        // A card shown only when its list has rows (the import's problems, the
        // report's sections), on a page never shown before: the page is shown
        // and the rows come in one turn. They are laid out.
        function test_aCardShownWithItsFirstRowsLaysThemOut() {
            failOnWarning(/./)
            const holder = createTemporaryObject(shownWithRowsComponent, root, { visible: false })
            const card = findChild(holder, "card")
            const list = findChild(holder, "list")
            wait(0)
            verify(!card.visible)
            const sentence = "a row long enough to wrap on a phone, so its height follows the width it is given"
            holder.visible = true
            holder.rows = ["First: " + sentence, "Second: " + sentence]
            waitForRendering(card)
            compare(list.width, card.width - 2 * Theme.spacingMedium)
            for (const row of verifyLaidOut(list, 2))
                verify(row.lineCount > 1, row.text)
            verify(card.height >= list.y + list.height)
        }

        // The same on a real page: the import page is shown and a broken file
        // loaded in one turn; its problems are laid out in their card.
        function test_importProblemsShownWithTheirPageAreLaidOut() {
            failOnWarning(/./)
            verify(account.open("coordinator"))
            const page = createTemporaryObject(importComponent, root, { session: account.session, visible: false })
            wait(0)
            page.visible = true
            verify(!page.controller.load(Qt.resolvedUrl("data/broken-scenario.csv")))
            compare(page.controller.problems.length, 2)
            const card = findChild(page, "scenarioProblems")
            const list = findChild(card, "problemList")
            waitForRendering(card)
            compare(list.width, card.width - 2 * Theme.spacingMedium)
            for (const row of verifyLaidOut(list, 2))
                verify(row.lineCount > 1, row.text)
            verify(card.height >= list.y + list.height)
        }

        // The coordinator is on another tab while a drill changes (the feed
        // reads again and drops every row), comes back and turns the tablet.
        function test_dashboardFeedChangedWhileHiddenSurvivesATurn() {
            failOnWarning(/./)  // a polish loop at a new width too
            verify(account.open("coordinator"))
            const page = createTemporaryObject(dashboardComponent, root, { session: account.session })
            tryCompare(page.dashboard, "loading", false, 10000)
            const feed = findChild(page, "activityFeed")
            tryCompare(feed, "loading", false, 10000)
            verify(feed.count > 0)
            const card = findChild(page, "activityCard")
            tryVerify(() => findChild(card, "activityList") !== null)
            const list = findChild(card, "activityList")
            tryCompare(list, "count", feed.count)
            wait(0)
            verifyLaidOut(list, feed.count)
            const resets = createTemporaryObject(spyComponent, root, { target: feed, signalName: "modelReset" })
            for (let round = 0; round < 4; ++round) {
                page.visible = false
                const count = feed.count
                verify(account.setDrill(account.keys.drill, { title: "Flood drill, round " + round }))
                resets.wait(10000)
                compare(resets.count, round + 1)
                page.visible = true
                root.width = round % 2 ? 390 : 1280
                wait(0)
                compare(feed.count, count)
                verifyLaidOut(list, feed.count)
            }
        }
    }
}
