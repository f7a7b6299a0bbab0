import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// One task: EXERCISE mark, instructions (and, for evaluators and coordinators,
// the expected action), status actions, the action log and "Log action" — or,
// for evaluators, "Add observation".
Page {
    id: page

    property AccountSession session: null
    property string taskKey: ""
    readonly property alias controller: taskController

    /// A coordinator asked to change the task's fields (the form, NewTaskPage, does it).
    signal editRequested(string key)

    background: Rectangle { color: Theme.background }

    TaskController {
        id: taskController
        objectName: "taskController"
        session: page.session
        taskKey: page.taskKey
        viewing: page.visible
    }

    TaskLogModel {
        id: logModel
        objectName: "taskLogModel"
        session: page.session
        taskKey: page.taskKey
    }

    EmptyState {
        visible: !taskController.exists
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
        title: qsTr("No task selected")
        message: qsTr("Choose a task from the list to see what to do.")
    }

    Flickable {
        id: flick
        visible: taskController.exists
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingMedium
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator { }

        ColumnLayout {
            id: column
            x: Theme.spacingMedium
            y: Theme.spacingMedium
            width: Math.min(flick.width - 2 * Theme.spacingMedium, Theme.contentMaxWidth)
            spacing: Theme.spacingMedium

            ExerciseBanner {
                Layout.fillWidth: true
                visible: taskController.isExercise
                detail: TaskText.injectLabel(taskController.inject, taskController.drillTitle)
            }

            Label {
                objectName: "taskTitle"
                Layout.fillWidth: true
                text: taskController.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                TagLabel {
                    text: TaskText.priority(taskController.priority)
                    readonly property color c: taskController.priority === "critical" ? Theme.priorityCritical
                                             : taskController.priority === "high" ? Theme.priorityHigh
                                             : taskController.priority === "low" ? Theme.priorityLow : Theme.priorityNormal
                    fill: "transparent"
                    outline: c
                    ink: c
                }
                TagLabel {
                    objectName: "statusTag"
                    readonly property string st: taskController.status
                    text: TaskText.status(st)
                    fill: st === "done" ? Theme.statusDoneSurface : st === "blocked" ? Theme.statusBlockedSurface
                        : st === "in_progress" || st === "acknowledged" ? Theme.statusActiveSurface : Theme.chipSurface
                    ink: st === "done" ? Theme.statusDone : st === "blocked" ? Theme.statusBlocked
                       : st === "in_progress" || st === "acknowledged" ? Theme.statusActive : Theme.text
                }
                TagLabel {
                    visible: taskController.isOverdue
                    text: qsTr("Overdue")
                    fill: Theme.error
                    ink: Theme.textOnPrimary
                }
            }

            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: [taskController.unitName,
                       taskController.dueAt > 0 ? qsTr("Due %1").arg(TimeFormatter.dateTime(taskController.dueAt)) : ""]
                      .filter(s => s !== "").join("  ·  ")
                font.pixelSize: Theme.fontCaption
                color: taskController.isOverdue ? Theme.error : Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            Rectangle {
                Layout.fillWidth: true
                visible: taskController.instructions !== ""
                implicitHeight: instructions.implicitHeight + 2 * Theme.spacingMedium
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                Label {
                    id: instructions
                    anchors.fill: parent
                    anchors.margins: Theme.spacingMedium
                    text: taskController.instructions
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }

            Rectangle {
                objectName: "expectedActionBox"
                Layout.fillWidth: true
                visible: taskController.expectedAction !== ""
                implicitHeight: expectedColumn.implicitHeight + 2 * Theme.spacingMedium
                radius: Theme.radius
                color: Theme.surfaceMuted
                border.color: Theme.border
                ColumnLayout {
                    id: expectedColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingMedium
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Expected action")
                        font.pixelSize: Theme.fontCaption
                        font.bold: true
                        color: Theme.textSecondary
                    }
                    Label {
                        Layout.fillWidth: true
                        text: taskController.expectedAction
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }

            Flow {
                objectName: "actions"
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: taskController.availableActions.length > 0 || taskController.canEdit
                Repeater {
                    model: taskController.availableActions
                    delegate: Loader {
                        id: actionLoader
                        required property string modelData
                        readonly property bool primary: modelData === "done" || modelData === "start" || modelData === "acknowledge"
                        sourceComponent: primary ? primaryAction : secondaryAction
                        Component {
                            id: primaryAction
                            PrimaryButton {
                                objectName: "action_" + actionLoader.modelData
                                text: TaskText.action(actionLoader.modelData)
                                onClicked: taskController.perform(actionLoader.modelData)
                            }
                        }
                        Component {
                            id: secondaryAction
                            OutlineButton {
                                objectName: "action_" + actionLoader.modelData
                                text: TaskText.action(actionLoader.modelData)
                                onClicked: actionLoader.modelData === "block" ? blockDialog.open()
                                                                            : taskController.perform(actionLoader.modelData)
                            }
                        }
                    }
                }
                OutlineButton {
                    objectName: "editTaskButton"
                    visible: taskController.canEdit
                    //: Button (coordinators): change the task's title, priority, due time, unit or assignee.
                    text: qsTr("Change…")
                    onClicked: page.editRequested(page.taskKey)
                }
            }

            InlineError {
                Layout.fillWidth: true
                visible: taskController.errorText !== ""
                text: taskController.errorText
            }

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    // Wraps beside the button (large text, a long translation)
                    // rather than run under it.
                    wrapMode: Text.WordWrap
                    text: qsTr("Action log")
                    font.pixelSize: Theme.fontSubtitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                PrimaryButton {
                    objectName: "logActionButton"
                    visible: taskController.canLog
                    text: qsTr("Log action")
                    onClicked: logSheet.open()
                }
                PrimaryButton {
                    objectName: "addObservationButton"
                    visible: taskController.canObserve
                    text: qsTr("Add observation")
                    onClicked: observationSheet.open()
                }
            }

            Label {
                Layout.fillWidth: true
                visible: logModel.count === 0
                text: qsTr("Nothing logged yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }

            InlineError {
                Layout.fillWidth: true
                labelObjectName: "attachmentErrorLabel"
                text: attachmentOpener.errorText
            }

            Column {
                objectName: "logTimeline"
                Layout.fillWidth: true
                Repeater {
                    model: logModel
                    delegate: LogEntryDelegate {
                        width: column.width
                        last: index === logModel.count - 1
                        fetching: attachmentOpener.fetching
                        onOpenAttachment: hash => attachmentOpener.open(hash)
                    }
                }
            }
        }
    }

    LogActionSheet {
        id: logSheet
        objectName: "logSheet"
        parent: Overlay.overlay
        errorText: taskController.errorText
        taskController: taskController
    }

    AttachmentOpener {
        id: attachmentOpener
        objectName: "attachmentOpener"
        session: page.session
        onReady: (hash, file) => Qt.openUrlExternally(file)
    }

    ObservationSheet {
        id: observationSheet
        objectName: "observationSheet"
        parent: Overlay.overlay
        errorText: taskController.errorText
        taskTitle: taskController.title
        inject: taskController.inject
        expectedAction: taskController.expectedAction
        save: function(text, rating) { return taskController.addObservation(text, rating) }
        onClearErrorRequested: taskController.clearError()
    }

    Dialog {
        id: blockDialog
        objectName: "blockDialog"
        parent: Overlay.overlay
        modal: true
        title: qsTr("What blocks this task?")
        header: SheetTitle { text: blockDialog.title }
        width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 520)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 2) : 0
        background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
        onOpened: { reason.text = ""; taskController.clearError(); reason.forceActiveFocus() }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            TextArea {
                id: reason
                objectName: "blockReason"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(96, implicitHeight)
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("For example: road closed at Station Road")
                placeholderTextColor: Theme.placeholder
                Accessible.name: qsTr("What blocks this task?")
            }
            // A refusal shows here: the page's own error is behind the dialog.
            InlineError {
                Layout.fillWidth: true
                labelObjectName: "blockErrorLabel"
                text: taskController.errorText
            }
            // Right-aligned; Cancel goes below when both do not fit on one line.
            Flow {
                Layout.fillWidth: true
                layoutDirection: Qt.RightToLeft
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "blockSaveButton"
                    //: Button: save the task as blocked with the reason typed.
                    text: qsTr("Set blocked")
                    enabled: reason.text.trim() !== ""
                    onClicked: if (taskController.block(reason.text)) blockDialog.accept()
                }
                OutlineButton {
                    objectName: "blockCancelButton"
                    text: qsTr("Cancel")
                    onClicked: blockDialog.reject()
                }
            }
        }
    }
}
