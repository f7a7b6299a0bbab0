import QtQuick
import QtQuick.Controls
import Muster

// A toggle chip for list filters: outlined when off, filled when on. 48 px tall to tap.
AbstractButton {
    id: root

    // The owner binds `checked` to its filter and changes the filter on click.
    checkable: false
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * Theme.spacingMedium)
    font.pixelSize: Theme.fontCaption + 1
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Item {
        Rectangle {
            anchors.centerIn: parent
            width: parent.width
            height: Math.max(34, label.implicitHeight + 10)
            radius: height / 2
            color: root.checked ? Theme.primary : Theme.surface
            border.color: root.visualFocus ? Theme.focusRing : root.checked ? Theme.primary : Theme.border
            border.width: root.visualFocus ? 2 : 1
            Label {
                id: label
                anchors.centerIn: parent
                text: root.text
                font: root.font
                color: root.checked ? Theme.textOnPrimary : Theme.text
            }
        }
    }
}
