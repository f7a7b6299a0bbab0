import QtQuick
import QtQuick.Controls
import Muster

// One "name: value" line of a settings or diagnostics card; the value may be
// long (a URL, an id) and wraps anywhere. Side by side when both fit, else stacked.
//
// Placed by bindings, not a GridLayout: a layout whose column count follows
// its own width, inside the card's layout, went into a polish loop when the
// text size changed while the page was up, and kept the old columns (values
// pushed out of the card).
Item {
    id: root

    required property string name
    required property string value
    property real spacing: Theme.spacingMedium

    // Measured apart from the labels, whose sizes follow the mode.
    readonly property real nameWidth: Math.ceil(nameMetrics.advanceWidth)
    // From the width the row is given by its parent's layout (which it fills),
    // not its own: that is set inside the layout's own polish, where a change of
    // height that follows from it is not taken up (the row kept its old height).
    readonly property bool sideBySide: (parent ? parent.width : width) >= implicitWidth + 40
    // Side by side, the two baselines line up (the value's font is larger).
    readonly property real baselineShift: valueLabel.baselineOffset - nameLabel.baselineOffset

    // Side by side: the name, and the value up to 240 px (a longer one wraps).
    implicitWidth: nameWidth + spacing + Math.min(Math.ceil(valueMetrics.advanceWidth), 240)
    implicitHeight: sideBySide ? Math.max(nameLabel.y + nameLabel.height, valueLabel.y + valueLabel.height)
                               : nameLabel.height + valueLabel.height
    Accessible.role: Accessible.StaticText
    //: Screen-reader text of a settings line: %1 what, %2 its value.
    Accessible.name: qsTr("%1: %2").arg(name).arg(value)

    TextMetrics {
        id: nameMetrics
        font: nameLabel.font
        text: root.name
    }
    TextMetrics {
        id: valueMetrics
        font: valueLabel.font
        text: root.value
    }

    Label {
        id: nameLabel
        objectName: "infoName"
        y: root.sideBySide ? Math.max(0, root.baselineShift) : 0
        width: root.sideBySide ? Math.min(root.nameWidth + 1, root.width) : root.width
        text: root.name
        font.pixelSize: Theme.fontCaption
        font.bold: true
        color: Theme.textSecondary
        wrapMode: Text.WordWrap
        Accessible.ignored: true
    }
    Label {
        id: valueLabel
        objectName: "infoValue"
        x: root.sideBySide ? nameLabel.width + root.spacing : 0
        y: root.sideBySide ? Math.max(0, -root.baselineShift) : nameLabel.height
        width: root.width - x
        text: root.value
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WrapAnywhere
        horizontalAlignment: root.sideBySide ? Text.AlignRight : Text.AlignLeft
        Accessible.ignored: true
    }
}
