import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// Sign-in. Phone portrait: a brand band on top and the form below in one
// column. Wide (tablet/desktop): a centred card of bounded width over the band.
Page {
    id: page

    // A SessionController, or in tests a stand-in with the same properties
    // (serverUrl, login, busy, errorText) and signIn(password).
    required property QtObject controller
    // A DeviceKeys (or null): with no platform keystore the first sign-in
    // also sets the PIN that protects this device's data.
    property QtObject keys: null
    // Why the user is here again (a remote wipe); shown above the form.
    property string notice: ""

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property bool pinNeeded: keys !== null && keys.pinNeeded
    readonly property bool canSubmit: loginField.text.trim() !== ""
                                      && passwordField.text !== ""
                                      && (!pinNeeded || (pinField.text !== "" && pinRepeatField.text !== ""))
                                      && !controller.busy
    readonly property int cardPadding: wide ? 32 : Theme.spacingLarge

    // A certificate no authority vouches for, offered at the last attempt
    // (a self-signed server): its fingerprint, to compare, and whether it
    // replaces the one trusted before.
    readonly property string offeredFingerprint: controller.offeredFingerprint || ""
    readonly property string offeredFingerprintLines: controller.offeredFingerprintLines || ""
    readonly property bool offeredCertificateChanged: controller.offeredCertificateChanged === true

    function submit(trustOffered) {
        if (!canSubmit)
            return
        if (pinNeeded && !keys.choosePin(pinField.text, pinRepeatField.text))
            return
        if (trustOffered === true)
            controller.trustOfferedCertificate(passwordField.text)
        else
            controller.signIn(passwordField.text)
    }

    title: qsTr("Sign in")
    Accessible.name: qsTr("Sign in to Muster")
    background: Rectangle { color: page.wide ? Theme.background : Theme.surface }

    // The brand band behind the card on wide screens.
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
                    id: hero
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

                    // A soft two-step shadow (drawn without shader effects, so it
                    // also works with the software renderer).
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
                            text: qsTr("Sign in")
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: -Theme.spacing
                            text: qsTr("Use the login your coordinator gave you.")
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.textSecondary
                            Accessible.name: text
                        }

                        InlineError {
                            id: noticeBox
                            objectName: "noticeBox"
                            labelObjectName: "noticeLabel"
                            Layout.fillWidth: true
                            text: page.notice
                        }

                        FormField {
                            id: loginField
                            objectName: "loginField"
                            Layout.fillWidth: true
                            //: Field label: the account name a coordinator gives each member (a noun, not "sign in").
                            label: qsTr("Login")
                            //: Example login in the empty field; keep "j.okafor".
                            placeholderText: qsTr("e.g. j.okafor")
                            text: page.controller.login
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            field.enabled: !page.controller.busy
                            onEdited: page.controller.login = text
                            onAccepted: passwordField.field.forceActiveFocus()
                        }

                        FormField {
                            id: passwordField
                            objectName: "passwordField"
                            Layout.fillWidth: true
                            label: qsTr("Password")
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                            field.enabled: !page.controller.busy
                            onAccepted: page.submit()
                        }

                        FormField {
                            id: serverField
                            objectName: "serverField"
                            Layout.fillWidth: true
                            compact: true
                            label: qsTr("Server")
                            hint: qsTr("Ask your coordinator if you don't know it.")
                            placeholderText: "https://muster.example.org"
                            text: page.controller.serverUrl
                            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            field.enabled: !page.controller.busy
                            onEdited: page.controller.serverUrl = text
                            onAccepted: page.submit()
                        }

                        Label {
                            objectName: "pinExplanation"
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            visible: page.pinNeeded
                            text: qsTr("This device has no secure key store, so a PIN protects Muster's data on it. Choose one of at least %1 digits: you'll type it each time you open Muster.")
                                  .arg(page.keys ? page.keys.minPinLength : 6)
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.textSecondary
                            Accessible.name: text
                        }

                        // Side by side on wide screens, so the button stays in view.
                        GridLayout {
                            Layout.fillWidth: true
                            visible: page.pinNeeded
                            columns: page.wide ? 2 : 1
                            columnSpacing: Theme.spacingMedium
                            rowSpacing: page.wide ? 12 : Theme.spacingMedium

                            FormField {
                                id: pinField
                                objectName: "newPinField"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1  // equal columns
                                Layout.alignment: Qt.AlignTop
                                visible: page.pinNeeded
                                label: qsTr("New PIN")
                                echoMode: TextInput.Password
                                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                field.enabled: !page.controller.busy
                                onAccepted: pinRepeatField.field.forceActiveFocus()
                            }

                            FormField {
                                id: pinRepeatField
                                objectName: "repeatPinField"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1  // equal columns
                                Layout.alignment: Qt.AlignTop
                                visible: page.pinNeeded
                                label: qsTr("Repeat the PIN")
                                echoMode: TextInput.Password
                                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                field.enabled: !page.controller.busy
                                onAccepted: page.submit()
                            }
                        }

                        InlineError {
                            objectName: "pinErrorBox"
                            labelObjectName: "pinErrorLabel"
                            Layout.fillWidth: true
                            text: page.keys ? page.keys.errorText : ""
                        }

                        InlineError {
                            id: errorBox
                            objectName: "errorBox"
                            Layout.fillWidth: true
                            text: page.controller.errorText
                        }

                        Rectangle {
                            objectName: "certificateCard"
                            Layout.fillWidth: true
                            visible: page.offeredFingerprint !== ""
                            implicitHeight: certificateColumn.implicitHeight + 2 * Theme.spacingMedium
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: page.offeredCertificateChanged ? Theme.error : Theme.divider
                            border.width: page.offeredCertificateChanged ? 2 : 1

                            ColumnLayout {
                                id: certificateColumn
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.top: parent.top
                                anchors.margins: Theme.spacingMedium
                                spacing: Theme.spacingSmall

                                Label {
                                    Layout.fillWidth: true
                                    //: Heading above a server certificate's fingerprint at sign-in.
                                    text: qsTr("Certificate fingerprint (SHA-256)")
                                    font.pixelSize: Theme.fontCaption
                                    font.bold: true
                                    color: Theme.textSecondary
                                    wrapMode: Text.WordWrap
                                }
                                TextEdit {
                                    objectName: "certificateFingerprint"
                                    Layout.fillWidth: true
                                    readOnly: true
                                    selectByMouse: true
                                    text: page.offeredFingerprintLines
                                    font.family: "monospace"
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: TextEdit.WrapAnywhere
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: qsTr("Fingerprint %1").arg(page.offeredFingerprint)
                                }
                                OutlineButton {
                                    objectName: "trustCertificateButton"
                                    Layout.topMargin: Theme.spacingSmall
                                    Layout.fillWidth: true
                                    enabled: page.canSubmit
                                    text: page.offeredCertificateChanged ? qsTr("Trust the new certificate and sign in")
                                                                         : qsTr("Trust this certificate and sign in")
                                    onClicked: page.submit(true)
                                }
                            }
                        }

                        PrimaryButton {
                            id: signInButton
                            objectName: "signInButton"
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            enabled: page.canSubmit
                            text: page.controller.busy ? qsTr("Signing in…") : qsTr("Sign in")
                            onClicked: page.submit()
                        }

                        BusyIndicator {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredHeight: Theme.touchTarget
                            Layout.preferredWidth: Theme.touchTarget
                            visible: page.controller.busy
                            running: visible
                            Accessible.name: qsTr("Signing in")
                        }

                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            text: qsTr("Works offline after your first sign-in.")
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textSecondary
                            Accessible.name: text
                        }

                        LanguagePicker {
                            id: languagePicker
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
