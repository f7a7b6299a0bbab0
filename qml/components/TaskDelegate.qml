import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One task in the list: priority bar, EXERCISE mark, title, status, due time.
ItemDelegate {
    id: root

    required property int index
    required property string key
    required property string title
    required property string status
    required property string priority
    required property double dueAt
    required property string unitName
    required property bool isExercise
    required property string drillTitle
    required property int inject
    required property bool isOverdue
    required property bool isNew
    property bool selected: false

    readonly property color priorityColor: priority === "critical" ? Theme.priorityCritical
                                         : priority === "high" ? Theme.priorityHigh
                                         : priority === "low" ? Theme.priorityLow : Theme.priorityNormal
    readonly property string dueText: dueAt > 0
                                      //: %1 is a relative time such as "in 20 min" or "5 min ago".
                                      ? qsTr("Due %1").arg(TimeFormatter.relativeTime(dueAt, TimeFormatter.serverNow)) : ""

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touchTarget + 24, content.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingMedium + 6
    rightPadding: Theme.spacingMedium
    topPadding: Theme.spacingMedium - 2
    bottomPadding: Theme.spacingMedium - 2
    Accessible.role: Accessible.ListItem
    Accessible.name: [isExercise ? qsTr("Exercise") : "", title, TaskText.priority(priority),
                      TaskText.status(status), isOverdue ? qsTr("Overdue") : "", isNew ? qsTr("New") : "",
                      dueText, unitName].filter(s => s !== "").join(". ")

    background: Rectangle {
        color: root.selected ? Theme.selection : root.down ? Theme.surfaceMuted : Theme.surface
        Rectangle {
            width: 6
            height: parent.height
            color: root.priorityColor
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        id: content
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ExerciseTag {
                visible: root.isExercise
                Layout.maximumWidth: content.width / 2
            }
            Label {
                Layout.fillWidth: true
                visible: root.isExercise && text !== ""
                text: TaskText.injectLabel(root.inject, root.drillTitle)
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Item { Layout.fillWidth: true; visible: !root.isExercise }
            Rectangle {
                visible: root.isNew
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: Theme.primary
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontSubtitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            TagLabel {
                text: TaskText.priority(root.priority)
                fill: "transparent"
                outline: root.priorityColor
                ink: root.priorityColor
            }
            TagLabel {
                text: TaskText.status(root.status)
                fill: root.status === "done" ? Theme.statusDoneSurface
                    : root.status === "blocked" ? Theme.statusBlockedSurface
                    : root.status === "in_progress" || root.status === "acknowledged" ? Theme.statusActiveSurface
                    : Theme.chipSurface
                ink: root.status === "done" ? Theme.statusDone
                   : root.status === "blocked" ? Theme.statusBlocked
                   : root.status === "in_progress" || root.status === "acknowledged" ? Theme.statusActive
                   : Theme.text
            }
            TagLabel {
                visible: root.isOverdue
                text: qsTr("Overdue")
                fill: Theme.error
                ink: Theme.textOnPrimary
            }
            TagLabel {
                visible: root.isNew
                //: Marker on a task that arrived since the user last looked.
                text: qsTr("New")
                fill: Theme.primary
                ink: Theme.textOnPrimary
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: [root.unitName, root.dueText].filter(s => s !== "").join("  ·  ")
            font.pixelSize: Theme.fontCaption
            color: root.isOverdue ? Theme.error : Theme.textSecondary
            wrapMode: Text.WordWrap
        }
    }
}
