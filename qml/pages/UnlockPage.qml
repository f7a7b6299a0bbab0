import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// Unlock: on a device with no platform keystore, Muster's data is protected
// by a PIN, asked for at each start before the data opens. Laid out like the
// sign-in page: a brand band and a card (centred on wide screens).
Page {
    id: page

    // A DeviceKeys, or in tests a stand-in with the same properties
    // (errorText, minPinLength) and unlock(pin).
    required property QtObject keys

    signal unlocked()
    // "Forgot your PIN?", confirmed: the caller erases the device's data.
    signal eraseRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int cardPadding: wide ? 32 : Theme.spacingLarge
    property bool checking: false
    property bool confirmingErase: false

    function submit() {
        if (pinField.text === "" || checking)
            return
        checking = true
        // The PIN check takes a moment (a deliberately slow key derivation):
        // let the busy state paint first.
        Qt.callLater(function() {
            const ok = page.keys.unlock(pinField.text)
            pinField.text = ""
            page.checking = false
            if (ok)
                page.unlocked()
            else
                pinField.field.forceActiveFocus()
        })
    }

    title: qsTr("Unlock")
    Accessible.name: qsTr("Unlock Muster")
    background: Rectangle { color: page.wide ? Theme.background : Theme.surface }

    Rectangle {
        visible: page.wide
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Math.round(parent.height * 0.42)
        color: Theme.primary
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }

        Item {
            id: content
            width: flickable.width
            height: Math.max(flickable.height,
                             layout.implicitHeight + (page.wide ? 2 * Theme.spacingXLarge : 0))

            ColumnLayout {
                id: layout
                width: page.wide ? Math.min(Theme.cardMaxWidth, content.width - 2 * Theme.spacingLarge)
                                 : content.width
                anchors.horizontalCenter: parent.horizontalCenter
                y: page.wide ? Math.max(Theme.spacingXLarge, Math.round((content.height - implicitHeight) / 2)) : 0
                spacing: page.wide ? Theme.spacingLarge : 0

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: brand.implicitHeight + (page.wide ? 0 : 2 * Theme.spacingXLarge)
                    color: page.wide ? "transparent" : Theme.primary

                    BrandHeader {
                        id: brand
                        inverted: true
                        compact: page.wide
                        width: parent.width - 2 * Theme.spacingLarge
                        anchors.centerIn: parent
                    }
                }

                Rectangle {
                    id: card
                    Layout.fillWidth: true
                    implicitHeight: form.implicitHeight + 2 * page.cardPadding
                    color: Theme.surface
                    radius: page.wide ? Theme.radiusLarge : 0
                    border.width: page.wide ? 1 : 0
                    border.color: Theme.divider

                    // The sign-in card's soft shadow (no shader effects: the software renderer draws it too).
                    Rectangle {
                        visible: page.wide
                        z: -1
                        anchors.fill: parent
                        anchors.topMargin: 2
                        anchors.bottomMargin: -6
                        anchors.leftMargin: -2
                        anchors.rightMargin: -2
                        radius: card.radius + 2
                        color: "#1F06213F"
                    }
                    Rectangle {
                        visible: page.wide
                        z: -1
                        anchors.fill: parent
                        anchors.topMargin: 1
                        anchors.bottomMargin: -3
                        radius: card.radius
                        color: "#2406213F"
                    }

                    ColumnLayout {
                        id: form
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: page.cardPadding
                        spacing: page.wide ? 12 : Theme.spacingMedium

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Enter your PIN")
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: -Theme.spacing
                            text: qsTr("Muster's data on this device is locked with the PIN you chose at your first sign-in.")
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.textSecondary
                            Accessible.name: text
                        }

                        FormField {
                            id: pinField
                            objectName: "pinField"
                            Layout.fillWidth: true
                            label: qsTr("PIN")
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            field.enabled: !page.checking
                            onAccepted: page.submit()
                            Component.onCompleted: pinField.field.forceActiveFocus()
                        }

                        InlineError {
                            objectName: "unlockErrorBox"
                            Layout.fillWidth: true
                            text: page.keys.errorText
                        }

                        PrimaryButton {
                            objectName: "unlockButton"
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            enabled: pinField.text !== "" && !page.checking
                            text: page.checking ? qsTr("Checking…") : qsTr("Unlock")
                            onClicked: page.submit()
                        }

                        BusyIndicator {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredHeight: Theme.touchTarget
                            Layout.preferredWidth: Theme.touchTarget
                            visible: page.checking
                            running: visible
                            Accessible.name: qsTr("Checking the PIN")
                        }

                        OutlineButton {
                            objectName: "forgotPinButton"
                            Layout.fillWidth: true
                            visible: !page.confirmingErase
                            text: qsTr("Forgot your PIN?")
                            onClicked: page.confirmingErase = true
                        }

                        // The way out of a forgotten PIN, said plainly before it is taken.
                        Label {
                            objectName: "eraseExplanation"
                            Layout.fillWidth: true
                            visible: page.confirmingErase
                            wrapMode: Text.WordWrap
                            text: qsTr("Without the PIN, Muster's data on this device can't be opened. You can erase it and sign in again: changes not yet sent to the server are lost.")
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            Accessible.name: text
                        }
                        // The safe choice is the prominent one; erasing is outlined in red.
                        PrimaryButton {
                            objectName: "keepButton"
                            Layout.fillWidth: true
                            visible: page.confirmingErase
                            text: qsTr("Try the PIN again")
                            onClicked: page.confirmingErase = false
                        }
                        OutlineButton {
                            objectName: "eraseButton"
                            Layout.fillWidth: true
                            visible: page.confirmingErase
                            destructive: true
                            text: qsTr("Erase and sign in again")
                            onClicked: page.eraseRequested()
                        }
                    }
                }
            }
        }
    }
}
