import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// Sync: the state in words, "Sync now", and every change the server refused, with its reason.
Page {
    id: page

    property AccountSession session: null
    readonly property SyncStatus status: session ? session.syncStatus : null
    /// Conflicts awaiting a coordinator (0 for other roles: they don't receive them).
    property int conflictCount: 0

    signal conflictsRequested()
    /// "Open task" on a refused change: the task it was about.
    signal taskRequested(string key)

    background: Rectangle { color: Theme.background }

    RejectedChangesModel {
        id: rejectedModel
        objectName: "rejectedModel"
        session: page.session
    }

    function stateText(state) {
        switch (state) {
        case "syncing": return qsTr("Syncing…")
        case "backing_off": return qsTr("The server had a problem; trying again soon.")
        //: Sync state: this device's storage is full, so what the server sends cannot be stored.
        case "storage_full": return qsTr("Waiting for free space on this device; trying again soon.")
        case "offline": return qsTr("No connection; changes are kept on this device.")
        case "login_needed": return qsTr("Sign in again to send your changes.")
        default: return qsTr("Up to date.")
        }
    }

    ListView {
        id: list
        objectName: "rejectedList"
        anchors.fill: parent
        clip: true
        model: rejectedModel
        spacing: Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { }
        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            // ListView keeps its content where it was when the header grows (an
            // error line appears), which would scroll the state line out of
            // sight: a view that was at the top stays at the top.
            property real shownHeight: 0
            onHeightChanged: {
                if (list.contentY <= -shownHeight + 1) list.positionViewAtBeginning()
                shownHeight = height
            }
            Item { implicitHeight: Theme.spacing }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                objectName: "syncStateText"
                text: page.status ? page.stateText(page.status.state) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            // What went wrong in the last sync, in the member's words (a file the
            // server refuses, a server error); empty after a clean sync.
            InlineError {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                labelObjectName: "syncErrorText"
                visible: text !== ""
                text: page.status && page.status.lastError !== "" && page.status.state !== "offline"
                      ? page.status.lastError : ""
            }
            OutlineButton {
                objectName: "syncNowButton"
                Layout.leftMargin: Theme.spacingMedium
                text: qsTr("Sync now")
                enabled: page.status !== null && !page.status.syncing && !page.status.loginNeeded
                Accessible.name: text
                onClicked: page.session.syncNow()
            }
            Rectangle {
                objectName: "conflictsNotice"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                Layout.topMargin: Theme.spacing
                visible: page.conflictCount > 0
                implicitHeight: conflictsRow.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.statusActiveSurface
                border.color: Theme.primary
                GridLayout {
                    id: conflictsRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    anchors.leftMargin: Theme.spacingMedium
                    columns: width >= conflictsText.implicitWidth + resolveButton.implicitWidth + columnSpacing ? 2 : 1
                    Label {
                        id: conflictsText
                        Layout.fillWidth: true
                        text: qsTr("%n conflict(s) await a coordinator.", "", page.conflictCount)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    OutlineButton {
                        id: resolveButton
                        objectName: "openConflictsButton"
                        //: Button: open the list of conflicts to resolve them.
                        text: qsTr("Resolve")
                        Accessible.name: qsTr("Resolve conflicts")
                        onClicked: page.conflictsRequested()
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                Layout.topMargin: Theme.spacingMedium
                text: qsTr("Refused changes")
                font.pixelSize: Theme.fontSubtitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                text: rejectedModel.count === 0
                      ? qsTr("The server accepted every change sent from this device.")
                      : qsTr("The server did not accept these changes. They are kept here so nothing is lost silently; dismiss each one once you have dealt with it.")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
            }
        }
        delegate: Rectangle {
            id: card
            required property int index
            required property string opId
            required property string entity
            required property string taskTitle
            required property string subject
            required property var changes
            required property string text
            required property string code
            required property string message
            required property double at
            required property string taskKey

            // What the change was about, by its title (a refused new task's
            // own title; a conflict's task or drill), so the user can act on it.
            readonly property string what: {
                switch (subject) {
                case "log":
                    return taskTitle !== "" ? qsTr("Log entry on “%1”").arg(taskTitle)
                                            //: A refused log entry whose task is no longer on this device.
                                            : qsTr("Log entry on a task no longer here")
                case "newTask":
                    //: A task created on this device that the server refused; %1 is its title.
                    return qsTr("New task “%1”").arg(taskTitle)
                case "drill":
                    //: A refused drill control (start, pause, end, comms check…); %1 is the drill's title.
                    return taskTitle !== "" ? qsTr("Drill control on “%1”").arg(taskTitle) : qsTr("Drill control")
                case "conflict":
                    //: A refused conflict resolution; %1 is the title of the task or drill the conflict was on.
                    return taskTitle !== "" ? qsTr("Conflict resolution on “%1”").arg(taskTitle)
                                            : qsTr("Conflict resolution")
                default:
                    return taskTitle !== "" ? qsTr("Change to “%1”").arg(taskTitle)
                                            //: A refused change to a task no longer on this device.
                                            : qsTr("Change to a task no longer here")
                }
            }
            // Why, in the user's language (the server's own message, often
            // English and technical, follows in small print).
            readonly property string reason: {
                switch (code) {
                //: Why the server refused a change: the account may not make it (role or scope).
                case "forbidden": return qsTr("This account may not make this change.")
                //: Why the server refused a change: what it refers to is not on the server (deleted, or never synced).
                case "unknown_entity": return qsTr("It refers to something the server does not have.")
                //: Why the server refused a change: log entries cannot be edited once written.
                case "immutable": return qsTr("A log entry cannot be changed once written.")
                //: Why the server refused a change: the app sent something the server does not accept.
                case "invalid_op": return qsTr("The server does not accept it from this version of the app.")
                //: Why the server refused a change: this device's clock is far ahead.
                case "clock_skew": return qsTr("This device's clock is far ahead. Check its date and time.")
                default: return message
                }
            }
            x: Theme.spacingMedium
            width: list.width - 2 * Theme.spacingMedium
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.error
            border.width: 1
            Accessible.role: Accessible.ListItem
            Accessible.name: what + ". " + reason

            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                spacing: Theme.spacingSmall
                Label {
                    objectName: "rejectedWhat"
                    Layout.fillWidth: true
                    text: card.what
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    objectName: "rejectedChanges"
                    text: card.entity === "log" ? card.text
                        : card.changes.map(c => qsTr("%1: %2").arg(TaskText.fieldName(c.field))
                                                              .arg(TaskText.fieldValue(c.field, c.value, c.label, TimeFormatter))).join(", ")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "rejectedReason"
                    Layout.fillWidth: true
                    //: %1 is the server's reason for refusing a change.
                    text: qsTr("Refused: %1").arg(card.reason)
                    font.pixelSize: Theme.fontBody
                    color: Theme.error
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.reason !== card.message && card.message !== ""
                    //: %1 is the server's own words (often English), below the translated reason.
                    text: qsTr("Server: %1").arg(card.message)
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: TimeFormatter.relativeTime(card.at, TimeFormatter.now)
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                    OutlineButton {
                        objectName: "openRefusedTaskButton"
                        visible: card.taskKey !== ""
                        //: Button on a refused change: open the task it was about (to make the change again).
                        text: qsTr("Open task")
                        Accessible.name: qsTr("Open task: %1").arg(card.taskTitle)
                        onClicked: page.taskRequested(card.taskKey)
                    }
                    OutlineButton {
                        objectName: "dismissButton"
                        text: qsTr("Dismiss")
                        Accessible.name: qsTr("Dismiss: %1").arg(card.what)
                        onClicked: rejectedModel.dismiss(card.opId)
                    }
                }
            }
        }
    }
}
