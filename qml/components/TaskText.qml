pragma Singleton
import QtQml

// The words for task and drill values (priority, status, drill state, log kind, status actions, field
// names and values), in one place.
//
// No `import Muster` here: Theme, the module's other QML singleton, imports it, and two singletons of one
// module that both import it make a cycle Qt warns about at every start. What needs the module's C++
// singletons (TimeFormatter) is passed in by the caller.
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
    /// An inject named by its number in the drill and a title (its drill's, or
    /// its own); the title alone when it has no number.
    function injectLabel(inject, title) {
        //: An inject: %1 its number in the drill, %2 a title (the drill's or the inject's).
        return inject > 0 ? qsTr("Inject %1 · %2").arg(inject).arg(title) : title
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
    // A field of a task, drill or inject by name (conflicts, refused changes), and its value in words.
    function fieldName(field) {
        switch (field) {
        case "title": return qsTr("Title")
        case "instructions": return qsTr("Instructions")
        case "status": return qsTr("Status")
        case "priority": return qsTr("Priority")
        case "due_at": return qsTr("Due time")
        case "assignee": return qsTr("Assigned to")
        case "unit": return qsTr("Unit")
        //: Conflicting field of a drill or an inject (two coordinators changed it offline).
        case "state": return qsTr("Drill state")
        case "started_at": return qsTr("Drill start")
        case "paused_at": return qsTr("Paused at")
        case "paused_ms": return qsTr("Time paused")
        case "ended_at": return qsTr("Drill end")
        case "prestage": return qsTr("Pre-stage injects")
        case "comms_check_at": return qsTr("Comms check")
        case "scenario": return qsTr("Scenario")
        case "release_offset_ms": return qsTr("Release on the drill clock")
        case "deadline_ms": return qsTr("Time allowed after release")
        case "expected_action": return qsTr("Expected action")
        case "controller_note": return qsTr("Controller's note")
        default: return field
        }
    }
    // `label`: what a key-valued field's value names (a unit's name, a
    // member's, a drill's title), when the device knows it. `formatter`: TimeFormatter, for times and durations.
    function fieldValue(field, value, label, formatter) {
        if (value === undefined || value === null || value === "")
            return qsTr("(empty)")
        if (label)
            return label
        if (field === "status")
            return status(value)
        if (field === "priority")
            return priority(value)
        if (field === "state")
            return drillState(value)
        if (typeof value === "boolean")
            return value ? qsTr("Yes") : qsTr("No")
        if (field.endsWith("_at") && typeof value === "number")
            return formatter.dateTime(value)
        if (field.endsWith("_ms") && typeof value === "number")
            return formatter.duration(value)
        return String(value)
    }
}
