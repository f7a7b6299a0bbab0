import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// The Muster mark, name and tagline. `inverted` draws it for a dark (brand)
// background; `compact` puts the mark beside the name to save height.
ColumnLayout {
    id: root

    property bool inverted: false
    property bool compact: false
    property string tagline: qsTr("Tasks and drills that work offline.")

    spacing: root.compact ? Theme.spacing : Theme.spacingMedium

    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        flow: root.compact ? GridLayout.LeftToRight : GridLayout.TopToBottom
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacingMedium

        Rectangle {
            Layout.alignment: Qt.AlignCenter
            implicitWidth: root.compact ? 52 : 64
            implicitHeight: implicitWidth
            radius: Theme.radiusLarge
            color: root.inverted ? Theme.textOnPrimary : Theme.primary
            Accessible.ignored: true

            // A simple "M" mark with a check-flag underline.
            Label {
                anchors.centerIn: parent
                anchors.verticalCenterOffset: -3
                text: "M"
                font.pixelSize: Math.round(parent.width * 0.56)
                font.bold: true
                color: root.inverted ? Theme.primary : Theme.textOnPrimary
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Math.round(parent.height * 0.15)
                width: Math.round(parent.width * 0.4)
                height: 4
                radius: 2
                color: Theme.exercise
            }
        }

        Label {
            Layout.alignment: Qt.AlignCenter
            //: The app's name: keep it unless it is written differently in your script.
            text: qsTr("Muster")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: root.inverted ? Theme.textOnPrimary : Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: root.tagline
        font.pixelSize: Theme.fontBody
        color: root.inverted ? Theme.textOnPrimaryMuted : Theme.textSecondary
        Accessible.name: text
    }
}
