import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// The "Log action" sheet: what was done (or a note), saved on this device in one step.
Dialog {
    id: root

    /// Called with (text, kind); returns true when saved.
    property var save: function(text, kind) { return false }
    property string errorText: ""

    modal: true
    title: qsTr("Log action")
    width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 520)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 2) : 0
    padding: Theme.spacingMedium
    background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
    onOpened: { textArea.text = ""; actionKind.checked = true; errorText = ""; textArea.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("What did you do?")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        TextArea {
            id: textArea
            objectName: "logTextArea"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(120, implicitHeight)
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("For example: gauges read, 3.4 m at Weir Lane")
            placeholderTextColor: Theme.placeholder
            Accessible.name: qsTr("What did you do?")
        }
        RowLayout {
            spacing: Theme.spacing
            RadioButton {
                id: actionKind
                objectName: "kindAction"
                text: TaskText.logKind("action")
                checked: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
            }
            RadioButton {
                id: noteKind
                objectName: "kindNote"
                text: TaskText.logKind("note")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
            }
        }
        InlineError {
            Layout.fillWidth: true
            visible: root.errorText !== ""
            text: root.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            Button {
                objectName: "logCancelButton"
                text: qsTr("Cancel")
                flat: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: root.reject()
            }
            PrimaryButton {
                objectName: "logSaveButton"
                text: qsTr("Save")
                enabled: textArea.text.trim() !== ""
                onClicked: {
                    if (root.save(textArea.text, noteKind.checked ? "note" : "action"))
                        root.accept()
                }
            }
        }
    }
}
