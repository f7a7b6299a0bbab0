import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Coordinators: fields two people changed without seeing each other's change.
// Each card shows both values and who wrote them; keep one, or type the right
// value. The choice is saved on this device at once and sent with the next sync.
Page {
    id: page

    property AccountSession session: null
    /// The shared ConflictListModel (HomePage owns it; the tab label counts it).
    property ConflictListModel model: null

    background: Rectangle { color: Theme.background }

    // One side of a conflict: the value, who wrote it and when, and a button to choose it.
    component Side: Rectangle {
        id: side
        required property string caption
        required property string value
        required property string author
        required property double at
        required property string buttonText
        required property string buttonName
        property bool current: false
        signal chosen()
        Layout.fillWidth: true
        implicitHeight: sideGrid.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: current ? Theme.statusActiveSurface : Theme.surfaceMuted
        border.color: current ? Theme.primary : Theme.divider
        GridLayout {
            id: sideGrid
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            columns: width >= 360 ? 2 : 1
            columnSpacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: side.caption
                    font.pixelSize: Theme.fontCaption
                    font.bold: true
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: side.value
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    //: Who wrote a conflicting value and when: %1 name, %2 time.
                    text: qsTr("by %1, %2").arg(side.author !== "" ? side.author : qsTr("someone"))
                                          .arg(TimeFormatter.dateTime(side.at))
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
            }
            OutlineButton {
                objectName: side.buttonName
                text: side.buttonText
                Accessible.name: qsTr("%1: %2").arg(side.buttonText).arg(side.value)
                onClicked: side.chosen()
            }
        }
    }


    EmptyState {
        objectName: "conflictsEmpty"
        visible: page.model === null || page.model.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
        title: qsTr("No conflicts")
        message: qsTr("When two people change the same thing without seeing each other's change, it shows here for a coordinator to settle.")
    }

    ListView {
        id: list
        objectName: "conflictList"
        anchors.fill: parent
        clip: true
        model: page.model
        spacing: Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }
        // The explanation scrolls with the cards. A header that re-wraps (the
        // page gets its width, an error shows) would leave the list scrolled
        // into it: back to the top then, unless the user is scrolling.
        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            onImplicitHeightChanged: if (!list.moving) Qt.callLater(list.positionViewAtBeginning)
            Label {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.contentMaxWidth
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacing
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                visible: page.model !== null && page.model.count > 0
                text: qsTr("Two people changed these without seeing each other's change. The newer value is in place; keep it, use the other one, or type the right value.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }
            InlineError {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.contentMaxWidth
                Layout.alignment: Qt.AlignHCenter
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                Layout.bottomMargin: Theme.spacingSmall
                visible: page.model !== null && page.model.errorText !== ""
                text: page.model !== null ? page.model.errorText : ""
            }
        }
        footer: Item { height: Theme.spacingMedium }

        delegate: Rectangle {
            id: card
            required property int index
            required property string key
            required property string targetTitle
            required property string field
            required property bool editable
            required property var winnerValue
            required property string winnerLabel
            required property string winnerAuthor
            required property double winnerAt
            required property var loserValue
            required property string loserLabel
            required property string loserAuthor
            required property double loserAt
            required property var currentValue
            required property bool isExercise
            required property string drillTitle
            required property int inject

            readonly property string heading: qsTr("%1 of “%2”").arg(TaskText.fieldName(field))
                                                 .arg(targetTitle !== "" ? targetTitle : qsTr("a deleted item"))
            x: (list.width - width) / 2
            width: Math.min(list.width - 2 * Theme.spacingMedium, Theme.contentMaxWidth)
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            Accessible.role: Accessible.ListItem
            Accessible.name: (isExercise ? qsTr("Exercise") + ", " : "") + heading

            ColumnLayout {
                id: cardColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingMedium
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    visible: card.isExercise
                    spacing: Theme.spacing
                    ExerciseTag {
                        Layout.maximumWidth: cardColumn.width / 2
                    }
                    Label {
                        Layout.fillWidth: true
                        text: TaskText.injectLabel(card.inject, card.drillTitle)
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                        elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: card.heading
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Side {
                    //: The value that is in place now (the newer write).
                    caption: qsTr("In place now")
                    value: TaskText.fieldValue(card.field, card.winnerValue, card.winnerLabel, TimeFormatter)
                    author: card.winnerAuthor
                    at: card.winnerAt
                    current: true
                    //: Button: keep the value that is in place.
                    buttonText: qsTr("Keep")
                    buttonName: "keepWinnerButton"
                    onChosen: page.model.resolveWith(card.key, "winner")
                }
                Side {
                    //: The value that was overwritten by the newer one.
                    caption: qsTr("Overwritten")
                    value: TaskText.fieldValue(card.field, card.loserValue, card.loserLabel, TimeFormatter)
                    author: card.loserAuthor
                    at: card.loserAt
                    //: Button: use the overwritten value instead.
                    buttonText: qsTr("Use this")
                    buttonName: "useLoserButton"
                    onChosen: page.model.resolveWith(card.key, "loser")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: card.editable
                    spacing: Theme.spacingSmall
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Or type the right value")
                        font.pixelSize: Theme.fontCaption
                        font.bold: true
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        Accessible.ignored: true
                    }
                    TextArea {
                        id: edited
                        objectName: "conflictEditField"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: card.currentValue !== undefined && card.currentValue !== null ? String(card.currentValue) : ""
                        Accessible.name: qsTr("Or type the right value")
                    }
                    OutlineButton {
                        objectName: "saveEditedButton"
                        //: Button: resolve the conflict with the typed value.
                        text: qsTr("Save value")
                        enabled: edited.text.trim() !== ""
                        Layout.alignment: Qt.AlignRight
                        onClicked: page.model.resolveEdited(card.key, edited.text)
                    }
                }
            }
        }
    }
}
