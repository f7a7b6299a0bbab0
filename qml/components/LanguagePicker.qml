import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// The UI language: "System language" or a language in its own name (English,
// Tiếng Việt, Español). The change applies at once and is remembered
// (LanguageController). Caption and box side by side when they fit, else
// stacked; the box takes the rest of the width.
GridLayout {
    id: root

    readonly property alias comboBox: combo
    // The box's width with the longest name on one line.
    readonly property real comboNaturalWidth: {
        let widest = 0
        for (const choice of LanguageController.languages)
            widest = Math.max(widest, nameMetrics.advanceWidth(choice.name))
        return Math.ceil(widest) + combo.contentItem.leftPadding + combo.contentItem.rightPadding
               + combo.leftPadding + combo.rightPadding
    }

    columns: width >= caption.implicitWidth + columnSpacing + comboNaturalWidth ? 2 : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacingSmall

    Label {
        id: caption
        Layout.maximumWidth: root.width
        //: Caption next to the language picker.
        text: qsTr("Language")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontCaption
        font.bold: true
        color: Theme.textSecondary
        Accessible.ignored: true
    }

    FontMetrics {
        id: nameMetrics
        font: combo.font
    }

    ComboBox {
        id: combo
        objectName: "languagePicker"
        Layout.fillWidth: true
        Layout.minimumWidth: Math.min(root.width, root.comboNaturalWidth)
        Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
        model: LanguageController.languages
        textRole: "name"
        valueRole: "code"
        // Caption size: a footer control, and the longest name still fits on
        // one line of a phone at 200 % text.
        font.pixelSize: Theme.fontCaption
        currentIndex: {
            const choices = LanguageController.languages
            for (let i = 0; i < choices.length; ++i) {
                if (choices[i].code === LanguageController.language)
                    return i
            }
            return 0
        }
        onActivated: LanguageController.language = currentValue
        Accessible.name: qsTr("Language")
        Accessible.description: currentText

        // The shown name wraps (then elides) rather than being cut off.
        contentItem: Label {
            leftPadding: Theme.spacingMedium
            rightPadding: Theme.spacingSmall
            text: combo.displayText
            font: combo.font
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        // Outlined, so the box reads as a control on a white card (Material's
        // raised background needs shaders the software renderer lacks).
        background: Rectangle {
            implicitWidth: 120
            implicitHeight: Theme.touchTarget
            radius: Theme.radius
            color: combo.down ? Theme.surfaceMuted : Theme.surface
            border.width: combo.visualFocus ? 2 : 1
            border.color: combo.visualFocus ? Theme.primary : Theme.placeholder  // ≥ 3:1 on white
        }

        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            text: modelData.name
            font.pixelSize: Theme.fontBody
            highlighted: combo.highlightedIndex === index
            Accessible.name: text
        }
    }
}
