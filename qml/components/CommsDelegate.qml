import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One device in a drill's comms check: whose it is and whether it answered
// the latest check (and when), or when it last synced.
Item {
    id: root

    required property string memberName
    required property string unitName
    required property double lastSyncAt
    required property bool answered
    required property double answeredAt
    required property bool isThisDevice

    readonly property string stateText: answered
        //: A device answered the comms check; %1 is the time, e.g. "14:02".
        ? (answeredAt > 0 ? qsTr("Answered %1").arg(TimeFormatter.time(answeredAt)) : qsTr("Answered"))
        : qsTr("No answer yet")
    readonly property string detailText: !answered && lastSyncAt > 0
        ? qsTr("Last sync %1").arg(TimeFormatter.relativeTime(lastSyncAt, TimeFormatter.serverNow))
        : !answered ? qsTr("Never synced") : ""

    implicitHeight: column.implicitHeight + Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: [memberName, stateText, detailText].filter(s => s !== "").join(". ")

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2
        Flow {
            id: top
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                width: Math.min(implicitWidth, top.width)
                text: root.isThisDevice ? qsTr("%1 (this device)").arg(root.memberName) : root.memberName
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TagLabel {
                objectName: "commsState"
                width: Math.min(implicitWidth, top.width)
                text: root.stateText
                fill: root.answered ? Theme.statusDoneSurface : Theme.chipSurface
                ink: root.answered ? Theme.statusDone : Theme.text
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: [root.unitName, root.detailText].filter(s => s !== "").join(" · ")
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
    }
}
