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

    // Between the stripes: the word EXERCISE and the drill on one line when
    // they fit; otherwise the drill goes on the lines below (never cut to "…"
    // at phone width or with large text).
    readonly property real contentSpace: width - 2 * (stripesWidth + Theme.spacing)

    TextMetrics {
        id: oneLine
        font: detailLabel.font
        text: "·  " + root.detail
    }

    GridLayout {
        id: row
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.contentSpace)
        columns: root.detail === "" || word.implicitWidth + columnSpacing + Math.ceil(oneLine.advanceWidth) <= root.contentSpace ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 0
        Label {
            id: word
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            Layout.maximumWidth: root.contentSpace
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
            id: detailLabel
            visible: root.detail !== ""
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            Layout.maximumWidth: root.contentSpace
            text: row.columns === 2 ? "·  " + root.detail : root.detail
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textOnExercise
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
    }
}
