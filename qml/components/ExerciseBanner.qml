import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// The EXERCISE marker every drill screen and drill task carries, so exercise
// data is never mistaken for real tasking. Black on signal yellow with hazard
// stripes at both ends; `detail` can name the drill.
Rectangle {
    id: root

    property string detail: ""

    implicitHeight: 36
    color: Theme.exercise
    clip: true

    Accessible.role: Accessible.StaticText
    Accessible.name: detail === "" ? qsTr("Exercise. Drill data, not real tasking.")
                                   : qsTr("Exercise: %1. Drill data, not real tasking.").arg(detail)

    component Stripes: Item {
        width: 44
        height: parent.height
        clip: true
        Row {
            x: -20
            spacing: 8
            Repeater {
                model: 8
                delegate: Rectangle {
                    width: 8
                    height: 80
                    y: -20
                    rotation: 35
                    color: Theme.textOnExercise
                }
            }
        }
    }

    Stripes { anchors.left: parent.left }
    Stripes { anchors.right: parent.right }

    RowLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing
        Label {
            text: qsTr("EXERCISE")
            font.pixelSize: Theme.fontBody
            font.bold: true
            font.letterSpacing: 2
            color: Theme.textOnExercise
            Accessible.ignored: true
        }
        Label {
            visible: root.detail !== ""
            text: "·  " + root.detail
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textOnExercise
            elide: Text.ElideRight
            Layout.maximumWidth: root.width - 200
            Accessible.ignored: true
        }
    }
}
