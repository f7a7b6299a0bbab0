import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One "name: value" line of a settings or diagnostics card; the value may be
// long (a URL, an id) and wraps anywhere. Side by side when both fit, else stacked.
GridLayout {
    id: root

    required property string name
    required property string value

    // Measured apart from the labels, whose sizes follow the columns.
    columns: width >= Math.ceil(nameMetrics.advanceWidth) + columnSpacing + Math.min(Math.ceil(valueMetrics.advanceWidth), 240) + 40 ? 2 : 1
    columnSpacing: Theme.spacingMedium
    rowSpacing: 0
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
        Layout.alignment: Qt.AlignLeft | Qt.AlignBaseline
        Layout.maximumWidth: root.width
        text: root.name
        font.pixelSize: Theme.fontCaption
        font.bold: true
        color: Theme.textSecondary
        wrapMode: Text.WordWrap
        Accessible.ignored: true
    }
    Label {
        id: valueLabel
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignBaseline
        text: root.value
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WrapAnywhere
        horizontalAlignment: root.columns === 2 ? Text.AlignRight : Text.AlignLeft
        Accessible.ignored: true
    }
}
