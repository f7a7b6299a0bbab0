import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One entry of the dashboard's activity feed: who logged what on which task,
// and when. Tapping opens the task.
ItemDelegate {
    id: root

    required property string taskKey
    required property string taskTitle
    required property string kind
    /// The row (its `text` role: ItemDelegate's own `text` is final).
    required property var model
    readonly property string entryText: model.text
    required property double at
    required property string authorName
    required property bool isExercise

    padding: 0
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
    //: Screen-reader text of an activity entry: %1 author, %2 task, %3 what was logged, %4 when.
    Accessible.name: qsTr("%1 on %2: %3, %4").arg(authorName).arg(taskTitle).arg(entryText)
                     .arg(TimeFormatter.relativeTime(at, TimeFormatter.serverNow))
    background: Rectangle { color: root.down ? Theme.selection : "transparent" }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ExerciseTag {
                visible: root.isExercise
            }
            Label {
                Layout.fillWidth: true
                text: root.taskTitle
                font.pixelSize: Theme.fontCaption
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                text: TimeFormatter.relativeTime(root.at, TimeFormatter.serverNow)
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(root.authorName !== "" ? root.authorName : qsTr("Someone"))
                                 .arg(TaskText.logKind(root.kind))
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.entryText !== ""
            text: root.entryText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
