import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Muster

// Coordinators: a scenario file (MSEL, CSV or JSON) becomes a planned drill
// with its injects. The file is checked first; every problem is listed with
// its line and column, and nothing is imported until the file is clean. The
// drill is saved on this device at once and sent with the next sync.
Page {
    id: page

    property AccountSession session: null
    readonly property alias controller: importer
    property bool showHeading: true

    /// A drill was imported (its key).
    signal imported(string drillKey)
    signal cancelled()

    background: Rectangle { color: Theme.background }

    ScenarioImportController {
        id: importer
        objectName: "scenarioImportController"
        session: page.session
        onImported: key => page.imported(key)
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a scenario file")
        nameFilters: [qsTr("Scenarios (*.csv *.json)"), qsTr("All files (*)")]
        onAccepted: importer.load(selectedFile)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingMedium
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator { }

        ColumnLayout {
            id: column
            x: Theme.spacingMedium
            y: Theme.spacingMedium
            width: Math.min(flick.width - 2 * Theme.spacingMedium, Theme.contentMaxWidth)
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                visible: page.showHeading
                text: qsTr("Import scenario")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("A scenario file lists the injects of a drill: number, time offset, target unit, title, instructions, expected action, priority, deadline, delivery note and controller note. CSV and JSON files are accepted.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            PrimaryButton {
                objectName: "chooseScenarioButton"
                text: importer.fileName === "" ? qsTr("Choose file") : qsTr("Choose another file")
                onClicked: fileDialog.open()
            }

            InlineError {
                Layout.fillWidth: true
                visible: importer.errorText !== ""
                text: importer.errorText
            }

            SectionCard {
                Layout.fillWidth: true
                visible: importer.problems.length > 0
                objectName: "scenarioProblems"
                title: qsTr("%n problem(s) in %1", "", importer.problems.length).arg(importer.fileName)
                subtitle: qsTr("Nothing is imported until the file is fixed.")

                CardList {
                    objectName: "problemList"
                    model: importer.problems
                    Label {
                        required property string modelData
                        text: modelData
                        font.pixelSize: Theme.fontBody
                        color: Theme.error
                        wrapMode: Text.WordWrap
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: importer.ready
                objectName: "scenarioSummary"
                title: importer.title
                subtitle: importer.fileName

                InfoRow {
                    Layout.fillWidth: true
                    //: The unit that runs an imported drill.
                    name: qsTr("Run by")
                    value: importer.unitName
                }
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Injects")
                    value: qsTr("%n inject(s) over %1", "", importer.injectCount)
                           .arg(TimeFormatter.duration(importer.lastOffsetMs))
                }
                CheckBox {
                    objectName: "prestageCheck"
                    Layout.fillWidth: true
                    text: qsTr("Pre-stage injects on the units' devices before their release")
                    checked: importer.prestage
                    onToggled: importer.prestage = checked
                    Accessible.name: text
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "importScenarioButton"
                    //: Button: write the checked scenario as a planned drill.
                    text: qsTr("Import drill")
                    enabled: importer.ready
                    onClicked: importer.importDrill()
                }
                OutlineButton {
                    objectName: "cancelImportButton"
                    text: qsTr("Cancel")
                    onClicked: { importer.clear(); page.cancelled() }
                }
            }
        }
    }
}
