import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// The Log-action and Observation sheets show the task's error while they are
// open, every time: opening a sheet clears an old error through the task (it
// does not overwrite the sheet's bound errorText), so a save refused later is
// shown inside the sheet.
Item {
    id: root
    width: 390
    height: 844

    // Stands in for a TaskController: its errorText, and clearError().
    QtObject {
        id: holder
        property string errorText: ""
        function clearError() { errorText = "" }
    }

    Component {
        id: logSheetComponent
        LogActionSheet {
            taskController: holder
            errorText: holder.errorText
        }
    }

    Component {
        id: observationSheetComponent
        ObservationSheet {
            errorText: holder.errorText
            onClearErrorRequested: holder.clearError()
        }
    }

    TestCase {
        name: "SheetErrors"
        when: windowShown

        function init() { holder.errorText = "" }

        function openSheet(component) {
            const sheet = createTemporaryObject(component, root)
            verify(sheet !== null)
            sheet.open()
            tryCompare(sheet, "opened", true)
            return sheet
        }

        function reopen(sheet) {
            sheet.close()
            tryCompare(sheet, "visible", false)
            sheet.open()
            tryCompare(sheet, "opened", true)
        }

        function checkErrorsReachTheSheet(component, labelName) {
            holder.errorText = "An old error"
            const sheet = openSheet(component)
            // Opening starts clean: the old error is cleared at its source.
            compare(holder.errorText, "")
            compare(sheet.errorText, "")
            const label = findChild(sheet.contentItem, labelName)
            verify(label !== null)
            verify(!label.visible)
            // A save refused while the sheet is open shows in the sheet.
            holder.errorText = "Couldn't save on this device: disk full"
            compare(sheet.errorText, holder.errorText)
            compare(label.text, holder.errorText)
            tryCompare(label, "visible", true)
            // And again after the sheet was closed and opened once more.
            reopen(sheet)
            compare(sheet.errorText, "")
            holder.errorText = "You can't add to this task's log."
            compare(sheet.errorText, holder.errorText)
            compare(label.text, holder.errorText)
            tryCompare(label, "visible", true)
        }

        function test_taskErrorReachesOpenLogSheet() {
            checkErrorsReachTheSheet(logSheetComponent, "logErrorLabel")
        }

        function test_taskErrorReachesOpenObservationSheet() {
            checkErrorsReachTheSheet(observationSheetComponent, "observationErrorLabel")
        }
    }
}
