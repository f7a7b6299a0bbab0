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
            columns: width >= headerTitle.implicitWidth + columnSpacing + signOutButton.implicitWidth ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 0

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
                            Layout.alignment: Qt.AlignTop
                            implicitWidth: Math.max(Theme.touchTarget, initialsLabel.implicitWidth + Theme.spacingMedium)
                            implicitHeight: implicitWidth
                            radius: width / 2
                            color: Theme.primary
                            Accessible.ignored: true
                            Label {
                                id: initialsLabel
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
