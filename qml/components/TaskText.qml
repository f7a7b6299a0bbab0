pragma Singleton
import QtQml

// The words for task values (priority, status, log kind, status actions), in one place.
QtObject {
    function priority(value) {
        switch (value) {
        case "critical": return qsTr("Critical")
        case "high": return qsTr("High")
        case "low": return qsTr("Low")
        default: return qsTr("Normal")
        }
    }
    function status(value) {
        switch (value) {
        case "acknowledged": return qsTr("Acknowledged")
        case "in_progress": return qsTr("In progress")
        case "done": return qsTr("Done")
        case "blocked": return qsTr("Blocked")
        case "cancelled": return qsTr("Cancelled")
        default: return qsTr("Open")
        }
    }
    function action(value) {
        switch (value) {
        //: Button: confirm the task was received.
        case "acknowledge": return qsTr("Acknowledge")
        //: Button: start working on the task.
        case "start": return qsTr("Start")
        //: Button: mark the task as done.
        case "done": return qsTr("Mark done")
        //: Button: report that something stops the task.
        case "block": return qsTr("Blocked…")
        //: Button (coordinators): open a finished task again.
        case "reopen": return qsTr("Reopen")
        default: return value
        }
    }
    function logKind(value) {
        switch (value) {
        case "note": return qsTr("Note")
        case "status": return qsTr("Status")
        case "observation": return qsTr("Observation")
        default: return qsTr("Action")
        }
    }
}
