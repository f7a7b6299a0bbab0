import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// The sync bar's red "N change(s) refused" opens the refused list on a tap
// (the Sync tab), and the block dialog shows why a block was refused inside
// the dialog, not only on the page behind it.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: barComponent
        SyncStatusBar { width: 390; online: true; pending: 0; rejected: 2 }
    }
    Component {
        id: detailPageComponent
        TaskDetailPage { anchors.fill: parent }
    }
    Component {
        id: spyComponent
        SignalSpy { }
    }
    Component {
        id: homeComponent
        HomePage {
            anchors.fill: parent
            controller: QtObject {
                property string memberName: "Tran Nguyen"
                property string role: "member"
                property string deviceName: "Test phone"
                property bool signedIn: true
                property bool busy: false
                property string errorText: ""
                property string serverUrl: ""
                property string login: ""
                function signOut() { }
                function signIn(password) { }
            }
        }
    }

    TestCase {
        name: "SyncBarAndBlockDialog"
        when: windowShown

        function init() { failOnWarning(/./) }

        function test_refusedCountIsTappable() {
            const bar = createTemporaryObject(barComponent, root)
            verify(bar !== null)
            waitForRendering(bar)
            const label = findChild(bar, "rejectedLabel")
            verify(label.visible)
            compare(label.text, "2 change(s) refused")
            const spy = createTemporaryObject(spyComponent, root, { target: bar, signalName: "rejectedClicked" })
            mouseClick(label)
            compare(spy.count, 1)
            // Nothing refused: nothing to open.
            bar.rejected = 0
            mouseClick(bar)
            compare(spy.count, 1)
        }

        function test_refusedCountOpensTheSyncTab() {
            const page = createTemporaryObject(homeComponent, root)
            verify(page !== null)
            waitForRendering(page)
            compare(page.tab, 0)
            const bar = findChild(page, "syncStatusBar")
            bar.rejected = 3  // as the session's syncStatus would say
            const label = findChild(bar, "rejectedLabel")
            tryCompare(label, "visible", true)
            mouseClick(label)
            compare(page.tab, 1)
            verify(findChild(page, "rejectedChangesPage").visible)
        }

        function test_blockRefusalShowsInTheDialog() {
            const page = createTemporaryObject(detailPageComponent, root)
            waitForRendering(page)
            const dialog = findChild(page, "blockDialog")
            verify(dialog !== null)
            dialog.open()
            tryCompare(dialog, "opened", true)
            const label = findChild(dialog.contentItem, "blockErrorLabel")
            verify(label !== null)
            verify(!label.visible)
            findChild(dialog.contentItem, "blockReason").text = "Road closed at Station Road"
            mouseClick(findChild(dialog.contentItem, "blockSaveButton"))
            // No task here: refused, and said so in the dialog, which stays open.
            verify(page.controller.errorText !== "")
            compare(label.text, page.controller.errorText)
            tryCompare(label, "visible", true)
            verify(dialog.opened)
            // Opening again starts without the old error.
            dialog.close()
            tryCompare(dialog, "visible", false)
            dialog.open()
            tryCompare(dialog, "opened", true)
            compare(page.controller.errorText, "")
            verify(!label.visible)
        }
    }
}
