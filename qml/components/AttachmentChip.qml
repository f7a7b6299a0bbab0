import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// An attached file as a chip, 48 px tall to tap: "name · size" (or a short
// hash). In the log sheet (`removable`) a tap removes it; in the timeline a
// tap opens it.
AbstractButton {
    id: root

    property string label: ""
    property bool removable: false
    property bool busy: false

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, row.implicitWidth + 2 * Theme.spacingMedium)
    font.pixelSize: Theme.fontCaption + 1
    //: Screen-reader name of an attachment chip in the log sheet: %1 the file's name and size.
    Accessible.name: removable ? qsTr("Remove attachment %1").arg(label)
                     //: Screen-reader name of an attachment chip in the action log: %1 the file's name and size.
                   : qsTr("Open attachment %1").arg(label)
    Accessible.role: Accessible.Button

    contentItem: Item {
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: Math.max(36, row.implicitHeight + 10)
            radius: height / 2
            color: root.pressed ? Theme.selection : Theme.chipSurface
            border.color: root.visualFocus ? Theme.focusRing : Theme.border
            border.width: root.visualFocus ? 2 : 1
            RowLayout {
                id: row
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.spacing)
                spacing: Theme.spacing
                Rectangle {  // a file's folded corner, drawn: no icon font needed
                    Layout.preferredWidth: 12
                    Layout.preferredHeight: 16
                    color: Theme.surface
                    border.color: Theme.primary
                    border.width: 2
                    radius: 2
                }
                Label {
                    Layout.fillWidth: true
                    text: root.label
                    font: root.font
                    color: Theme.text
                    elide: Text.ElideMiddle
                }
                BusyIndicator {
                    visible: root.busy
                    running: root.busy
                    Layout.preferredWidth: 20
                    Layout.preferredHeight: 20
                }
                Label {
                    visible: root.removable
                    text: "\u00D7"
                    font.pixelSize: Theme.fontBody + 2
                    font.bold: true
                    color: Theme.textSecondary
                }
            }
        }
    }
}
