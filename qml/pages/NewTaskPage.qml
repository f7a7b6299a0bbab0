import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Coordinators: a new task for a unit of their scope, assigned to one of its
// members or to the whole unit; or, with `taskKey` set, the changes to one
// (re-prioritised, reassigned, moved to another unit, due time changed).
// Saved on this device at once (offline too) and sent with the next sync.
Page {
    id: page

    property AccountSession session: null
    readonly property alias controller: newTask
    /// The "New task" heading (off when the window's header already says it).
    property bool showHeading: true
    /// The task to change ("" = a new task).
    property string taskKey: ""
    readonly property bool editing: taskKey !== ""

    /// The task was saved (its key): created, or its changes written.
    signal created(string key)
    signal cancelled()

    background: Rectangle { color: Theme.background }

    NewTaskController {
        id: newTask
        objectName: "newTaskController"
        session: page.session
        taskKey: page.taskKey
        onCreated: key => page.created(key)
        onUpdated: key => page.created(key)
        onTaskKeyChanged: page.reset()
    }

    /// Empties the form for the next task, or fills it with the changed task's values.
    function reset() {
        const now = newTask.current
        titleField.text = page.editing ? now.title || "" : ""
        instructionsArea.text = page.editing ? now.instructions || "" : ""
        priorityField.value = page.editing ? now.priority || "normal" : "normal"
        dueField.value = page.editing ? -1 : 0
        if (!page.editing)
            newTask.reload()
        assigneeField.value = page.editing ? now.assignee || "" : ""
    }

    function save() {
        const due = dueField.value > 0 ? newTask.dueAtIn(dueField.value) : dueField.value
        if (page.editing) {
            newTask.update(titleField.text, instructionsArea.text, priorityField.value, due, assigneeField.value)
            return
        }
        if (newTask.create(titleField.text, instructionsArea.text, priorityField.value, due, assigneeField.value) !== "")
            page.reset()
    }

    Flickable {
        id: flick
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

            Label {
                Layout.fillWidth: true
                visible: page.showHeading
                text: page.editing ? qsTr("Change task") : qsTr("New task")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            ExerciseBanner {
                objectName: "changeTaskExerciseBanner"
                Layout.fillWidth: true
                visible: page.editing && (newTask.current.drill || "") !== ""
                detail: TaskText.injectLabel(newTask.current.inject || 0, newTask.current.drillTitle || "")
            }

            Label {
                Layout.fillWidth: true
                visible: !newTask.canCreate
                text: qsTr("Only coordinators can create tasks, and only for units this device has received.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            FormField {
                id: titleField
                objectName: "newTaskTitle"
                Layout.fillWidth: true
                // Its width comes from the layout, never from its content: a Column's
                // implicit width follows its width, which can loop the layout (so for each field below).
                Layout.preferredWidth: 0
                //: Label of the new task's title field.
                label: qsTr("Title")
                placeholderText: qsTr("For example: check the pumps at Mill Street")
            }

            Column {
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                spacing: Theme.spacingSmall
                Label {
                    width: parent.width
                    text: qsTr("Instructions")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                }
                TextArea {
                    id: instructionsArea
                    objectName: "newTaskInstructions"
                    width: parent.width
                    height: Math.max(112, implicitHeight)
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    placeholderText: qsTr("What to do, where, and what to report back")
                    placeholderTextColor: Theme.placeholder
                    Accessible.name: qsTr("Instructions")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: column.width >= 560 ? 2 : 1
                columnSpacing: Theme.spacingMedium
                rowSpacing: Theme.spacingMedium

                ChoiceField {
                    id: priorityField
                    objectName: "newTaskPriority"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    label: qsTr("Priority")
                    value: "normal"
                    model: [
                        { value: "critical", text: TaskText.priority("critical") },
                        { value: "high", text: TaskText.priority("high") },
                        { value: "normal", text: TaskText.priority("normal") },
                        { value: "low", text: TaskText.priority("low") }
                    ]
                }

                ChoiceField {
                    id: dueField
                    objectName: "newTaskDue"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    //: Label of the "due in" choice of a new task.
                    label: qsTr("Due")
                    value: 0
                    //: The first choice when changing a task: leave its due time as it is (%1: that time).
                    model: (page.editing ? [{ value: -1, text: newTask.current.dueAt > 0
                                                  ? qsTr("Keep: %1").arg(TimeFormatter.dateTime(newTask.current.dueAt))
                                                  : qsTr("Keep as it is") }] : []).concat([
                        { value: 0, text: qsTr("No due time") },
                        { value: 30, text: qsTr("In 30 minutes") },
                        { value: 60, text: qsTr("In 1 hour") },
                        { value: 120, text: qsTr("In 2 hours") },
                        { value: 240, text: qsTr("In 4 hours") },
                        { value: 480, text: qsTr("In 8 hours") },
                        { value: 1440, text: qsTr("In 24 hours") }
                    ])
                }

                ChoiceField {
                    id: unitField
                    objectName: "newTaskUnit"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    label: qsTr("Unit")
                    value: newTask.unitKey
                    model: newTask.units.map(u => ({ value: u.key, text: "  ".repeat(u.depth) + u.name }))
                    onActivated: v => { newTask.unitKey = v; assigneeField.value = "" }
                }

                ChoiceField {
                    id: assigneeField
                    objectName: "newTaskAssignee"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    //: Label of the member a new task is assigned to.
                    label: qsTr("Assigned to")
                    value: ""
                    model: [{ value: "", text: qsTr("The whole unit") }]
                           .concat(newTask.members.map(m => ({ value: m.key, text: m.name })))
                }
            }

            InlineError {
                Layout.fillWidth: true
                visible: newTask.errorText !== ""
                text: newTask.errorText
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Saved on this device at once and sent with the next sync, also without a connection.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "createTaskButton"
                    //: Button: save the new task (or, when changing one, its changes).
                    text: page.editing ? qsTr("Save changes") : qsTr("Create task")
                    enabled: newTask.canCreate && titleField.text.trim() !== ""
                    onClicked: page.save()
                }
                OutlineButton {
                    objectName: "cancelNewTaskButton"
                    text: qsTr("Cancel")
                    onClicked: { page.reset(); page.cancelled() }
                }
            }
        }
    }
}
