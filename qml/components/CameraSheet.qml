import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Muster

// Takes a photo for the log entry with the device's camera: the viewfinder
// over the whole window, a large shutter button and Cancel. The photo goes to
// `draft` (it is encoded there, off the UI thread) and the sheet closes.
// LogActionSheet shows "Take a photo" only where `available`.
Popup {
    id: root

    /// The LogDraft the photo is added to.
    property LogDraft draft: null
    readonly property bool available: camera.available
    readonly property alias camera: camera

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: "#000000" }
    // At once, whole: no zoom or fade over the log sheet.
    enter: Transition {}
    exit: Transition {}
    onOpened: camera.active = true
    onClosed: camera.active = false

    PhotoCapture {
        id: camera
        objectName: "photoCapture"
        draft: root.draft
        videoOutput: viewfinder
        onCaptured: root.close()
    }

    contentItem: Item {
        VideoOutput {
            id: viewfinder
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
            Accessible.ignored: true
        }

        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
            spacing: Theme.spacingMedium
            visible: camera.state !== "ready"
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: camera.state === "starting" || camera.state === "capturing"
                running: visible
            }
            Label {
                objectName: "cameraStateLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: "#FFFFFF"
                text: camera.errorText !== "" ? camera.errorText
                      : camera.state === "capturing" ? qsTr("Taking the photo…")
                      : qsTr("Starting the camera…")
                Accessible.role: camera.state === "failed" ? Accessible.AlertMessage : Accessible.StaticText
                Accessible.name: text
            }
        }

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: controls.implicitHeight + 2 * Theme.spacingMedium
            color: "#99000000"

            RowLayout {
                id: controls
                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                spacing: Theme.spacingMedium
                Button {
                    id: cancelButton
                    objectName: "cameraCancelButton"
                    Layout.preferredWidth: Math.max(Theme.touchTarget * 2, implicitWidth)
                    Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                    flat: true
                    text: qsTr("Cancel")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    Accessible.name: text
                    onClicked: root.close()
                    contentItem: Label {
                        text: cancelButton.text
                        font: cancelButton.font
                        color: "#FFFFFF"
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Item { Layout.fillWidth: true }
                // The shutter: a white ring, 72 px, easy to hit with a glove.
                AbstractButton {
                    id: shutter
                    objectName: "shutterButton"
                    Layout.preferredWidth: 72
                    Layout.preferredHeight: 72
                    enabled: camera.state === "ready"
                    //: The camera's shutter button (screen readers).
                    Accessible.name: qsTr("Take the photo")
                    Accessible.role: Accessible.Button
                    onClicked: camera.capture()
                    background: Rectangle {
                        radius: width / 2
                        color: shutter.pressed ? "#D0D0D0" : "#FFFFFF"
                        opacity: shutter.enabled ? 1 : 0.4
                        border.width: 4
                        border.color: "#66FFFFFF"
                    }
                }
                Item { Layout.fillWidth: true }
                Item { Layout.preferredWidth: cancelButton.width }  // keeps the shutter centred
            }
        }
    }
}
