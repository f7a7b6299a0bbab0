import QtQuick
import QtQuick.Controls
import Muster

// A floating action button over a list: "+ New task", or only "+" when `compact`. Drawn
// without shader effects (like PrimaryButton): a darker outline stands in
// for Material's shadow, which the software renderer does not draw.
AbstractButton {
    id: control

    /// Only the "+" in a round button (phones: it covers less of the list); `text` stays its accessible name.
    property bool compact: false

    implicitHeight: compact ? 56 : Math.max(56, label.implicitHeight + 2 * Theme.spacing)
    implicitWidth: compact ? 56 : Math.max(implicitHeight, plus.implicitWidth + label.implicitWidth + 2 * Theme.spacingMedium + Theme.spacing)
    font.pixelSize: Theme.fontBody
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: control.compact ? height / 2 : Theme.radiusLarge
        color: control.down ? Theme.primaryPressed : control.visualFocus ? Theme.primaryDark : Theme.primary
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focusRing : Theme.primaryDark
    }

    contentItem: Item {
        Row {
            anchors.centerIn: parent
            spacing: Theme.spacing
            Label {
                id: plus
                text: "+"
                font.pixelSize: control.compact ? 30 : Theme.fontTitle
                font.bold: true
                color: Theme.textOnPrimary
                anchors.verticalCenter: parent.verticalCenter
                Accessible.ignored: true
            }
            Label {
                id: label
                visible: !control.compact
                text: control.text
                font: control.font
                color: Theme.textOnPrimary
                anchors.verticalCenter: parent.verticalCenter
                Accessible.ignored: true
            }
        }
    }
}
