import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Settings: the account, "Sync now", the language, and the diagnostics a
// support person asks for (copied in one tap).
Page {
    id: page

    property AccountSession session: null
    property string memberName: ""
    property string roleTitle: ""
    readonly property SyncStatus status: session ? session.syncStatus : null
    readonly property alias diagnostics: diagnostics

    background: Rectangle { color: Theme.background }

    DiagnosticsController {
        id: diagnostics
        objectName: "diagnostics"
        session: page.session
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingMedium
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator { }

        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: Theme.spacingMedium
            width: Math.min(flick.width - 2 * Theme.spacingMedium, Theme.contentMaxWidth)
            spacing: Theme.spacingMedium

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Account")
                InfoRow { Layout.fillWidth: true; name: qsTr("Name"); value: page.memberName }
                InfoRow { Layout.fillWidth: true; name: qsTr("Role"); value: page.roleTitle }
                InfoRow {
                    Layout.fillWidth: true
                    //: The account's login name.
                    name: qsTr("Login")
                    value: page.session ? page.session.login : ""
                }
                InfoRow {
                    objectName: "serverRow"
                    Layout.fillWidth: true
                    name: qsTr("Server")
                    value: page.session ? page.session.serverUrl : ""
                }
                InfoRow {
                    objectName: "serverCertificateRow"
                    Layout.fillWidth: true
                    visible: diagnostics.serverCertificate !== ""
                    //: The fingerprint of a server certificate the member chose to trust at sign-in.
                    name: qsTr("Trusted certificate (SHA-256)")
                    value: diagnostics.serverCertificate
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Sync")
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Last sync")
                    value: page.status && page.status.lastSyncAt > 0
                           ? TimeFormatter.relativeTime(page.status.lastSyncAt, TimeFormatter.now) : qsTr("Never")
                }
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Waiting to send")
                    value: page.status ? page.status.pending : 0
                }
                InfoRow {
                    objectName: "lastErrorRow"
                    Layout.fillWidth: true
                    name: qsTr("Last error")
                    value: diagnostics.lastError !== "" ? diagnostics.lastError : qsTr("None")
                }
                OutlineButton {
                    objectName: "settingsSyncNowButton"
                    // Its own width, but never wider than the card (large text).
                    Layout.maximumWidth: parent.width
                    text: qsTr("Sync now")
                    enabled: page.status !== null && !page.status.syncing && !page.status.loginNeeded
                    onClicked: page.session.syncNow()
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Language")
                LanguagePicker { Layout.fillWidth: true }
            }

            SectionCard {
                objectName: "diagnosticsCard"
                Layout.fillWidth: true
                title: qsTr("Diagnostics")
                subtitle: qsTr("Copy these into a message when you ask for help. They hold no password.")
                InfoRow { Layout.fillWidth: true; name: qsTr("App version"); value: diagnostics.appVersion }
                InfoRow {
                    objectName: "deviceIdRow"
                    Layout.fillWidth: true
                    name: qsTr("Device id")
                    value: diagnostics.deviceId
                }
                InfoRow {
                    objectName: "databaseSizeRow"
                    Layout.fillWidth: true
                    name: qsTr("Data on this device")
                    value: diagnostics.databaseSize
                }
                OutlineButton {
                    id: copyButton
                    objectName: "copyDiagnosticsButton"
                    Layout.maximumWidth: parent.width
                    property bool copied: false
                    text: copied ? qsTr("Copied") : qsTr("Copy diagnostics")
                    onClicked: { diagnostics.copyReport(); copied = true }
                }
            }
        }
    }
}
