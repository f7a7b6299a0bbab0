import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

// One drill for its coordinator: the EXERCISE banner, the live drill clock and
// its controls, the injects with their status (release now, follow-up) and
// the comms check (who answered). An evaluator sees it without the controls.
Page {
    id: page

    required property DrillController drill

    /// The coordinator asked for this drill's after-action report.
    signal reportRequested()
    /// A released inject was tapped: its task.
    signal taskRequested(string key)

    background: Rectangle { color: Theme.background }

    DeviceListModel {
        id: commsDevices
        objectName: "commsDevices"
        session: page.drill.session
        commsDrillKey: page.drill.drillKey
    }

    EmptyState {
        visible: !page.drill.exists
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, Theme.cardMaxWidth)
        title: qsTr("No drill selected")
        message: qsTr("Choose a drill to run its clock and follow its injects.")
    }

    Flickable {
        id: flick
        visible: page.drill.exists
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

            ExerciseBanner {
                Layout.fillWidth: true
                detail: page.drill.title
            }

            Label {
                objectName: "drillTitle"
                Layout.fillWidth: true
                text: page.drill.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: page.drill.scenario
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }

            OutlineButton {
                objectName: "drillReportButton"
                visible: page.drill.canManage
                Layout.maximumWidth: column.width  // wraps at large text instead of leaving the page
                //: Button on a drill's page: open its after-action report.
                text: qsTr("After-action report")
                onClicked: page.reportRequested()
            }

            SectionCard {
                objectName: "clockCard"
                Layout.fillWidth: true
                title: qsTr("Drill clock")
                subtitle: TaskText.drillState(page.drill.state)
                Label {
                    objectName: "drillStartsAt"
                    Layout.fillWidth: true
                    visible: page.drill.startsAt > 0
                    //: A drill started ahead: %1 the time its clock starts.
                    text: qsTr("Starts at %1").arg(TimeFormatter.time(page.drill.startsAt))
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "drillClock"
                    Layout.fillWidth: true
                    text: page.drill.clockText !== "" ? page.drill.clockText : "--:--"
                    font.pixelSize: Theme.fontHeadline * 1.6
                    // Large text or "10:45:07" on a phone: shrink rather than cut.
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontTitle
                    font.bold: true
                    font.family: "monospace"
                    color: page.drill.state === "running" ? Theme.text : Theme.textSecondary
                    Accessible.role: Accessible.StaticText
                    //: Screen-reader text of the drill clock: %1 the time, %2 the drill's state.
                    Accessible.name: qsTr("Drill clock %1, %2").arg(text).arg(TaskText.drillState(page.drill.state))
                }
                GridLayout {
                    id: controls
                    objectName: "drillControls"
                    visible: page.drill.canManage
                    Layout.fillWidth: true
                    // Four in a row when they fit, else two, else one (large text, long words).
                    readonly property real widest: Math.max(startButton.implicitWidth, pauseButton.implicitWidth,
                                                            resumeButton.implicitWidth, endButton.implicitWidth)
                    columns: width >= 4 * widest + 3 * columnSpacing ? 4 : width >= 2 * widest + columnSpacing ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    PrimaryButton {
                        id: startButton
                        objectName: "startButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        //: Button: start the drill clock.
                        text: qsTr("Start")
                        enabled: page.drill.canStart
                        onClicked: page.drill.control("start")
                    }
                    OutlineButton {
                        id: pauseButton
                        objectName: "pauseButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        //: Button: pause the drill clock.
                        text: qsTr("Pause")
                        enabled: page.drill.canPause
                        onClicked: page.drill.control("pause")
                    }
                    PrimaryButton {
                        id: resumeButton
                        objectName: "resumeButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        //: Button: let the paused drill clock run again.
                        text: qsTr("Resume")
                        enabled: page.drill.canResume
                        onClicked: page.drill.control("resume")
                    }
                    OutlineButton {
                        id: endButton
                        objectName: "endButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        destructive: true
                        //: Button: end the drill (asks first).
                        text: qsTr("End drill")
                        enabled: page.drill.canEnd
                        onClicked: endDialog.open()
                    }
                }
                // A start set ahead: the clock (and every inject) waits, also on a
                // device that loses its network before.
                Flow {
                    Layout.fillWidth: true
                    visible: page.drill.canStart && page.drill.canManage
                    spacing: Theme.spacing
                    ChoiceField {
                        id: startDelay
                        objectName: "startDelay"
                        // A fixed width: one bound to the Flow's own would loop its layout.
                        width: 240
                        //: Choice on a planned drill's page: when the Start-later button starts it.
                        label: qsTr("Start later")
                        value: 15
                        model: [
                            { value: 5, text: qsTr("In 5 minutes") },
                            { value: 15, text: qsTr("In 15 minutes") },
                            { value: 30, text: qsTr("In 30 minutes") },
                            { value: 60, text: qsTr("In 1 hour") },
                            { value: 120, text: qsTr("In 2 hours") }
                        ]
                    }
                    OutlineButton {
                        objectName: "startLaterButton"
                        //: Button: start the drill clock at the time chosen beside it.
                        text: qsTr("Start later")
                        onClicked: page.drill.startIn(startDelay.value)
                    }
                }
            }

            InlineError {
                Layout.fillWidth: true
                visible: page.drill.errorText !== ""
                text: page.drill.errorText
            }

            SectionCard {
                objectName: "injectsCard"
                Layout.fillWidth: true
                title: qsTr("Injects")
                subtitle: page.drill.injects.count === 0 ? qsTr("This drill has no injects on this device.")
                        : page.drill.missedCount > 0
                          ? qsTr("%n expected action(s) missed", "", page.drill.missedCount) : ""
                CardList {
                    model: page.drill.injects
                    InjectDelegate {
                        onReleaseNowRequested: key => page.drill.releaseNow(key)
                        onFollowUpRequested: key => page.drill.sendFollowUp(key)
                        onOpenRequested: key => page.taskRequested(key)
                    }
                }
            }

            SectionCard {
                objectName: "commsCard"
                Layout.fillWidth: true
                title: qsTr("Comms check")
                subtitle: page.drill.commsCheckAt <= 0
                          ? qsTr("Ask every device of the drill's units to answer, to see who is reachable.")
                          //: Comms check summary, e.g. "7 of 9 answered · asked 14:00".
                          : qsTr("%1 of %2 answered · asked %3").arg(commsDevices.answeredCount)
                            .arg(commsDevices.count).arg(TimeFormatter.time(page.drill.commsCheckAt))
                OutlineButton {
                    objectName: "commsCheckButton"
                    visible: page.drill.canManage
                    enabled: page.drill.canControl
                    text: page.drill.commsCheckAt <= 0 ? qsTr("Comms check") : qsTr("Ask again")
                    Accessible.name: page.drill.commsCheckAt <= 0 ? qsTr("Start a comms check")
                                                                  : qsTr("Ask every device again")
                    onClicked: page.drill.commsCheck()
                }
                CardList {
                    model: page.drill.commsCheckAt > 0 ? commsDevices : null
                    CommsDelegate { }
                }
            }
        }
    }

    Dialog {
        id: endDialog
        objectName: "endDrillDialog"
        parent: Overlay.overlay
        modal: true
        title: qsTr("End the drill?")
        header: SheetTitle { text: endDialog.title }
        width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 440)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 2) : 0
        background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("The drill clock stops for good and no more injects are released. This cannot be undone.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                layoutDirection: Qt.RightToLeft
                PrimaryButton {
                    objectName: "confirmEndButton"
                    text: qsTr("End drill")
                    onClicked: endDialog.accept()
                }
                OutlineButton {
                    objectName: "keepRunningButton"
                    text: qsTr("Keep running")
                    onClicked: endDialog.reject()
                }
            }
        }
        onAccepted: page.drill.control("end")
    }
}
