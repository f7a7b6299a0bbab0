import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One device in the dashboard's freshness list: whose it is, when it last
// synced and whether it still holds changes it has not reported.
Item {
    id: root

    required property string memberName
    required property string unitName
    required property double lastSyncAt
    required property double pending
    required property double oldestPendingAt
    required property string appVersion
    required property string freshness
    required property bool isThisDevice

    readonly property string stateText: {
        switch (freshness) {
        case "never": return qsTr("Never synced")
        //: A device still holds changes it has not sent: what it did is not yet reported.
        case "unsent": return qsTr("%n change(s) not reported", "", pending)
        //: The device has not synced for a while: its state is unknown.
        case "stale": return qsTr("Not heard from")
        default: return qsTr("Up to date")
        }
    }
    readonly property string detailText: {
        const parts = []
        if (lastSyncAt > 0)
            parts.push(qsTr("Last sync %1").arg(TimeFormatter.relativeTime(lastSyncAt, TimeFormatter.serverNow)))
        if (freshness === "unsent" && oldestPendingAt > 0)
            parts.push(qsTr("oldest unsent change %1").arg(TimeFormatter.relativeTime(oldestPendingAt, TimeFormatter.serverNow)))
        if (appVersion !== "")
            parts.push(qsTr("app %1").arg(appVersion))
        return parts.join(" · ")
    }

    implicitHeight: column.implicitHeight + Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: [memberName, stateText, detailText].filter(s => s !== "").join(". ")

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2
        // A Flow, not a GridLayout whose columns follow its width: the tag
        // goes below the name when both don't fit, with no layout loop.
        Flow {
            id: top
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                id: nameLabel
                width: Math.min(implicitWidth, top.width)
                text: root.isThisDevice ? qsTr("%1 (this device)").arg(root.memberName) : root.memberName
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TagLabel {
                id: tag
                width: Math.min(implicitWidth, top.width)
                text: root.stateText
                fill: root.freshness === "current" ? Theme.statusDoneSurface
                    : root.freshness === "unsent" ? Theme.statusBlockedSurface : Theme.chipSurface
                ink: root.freshness === "current" ? Theme.statusDone
                   : root.freshness === "unsent" ? Theme.statusBlocked : Theme.text
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: [root.unitName, root.detailText].filter(s => s !== "").join(" · ")
            font.pixelSize: Theme.fontCaption
            color: root.freshness === "unsent" ? Theme.error : Theme.textSecondary
            wrapMode: Text.WordWrap
        }
    }
}
