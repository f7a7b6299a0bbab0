import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Muster

// The "Log action" sheet: what was done (or a note), optional files and the
// member's location, saved on this device in one step.
Dialog {
    id: root

    /// The task the entry goes to (a TaskController); Save writes through it.
    property var taskController: null
    /// The task's error (bound to taskController.errorText by the page). The
    /// sheet never assigns it: opening clears the error at its source.
    property string errorText: ""
    readonly property LogDraft draft: logDraft

    modal: true
    // While the files are stored the entry is on its way: no closing then.
    closePolicy: logDraft.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Log action")
    header: SheetTitle { text: root.title }
    width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacingMedium : implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 2) : 0
    padding: Theme.spacingMedium
    background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
    onOpened: {
        textArea.text = ""
        actionKind.checked = true
        locationSwitch.checked = false
        logDraft.clear()
        if (taskController)
            taskController.clearError()
        textArea.forceActiveFocus()
    }

    LogDraft {
        id: logDraft
        objectName: "logDraft"
        onSaved: root.accept()
    }

    CameraSheet {
        id: cameraSheet
        objectName: "cameraSheet"
        draft: logDraft
    }

    FileDialog {
        id: fileDialog
        //: The file picker's title. On a phone it also offers the camera.
        title: qsTr("Attach a photo or file")
        onAccepted: logDraft.addFile(selectedFile)
    }

    // The form scrolls; Cancel and Save stay in view below it (large text on
    // a phone makes the form taller than the screen).
    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: form.implicitHeight
            implicitHeight: form.implicitHeight
            contentHeight: form.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            // Always shown when the form is taller than the sheet: it says there is more.
            ScrollIndicator.vertical: ScrollIndicator {
                objectName: "logSheetScrollIndicator"
                active: flick.moving || flick.contentHeight > flick.height + 1
            }

            ColumnLayout {
                id: form
                width: flick.width
                spacing: Theme.spacing
                // Which task the entry goes to: the sheet covers the task's page.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: root.taskController !== null && root.taskController.title !== ""
                    ExerciseTag {
                        visible: root.taskController !== null && root.taskController.isExercise
                        Layout.alignment: Qt.AlignTop
                    }
                    Label {
                        objectName: "logSheetTaskTitle"
                        Layout.fillWidth: true
                        text: root.taskController !== null ? root.taskController.title : ""
                        font.pixelSize: Theme.fontCaption
                        font.bold: true
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("What did you do?")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                TextArea {
                    id: textArea
                    objectName: "logTextArea"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(120, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("For example: gauges read, 3.4 m at Weir Lane")
                    placeholderTextColor: Theme.placeholder
                    Accessible.name: qsTr("What did you do?")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    RadioButton {
                        id: actionKind
                        objectName: "kindAction"
                        text: TaskText.logKind("action")
                        checked: true
                        font.pixelSize: Theme.fontBody
                        height: Math.max(Theme.touchTarget, implicitHeight)
                        Accessible.name: text
                    }
                    RadioButton {
                        id: noteKind
                        objectName: "kindNote"
                        text: TaskText.logKind("note")
                        font.pixelSize: Theme.fontBody
                        height: Math.max(Theme.touchTarget, implicitHeight)
                        Accessible.name: text
                    }
                }

                Flow {
                    objectName: "attachmentChips"
                    Layout.fillWidth: true
                    visible: logDraft.attachments.length > 0
                    spacing: Theme.spacing
                    Repeater {
                        model: logDraft.attachments
                        delegate: AttachmentChip {
                            required property var modelData
                            required property int index
                            width: Math.min(implicitWidth, form.width)
                            label: modelData.name + "  \u00B7  " + modelData.sizeText
                            removable: true
                            onClicked: logDraft.removeAttachment(index)
                        }
                    }
                }
                GridLayout {  // a mis-tap on a chip takes nothing for good
                    objectName: "attachmentRemoved"
                    Layout.fillWidth: true
                    visible: logDraft.removedName !== ""
                    // Side by side when both fit; else the button goes below (large text).
                    // From the form's width, not its own (see InfoRow).
                    columns: removedText.implicitWidth + columnSpacing + undoRemove.implicitWidth <= parent.width ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: 0
                    Label {
                        id: removedText
                        Layout.fillWidth: true
                        //: In the log sheet after an attachment chip was tapped; %1 is the file's name.
                        text: qsTr("Removed “%1”.").arg(logDraft.removedName)
                        font.pixelSize: Theme.fontBody
                        color: Theme.textSecondary
                        elide: Text.ElideMiddle  // a long name loses its middle, never its end
                    }
                    OutlineButton {
                        id: undoRemove
                        objectName: "undoRemoveButton"
                        Layout.maximumWidth: parent.width
                        //: Puts back the attachment just removed in the log sheet.
                        text: qsTr("Undo")
                        enabled: !logDraft.busy
                        Accessible.name: qsTr("Undo: put back %1").arg(logDraft.removedName)
                        onClicked: logDraft.undoRemove()
                    }
                }
                OutlineButton {
                    objectName: "takePhotoButton"
                    Layout.fillWidth: true
                    visible: cameraSheet.available
                    enabled: !logDraft.busy
                    text: qsTr("Take a photo")
                    onClicked: cameraSheet.open()
                }
                OutlineButton {
                    objectName: "attachFileButton"
                    Layout.fillWidth: true
                    enabled: !logDraft.busy
                    text: qsTr("Attach a photo or file")
                    onClicked: fileDialog.open()
                }
                CheckBox {  // (Material's Switch draws no handle on the software renderer)
                    id: locationSwitch
                    objectName: "locationSwitch"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                    text: qsTr("Attach my location")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    // Wraps instead of eliding (large text, a long translation).
                    contentItem: Label {
                        leftPadding: locationSwitch.indicator.width + locationSwitch.spacing
                        text: locationSwitch.text
                        font: locationSwitch.font
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    onToggled: checked ? logDraft.requestLocation() : logDraft.clearLocation()
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: logDraft.locationState !== ""
                    spacing: Theme.spacing
                    BusyIndicator {
                        visible: logDraft.locationState === "locating"
                        running: visible
                        Layout.preferredWidth: 24
                        Layout.preferredHeight: 24
                    }
                    Label {
                        objectName: "locationLabel"
                        Layout.fillWidth: true
                        text: logDraft.locationText
                        font.pixelSize: Theme.fontCaption + 1
                        font.bold: logDraft.locationState === "fixed"
                        color: logDraft.locationState === "failed" ? Theme.error : Theme.textSecondary
                        wrapMode: Text.WordWrap
                        Accessible.role: logDraft.locationState === "failed" ? Accessible.AlertMessage : Accessible.StaticText
                        Accessible.name: text
                    }
                }

                InlineError {
                    Layout.fillWidth: true
                    labelObjectName: "logErrorLabel"
                    visible: text !== ""
                    text: logDraft.errorText !== "" ? logDraft.errorText : root.errorText
                }
            }
        }
        // Right-aligned; Cancel goes below Save when both do not fit on one
        // line (a long translation at large text).
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "logSaveButton"
                text: qsTr("Save")
                enabled: textArea.text.trim() !== "" && logDraft.locationState !== "locating" && !logDraft.busy
                // Closes on `saved`: at once without files, after they are stored with them.
                onClicked: logDraft.save(root.taskController, textArea.text, noteKind.checked ? "note" : "action")
            }
            OutlineButton {
                objectName: "logCancelButton"
                text: qsTr("Cancel")
                enabled: !logDraft.busy
                onClicked: root.reject()
            }
            BusyIndicator {
                objectName: "logBusyIndicator"
                visible: logDraft.busy
                running: visible
                width: 32
                height: 32
                //: Screen-reader name of the spinner while a photo is prepared or files are stored.
                Accessible.name: qsTr("Preparing your files")
            }
        }
    }
}
