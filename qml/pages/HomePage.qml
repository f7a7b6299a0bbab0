import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// "My tasks": a placeholder until the core store provides the task list.
Page {
    id: page

    // A SessionController (or a stand-in with memberName, role, deviceName and signOut()).
    required property QtObject controller

    readonly property bool wide: width >= Theme.wideBreakpoint

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

    title: qsTr("My tasks")
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        Material.foreground: Theme.textOnPrimary
        implicitHeight: 56
        // A plain rectangle: Material's elevation layer needs shaders, which the
        // software renderer (screenshots, low-end devices) does not draw.
        background: Rectangle { color: Theme.primary }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingMedium
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textOnPrimary
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                objectName: "signOutButton"
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("Sign out")
                font.pixelSize: Theme.fontCaption + 1
                font.bold: true
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.textOnPrimary
                Accessible.name: qsTr("Sign out")
                onClicked: page.controller.signOut()
            }
        }
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
            height: Math.max(flickable.height, column.implicitHeight + 2 * column.y)

            ColumnLayout {
                id: column
                width: Math.min(Theme.contentMaxWidth, content.width - 2 * x)
                x: page.wide ? Math.max(Theme.spacingLarge, (content.width - Theme.contentMaxWidth) / 2)
                             : Theme.spacingMedium
                y: page.wide ? Theme.spacingLarge : Theme.spacingMedium
                spacing: Theme.spacingMedium

                // Who is signed in.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: memberRow.implicitHeight + 2 * Theme.spacingMedium
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider
                    border.width: 1
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Signed in as %1, %2").arg(page.controller.memberName)
                                                                .arg(page.roleTitle(page.controller.role))

                    RowLayout {
                        id: memberRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacingMedium
                        spacing: Theme.spacingMedium

                        Rectangle {
                            implicitWidth: Theme.touchTarget
                            implicitHeight: Theme.touchTarget
                            radius: width / 2
                            color: Theme.primary
                            Accessible.ignored: true
                            Label {
                                anchors.centerIn: parent
                                text: page.initials(page.controller.memberName)
                                font.pixelSize: Theme.fontSubtitle
                                font.bold: true
                                color: Theme.textOnPrimary
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                objectName: "memberNameLabel"
                                Layout.fillWidth: true
                                text: page.controller.memberName
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSubtitle
                                font.bold: true
                                color: Theme.text
                                Accessible.ignored: true
                            }
                            Label {
                                objectName: "roleLabel"
                                Layout.fillWidth: true
                                text: page.roleTitle(page.controller.role)
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                color: Theme.textSecondary
                                Accessible.ignored: true
                            }
                        }
                    }
                }

                SyncStatusBar {
                    Layout.fillWidth: true
                    online: false
                }

                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: page.wide ? Theme.spacingXLarge : Theme.spacingLarge
                }

                EmptyState {
                    objectName: "emptyState"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingLarge
                    Layout.rightMargin: Theme.spacingLarge
                    title: qsTr("No tasks yet")
                    message: qsTr("Tasks from your unit appear here after the first sync.")
                }
            }
        }
    }
}
