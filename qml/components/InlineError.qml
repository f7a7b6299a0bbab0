import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// An error message shown in place, next to what caused it. Hidden when `text` is empty.
Rectangle {
    id: root

    property string text: ""
    // The message label's objectName (tests find it by name; one page may show several).
    property string labelObjectName: "errorLabel"

    visible: text !== ""
    implicitHeight: row.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.errorSurface
    border.color: Theme.error
    border.width: 1

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingMedium

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Math.max(24, bang.implicitHeight)
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.error
            Accessible.ignored: true
            Label {
                id: bang
                anchors.centerIn: parent
                text: "!"
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.textOnPrimary
            }
        }

        Label {
            objectName: root.labelObjectName
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.error
            Accessible.ignored: true
        }
    }
}
