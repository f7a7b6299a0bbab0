import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Always-visible sync state: online or offline, changes waiting to be sent and
// when the device last synced. A placeholder until the sync engine feeds it.
Rectangle {
    id: root

    property bool online: false
    property int pending: 0
    /// When the device last synced, UTC ms since the epoch; 0 = never.
    property double lastSyncAt: 0
    property string lastSyncText: lastSyncAt > 0
                                  //: %1 is a relative time such as "2 min ago".
                                  ? qsTr("Last sync %1").arg(TimeFormatter.relativeTime(lastSyncAt, TimeFormatter.now))
                                  : qsTr("Not synced yet")

    readonly property string stateText: online ? qsTr("Online") : qsTr("Offline")
    readonly property string pendingText: pending === 0
                                          ? qsTr("Nothing waiting to send")
                                          //: Changes stored on this device, not yet sent to the server.
                                          : qsTr("%n change(s) waiting to send", "", pending)

    implicitHeight: Math.max(Theme.touchTarget, grid.implicitHeight + 2 * Theme.spacing)
    color: Theme.surface
    border.color: Theme.divider
    border.width: 1
    radius: Theme.radius

    Accessible.role: Accessible.StatusBar
    //: Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.
    Accessible.name: qsTr("%1. %2. %3").arg(stateText).arg(pendingText).arg(lastSyncText)

    // The state beside the details when they fit, else above them (long
    // translations, large text); the details wrap, each as a whole if it can.
    GridLayout {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacingMedium
        anchors.rightMargin: Theme.spacingMedium
        columns: width >= stateRow.implicitWidth + columnSpacing
                          + Math.max(pendingLabel.implicitWidth, lastSyncLabel.implicitWidth) ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall

        RowLayout {
            id: stateRow
            spacing: Theme.spacing
            Rectangle {
                implicitWidth: 12
                implicitHeight: 12
                radius: 6
                color: root.online ? Theme.online : Theme.offline
                Accessible.ignored: true
            }
            Label {
                objectName: "syncStateLabel"
                text: root.stateText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: root.online ? Theme.online : Theme.offline
                Accessible.ignored: true
            }
        }
        Flow {
            id: details
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2
            Label {
                id: pendingLabel
                width: Math.min(implicitWidth, details.width)
                rightPadding: Theme.spacingMedium
                wrapMode: Text.WordWrap
                text: root.pendingText
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
            Label {
                id: lastSyncLabel
                width: Math.min(implicitWidth, details.width)
                wrapMode: Text.WordWrap
                text: root.lastSyncText
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }
    }
}
