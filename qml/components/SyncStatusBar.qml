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
    property string lastSyncText: qsTr("Not synced yet")

    readonly property string stateText: online ? qsTr("Online") : qsTr("Offline")
    readonly property string pendingText: pending === 0 ? qsTr("Nothing waiting to send")
                                                        : qsTr("Waiting to send: %1").arg(pending)

    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + 2 * Theme.spacing)
    color: Theme.surface
    border.color: Theme.divider
    border.width: 1
    radius: Theme.radius

    Accessible.role: Accessible.StatusBar
    Accessible.name: stateText + ". " + pendingText + ". " + lastSyncText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingMedium
        anchors.rightMargin: Theme.spacingMedium
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
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
        // Each part wraps as a whole, so a narrow bar breaks between them.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2
            Label {
                rightPadding: Theme.spacingMedium
                text: root.pendingText
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
            Label {
                text: root.lastSyncText
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }
    }
}
