pragma Singleton
import QtQml

// The words for task and drill values (priority, status, drill state, log kind, status actions), in one place.
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
        //: Button (coordinators): call the task off (sent in error, or no longer needed).
        case "cancel": return qsTr("Cancel task")
        default: return value
        }
    }
    function drillState(value) {
        switch (value) {
        case "running": return qsTr("Running")
        case "paused": return qsTr("Paused")
        case "ended": return qsTr("Ended")
        default: return qsTr("Planned")
        }
    }
    function logKind(value) {
        switch (value) {
        case "note": return qsTr("Note")
        case "status": return qsTr("Status")
        case "observation": return qsTr("Observation")
        //: Log kind: the member first opened the task.
        case "opened": return qsTr("Opened")
        default: return qsTr("Action")
        }
    }
    /// An evaluator's rating (HSEEP): the letter and its meaning.
    function rating(value) {
        switch (value) {
        case "P": return qsTr("P: performed without challenges")
        case "S": return qsTr("S: performed with some challenges")
        case "M": return qsTr("M: performed with major challenges")
        case "U": return qsTr("U: unable to be performed")
        default: return value
        }
    }
}
