import QtQuick
import QtQuick.Controls
import Muster

// A secondary action: outlined in the brand colour, drawn without shader
// effects (like PrimaryButton) so it looks the same on every renderer.
Button {
    id: control

    /// An action that loses something (erase, end): drawn in the error colour.
    property bool destructive: false

    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingMedium
    rightPadding: Theme.spacingMedium
    font.pixelSize: Theme.fontBody
    font.bold: true
    font.capitalization: Font.MixedCase
    Accessible.name: text

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Narrower than its text (large text, a long translation): two lines, then elided.
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        color: !control.enabled ? Theme.disabledText : control.destructive ? Theme.error : Theme.primary
    }

    background: Rectangle {
        implicitWidth: 96
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: control.down ? Theme.selection : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focusRing
                    : !control.enabled ? Theme.border
                    : control.destructive ? Theme.error
                    : Theme.primary
    }
}
