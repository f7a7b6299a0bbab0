import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Coordinators: the merged picture of a drill or a unit as this device has
// it — tasks by status, overdue tasks, the latest actions, and how fresh each
// device's report is (so "done" and "not yet reported" are told apart).
// One column on phones; two from the wide breakpoint.
Page {
    id: page

    property AccountSession session: null
    /// Conflicts awaiting a coordinator.
    property int conflictCount: 0
    readonly property alias dashboard: dashboard
    readonly property bool wide: width >= Theme.splitBreakpoint

    signal taskChosen(string key)
    /// The drill page of a drill (its clock, controls and injects).
    signal drillRequested(string key)
    signal conflictsRequested()

    background: Rectangle { color: Theme.background }

    DashboardController {
        id: dashboard
        objectName: "dashboardController"
        session: page.session
        active: page.visible
    }
    ActivityFeedModel {
        id: activity
        objectName: "activityFeed"
        session: page.session
        drillKey: dashboard.drillKey
        unitKey: dashboard.unitKey
        limit: 15
    }
    DeviceListModel {
        id: devices
        objectName: "deviceList"
        session: page.session
        unitKey: dashboard.unitKey
    }

    EmptyState {
        visible: !dashboard.available
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
        title: qsTr("For coordinators")
        message: qsTr("The dashboard shows the merged status of your units to coordinators.")
    }

    // A full recompute reads every task in the background: the figures shown
    // are the previous ones until it lands.
    ProgressBar {
        objectName: "dashboardLoading"
        z: 1
        anchors { left: parent.left; right: parent.right; top: parent.top }
        visible: dashboard.available && dashboard.loading
        indeterminate: true
        Accessible.name: qsTr("Updating the figures")
    }

    Flickable {
        id: flick
        visible: dashboard.available
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingMedium
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator { }

        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: Theme.spacingMedium
            width: Math.min(flick.width - 2 * Theme.spacingMedium, 1200)
            spacing: Theme.spacingMedium

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingMedium
                rowSpacing: Theme.spacing
                ChoiceField {
                    objectName: "drillChoice"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0  // equal columns; its own width would loop the layout
                    //: Dashboard scope: which drill (or all tasks) the figures are about.
                    label: qsTr("Drill")
                    value: dashboard.drillKey
                    model: [{ value: "", text: qsTr("All tasks") }]
                           .concat(dashboard.drills.map(d => ({ value: d.key, text: d.title })))
                    onActivated: v => dashboard.drillKey = v
                }
                ChoiceField {
                    objectName: "unitChoice"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0  // equal columns; its own width would loop the layout
                    label: qsTr("Unit")
                    value: dashboard.unitKey
                    model: [{ value: "", text: qsTr("All my units") }]
                           .concat(dashboard.units.map(u => ({ value: u.key, text: "  ".repeat(u.depth) + u.name })))
                    onActivated: v => dashboard.unitKey = v
                }
            }

            ExerciseBanner {
                Layout.fillWidth: true
                visible: dashboard.drillKey !== ""
                detail: {
                    for (const d of dashboard.drills) {
                        if (d.key === dashboard.drillKey)
                            return d.title
                    }
                    return ""
                }
            }

            OutlineButton {
                objectName: "openDrillButton"
                visible: dashboard.drillKey !== ""
                //: Button on the dashboard: open the chosen drill's page (clock, controls, injects).
                text: qsTr("Drill clock and injects")
                onClicked: page.drillRequested(dashboard.drillKey)
            }

            Rectangle {
                objectName: "conflictsCard"
                Layout.fillWidth: true
                visible: page.conflictCount > 0
                implicitHeight: conflictRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.statusActiveSurface
                border.color: Theme.primary
                GridLayout {
                    id: conflictRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    anchors.leftMargin: Theme.spacingMedium
                    columns: width >= conflictText.implicitWidth + conflictButton.implicitWidth + columnSpacing ? 2 : 1
                    Label {
                        id: conflictText
                        Layout.fillWidth: true
                        text: qsTr("%n conflict(s) await a coordinator.", "", page.conflictCount)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    OutlineButton {
                        id: conflictButton
                        objectName: "dashboardConflictsButton"
                        text: qsTr("Resolve")
                        Accessible.name: qsTr("Resolve conflicts")
                        onClicked: page.conflictsRequested()
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingMedium
                rowSpacing: Theme.spacingMedium

                SectionCard {
                    objectName: "statusCard"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    title: qsTr("Tasks by status")
                    subtitle: dashboard.unreleasedCount > 0
                              ? qsTr("%n task(s) released", "", dashboard.total) + " · "
                                + qsTr("%n inject(s) not yet released", "", dashboard.unreleasedCount)
                              : qsTr("%n task(s) released", "", dashboard.total)
                    StatusBars {
                        objectName: "statusBars"
                        Layout.fillWidth: true
                        counts: dashboard.statusCounts
                        maxCount: dashboard.maxCount
                        overdue: dashboard.overdueCount
                    }
                }

                SectionCard {
                    objectName: "missedCard"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    visible: dashboard.missedCount > 0
                    title: qsTr("Expected actions missed")
                    subtitle: qsTr("%n inject(s) passed their deadline without being acknowledged.", "", dashboard.missedCount)
                    CardList {
                        model: dashboard.missedTasks
                        ItemDelegate {
                            required property var modelData
                            padding: 0
                            implicitHeight: Math.max(Theme.touchTarget, missedColumn.implicitHeight + 2 * Theme.spacingSmall)
                            Accessible.name: qsTr("Missed: %1").arg(modelData.title)
                            background: Rectangle { color: parent.down ? Theme.selection : "transparent" }
                            // The drill page offers the follow-up.
                            onClicked: page.drillRequested(modelData.drillKey)
                            contentItem: ColumnLayout {
                                id: missedColumn
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.inject > 0 ? qsTr("%1. %2").arg(modelData.inject).arg(modelData.title)
                                                               : modelData.title
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: [modelData.unitName, modelData.drillTitle].filter(s => s !== "").join(" · ")
                                    font.pixelSize: Theme.fontCaption
                                    color: Theme.error
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }

                SectionCard {
                    objectName: "overdueCard"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    title: qsTr("Overdue")
                    subtitle: dashboard.overdueCount === 0 ? qsTr("Nothing is overdue.") : ""
                    CardList {
                        model: dashboard.overdueTasks
                        ItemDelegate {
                            required property var modelData
                            padding: 0
                            implicitHeight: Math.max(Theme.touchTarget, overdueColumn.implicitHeight + 2 * Theme.spacingSmall)
                            Accessible.name: (modelData.isExercise ? qsTr("Exercise") + ". " : "")
                                             + qsTr("%1, due %2").arg(modelData.title)
                                             .arg(TimeFormatter.relativeTime(modelData.dueAt, TimeFormatter.serverNow))
                            background: Rectangle { color: parent.down ? Theme.selection : "transparent" }
                            onClicked: page.taskChosen(modelData.key)
                            contentItem: ColumnLayout {
                                id: overdueColumn
                                spacing: 2
                                // Drill data never passes for real tasking (W7).
                                ExerciseTag {
                                    objectName: "overdueExerciseTag"
                                    visible: modelData.isExercise === true
                                    Layout.maximumWidth: overdueColumn.width
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.title
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: [modelData.unitName, TaskText.status(modelData.status),
                                           qsTr("due %1").arg(TimeFormatter.relativeTime(modelData.dueAt, TimeFormatter.serverNow))]
                                          .filter(s => s !== "").join(" · ")
                                    font.pixelSize: Theme.fontCaption
                                    color: Theme.error
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }

                SectionCard {
                    objectName: "devicesCard"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    title: qsTr("Devices")
                    subtitle: devices.count === 0 && devices.loading
                              ? qsTr("Reading devices…")
                              : devices.count === 0
                              ? qsTr("No device has synced in this scope yet.")
                              : qsTr("A device with unsent changes may have done more than shows here.")
                    CardList {
                        model: devices
                        DeviceDelegate { }
                    }
                }

                SectionCard {
                    objectName: "activityCard"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    title: qsTr("Latest activity")
                    subtitle: activity.count === 0 ? qsTr("Nothing logged yet.") : ""
                    CardList {
                        objectName: "activityList"
                        model: activity
                        ActivityDelegate { onClicked: page.taskChosen(taskKey) }
                    }
                }
            }
        }
    }
}
