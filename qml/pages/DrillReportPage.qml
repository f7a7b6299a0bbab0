import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// A drill's after-action report, as the server computes it from everything
// synced: overview, delays (median and worst, drill time), per inject and
// unit the times of release, delivery, opening, acknowledgement and
// completion, missed expected actions, evaluator ratings and observations,
// a summary per unit and the timeline of every log. "Save printable report" writes the HTML version
// (with its timeline chart) and opens it.
Page {
    id: page

    property AccountSession session: null
    property string drillKey: ""
    readonly property alias controller: reportController
    property bool showHeading: true

    readonly property var report: reportController.report
    readonly property var overview: report.overview || ({})
    readonly property bool hasReport: overview.title !== undefined
    /// The timeline's first entries shown here; the saved report has them all.
    readonly property int timelineShown: 200
    readonly property var timeline: report.timeline || []

    background: Rectangle { color: Theme.background }

    DrillReportController {
        id: reportController
        objectName: "drillReportController"
        session: page.session
        drillKey: page.drillKey
        onSaved: file => Qt.openUrlExternally(file)
        // Each drill opened loads its report (once the controller has the key).
        onDrillKeyChanged: if (drillKey !== "") load()
        Component.onCompleted: if (drillKey !== "") load()
    }

    function drillTime(ms) {
        return ms === null || ms === undefined ? "—" : TimeFormatter.duration(ms)
    }
    function delayText(stats) {
        if (!stats || stats.count === 0)
            return qsTr("none yet")
        //: A delay's statistics: %1 median, %2 worst case, %n how many.
        return qsTr("median %1, worst %2 (%n inject(s))", "", stats.count)
            .arg(TimeFormatter.duration(stats.median_ms)).arg(TimeFormatter.duration(stats.worst_ms))
    }

    Flickable {
        id: flick
        objectName: "reportFlick"
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

            ExerciseBanner { Layout.fillWidth: true }

            Label {
                Layout.fillWidth: true
                visible: page.showHeading
                text: page.hasReport ? qsTr("After-action report: %1").arg(page.overview.title)
                                     : qsTr("After-action report")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: reportController.loading
                running: visible
                Accessible.name: qsTr("Loading the report")
            }

            InlineError {
                Layout.fillWidth: true
                visible: reportController.errorText !== ""
                text: reportController.errorText
            }

            Label {
                Layout.fillWidth: true
                visible: !page.hasReport && !reportController.loading
                text: qsTr("The server computes the report from everything all devices have sent, so it needs a connection.")
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "reloadReportButton"
                    text: page.hasReport ? qsTr("Refresh") : qsTr("Load report")
                    enabled: !reportController.loading
                    onClicked: reportController.load()
                }
                OutlineButton {
                    objectName: "saveReportButton"
                    //: Button: save the report as an HTML file and open it (to print or share).
                    text: qsTr("Save printable report")
                    enabled: !reportController.loading
                    onClicked: reportController.saveHtml()
                }
                OutlineButton {
                    objectName: "saveCsvButton"
                    //: Button: save the report as a CSV file (one row per inject and unit) for a spreadsheet.
                    text: qsTr("Save as CSV")
                    enabled: !reportController.loading
                    onClicked: reportController.save("csv")
                }
                OutlineButton {
                    objectName: "saveJsonButton"
                    //: Button: save the report as a JSON data file.
                    text: qsTr("Save as JSON")
                    enabled: !reportController.loading
                    onClicked: reportController.save("json")
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: page.hasReport
                title: qsTr("Overview")
                InfoRow { Layout.fillWidth: true; name: qsTr("State"); value: TaskText.drillState(page.overview.state || "") }
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Started")
                    value: page.overview.started_at ? TimeFormatter.dateTime(page.overview.started_at) : "—"
                }
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Ended")
                    value: page.overview.ended_at ? TimeFormatter.dateTime(page.overview.ended_at) : "—"
                }
                InfoRow {
                    Layout.fillWidth: true
                    //: Drill time: the running time of a drill, pauses excluded.
                    name: qsTr("Drill time")
                    value: page.drillTime(page.overview.duration_drill_ms)
                }
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Units")
                    value: (page.overview.units || []).map(u => u.name).join(", ")
                }
                InfoRow {
                    Layout.fillWidth: true
                    name: qsTr("Participants")
                    value: String((page.overview.participants || []).length)
                }
                InfoRow {
                    Layout.fillWidth: true
                    visible: !!page.overview.comms_check
                    name: qsTr("Comms check")
                    //: The drill's comms check: %1 devices that answered, %2 devices asked.
                    value: page.overview.comms_check
                           ? qsTr("%1 of %2 devices answered").arg(page.overview.comms_check.answered)
                                 .arg(page.overview.comms_check.devices)
                           : ""
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: page.hasReport
                title: qsTr("Delays after release")
                subtitle: qsTr("Drill time, pauses excluded")
                InfoRow { Layout.fillWidth: true; name: qsTr("Delivered"); value: page.delayText((page.report.delays || {}).deliver) }
                InfoRow { Layout.fillWidth: true; name: qsTr("Opened"); value: page.delayText((page.report.delays || {}).open) }
                InfoRow { Layout.fillWidth: true; name: qsTr("Acknowledged"); value: page.delayText((page.report.delays || {}).acknowledge) }
                InfoRow { Layout.fillWidth: true; name: qsTr("Completed"); value: page.delayText((page.report.delays || {}).complete) }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: page.hasReport
                objectName: "reportInjects"
                title: qsTr("Injects")
                CardList {
                    model: page.report.injects || []
                    ColumnLayout {
                        required property var modelData
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            //: An inject in the report: %1 its number, %2 its title, %3 the unit.
                            text: qsTr("#%1 %2 — %3").arg(modelData.inject === null ? "–" : modelData.inject)
                                  .arg(modelData.title).arg(modelData.unit)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: modelData.missed ? Theme.error : Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            //: Times of one inject in drill time: released, acknowledged, completed.
                            text: qsTr("released %1 · acknowledged %2 · done %3")
                                  .arg(page.drillTime(modelData.released_drill_ms))
                                  .arg(page.drillTime(modelData.acknowledged_drill_ms))
                                  .arg(page.drillTime(modelData.completed_drill_ms))
                                  + (modelData.missed ? " · " + qsTr("expected action missed") : "")
                                  + (modelData.ratings !== "" ? " · " + qsTr("rated %1").arg(modelData.ratings) : "")
                            font.pixelSize: Theme.fontCaption
                            color: Theme.textSecondary
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: page.hasReport && (page.report.observations || []).length > 0
                title: qsTr("Evaluator observations")
                CardList {
                    model: page.report.observations || []
                    Label {
                        required property var modelData
                        //: An observation: %1 drill time, %2 rating letter, %3 evaluator, %4 inject title, %5 text.
                        text: qsTr("%1 · %2 · %3 on %4: %5").arg(page.drillTime(modelData.drill_ms))
                              .arg(modelData.rating || "–").arg(modelData.author).arg(modelData.title).arg(modelData.text)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: page.hasReport
                title: qsTr("By unit")
                CardList {
                    model: page.report.units || []
                    ColumnLayout {
                        required property var modelData
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: modelData.name
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            //: Per-unit summary: counts of injects.
                            text: qsTr("%1 injects, %2 acknowledged, %3 done, %4 missed")
                                  .arg(modelData.injects).arg(modelData.acknowledged)
                                  .arg(modelData.completed).arg(modelData.missed)
                            font.pixelSize: Theme.fontBody
                            color: modelData.missed > 0 ? Theme.error : Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                objectName: "reportTimeline"
                visible: page.hasReport && page.timeline.length > 0
                //: The report's list of every log entry of the drill, in time order.
                title: qsTr("Timeline")
                subtitle: qsTr("Every entry logged on the drill's tasks, in time order")
                CardList {
                    objectName: "reportTimelineRows"
                    model: page.timeline.slice(0, page.timelineShown)
                    Label {
                        required property var modelData
                        text: modelData.text
                              //: A timeline entry: %1 drill time, %2 who, %3 the kind of entry, %4 the task, %5 what was logged.
                              ? qsTr("%1 · %2 · %3 on %4: %5").arg(page.drillTime(modelData.drill_ms))
                                    .arg(modelData.author).arg(TaskText.logKind(modelData.kind)).arg(modelData.title)
                                    .arg(modelData.text)
                              //: A timeline entry without text (the task opened): %1 drill time, %2 who, %3 the kind of entry, %4 the task.
                              : qsTr("%1 · %2 · %3 on %4").arg(page.drillTime(modelData.drill_ms))
                                    .arg(modelData.author).arg(TaskText.logKind(modelData.kind)).arg(modelData.title)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.timeline.length > page.timelineShown
                    text: qsTr("%n more entry(ies) in the saved report.", "", page.timeline.length - page.timelineShown)
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
