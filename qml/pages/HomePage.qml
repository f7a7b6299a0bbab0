import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

// The signed-in shell: header, the always-visible sync bar, and Tasks /
// (Dashboard for coordinators) / Sync / Settings behind a bottom navigation.
// From 840 px wide the task list and the task's detail (or the new-task form)
// sit side by side; narrower, the detail replaces the list.
Page {
    id: page

    // A SessionController (or a stand-in with memberName, role, deviceName and signOut()).
    required property QtObject controller
    /// The open account (store, sync status); null in a bare preview.
    property AccountSession session: null
    readonly property SyncStatus status: session ? session.syncStatus : null
    readonly property bool split: width >= Theme.splitBreakpoint
    /// 0 tasks, 1 sync, 2 settings, 3 dashboard, 4 conflicts (coordinators; reached from the dashboard and sync),
    /// 5 drills (coordinators).
    property int tab: 0
    /// The task open in the detail pane; "" = none.
    property string selectedKey: ""
    /// The drill open on the Drills tab; "" = none.
    property string selectedDrill: ""
    /// What the Drills tab shows: "" the drill, "report" its after-action report, "import" a scenario import.
    property string drillMode: ""
    /// The task form is open in the detail pane (coordinators): a new task, or `editingKey`'s changes.
    property bool creating: false
    /// The task the form changes ("" = a new task).
    property string editingKey: ""
    readonly property string controllerName: session && session.memberName !== "" ? session.memberName : controller.memberName
    readonly property string memberRole: session && session.role !== "" ? session.role : controller.role
    readonly property bool isCoordinator: memberRole === "coordinator" || memberRole === "admin"
    readonly property bool isEvaluator: memberRole === "evaluator"
    /// The bottom navigation's tabs, in order: {tab, text}.
    readonly property var tabs: isCoordinator
        ? [{ tab: 0, text: qsTr("Tasks") }, { tab: 5, text: qsTr("Drills") }, { tab: 3, text: qsTr("Dashboard") },
           { tab: 1, text: qsTr("Sync") }, { tab: 2, text: qsTr("Settings") }]
        : isEvaluator
        ? [{ tab: 0, text: qsTr("Tasks") }, { tab: 5, text: qsTr("Drills") }, { tab: 1, text: qsTr("Sync") },
           { tab: 2, text: qsTr("Settings") }]
        : [{ tab: 0, text: qsTr("Tasks") }, { tab: 1, text: qsTr("Sync") }, { tab: 2, text: qsTr("Settings") }]

    // Another account (a member) has no dashboard or conflicts; an evaluator has drills.
    function keepTabsOfRole() {
        if (!isCoordinator && (tab === 3 || tab === 4 || (tab === 5 && !isEvaluator)))
            tab = 0
        if (!isCoordinator)
            creating = false
    }
    onIsCoordinatorChanged: keepTabsOfRole()
    onIsEvaluatorChanged: keepTabsOfRole()

    /// Opens a task in the Tasks tab (from the dashboard, or after creating it).
    function showTask(key) {
        page.creating = false
        page.editingKey = ""
        page.selectedKey = key
        page.tab = 0
    }

    /// Opens a drill's page on the Drills tab (from the dashboard).
    function showDrill(key) {
        page.selectedDrill = key
        page.drillMode = ""
        page.tab = 5
    }

    ConflictListModel {
        id: conflictModel
        objectName: "conflictModel"
        session: page.session
    }

    signal signOutRequested()

    /// Changes still on this device only: waiting to send, or refused and kept.
    readonly property int unsentChanges: status ? status.pending + status.rejectedCount : 0

    Dialog {
        id: signOutDialog
        objectName: "signOutDialog"
        parent: Overlay.overlay
        modal: true
        title: page.status && page.status.pending > 0 ? qsTr("Changes not sent yet") : qsTr("Refused changes kept")
        header: SheetTitle { text: signOutDialog.title }
        width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, 440)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 2) : 0
        padding: Theme.spacingMedium
        // Drawn here: Material's elevation effect is a layer that the software
        // renderer (and some phones' GPUs) leave empty.
        background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
        // The buttons are part of the content (as in the other sheets): a
        // DialogButtonBox footer made the dialog's implicit height a binding loop.
        contentItem: ColumnLayout {
            spacing: Theme.spacingMedium
            Label {
                objectName: "signOutPendingText"
                Layout.fillWidth: true
                visible: page.status !== null && page.status.pending > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.", "", page.status ? page.status.pending : 0)
            }
            Label {
                objectName: "signOutRefusedText"
                Layout.fillWidth: true
                visible: page.status !== null && page.status.rejectedCount > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                //: Before signing out: changes the server refused are not sent again; they stay listed on the Sync tab.
                text: qsTr("%n change(s) the server refused stay listed on the Sync tab of this device. They are not sent again: make them again if they are still needed.", "", page.status ? page.status.rejectedCount : 0)
            }
            Flow {
                Layout.fillWidth: true
                layoutDirection: Qt.RightToLeft
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "staySignedInButton"
                    text: qsTr("Stay signed in")
                    onClicked: signOutDialog.reject()
                }
                OutlineButton {
                    objectName: "signOutAnywayButton"
                    text: qsTr("Sign out anyway")
                    onClicked: signOutDialog.accept()
                }
            }
        }
        onAccepted: page.signOutRequested()
    }

    function roleTitle(role) {
        switch (role) {
        case "member": return qsTr("Field member")
        case "coordinator": return qsTr("Coordinator")
        case "evaluator": return qsTr("Evaluator")
        case "admin": return qsTr("Administrator")
        default: return role
        }
    }

    function initials(name) {
        const parts = name.trim().split(/\s+/).filter(p => p.length > 0)
        if (parts.length === 0)
            return "?"
        const first = parts[0][0]
        const last = parts.length > 1 ? parts[parts.length - 1][0] : ""
        return (first + last).toUpperCase()
    }

    title: tab === 1 ? qsTr("Sync") : tab === 2 ? qsTr("Settings") : tab === 3 ? qsTr("Dashboard")
         : tab === 4 ? qsTr("Conflicts") : tab === 5 ? qsTr("Drills") : creating && !split ? (editingKey !== "" ? qsTr("Change task") : qsTr("New task"))
         //: Title of an evaluator's task list: the drill tasks they observe.
         : isEvaluator ? qsTr("Drill tasks") : qsTr("My tasks")
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        Material.foreground: Theme.textOnPrimary
        implicitHeight: Math.max(56, headerRow.implicitHeight + 2 * Theme.spacingSmall)
        // A plain rectangle: Material's elevation layer needs shaders, which the
        // software renderer (screenshots, low-end devices) does not draw.
        background: Rectangle { color: Theme.primary }

        // Title and "Sign out" side by side when they fit; with long
        // translations or large text, "Sign out" goes below, at the right.
        GridLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingMedium
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.spacingSmall
            anchors.bottomMargin: Theme.spacingSmall
            columns: width >= headerTitle.implicitWidth + columnSpacing + signOutButton.implicitWidth + (backButton.visible ? Theme.touchTarget : 0) ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 0

            ToolButton {
                id: backButton
                objectName: "backButton"
                visible: page.tab === 4 || (!page.split && page.tab === 0 && (page.selectedKey !== "" || page.creating))
                         || (page.tab === 5 && (page.drillMode !== "" || (!page.split && page.selectedDrill !== "")))
                text: "‹"
                font.pixelSize: Theme.fontTitle
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                Material.foreground: Theme.textOnPrimary
                Accessible.name: page.tab === 4 ? qsTr("Back to the dashboard")
                               : page.tab === 5 && page.drillMode === "report" ? qsTr("Back to the drill")
                               : page.tab === 5 ? qsTr("Back to the drill list") : qsTr("Back to the task list")
                onClicked: {
                    if (page.tab === 4) {
                        page.tab = 3
                    } else if (page.tab === 5 && page.drillMode !== "") {
                        page.drillMode = ""
                    } else if (page.tab === 5) {
                        page.selectedDrill = ""
                    } else if (page.creating && page.editingKey !== "") {
                        page.creating = false  // back to the task it changes
                        page.editingKey = ""
                    } else {
                        page.creating = false
                        page.selectedKey = ""
                    }
                }
            }
            Label {
                id: headerTitle
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.textOnPrimary
                // Long titles and large text wrap to a second line before eliding.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                id: signOutButton
                objectName: "signOutButton"
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                text: qsTr("Sign out")
                font.pixelSize: Theme.fontCaption + 1
                font.bold: true
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.textOnPrimary
                Accessible.name: qsTr("Sign out")
                // Unsent or refused changes stay on the device, but the user
                // should know before the app stops sending them.
                onClicked: page.unsentChanges > 0 ? signOutDialog.open() : page.signOutRequested()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SyncStatusBar {
            id: syncBar
            objectName: "syncStatusBar"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.leftMargin: Theme.spacingMedium
            Layout.rightMargin: Theme.spacingMedium
            online: page.status ? page.status.online : false
            pending: page.status ? page.status.pending : 0
            lastSyncAt: page.status ? page.status.lastSyncAt : 0
            syncing: page.status ? page.status.syncing : false
            progress: page.status ? page.status.progress : -1
            showProgress: page.status ? page.status.largeSync : false
            rejected: page.status ? page.status.rejectedCount : 0
            // As the Sync tab: the refused changes are listed there.
            onRejectedClicked: page.tab = 1
        }

        Rectangle {
            objectName: "loginNeededBanner"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingMedium
            Layout.rightMargin: Theme.spacingMedium
            Layout.bottomMargin: Theme.spacing
            visible: page.status !== null && page.status.loginNeeded
            implicitHeight: loginRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.statusActiveSurface
            border.color: Theme.primary
            RowLayout {
                id: loginRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.spacingMedium
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your changes are safe on this device. Sign in again to send them.")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                PrimaryButton {
                    objectName: "signInAgainButton"
                    text: qsTr("Sign in")
                    onClicked: passwordDialog.open()
                }
            }
        }

        // The server was restored from a backup: what this device sent after
        // it may be gone from the server, and so from here. Said once, until read.
        Rectangle {
            objectName: "serverRestoredBanner"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingMedium
            Layout.rightMargin: Theme.spacingMedium
            Layout.bottomMargin: Theme.spacing
            visible: page.status !== null && page.status.serverRestored
            implicitHeight: restoredRow.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.errorSurface
            border.color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: restoredLabel.text
            RowLayout {
                id: restoredRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.spacingMedium
                Label {
                    id: restoredLabel
                    Layout.fillWidth: true
                    text: qsTr("The server was restored from a backup, so this device fetched everything again. "
                               + "Changes sent after that backup may be missing: check your recent actions "
                               + "and log again what is gone.")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                }
                PrimaryButton {
                    objectName: "serverRestoredOkButton"
                    //: Dismisses the notice that the server was restored from a backup.
                    text: qsTr("OK")
                    onClicked: page.status.dismissServerRestored()
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Always the window's width, whatever the pages' implicit widths
            // (hidden tabs included): a width that followed them could loop
            // the layouts and leave a page wider than the window.
            Layout.minimumWidth: 0
            Layout.preferredWidth: 0
            currentIndex: page.tab

            RowLayout {
                spacing: 0
                TaskListPage {
                    id: listPage
                    objectName: "taskListPage"
                    Layout.fillHeight: true
                    Layout.fillWidth: !page.split
                    Layout.preferredWidth: page.split ? Theme.listPaneWidth : -1
                    visible: page.split || (page.selectedKey === "" && !page.creating)
                    session: page.session
                    selectedKey: page.selectedKey
                    canCreate: page.isCoordinator
                    evaluator: page.isEvaluator
                    onTaskChosen: key => { page.creating = false; page.editingKey = ""; page.selectedKey = key }
                    onNewTaskRequested: { page.selectedKey = ""; page.editingKey = ""; page.creating = true }
                }
                Rectangle {
                    visible: page.split
                    Layout.fillHeight: true
                    implicitWidth: 1
                    color: Theme.divider
                }
                TaskDetailPage {
                    id: detailPage
                    objectName: "taskDetailPage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // The room left, never the content's implicit width: a
                    // width that followed it could loop the layouts.
                    Layout.minimumWidth: 0
                    Layout.preferredWidth: 0
                    visible: !page.creating && (page.split || page.selectedKey !== "")
                    session: page.session
                    taskKey: page.selectedKey
                    onEditRequested: key => { page.editingKey = key; page.creating = true }
                }
                NewTaskPage {
                    id: newTaskPage
                    objectName: "newTaskPage"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumWidth: 0
                    Layout.preferredWidth: 0
                    visible: page.creating
                    showHeading: page.split
                    session: page.session
                    taskKey: page.editingKey
                    onCreated: key => page.showTask(key)
                    onCancelled: { page.creating = false; page.editingKey = "" }
                }
            }

            RejectedChangesPage {
                objectName: "rejectedChangesPage"
                session: page.session
                conflictCount: page.isCoordinator ? conflictModel.count : 0
                onConflictsRequested: page.tab = 4
                onTaskRequested: key => { page.tab = 0; page.creating = false; page.editingKey = ""; page.selectedKey = key }
            }

            SettingsPage {
                objectName: "settingsPage"
                session: page.session
                memberName: page.controllerName
                roleTitle: page.roleTitle(page.memberRole)
            }

            DashboardPage {
                objectName: "dashboardPage"
                session: page.session
                conflictCount: conflictModel.count
                onTaskChosen: key => page.showTask(key)
                onDrillRequested: key => page.showDrill(key)
                onConflictsRequested: page.tab = 4
            }

            ConflictsPage {
                objectName: "conflictsPage"
                session: page.session
                model: conflictModel
            }

            DrillsPage {
                objectName: "drillsPage"
                session: page.isCoordinator || page.isEvaluator ? page.session : null
                selectedKey: page.selectedDrill
                mode: page.drillMode
                onDrillChosen: key => { page.selectedDrill = key; page.drillMode = "" }
                onModeRequested: mode => page.drillMode = mode
                onTaskRequested: key => page.showTask(key)
            }
        }
    }

    footer: TabBar {
        id: tabBar
        objectName: "bottomNavigation"
        // A Binding, not a plain one: a tap sets currentIndex itself, which
        // would end a plain binding. Conflicts (tab 4) lights up Dashboard.
        Binding on currentIndex {
            value: {
                const shown = page.tab === 4 ? 3 : page.tab
                for (let i = 0; i < page.tabs.length; ++i) {
                    if (page.tabs[i].tab === shown)
                        return i
                }
                return 0
            }
        }
        background: Rectangle { color: Theme.surface; Rectangle { width: parent.width; height: 1; color: Theme.divider } }
        // The page gives the bar its width; the style's implicit width (the sum of
        // the tabs', which follow the page's width) would make a binding loop.
        implicitWidth: Theme.touchTarget * page.tabs.length

        /// A tab's label, with the count of refused changes on Sync.
        function label(entry) {
            //: Bottom navigation label with a count, e.g. "Sync (1)": %1 the label, %2 the count.
            return entry.tab === 1 && page.status && page.status.rejectedCount > 0
                   ? qsTr("%1 (%2)").arg(entry.text).arg(page.status.rejectedCount) : entry.text
        }
        FontMetrics {
            id: labelMetrics
            font.pixelSize: 100
            font.bold: true
        }
        /// The widest word of a label at 100 px (a label may take two lines,
        /// so words count, not whole labels).
        function widestWord(text) {
            let widest = 0
            for (const word of text.split(" "))
                widest = Math.max(widest, labelMetrics.advanceWidth(word))
            return widest
        }
        /// Each tab's widest word at 100 px, in the order of `page.tabs`.
        readonly property var widestWords: page.tabs.map(entry => widestWord(label(entry)))
        /// A tab's width when they share the bar equally (from the page's
        /// width: the bar's own follows its tabs' when it scrolls).
        readonly property real share: Math.floor((page.width - leftPadding - rightPadding
                                                  - spacing * Math.max(0, page.tabs.length - 1))
                                                 / Math.max(1, page.tabs.length))
        /// The smallest label size for the text size asked for: 11 px at 100 %,
        /// growing with it (16 px at 200 %), so large text stays large here too.
        readonly property int minimumLabelSize: Math.max(11, Math.round(8 * Theme.fontScale))
        /// One size for every label (mixed sizes look broken): the text size,
        /// capped like Android's bottom navigation, and smaller where the
        /// longest word of some label would not fit its tab, down to
        /// `minimumLabelSize`. Below that the tabs with long words get wider
        /// and the bar scrolls sideways (the current tab kept in view) instead.
        readonly property int labelSize: {
            const cap = Math.min(Theme.fontCaption + (page.tabs.length > 3 ? 0 : 1), 18)
            let size = cap
            for (const wide of widestWords) {
                if (wide > 0)
                    size = Math.min(size, Math.floor((share - 6) * 100 / wide))
            }
            return Math.min(cap, Math.max(minimumLabelSize, size))
        }
        /// Each tab's width: its share of the bar, or more when a word of its
        /// label needs it at `labelSize`.
        readonly property var tabWidths: widestWords.map(wide => Math.max(share, Math.ceil(wide * labelSize / 100) + 6))
        Repeater {
            model: page.tabs
            TabButton {
                id: tabButton
                required property var modelData
                required property int index
                objectName: "tab" + modelData.tab
                text: tabBar.label(modelData)
                onClicked: page.tab = modelData.tab
                width: tabBar.tabWidths[index] ?? tabBar.share
                implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
                leftPadding: 2
                rightPadding: 2
                font.pixelSize: tabBar.labelSize
                font.bold: TabBar.tabBar !== null && TabBar.tabBar.currentIndex === index
                font.capitalization: Font.MixedCase
                Accessible.name: text
                // A long label ("Đồng bộ (1)" at 200 %) takes a second line instead of being cut.
                contentItem: Label {
                    text: tabButton.text
                    font: tabButton.font
                    color: tabButton.checked ? Theme.primary : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Accessible.ignored: true
                }
            }
        }
    }

    Dialog {
        id: passwordDialog
        objectName: "passwordDialog"
        parent: Overlay.overlay
        modal: true
        title: qsTr("Sign in again")
        header: SheetTitle { text: passwordDialog.title }
        width: Math.min(parent ? parent.width - 2 * Theme.spacingMedium : 400, Theme.cardMaxWidth)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(Theme.spacingMedium, (parent.height - height) / 3) : 0
        background: Rectangle { color: Theme.surface; radius: Theme.radiusLarge; border.color: Theme.divider }
        onOpened: { passwordField.text = ""; passwordField.forceActiveFocus() }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            TextField {
                id: passwordField
                objectName: "passwordAgainField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Password")
                onAccepted: signInButton.clicked()
            }
            InlineError {
                Layout.fillWidth: true
                visible: page.controller.errorText !== undefined && page.controller.errorText !== ""
                text: page.controller.errorText !== undefined ? page.controller.errorText : ""
            }
            PrimaryButton {
                id: signInButton
                Layout.fillWidth: true
                text: qsTr("Sign in")
                enabled: passwordField.text !== "" && !page.controller.busy
                onClicked: {
                    page.controller.serverUrl = page.session.serverUrl
                    page.controller.login = page.session.login
                    page.controller.signIn(passwordField.text)
                }
            }
        }
        Connections {
            target: page.controller
            function onSignedInChanged() { if (page.controller.signedIn) passwordDialog.close() }
        }
    }
}
