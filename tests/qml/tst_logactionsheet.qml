import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// The "Log action" sheet without a store: a picked file shows as a chip with
// its name and size and goes again on a tap (which "Undo" takes back); "Attach my location" shows the
// fix (the test runner's fixed position source); every new control is named
// for screen readers and at least 48 px tall.
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: sheetComponent
        LogActionSheet { }
    }

    TestCase {
        name: "LogActionSheet"
        when: windowShown

        function init() { failOnWarning(/./) }

        function openSheet() {
            const sheet = createTemporaryObject(sheetComponent, root)
            verify(sheet !== null)
            sheet.open()
            tryCompare(sheet, "opened", true)
            return sheet
        }

        function test_aPickedFileIsAChipThatCanBeRemoved() {
            const sheet = openSheet()
            const chips = findChild(sheet.contentItem, "attachmentChips")
            verify(!chips.visible)
            verify(sheet.draft.addFile(Qt.resolvedUrl("tst_logactionsheet.qml")))
            compare(sheet.draft.attachments.length, 1)
            tryCompare(chips, "visible", true)
            let chip = null
            for (let i = 0; i < chips.children.length; ++i) {
                if (chips.children[i].label !== undefined) chip = chips.children[i]
            }
            verify(chip !== null)
            verify(chip.label.indexOf("tst_logactionsheet.qml") === 0, chip.label)
            verify(chip.label.indexOf("B") > 0, chip.label)  // a size: "… · 3.1 kB"
            verify(chip.height >= 48)
            verify(chip.Accessible.name.indexOf("tst_logactionsheet.qml") > 0, chip.Accessible.name)
            const removed = findChild(sheet.contentItem, "attachmentRemoved")
            verify(!removed.visible)
            mouseClick(chip)
            compare(sheet.draft.attachments.length, 0)
            tryCompare(chips, "visible", false)
            // The tap can be taken back.
            tryCompare(removed, "visible", true)
            const undo = findChild(sheet.contentItem, "undoRemoveButton")
            verify(undo.height >= 48)
            verify(undo.Accessible.name.indexOf("tst_logactionsheet.qml") > 0, undo.Accessible.name)
            mouseClick(undo)
            compare(sheet.draft.attachments.length, 1)
            tryCompare(chips, "visible", true)
            tryCompare(removed, "visible", false)
            // Opening the sheet again starts empty, with nothing to undo.
            sheet.draft.removeAttachment(0)
            tryCompare(removed, "visible", true)
            sheet.close()
            tryCompare(sheet, "visible", false)
            sheet.open()
            tryCompare(sheet, "opened", true)
            compare(sheet.draft.attachments.length, 0)
            verify(!removed.visible)
        }

        function test_attachMyLocationShowsTheFix() {
            const sheet = openSheet()
            const toggle = findChild(sheet.contentItem, "locationSwitch")
            const label = findChild(sheet.contentItem, "locationLabel")
            verify(toggle.height >= 48)
            compare(toggle.Accessible.name, "Attach my location")
            verify(!label.visible)
            mouseClick(toggle)
            verify(toggle.checked)
            tryCompare(sheet.draft, "locationState", "fixed")
            tryCompare(label, "visible", true)
            compare(label.text, "52.52000, 13.40500 ±12 m")
            mouseClick(toggle)
            compare(sheet.draft.locationState, "")
            verify(!label.visible)
        }

        function test_newControlsAreNamedAndLargeEnough() {
            const sheet = openSheet()
            const attach = findChild(sheet.contentItem, "attachFileButton")
            verify(attach.visible)
            verify(attach.height >= 48)
            compare(attach.Accessible.name, "Attach a photo or file")
            const save = findChild(sheet.contentItem, "logSaveButton")
            verify(!save.enabled)  // nothing written yet
        }

        // "Take a photo" only where there is a camera (none on a test machine);
        // the camera sheet, opened anyway, says so instead of a black screen.
        function test_takeAPhotoOnlyWithACamera() {
            const sheet = openSheet()
            const cameraSheet = findChild(sheet, "cameraSheet")
            verify(cameraSheet !== null)
            const photo = findChild(sheet.contentItem, "takePhotoButton")
            compare(photo.visible, cameraSheet.available)
            if (!cameraSheet.available) {
                cameraSheet.open()
                tryCompare(cameraSheet, "opened", true)
                compare(cameraSheet.camera.state, "failed")
                const label = findChild(cameraSheet.contentItem, "cameraStateLabel")
                verify(label.visible)
                verify(label.text.indexOf("no camera") >= 0, label.text)
                compare(label.Accessible.role, Accessible.AlertMessage)
                const shutter = findChild(cameraSheet.contentItem, "shutterButton")
                verify(!shutter.enabled)
                compare(shutter.Accessible.name, "Take the photo")
                const cancel = findChild(cameraSheet.contentItem, "cameraCancelButton")
                verify(cancel.height >= 48)
                mouseClick(cancel)
                tryCompare(cameraSheet, "visible", false)
                compare(cameraSheet.camera.state, "off")
            }
        }
    }
}
