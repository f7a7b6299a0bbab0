#pragma once
/// The drill clock, one definition for server, app and simulator.
///
/// None before the start (`planned`, no `started_at`, or a `started_at` still
/// ahead — a start scheduled in advance: nothing is released, not even offset
/// 0); running: now − `started_at` − `paused_ms`; paused or ended: frozen at
/// `paused_at` / `ended_at` − `paused_ms` (`paused_ms` totals the finished
/// pauses). Never negative. All times are unix ms, on the server's clock (a
/// device reads it through its server offset, so a start set ahead reveals
/// pre-staged injects on time on a device that lost its network before).

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace muster {

/// The drill fields the clock depends on.
struct DrillTimes {
    std::string state;  ///< planned | running | paused | ended ("" when unknown)
    std::optional<std::int64_t> started_at;
    std::int64_t paused_ms = 0;
    std::optional<std::int64_t> paused_at;
    std::optional<std::int64_t> ended_at;
};

/// Reads `DrillTimes` from a drill's plain values (`{"state": "running", ...}`);
/// missing or wrongly typed fields count as absent.
[[nodiscard]] DrillTimes drill_times_from_plain(const nlohmann::json& values);
/// The same from canonical per-field state (`{"state": {"v": ..., "hlc": ...}}`).
[[nodiscard]] DrillTimes drill_times_from_canonical(const nlohmann::json& fields);

/// Running time of the drill at `now_ms`, pauses excluded; nullopt before the start.
[[nodiscard]] std::optional<std::int64_t> drill_clock_ms(const DrillTimes& drill, std::int64_t now_ms);

/// True once the drill clock has reached `release_offset_ms`.
[[nodiscard]] bool inject_released(const DrillTimes& drill, std::int64_t release_offset_ms, std::int64_t now_ms);

}  // namespace muster
