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

    implicitHeight: Math.max(36, row.implicitHeight + 2 * Theme.spacingSmall)
    color: Theme.exercise
    clip: true

    Accessible.role: Accessible.StaticText
    Accessible.name: detail === "" ? qsTr("Exercise. Drill data, not real tasking.")
                                   : qsTr("Exercise: %1. Drill data, not real tasking.").arg(detail)

    readonly property int stripesWidth: 44

    component Stripes: Item {
        width: root.stripesWidth
        height: parent.height
        clip: true
        Row {
            x: -20
            spacing: 8
            Repeater {
                model: 8
                delegate: Rectangle {
                    width: 8
                    height: 2 * root.height + 20
                    y: -root.height / 2 - 10
                    rotation: 35
                    color: Theme.textOnExercise
                }
            }
        }
    }

    Stripes { anchors.left: parent.left }
    Stripes { anchors.right: parent.right }

    // Between the stripes; the drill name gives way (elides) before the word EXERCISE.
    RowLayout {
        id: row
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 2 * (root.stripesWidth + Theme.spacing))
        spacing: Theme.spacing
        Label {
            Layout.maximumWidth: row.width
            elide: Text.ElideRight
            //: Banner on all drill data so it is never taken for real tasking. Capitals, one short word.
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
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Accessible.ignored: true
        }
    }
}
