import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One entry of a task's action log, drawn as a point on a timeline.
Item {
    id: root

    required property int index
    required property string kind
    required property string text
    required property double at
    required property string authorName
    property bool last: false

    width: ListView.view ? ListView.view.width : parent ? parent.width : implicitWidth
    implicitHeight: body.implicitHeight + Theme.spacingMedium
    Accessible.role: Accessible.ListItem
    //: Screen-reader text of a log entry: %1 kind, %2 time, %3 author, %4 text.
    Accessible.name: qsTr("%1, %2, %3: %4").arg(TaskText.logKind(kind))
                                          .arg(TimeFormatter.dateTime(at)).arg(authorName).arg(text)

    Rectangle {  // the timeline's line
        x: 11
        y: 14
        width: 2
        height: root.last ? 0 : root.height - 6
        color: Theme.divider
    }
    Rectangle {
        x: 4
        y: 4
        width: 16
        height: 16
        radius: 8
        color: root.kind === "status" ? Theme.priorityHigh : root.kind === "note" ? Theme.surface : Theme.primary
        border.color: root.kind === "note" ? Theme.primary : "transparent"
        border.width: 2
    }
    ColumnLayout {
        id: body
        x: 36
        width: root.width - x
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: [TaskText.logKind(root.kind), TimeFormatter.dateTime(root.at), root.authorName]
                  .filter(s => s !== "").join("  ·  ")
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
    }
}
