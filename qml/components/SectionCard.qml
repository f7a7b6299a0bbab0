import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// A titled card on a dashboard or settings page; children go below the title.
Rectangle {
    id: root

    required property string title
    property string subtitle: ""
    default property alias content: body.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontSubtitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: root.subtitle !== ""
            text: root.subtitle
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
