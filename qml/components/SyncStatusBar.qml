import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Always-visible sync state: online or offline, changes waiting to be sent and
// when the device last synced, changes the server refused, and a progress bar
// during a large sync. HomePage feeds it from AccountSession.syncStatus.
Rectangle {
    id: root

    property bool online: false
    property bool syncing: false
    /// 0..1, or -1 when the amount is unknown; shown only with `showProgress`.
    property real progress: -1
    property bool showProgress: false
    property int rejected: 0
    property int pending: 0
    /// When the device last synced, UTC ms since the epoch; 0 = never.
    property double lastSyncAt: 0
    property string lastSyncText: lastSyncAt > 0
                                  //: %1 is a relative time such as "2 min ago".
                                  ? qsTr("Last sync %1").arg(TimeFormatter.relativeTime(lastSyncAt, TimeFormatter.now))
                                  : qsTr("Not synced yet")

    readonly property string stateText: syncing ? qsTr("Syncing…") : online ? qsTr("Online") : qsTr("Offline")
    readonly property string rejectedText: rejected > 0
                                           //: Changes the server did not accept (listed on the Sync page).
                                           ? qsTr("%n change(s) refused", "", rejected) : ""
    readonly property string pendingText: pending === 0
                                          ? qsTr("Nothing waiting to send")
                                          //: Changes stored on this device, not yet sent to the server.
                                          : qsTr("%n change(s) waiting to send", "", pending)

    implicitHeight: Math.max(Theme.touchTarget, grid.implicitHeight + 2 * Theme.spacing)
                    + (showProgress ? progressBar.implicitHeight + Theme.spacingSmall : 0)

    /// A tap on the bar while changes were refused: show them (HomePage opens the Sync tab).
    signal rejectedClicked()
    color: Theme.surface
    border.color: Theme.divider
    border.width: 1
    radius: Theme.radius

    // The whole bar is the touch target for the refused changes (the red
    // label says what a tap opens).
    TapHandler {
        objectName: "rejectedTap"
        enabled: root.rejected > 0
        onTapped: root.rejectedClicked()
    }
    HoverHandler {
        enabled: root.rejected > 0
        cursorShape: Qt.PointingHandCursor
    }

    Accessible.role: Accessible.StatusBar
    //: Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.
    Accessible.name: qsTr("%1. %2. %3").arg(stateText).arg(pendingText).arg(lastSyncText)
                     + (rejected > 0 ? ". " + rejectedText : "")

    // The state beside the details when they fit, else above them (long
    // translations, large text); the details wrap, each as a whole if it can.
    GridLayout {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Math.max(Theme.spacing, (root.height - grid.implicitHeight
                                    - (root.showProgress ? progressBar.implicitHeight + Theme.spacingSmall : 0)) / 2)
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
                rightPadding: root.rejected > 0 ? Theme.spacingMedium : 0
                wrapMode: Text.WordWrap
                text: root.lastSyncText
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
            Label {
                objectName: "rejectedLabel"
                visible: root.rejected > 0
                width: Math.min(implicitWidth, details.width)
                wrapMode: Text.WordWrap
                text: root.rejectedText
                font.pixelSize: Theme.fontCaption
                font.bold: true
                font.underline: true
                color: Theme.error
                Accessible.role: Accessible.Button
                //: Screen-reader name of the refused-changes count in the sync bar; a tap lists them.
                Accessible.name: qsTr("%n change(s) refused, show them", "", root.rejected)
                Accessible.onPressAction: root.rejectedClicked()
            }
        }
    }

    ProgressBar {
        id: progressBar
        objectName: "syncProgress"
        visible: root.showProgress
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        from: 0
        to: 1
        value: Math.max(0, root.progress)
        indeterminate: root.progress < 0
        Accessible.name: qsTr("Sync progress")
    }
}
