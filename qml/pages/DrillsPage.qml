import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// Coordinators: the drills of their units and, beside the list from the split
// breakpoint (instead of it on phones), the chosen drill's page or its
// after-action report; "Import scenario" turns a MSEL file into a new drill.
// Evaluators: the same list and drill pages, to read (clock, injects, expected
// actions); a tap on a released inject opens its task, to observe it.
Page {
    id: page

    property AccountSession session: null
    /// The drill shown; "" = none.
    property string selectedKey: ""
    /// "" (the drill's page), "report" (its after-action report) or "import" (a scenario file).
    property string mode: ""
    readonly property alias drill: drillController
    readonly property bool split: width >= Theme.splitBreakpoint

    signal drillChosen(string key)
    signal modeRequested(string mode)
    /// A released inject was tapped: show its task.
    signal taskRequested(string key)

    background: Rectangle { color: Theme.background }

    DrillController {
        id: drillController
        objectName: "drillController"
        session: page.session
        drillKey: page.selectedKey
        active: page.visible
    }

    EmptyState {
        visible: page.mode !== "import" && (!drillController.available || drillController.drills.length === 0)
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
        title: drillController.available ? qsTr("No drills yet") : qsTr("For coordinators")
        message: drillController.canManage
                 ? qsTr("Import a scenario file to create a drill for your units, or wait for one an administrator imports.")
                 //: Empty drill list of an evaluator.
                 : drillController.available ? qsTr("The drills of your units appear here once a coordinator imports one.")
                 : qsTr("Coordinators run drills from this page.")
        PrimaryButton {
            objectName: "importScenarioEmptyButton"
            Layout.alignment: Qt.AlignHCenter
            visible: drillController.canManage
            text: qsTr("Import scenario")
            onClicked: page.modeRequested("import")
        }
    }

    ImportScenarioPage {
        objectName: "importScenarioPage"
        anchors.fill: parent
        visible: page.mode === "import"
        session: page.mode === "import" ? page.session : null
        onImported: key => page.drillChosen(key)
        onCancelled: page.modeRequested("")
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: page.mode !== "import" && drillController.available && drillController.drills.length > 0

        ListView {
            id: list
            objectName: "drillList"
            Layout.fillHeight: true
            Layout.fillWidth: !page.split
            Layout.preferredWidth: page.split ? Theme.listPaneWidth : -1
            visible: page.split || page.selectedKey === ""
            clip: true
            topMargin: Theme.spacing
            model: drillController.drills
            ScrollIndicator.vertical: ScrollIndicator { }
            header: Item {
                width: ListView.view.width
                implicitHeight: (importButton.visible ? importButton.y + importButton.implicitHeight
                                                      : drillsBanner.y + drillsBanner.height) + Theme.spacing
                // Every drill screen carries the EXERCISE banner (W7), level
                // with the drill page's beside the list.
                ExerciseBanner {
                    id: drillsBanner
                    objectName: "drillsExerciseBanner"
                    x: Theme.spacingMedium
                    y: Theme.spacingMedium - Theme.spacing
                    width: parent.width - 2 * Theme.spacingMedium
                }
                PrimaryButton {
                    id: importButton
                    objectName: "importScenarioButton"
                    visible: drillController.canManage
                    x: Theme.spacingMedium
                    y: drillsBanner.y + drillsBanner.height + Theme.spacingMedium
                    width: Math.min(implicitWidth, parent.width - 2 * Theme.spacingMedium)
                    text: qsTr("Import scenario")
                    onClicked: page.modeRequested("import")
                }
            }
            delegate: ItemDelegate {
                id: drillItem
                required property var modelData
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget + 16, drillColumn.implicitHeight + 2 * Theme.spacing)
                leftPadding: Theme.spacingMedium
                rightPadding: Theme.spacingMedium
                highlighted: modelData.key === page.selectedKey
                Accessible.name: qsTr("%1, %2").arg(modelData.title).arg(TaskText.drillState(modelData.state))
                background: Rectangle {
                    color: drillItem.highlighted ? Theme.selection : drillItem.down ? Theme.surfaceMuted : Theme.surface
                    Rectangle { width: parent.width; height: 1; anchors.bottom: parent.bottom; color: Theme.divider }
                }
                onClicked: page.drillChosen(modelData.key)
                contentItem: ColumnLayout {
                    id: drillColumn
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: drillItem.modelData.title
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: [drillItem.modelData.unitName, TaskText.drillState(drillItem.modelData.state)]
                              .filter(s => s !== "").join(" · ")
                        font.pixelSize: Theme.fontCaption
                        color: drillItem.modelData.state === "running" ? Theme.online : Theme.textSecondary
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        Rectangle {
            visible: page.split
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }
        DrillDetailPage {
            objectName: "drillDetailPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The room left, never its content's implicit width (a wide
            // button at large text would push the page past the window).
            Layout.minimumWidth: 0
            Layout.preferredWidth: 0
            visible: (page.split || page.selectedKey !== "") && page.mode !== "report"
            drill: drillController
            onReportRequested: page.modeRequested("report")
            onTaskRequested: key => page.taskRequested(key)
        }
        DrillReportPage {
            objectName: "drillReportPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: 0
            Layout.preferredWidth: 0
            visible: page.mode === "report" && page.selectedKey !== ""
            session: page.session
            drillKey: visible ? page.selectedKey : ""
        }
    }
}
