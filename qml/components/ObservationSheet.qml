import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// The evaluator's "Add observation" sheet: what was observed and a rating
// P / S / M / U, each shown with its meaning; saved on this device in one step.
Dialog {
    id: root

    /// Called with (text, rating); returns true when saved.
    property var save: function(text, rating) { return false }
    /// The task's error (bound by the page). The sheet never assigns it, so
    /// the binding lives on: opening asks the page to clear it at its source.
    property string errorText: ""
    /// The rating chosen: P, S, M, U or "" (none yet).
    property string rating: ""
    /// The inject observed (its title, its number in the drill, 0 when none)
    /// and what the scenario expects of the unit: what the rating measures.
    property string taskTitle: ""
    property int inject: 0
    property string expectedAction: ""

    modal: true
    // Parented to the overlay, which does not pass the window's Material colours on.
    Material.accent: Theme.primary
    Material.primary: Theme.primary
    title: qsTr("Add observation")
    header: SheetTitle { text: root.title }
    width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 520)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 2) : 0
    padding: Theme.spacingMedium
    background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
    /// Emitted on opening: the page clears the task's old error (see errorText).
    signal clearErrorRequested()

    onOpened: { textArea.text = ""; rating = ""; clearErrorRequested(); textArea.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: root.taskTitle !== ""
            ExerciseTag {
                Layout.alignment: Qt.AlignTop
            }
            Label {
                objectName: "observationTaskTitle"
                Layout.fillWidth: true
                text: TaskText.injectLabel(root.inject, root.taskTitle)
                font.pixelSize: Theme.fontCaption
                font.bold: true
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Label {
            objectName: "observationExpected"
            Layout.fillWidth: true
            visible: root.expectedAction !== ""
            //: In the evaluator's observation sheet: what the scenario expects the unit to do. %1 is that text.
            text: qsTr("Expected: %1").arg(root.expectedAction)
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        TextArea {
            id: textArea
            objectName: "observationText"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(96, implicitHeight)
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("What did you observe?")
            placeholderTextColor: Theme.placeholder
            Accessible.name: qsTr("What did you observe?")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Rating")
            font.pixelSize: Theme.fontCaption
            font.bold: true
            color: Theme.textSecondary
        }
        Repeater {
            model: ["P", "S", "M", "U"]
            delegate: RadioButton {
                required property string modelData
                objectName: "rating" + modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                text: TaskText.rating(modelData)
                checked: root.rating === modelData
                Accessible.name: text
                onClicked: root.rating = modelData
                contentItem: Label {
                    leftPadding: parent.indicator.width + parent.spacing
                    text: parent.text
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
        InlineError {
            Layout.fillWidth: true
            labelObjectName: "observationErrorLabel"
            visible: root.errorText !== ""
            text: root.errorText
        }
        // Right-aligned; Cancel goes below Save when both do not fit on one line.
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "observationSaveButton"
                text: qsTr("Save")
                enabled: textArea.text.trim() !== "" && root.rating !== ""
                onClicked: {
                    if (root.save(textArea.text, root.rating))
                        root.accept()
                }
            }
            OutlineButton {
                objectName: "observationCancelButton"
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
        }
    }
}
