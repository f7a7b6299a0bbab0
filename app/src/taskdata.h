#pragma once
/// Reading tasks, drills and logs out of the core store into plain rows for the
/// models and controllers: the drill clock as the device sees it, whether an
/// inject is released yet, overdue and "new" flags. No Qt object, no SQL: only
/// `muster::Store` queries, so the models stay thin and the rules live here once.

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <QString>
#include <QStringList>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace muster {
class Store;
struct EntityState;
}

namespace muster::app {

/// The drill clock of a drill's plain values at wall time `nowMs` (core's
/// `muster::drill_clock_ms`, the one definition shared with the server).
[[nodiscard]] std::optional<std::int64_t> drillClockMs(const nlohmann::json& drill, std::int64_t nowMs);

/// When an inject with `releaseOffsetMs` is (or would be, at the current pace)
/// released in wall time; nullopt before the drill started.
[[nodiscard]] std::optional<std::int64_t> releaseWallMs(const nlohmann::json& drill, std::int64_t releaseOffsetMs,
                                                        std::int64_t nowMs);

/// When a hidden inject with `releaseOffsetMs` will be released in wall time
/// while its drill runs on (also for a start set ahead); nullopt when the
/// drill's clock does not run (planned, paused, ended).
[[nodiscard]] std::optional<std::int64_t> nextReleaseWallMs(const nlohmann::json& drill,
                                                            std::int64_t releaseOffsetMs);

/// True when an inject released at `releaseOffsetMs` with `deadlineMs` (0 =
/// none) and now in `status` has missed its expected action at drill clock
/// `clockMs` (see TaskRow::missed).
[[nodiscard]] bool expectedActionMissed(std::int64_t releaseOffsetMs, std::int64_t deadlineMs, const QString& status,
                                        std::optional<std::int64_t> clockMs);

/// `done` or `cancelled`.
[[nodiscard]] bool isFinished(const QString& status);

/// Priority rank for sorting: critical 0, high 1, normal 2, low 3 (unknown 2).
[[nodiscard]] int priorityRank(const QString& priority);

/// One task as the UI shows it.
struct TaskRow {
    QString key;
    QString title;
    QString instructions;
    QString status;
    QString priority;
    int priorityRank = 2;
    qint64 dueAt = 0;  ///< UTC ms; 0 = no due time (for injects: release + deadline_ms)
    QString unitKey;
    QString unitName;
    QString assignee;
    QString drillKey;
    QString drillTitle;
    int inject = 0;             ///< number in the scenario; 0 = not an inject
    bool hidden = false;        ///< an inject its drill clock has not reached
    bool overdue = false;
    /// An inject's expected action was missed: it has a `deadline_ms`, the drill
    /// clock passed `release_offset_ms + deadline_ms` and the task is still open
    /// or blocked. (The device's reading of the report's rule: any current status
    /// past open / blocked counts as acknowledged in time.)
    bool missed = false;
    QString expectedAction;
    qint64 arrivedAt = 0;       ///< when it reached this device's view (created or released), UTC ms
    // Raw inputs of the time-dependent flags above.
    qint64 ownDueAt = 0;        ///< `due_at`; 0 = none
    qint64 releaseOffsetMs = -1;  ///< `release_offset_ms`; -1 = not an inject
    qint64 deadlineMs = 0;      ///< `deadline_ms` after release; 0 = none
    qint64 createdAt = 0;       ///< hlc time of the task's title (when it was written)
    /// A hidden inject of a running drill: the (server) wall time its drill
    /// clock reaches it, so a view can reveal it then; 0 = none (released,
    /// not an inject, or its drill is not running: paused, planned, ended).
    qint64 releaseAt = 0;

    [[nodiscard]] bool isExercise() const { return !drillKey.isEmpty(); }
    [[nodiscard]] bool isFinished() const;
    friend bool operator==(const TaskRow&, const TaskRow&) = default;
    /// Sort order of the task list: priority (critical first), then due time
    /// (none last), then title, then key.
    [[nodiscard]] bool sortsBefore(const TaskRow& other) const;
};

/// Drill and unit lookups shared by the rows of one refresh.
class TaskContext {
  public:
    TaskContext(Store& store, std::int64_t nowMs) : m_store(store), m_now(nowMs) {}

    /// Reads `key`; nullopt when the task is unknown or deleted.
    [[nodiscard]] std::optional<TaskRow> load(const std::string& key);
    /// The row for already-read plain values of a task.
    [[nodiscard]] TaskRow row(const std::string& key, const nlohmann::json& task, std::int64_t createdAt);
    /// The row of a task as the store holds it; `createdAt` is its title's hlc
    /// time, so every reader of a task computes the same row.
    [[nodiscard]] TaskRow row(const EntityState& task);
    /// Recomputes the time-dependent flags (hidden, overdue, due, arrival).
    void updateTimes(TaskRow& row);
    [[nodiscard]] const nlohmann::json& drill(const QString& key);
    [[nodiscard]] QString unitName(const QString& key);
    [[nodiscard]] QString memberName(const QString& key);
    /// What a key-valued field's value names, in words: a unit's or member's
    /// name, a drill's or task's title (`field` as the schema names it:
    /// unit, parent, assignee, member, drill, task). Empty when the field holds
    /// no key or the entity is not on this device.
    [[nodiscard]] QString keyLabel(const QString& field, const nlohmann::json& value);
    [[nodiscard]] std::int64_t now() const { return m_now; }

  private:
    Store& m_store;
    std::int64_t m_now;
    std::unordered_map<std::string, nlohmann::json> m_drills;
    std::unordered_map<std::string, QString> m_units;
    std::unordered_map<std::string, QString> m_members;
};

/// UTF-8 view → QString.
[[nodiscard]] inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A plain string value of a JSON object, or empty.
[[nodiscard]] QString stringField(const nlohmann::json& values, const char* name);
/// A field value for QML: null → an invalid QVariant, numbers as double, an
/// object or array as its JSON text.
[[nodiscard]] QVariant jsonToVariant(const nlohmann::json& value);
/// An integer value, or `fallback`.
[[nodiscard]] std::int64_t intField(const nlohmann::json& values, const char* name, std::int64_t fallback = 0);

}  // namespace muster::app
