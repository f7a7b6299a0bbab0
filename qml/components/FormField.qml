import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// A labelled text field: the label above, an optional hint below.
ColumnLayout {
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
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: root.compact ? Theme.fontCaption : Theme.fontBody
        font.bold: true
        color: Theme.text
        Accessible.ignored: true
    }

    TextField {
        id: field
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
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
        Layout.fillWidth: true
        visible: root.hint !== ""
        text: root.hint
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
        Accessible.ignored: true
    }
}
