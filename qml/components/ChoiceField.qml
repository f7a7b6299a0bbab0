import QtQuick
import QtQuick.Controls
import Muster

// A labelled drop-down: the label above, the choices below. `model` is a list
// of {value, text}; `value` follows the choice (and selects it when set).
Column {
    id: root

    required property string label
    property var model: []
    property var value: undefined
    readonly property alias comboBox: combo

    signal activated(var value)

    spacing: Theme.spacingSmall

    Label {
        width: root.width
        text: root.label
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        Accessible.ignored: true
    }

    ComboBox {
        id: combo
        width: root.width
        height: Math.max(Theme.touchTarget, implicitHeight)
        model: root.model
        textRole: "text"
        valueRole: "value"
        font.pixelSize: Theme.fontBody
        currentIndex: {
            for (let i = 0; i < root.model.length; ++i) {
                if (root.model[i].value === root.value)
                    return i
            }
            return root.model.length > 0 ? 0 : -1
        }
        Accessible.name: root.label
        onActivated: index => {
            root.value = root.model[index].value
            root.activated(root.value)
        }
    }
}
