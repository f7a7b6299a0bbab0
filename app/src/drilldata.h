#pragma once
/// The drill rules the coordinator's controls write: the field sets of the
/// drill clock's transitions (protocol.md: planned → running → paused →
/// running → ended), an inject's status as the drill page shows it, and the
/// follow-up inject for a missed expected action. Plain data, no Qt object,
/// no store access, like taskdata.h.

#include <cstdint>
#include <optional>

#include <QString>

#include <nlohmann/json.hpp>

namespace muster::app {

struct TaskRow;

/// A coordinator's drill control.
enum class DrillAction { start, pause, resume, end };

/// `start`, `pause`, `resume` or `end`; nullopt for anything else.
[[nodiscard]] std::optional<DrillAction> drillActionFromName(const QString& name);

/// Whether `action` applies to a drill in `state` ("" counts as planned):
/// start from planned, pause from running, resume from paused, end from
/// running or paused.
[[nodiscard]] bool drillActionAllowed(DrillAction action, const QString& state);

/// The drill fields `action` sets at wall time `nowMs`, given the drill's
/// current plain values; nullopt when the action does not apply.
///
/// - start: `state` running, `started_at` now, `paused_ms` 0, `paused_at` and `ended_at` null;
/// - pause: `state` paused, `paused_at` now (the clock freezes there);
/// - resume: `state` running, `paused_ms` += now − `paused_at`, `paused_at` null;
/// - end: `state` ended, `ended_at` now; ending a paused drill first folds the
///   open pause into `paused_ms` (so the ended clock equals the paused one).
[[nodiscard]] std::optional<nlohmann::json> drillActionFields(DrillAction action, const nlohmann::json& drill,
                                                             std::int64_t nowMs);

/// A drill clock for people: "mm:ss" under an hour ("07:05"), else "h:mm:ss" ("1:02:09").
[[nodiscard]] QString formatDrillClock(std::int64_t ms);

/// What the drill page says of an inject: `hidden` (not released yet),
/// `missed` (TaskRow::missed), `done`, `acknowledged` (acknowledged or in
/// progress), `cancelled`, `blocked` (deadline not passed) or `released`
/// (open, deadline not passed).
[[nodiscard]] QString injectState(const TaskRow& row);

/// The priority one step above `priority` (critical stays critical).
[[nodiscard]] QString raisedPriority(const QString& priority);

}  // namespace muster::app
