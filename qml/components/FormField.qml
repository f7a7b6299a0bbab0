import QtQuick
import QtQuick.Controls
import Muster

// A labelled text field: the label above, an optional hint below. A Column,
// not a ColumnLayout: a wrapped hint (long translation, large text) changes its
// height after the width is set, which a nested layout would miss.
Column {
    id: root

    required property string label
    property string hint: ""
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias echoMode: field.echoMode
    property alias inputMethodHints: field.inputMethodHints
    property alias field: field
    property bool compact: false

    signal accepted()
    signal edited()

    spacing: Theme.spacingSmall

    Label {
        width: root.width
        text: root.label
        wrapMode: Text.WordWrap
        font.pixelSize: root.compact ? Theme.fontCaption : Theme.fontBody
        font.bold: true
        color: Theme.text
        Accessible.ignored: true
    }

    TextField {
        id: field
        width: root.width
        // At least a touch target; taller when the text size grows.
        height: Math.max(Theme.touchTarget, implicitHeight)
        font.pixelSize: root.compact ? Theme.fontCaption + 1 : Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.placeholder
        selectByMouse: true
        Accessible.name: root.label
        Accessible.description: root.hint
        onAccepted: root.accepted()
        onTextEdited: root.edited()
    }

    Label {
        width: root.width
        visible: root.hint !== ""
        text: root.hint
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
        Accessible.ignored: true
    }
}
