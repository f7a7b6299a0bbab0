import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// The task list: search, filter chips and the tasks, most urgent first.
Page {
    id: page

    property AccountSession session: null
    /// The task shown beside the list (wide layout); "" = none.
    property string selectedKey: ""
    readonly property alias model: taskModel
    /// Offer "New task" (coordinators).
    property bool canCreate: false
    /// An evaluator's list: nothing is assigned to them, so it starts on every
    /// task they can see (their drills' tasks), and its empty state says so.
    property bool evaluator: false

    signal taskChosen(string key)
    signal newTaskRequested()

    background: Rectangle { color: Theme.background }

    TaskListModel {
        id: taskModel
        objectName: "taskListModel"
        session: page.session
        scope: page.evaluator ? "unit" : "mine"
    }

    header: Rectangle {
        color: Theme.background
        implicitHeight: filters.implicitHeight + 2 * Theme.spacing

        ColumnLayout {
            id: filters
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            anchors.leftMargin: Theme.spacingMedium
            anchors.rightMargin: Theme.spacingMedium
            spacing: Theme.spacingSmall

            TextField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                placeholderText: qsTr("Search tasks")
                placeholderTextColor: Theme.placeholder
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Search tasks")
                onTextChanged: taskModel.searchText = text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                // An evaluator is assigned nothing: "My tasks" would always be
                // empty, so neither scope chip is offered (the list is the unit's,
                // their drills' tasks).
                FilterChip {
                    objectName: "mineChip"
                    visible: !page.evaluator
                    //: Filter: tasks assigned to me or to my unit.
                    text: qsTr("My tasks")
                    checked: taskModel.scope === "mine"
                    onClicked: taskModel.scope = "mine"
                }
                FilterChip {
                    objectName: "unitChip"
                    visible: !page.evaluator
                    //: Filter: every task this device holds for the unit(s).
                    text: qsTr("Unit tasks")
                    checked: taskModel.scope === "unit"
                    onClicked: taskModel.scope = "unit"
                }
                FilterChip {
                    objectName: "activeChip"
                    //: Filter: tasks not finished yet.
                    text: qsTr("Active")
                    checked: taskModel.statusFilter.length === 4
                    onClicked: taskModel.statusFilter = checked ? [] : ["open", "acknowledged", "in_progress", "blocked"]
                }
                FilterChip {
                    objectName: "blockedChip"
                    text: qsTr("Blocked")
                    checked: taskModel.statusFilter.length === 1 && taskModel.statusFilter[0] === "blocked"
                    onClicked: taskModel.statusFilter = checked ? [] : ["blocked"]
                }
                FilterChip {
                    objectName: "doneChip"
                    text: qsTr("Done")
                    checked: taskModel.statusFilter.length === 1 && taskModel.statusFilter[0] === "done"
                    onClicked: taskModel.statusFilter = checked ? [] : ["done"]
                }
                FilterChip {
                    objectName: "exerciseChip"
                    // An evaluator's tasks are all drill tasks.
                    visible: !page.evaluator
                    //: Filter: only drill (exercise) tasks.
                    text: qsTr("Exercise")
                    checked: taskModel.drillFilter === "*"
                    onClicked: taskModel.drillFilter = checked ? "" : "*"
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "taskList"
        anchors.fill: parent
        clip: true
        model: taskModel
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Tasks")
        delegate: TaskDelegate {
            selected: key === page.selectedKey
            onClicked: page.taskChosen(key)
        }
        // Room below the last task for the "New task" button.
        footer: Item { height: page.canCreate ? newTaskButton.height + 2 * Theme.spacingMedium : 0 }
    }

    FloatingButton {
        id: newTaskButton
        objectName: "newTaskButton"
        visible: page.canCreate
        compact: page.width < Theme.wideBreakpoint
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingMedium
        //: Button (coordinators): write a new task.
        text: qsTr("New task")
        onClicked: page.newTaskRequested()
    }

    EmptyState {
        objectName: "emptyState"
        visible: taskModel.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
        title: taskModel.totalCount === 0 ? qsTr("No tasks yet") : qsTr("No matching tasks")
        message: taskModel.totalCount > 0 ? qsTr("Try another filter or clear the search.")
                 //: Empty task list of an evaluator (who observes drills and is assigned no tasks).
                 : page.evaluator ? qsTr("The tasks of drills in your units appear here when their injects are released.")
                 : qsTr("Tasks from your unit appear here after the first sync.")
    }
}
