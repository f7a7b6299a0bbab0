import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One inject on the drill page: number, title, unit, its status (with the
// countdown to its release while hidden) and the coordinator's actions on it.
// A tap on a released inject's text asks to open its task (openRequested).
Item {
    id: root
    objectName: "injectDelegate"

    required property string key
    required property int inject
    required property string title
    required property string unitName
    required property string injectState
    required property string countdown
    required property string expectedAction
    required property bool canReleaseNow
    required property bool canFollowUp

    signal releaseNowRequested(string key)
    signal followUpRequested(string key)
    signal openRequested(string key)

    readonly property bool canOpen: injectState !== "hidden"

    readonly property string stateText: {
        switch (injectState) {
        //: An inject not yet released; %1 is the drill time left, e.g. "04:30".
        case "hidden": return qsTr("Releases in %1").arg(countdown)
        case "acknowledged": return qsTr("Acknowledged")
        case "done": return qsTr("Done")
        case "cancelled": return qsTr("Cancelled")
        //: An inject its unit set blocked (its deadline not passed yet).
        case "blocked": return qsTr("Blocked")
        //: The inject's deadline passed without it being acknowledged.
        case "missed": return qsTr("Missed")
        default: return qsTr("Released")
        }
    }

    implicitHeight: column.implicitHeight + Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: [inject > 0 ? qsTr("Inject %1").arg(inject) : "", title, unitName, stateText]
                     .filter(s => s !== "").join(". ")
    Accessible.onPressAction: if (canOpen) openRequested(key)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingSmall

        ColumnLayout {
            id: textArea
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            // The text, not the buttons below it, opens the task.
            TapHandler {
                objectName: "openInjectTap"
                enabled: root.canOpen
                onTapped: root.openRequested(root.key)
            }
            HoverHandler {
                enabled: root.canOpen
                cursorShape: Qt.PointingHandCursor
            }
            Flow {
                id: top
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    width: Math.min(implicitWidth, top.width)
                    text: root.inject > 0 ? qsTr("%1. %2").arg(root.inject).arg(root.title) : root.title
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: root.injectState === "hidden" ? Theme.textSecondary : Theme.text
                    wrapMode: Text.WordWrap
                }
                TagLabel {
                    objectName: "injectState"
                    width: Math.min(implicitWidth, top.width)
                    text: root.stateText
                    fill: root.injectState === "missed" ? Theme.error
                        : root.injectState === "blocked" ? Theme.statusBlockedSurface
                        : root.injectState === "done" ? Theme.statusDoneSurface
                        : root.injectState === "acknowledged" ? Theme.statusActiveSurface : Theme.chipSurface
                    ink: root.injectState === "missed" ? Theme.textOnPrimary
                       : root.injectState === "blocked" ? Theme.statusBlocked
                       : root.injectState === "done" ? Theme.statusDone
                       : root.injectState === "acknowledged" ? Theme.statusActive : Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: [root.unitName, root.expectedAction !== "" ? qsTr("Expected: %1").arg(root.expectedAction) : ""]
                      .filter(s => s !== "").join(" · ")
                font.pixelSize: Theme.fontCaption
                color: root.injectState === "missed" ? Theme.error : Theme.textSecondary
                wrapMode: Text.WordWrap
            }
        }
        Flow {
            id: actions
            Layout.fillWidth: true
            visible: root.canReleaseNow || root.canFollowUp
            spacing: Theme.spacing
            OutlineButton {
                objectName: "releaseNowButton"
                width: Math.min(implicitWidth, actions.width)
                visible: root.canReleaseNow
                text: qsTr("Release now")
                Accessible.name: qsTr("Release now: %1").arg(root.title)
                onClicked: root.releaseNowRequested(root.key)
            }
            PrimaryButton {
                objectName: "followUpButton"
                width: Math.min(implicitWidth, actions.width)
                visible: root.canFollowUp
                leftPadding: Theme.spacingMedium
                rightPadding: Theme.spacingMedium
                text: qsTr("Send follow-up")
                Accessible.name: qsTr("Send follow-up: %1").arg(root.title)
                onClicked: root.followUpRequested(root.key)
            }
        }
    }
}
