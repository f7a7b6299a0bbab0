import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// What a list shows when it has nothing in it: a mark, a title and one helpful sentence.
ColumnLayout {
    id: root

    required property string title
    required property string message

    spacing: Theme.spacingMedium
    Accessible.role: Accessible.StaticText
    //: Screen-reader text of an empty list: %1 the title, %2 the explanation.
    Accessible.name: qsTr("%1. %2").arg(title).arg(message)

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: 88
        implicitHeight: 88
        radius: 44
        color: Theme.surface
        border.color: Theme.divider
        border.width: 2
        Accessible.ignored: true

        // A tidy "empty clipboard": three list lines.
        Column {
            anchors.centerIn: parent
            spacing: 7
            Repeater {
                model: [36, 28, 32]
                delegate: Rectangle {
                    required property int modelData
                    width: modelData
                    height: 5
                    radius: 2.5
                    color: Theme.border
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: root.title
        font.pixelSize: Theme.fontSubtitle
        font.bold: true
        color: Theme.text
        Accessible.ignored: true
    }

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: root.message
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
        Accessible.ignored: true
    }
}
