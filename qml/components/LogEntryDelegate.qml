import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One entry of a task's action log, drawn as a point on a timeline. An
// observation shows its rating; "opened" is one discreet line. Attached files
// are chips (a tap asks to open one) and a location reads "lat, lon ±acc m".
Item {
    id: root

    required property int index
    required property string kind
    required property string text
    required property double at
    required property string authorName
    required property string rating
    /// [{hash, name, label}] (TaskLogModel's `attachments`)
    required property var attachments
    required property string locationText
    property bool last: false
    /// The attachment being fetched (AttachmentOpener.fetching), shown busy.
    property string fetching: ""

    signal openAttachment(string hash)

    width: ListView.view ? ListView.view.width : parent ? parent.width : implicitWidth
    implicitHeight: body.implicitHeight + Theme.spacingMedium
    Accessible.role: Accessible.ListItem
    //: Screen-reader text of a log entry: %1 kind, %2 time, %3 author, %4 text.
    Accessible.name: kind === "opened" ? openedText + ", " + TimeFormatter.dateTime(at)
                   : qsTr("%1, %2, %3: %4").arg(TaskText.logKind(kind))
                                           .arg(TimeFormatter.dateTime(at)).arg(authorName)
                                           .arg(rating !== "" ? TaskText.rating(rating) + ". " + text : text)
                     + (locationText !== "" ? ". " + qsTr("Location: %1").arg(locationText) : "")
    //: A discreet timeline line: the member first opened the task.
    readonly property string openedText: qsTr("Opened by %1").arg(authorName)

    Rectangle {  // the timeline's line
        x: 11
        y: 14
        width: 2
        height: root.last ? 0 : root.height - 6
        color: Theme.divider
    }
    Rectangle {
        x: root.kind === "opened" ? 8 : 4
        y: root.kind === "opened" ? 8 : 4
        width: root.kind === "opened" ? 8 : 16
        height: width
        radius: width / 2
        color: root.kind === "status" ? Theme.priorityHigh : root.kind === "note" ? Theme.surface
             : root.kind === "opened" ? Theme.border : root.kind === "observation" ? Theme.exercise : Theme.primary
        border.color: root.kind === "note" ? Theme.primary : root.kind === "observation" ? Theme.text : "transparent"
        border.width: 2
    }
    ColumnLayout {
        id: body
        x: 36
        width: root.width - x
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: root.kind === "opened"
                  ? root.openedText + "  ·  " + TimeFormatter.dateTime(root.at)
                  : [TaskText.logKind(root.kind), TimeFormatter.dateTime(root.at), root.authorName]
                    .filter(s => s !== "").join("  ·  ")
            font.pixelSize: Theme.fontCaption
            font.bold: root.kind !== "opened"
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        TagLabel {
            objectName: "ratingTag"
            visible: root.rating !== ""
            Layout.maximumWidth: body.width
            text: TaskText.rating(root.rating)
            fill: Theme.exercise
            ink: Theme.textOnExercise
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.kind !== "opened"
            text: root.text
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "logLocation"
            Layout.fillWidth: true
            visible: root.locationText !== ""
            //: Where a logged action happened: %1 is "lat, lon ±accuracy m".
            text: qsTr("Location: %1").arg(root.locationText)
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            visible: root.attachments.length > 0
            spacing: Theme.spacing
            Repeater {
                model: root.attachments
                delegate: AttachmentChip {
                    required property var modelData
                    objectName: "logAttachment"
                    width: Math.min(implicitWidth, body.width)
                    label: modelData.label
                    busy: root.fetching === modelData.hash
                    onClicked: root.openAttachment(modelData.hash)
                }
            }
        }
    }
}
