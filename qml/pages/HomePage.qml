import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// The signed-in shell: header, the always-visible sync bar, and Tasks / Sync /
// Settings behind a bottom navigation. From 840 px wide the task list and the
// task's detail sit side by side; narrower, the detail replaces the list.
Page {
    id: page

    // A SessionController (or a stand-in with memberName, role, deviceName and signOut()).
    required property QtObject controller
    /// The open account (store, sync status); null in a bare preview.
    property AccountSession session: null
    readonly property SyncStatus status: session ? session.syncStatus : null
    readonly property bool split: width >= Theme.splitBreakpoint
    /// 0 tasks, 1 sync, 2 settings.
    property int tab: 0
    /// The task open in the detail pane; "" = none.
    property string selectedKey: ""
    readonly property string controllerName: session && session.memberName !== "" ? session.memberName : controller.memberName
    readonly property string memberRole: session && session.role !== "" ? session.role : controller.role

    signal signOutRequested()

    /// Changes still on this device only: waiting to send, or refused and kept.
    readonly property int unsentChanges: status ? status.pending + status.rejectedCount : 0

    Dialog {
        id: signOutDialog
        objectName: "signOutDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 440)
        modal: true
        title: qsTr("Changes not sent yet")
        // Drawn here: Material's elevation effect is a layer that the software
        // renderer (and some phones' GPUs) leave empty.
        background: Rectangle {
            color: Theme.surface
            radius: 4
            border.color: Theme.border
        }

        Label {
            width: signOutDialog.availableWidth
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: qsTr("%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.", "", page.unsentChanges)
        }

        footer: DialogButtonBox {
            Button {
                objectName: "staySignedInButton"
                text: qsTr("Stay signed in")
                flat: true
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "signOutAnywayButton"
                text: qsTr("Sign out anyway")
                flat: true
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: page.signOutRequested()
    }

    function roleTitle(role) {
        switch (role) {
        case "member": return qsTr("Field member")
        case "coordinator": return qsTr("Coordinator")
        case "evaluator": return qsTr("Evaluator")
        case "admin": return qsTr("Administrator")
        default: return role
        }
    }

    function initials(name) {
        const parts = name.trim().split(/\s+/).filter(p => p.length > 0)
        if (parts.length === 0)
            return "?"
        const first = parts[0][0]
        const last = parts.length > 1 ? parts[parts.length - 1][0] : ""
        return (first + last).toUpperCase()
    }

    title: tab === 1 ? qsTr("Sync") : tab === 2 ? qsTr("Settings") : qsTr("My tasks")
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        Material.foreground: Theme.textOnPrimary
        implicitHeight: Math.max(56, headerRow.implicitHeight + 2 * Theme.spacingSmall)
        // A plain rectangle: Material's elevation layer needs shaders, which the
        // software renderer (screenshots, low-end devices) does not draw.
        background: Rectangle { color: Theme.primary }

        // Title and "Sign out" side by side when they fit; with long
        // translations or large text, "Sign out" goes below, at the right.
        GridLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingMedium
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.spacingSmall
            anchors.bottomMargin: Theme.spacingSmall
            columns: width >= headerTitle.implicitWidth + columnSpacing + signOutButton.implicitWidth + (page.selectedKey !== "" ? Theme.touchTarget : 0) ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 0

            ToolButton {
                objectName: "backButton"
                visible: !page.split && page.tab === 0 && page.selectedKey !== ""
                text: "‹"
                font.pixelSize: Theme.fontTitle
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Material.foreground: Theme.textOnPrimary
                Accessible.name: qsTr("Back to the task list")
                onClicked: page.selectedKey = ""
            }
            Label {
                id: headerTitle
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textOnPrimary
                // Long titles and large text wrap to a second line before eliding.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                id: signOutButton
                objectName: "signOutButton"
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                text: qsTr("Sign out")
                font.pixelSize: Theme.fontCaption + 1
                font.bold: true
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.textOnPrimary
                Accessible.name: qsTr("Sign out")
                // Unsent or refused changes stay on the device, but the user
                // should know before the app stops sending them.
                onClicked: page.unsentChanges > 0 ? signOutDialog.open() : page.signOutRequested()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SyncStatusBar {
            id: syncBar
            objectName: "syncStatusBar"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.leftMargin: Theme.spacingMedium
            Layout.rightMargin: Theme.spacingMedium
            online: page.status ? page.status.online : false
            pending: page.status ? page.status.pending : 0
            lastSyncAt: page.status ? page.status.lastSyncAt : 0
            syncing: page.status ? page.status.syncing : false
            progress: page.status ? page.status.progress : -1
            showProgress: page.status ? page.status.largeSync : false
            rejected: page.status ? page.status.rejectedCount : 0

        }

        Rectangle {
            objectName: "loginNeededBanner"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingMedium
            Layout.rightMargin: Theme.spacingMedium
            Layout.bottomMargin: Theme.spacing
            visible: page.status !== null && page.status.loginNeeded
            implicitHeight: loginRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.statusActiveSurface
            border.color: Theme.primary
            RowLayout {
                id: loginRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.spacingMedium
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your changes are safe on this device. Sign in again to send them.")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                PrimaryButton {
                    objectName: "signInAgainButton"
                    text: qsTr("Sign in")
                    onClicked: passwordDialog.open()
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.tab

            RowLayout {
                spacing: 0
                TaskListPage {
                    id: listPage
                    objectName: "taskListPage"
                    Layout.fillHeight: true
                    Layout.fillWidth: !page.split
                    Layout.preferredWidth: page.split ? Theme.listPaneWidth : -1
                    visible: page.split || page.selectedKey === ""
                    session: page.session
                    selectedKey: page.selectedKey
                    onTaskChosen: key => page.selectedKey = key
                }
                Rectangle {
                    visible: page.split
                    Layout.fillHeight: true
                    implicitWidth: 1
                    color: Theme.divider
                }
                TaskDetailPage {
                    id: detailPage
                    objectName: "taskDetailPage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: page.split || page.selectedKey !== ""
                    session: page.session
                    taskKey: page.selectedKey
                }
            }

            RejectedChangesPage {
                objectName: "rejectedChangesPage"
                session: page.session
            }

            Page {
                background: Rectangle { color: Theme.background }
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
                    spacing: Theme.spacingMedium
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Signed in as %1, %2").arg(page.controllerName).arg(page.roleTitle(page.memberRole))
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    EmptyState {
                        Layout.fillWidth: true
                        title: qsTr("Settings")
                        message: qsTr("Language, text size and notifications will be set here.")
                    }
                }
            }
        }
    }

    footer: TabBar {
        id: tabBar
        objectName: "bottomNavigation"
        currentIndex: page.tab
        onCurrentIndexChanged: page.tab = currentIndex
        background: Rectangle { color: Theme.surface; Rectangle { width: parent.width; height: 1; color: Theme.divider } }
        Repeater {
            model: [qsTr("Tasks"), qsTr("Sync"), qsTr("Settings")]
            TabButton {
                required property string modelData
                required property int index
                objectName: "tab" + index
                text: index === 1 && page.status && page.status.rejectedCount > 0
                      ? modelData + " (" + page.status.rejectedCount + ")" : modelData
                implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
                // Capped like Android's bottom navigation: three labels must fit 390 px at 200 % text.
                font.pixelSize: Math.min(Theme.fontCaption + 1, 18)
                font.bold: page.tab === index
                font.capitalization: Font.MixedCase
                Accessible.name: modelData
            }
        }
    }

    Dialog {
        id: passwordDialog
        objectName: "passwordDialog"
        parent: Overlay.overlay
        modal: true
        title: qsTr("Sign in again")
        width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, Theme.cardMaxWidth)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 3) : 0
        background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
        onOpened: { passwordField.text = ""; passwordField.forceActiveFocus() }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            TextField {
                id: passwordField
                objectName: "passwordAgainField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Password")
                onAccepted: signInButton.clicked()
            }
            InlineError {
                Layout.fillWidth: true
                visible: page.controller.errorText !== undefined && page.controller.errorText !== ""
                text: page.controller.errorText !== undefined ? page.controller.errorText : ""
            }
            PrimaryButton {
                id: signInButton
                Layout.fillWidth: true
                text: qsTr("Sign in")
                enabled: passwordField.text !== "" && !page.controller.busy
                onClicked: {
                    page.controller.serverUrl = page.session.serverUrl
                    page.controller.login = page.session.login
                    page.controller.signIn(passwordField.text)
                }
            }
        }
        Connections {
            target: page.controller
            function onSignedInChanged() { if (page.controller.signedIn) passwordDialog.close() }
        }
    }
}
