// Reads one drill's records for the after-action report through `StoreReader`.
//
// The entity rows hold current state only; the history comes from the op log
// (`StoreReader::set_history`):
// - status events: every `status` an op set on an inject, at its hlc ms (so an
//   acknowledgement and the later completion each keep their own time), plus
//   the current status (a task written by the server, not by an op, has only that).
// - pauses: each `state` op that paused the drill opens a span at its
//   `paused_at` (or its hlc ms); the next that resumed or ended it closes the
//   span at its hlc ms. A drill with no such op (imported and never run from
//   the app) falls back to its stored fields: the current pause from
//   `paused_at`, and the finished ones as one span of `paused_ms` ending at the
//   hlc ms of `paused_ms`.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "muster/server/report.hpp"
#include "muster/server/scope.hpp"

namespace muster::server {
namespace {

std::tuple<std::int64_t, std::int64_t, std::string> hlc_of(const nlohmann::json& field) {
    const auto h = field.find("hlc");
    if (h == field.end() || !h->is_object()) return {0, 0, ""};
    return {h->value("ms", std::int64_t{0}), h->value("c", std::int64_t{0}),
            h->value("r", std::string{})};
}

bool deleted(const nlohmann::json& fields) {
    const auto it = fields.find("_deleted");
    if (it == fields.end() || stored_value(fields, "_deleted") != true) return false;
    const auto stamp = hlc_of(*it);
    for (const auto& [name, field] : fields.items()) {
        if (name != "_deleted" && hlc_of(field) >= stamp) return false;
    }
    return true;
}

nlohmann::json plain(const nlohmann::json& fields) {
    auto out = nlohmann::json::object();
    for (const auto& [name, field] : fields.items()) {
        if (name == "_deleted" || !field.is_object()) continue;
        if (const auto v = field.find("v"); v != field.end() && !v->is_null()) out[name] = *v;
    }
    return out;
}

std::optional<std::int64_t> optional_int(const nlohmann::json& values, const char* name) {
    const auto it = values.find(name);
    if (it == values.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

/// Every pause from the drill's state ops, in hlc order (empty: no state op paused it).
std::vector<ReportPause> pauses_from_ops(std::vector<FieldChange> history) {
    std::sort(history.begin(), history.end(), [](const FieldChange& a, const FieldChange& b) {
        return std::tie(a.hlc_ms, a.hlc_c) < std::tie(b.hlc_ms, b.hlc_c);
    });
    std::vector<ReportPause> pauses;
    bool paused = false;
    std::int64_t paused_from = 0;  // (no std::optional: gcc 12 -O2 warns maybe-uninitialized)
    for (const auto& change : history) {
        const auto state = change.fields.find("state");
        if (state == change.fields.end() || !state->is_string()) continue;
        if (*state == "paused") {
            if (!paused) paused_from = optional_int(change.fields, "paused_at").value_or(change.hlc_ms);
            paused = true;
        } else if (paused) {
            pauses.push_back(ReportPause{paused_from, change.hlc_ms});
            paused = false;
        }
    }
    if (paused) pauses.push_back(ReportPause{paused_from, std::nullopt});
    return pauses;
}

/// The fallback: the pauses the drill's stored fields still tell.
std::vector<ReportPause> pauses_from_fields(const EntityRecord& drill, const nlohmann::json& values) {
    std::vector<ReportPause> pauses;
    const auto paused_ms = optional_int(values, "paused_ms").value_or(0);
    if (paused_ms > 0) {
        const auto resumed = std::get<0>(hlc_of(drill.fields.at("paused_ms")));
        pauses.push_back(ReportPause{resumed - paused_ms, resumed});
    }
    if (values.value("state", std::string{}) == "paused") {
        if (const auto at = optional_int(values, "paused_at")) pauses.push_back(ReportPause{*at, std::nullopt});
    }
    return pauses;
}

}  // namespace

Result<ReportInput> gather_report_input(StoreReader& reader, const std::string& drill_key,
                                        std::int64_t now_ms) {
    const auto drill = reader.get("drill", drill_key);
    if (!drill || deleted(drill->fields))
        return Error{ErrorCode::not_found, "There is no drill with this key that you may read."};
    ReportInput input;
    input.drill_key = drill_key;
    input.drill = plain(drill->fields);
    input.now_ms = now_ms;

    input.pauses = pauses_from_ops(reader.set_history("drill", {drill_key}));
    if (input.pauses.empty()) input.pauses = pauses_from_fields(*drill, input.drill);
    std::sort(input.pauses.begin(), input.pauses.end(),
              [](const auto& a, const auto& b) { return a.from_ms < b.from_ms; });

    for (const auto& u : reader.list("unit")) {
        if (deleted(u.fields)) continue;
        const auto v = plain(u.fields);
        input.units.push_back(
            ReportUnit{u.key, v.value("code", std::string{}), v.value("name", std::string{})});
    }
    for (const auto& m : reader.list("member")) {
        if (deleted(m.fields)) continue;
        const auto v = plain(m.fields);
        input.members.push_back(
            ReportMember{m.key, v.value("login", std::string{}), v.value("name", std::string{}),
                         v.value("unit", std::string{}), v.value("role", std::string{})});
    }

    if (input.drill.contains("comms_check_at")) {  // only then does the report count answers
        for (const auto& device : reader.list("device")) {
            const auto v = plain(device.fields);
            input.devices.push_back(ReportDevice{device.key, device.unit,
                                                 v.value("comms_drill", std::string{}),
                                                 optional_int(v, "comms_check_at"),
                                                 optional_int(v, "comms_answered_at")});
        }
    }

    std::set<std::string> inject_keys;
    std::map<std::string, InjectRow> recorded;
    for (auto& row : reader.injects()) {
        if (row.drill == drill_key) recorded[row.task] = std::move(row);
    }
    for (const auto& task : reader.list("task")) {
        if (stored_string(task.fields, "drill") != drill_key || deleted(task.fields)) continue;
        const auto values = plain(task.fields);
        if (values.contains("release_offset_ms")) {
            const auto& row = recorded[task.key];
            input.injects.push_back(ReportInject{task.key, values, row.released_offset_ms, row.delivered_ms});
            inject_keys.insert(task.key);
            if (const auto status = task.fields.find("status"); status != task.fields.end()) {
                input.status_events.push_back(StatusEvent{
                    task.key, stored_string(task.fields, "status"), std::get<0>(hlc_of(*status))});
            }
        }
        for (const auto& child : reader.children(task.key)) {
            if (child.entity != "log") continue;
            const auto v = plain(child.fields);
            input.logs.push_back(
                ReportLog{child.key, task.key, v.value("author", std::string{}),
                          v.value("kind", std::string{}), v.value("text", std::string{}),
                          v.value("at", std::int64_t{0}), optional_int(v, "drill_ms"),
                          v.value("rating", std::string{})});
        }
    }
    for (const auto& change : reader.set_history("task", inject_keys)) {
        const auto status = change.fields.find("status");
        if (status != change.fields.end() && status->is_string()) {
            input.status_events.push_back(StatusEvent{change.key, status->get<std::string>(), change.hlc_ms});
        }
    }
    return input;
}

}  // namespace muster::server
