import QtQuick
import QtQuick.Controls
import Muster

// The one main action of a page. Drawn without shader effects (Material's
// elevation layer), so it looks the same on every scene-graph backend,
// including the software renderer used for screenshots and low-end devices.
Button {
    id: control

    implicitHeight: Math.max(Theme.touchTarget + 8,
                             implicitContentHeight + topPadding + bottomPadding)
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
        color: control.enabled ? Theme.textOnPrimary : Theme.disabledText
    }

    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: !control.enabled ? Theme.disabledSurface
             : control.down ? Theme.primaryPressed
             : control.visualFocus ? Theme.primaryDark
             : Theme.primary
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
}
