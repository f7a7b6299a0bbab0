#include "muster/drill_clock.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace muster {
namespace {

using nlohmann::json;

template <class Get>
DrillTimes read_times(Get get) {
    DrillTimes times;
    auto integer = [&](const char* name) -> std::optional<std::int64_t> {
        const json* v = get(name);
        if (v == nullptr || !v->is_number_integer()) return std::nullopt;
        return v->get<std::int64_t>();
    };
    if (const json* state = get("state"); state != nullptr && state->is_string()) times.state = state->get<std::string>();
    times.started_at = integer("started_at");
    times.paused_ms = integer("paused_ms").value_or(0);
    times.paused_at = integer("paused_at");
    times.ended_at = integer("ended_at");
    return times;
}

}  // namespace

DrillTimes drill_times_from_plain(const json& values) {
    return read_times([&](const char* name) -> const json* {
        if (!values.is_object()) return nullptr;
        const auto it = values.find(name);
        return it == values.end() ? nullptr : &*it;
    });
}

DrillTimes drill_times_from_canonical(const json& fields) {
    return read_times([&](const char* name) -> const json* {
        if (!fields.is_object()) return nullptr;
        const auto it = fields.find(name);
        if (it == fields.end() || !it->is_object()) return nullptr;
        const auto v = it->find("v");
        return v == it->end() ? nullptr : &*v;
    });
}

std::optional<std::int64_t> drill_clock_ms(const DrillTimes& drill, std::int64_t now_ms) {
    if (drill.state.empty() || drill.state == "planned" || !drill.started_at) return std::nullopt;
    std::int64_t at = now_ms;
    if (drill.state == "paused") at = drill.paused_at.value_or(now_ms);
    if (drill.state == "ended") at = drill.ended_at.value_or(now_ms);
    if (at < *drill.started_at) return std::nullopt;  // a start set ahead: not yet
    return std::max<std::int64_t>(0, at - *drill.started_at - drill.paused_ms);
}

bool inject_released(const DrillTimes& drill, std::int64_t release_offset_ms, std::int64_t now_ms) {
    const auto clock = drill_clock_ms(drill, now_ms);
    return clock && *clock >= release_offset_ms;
}

}  // namespace muster
