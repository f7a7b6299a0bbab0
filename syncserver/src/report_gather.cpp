// Reads one drill's records for the after-action report through `StoreReader`.
//
// History the store interface offers, and what this file makes of it:
// - status events: the op log is not readable through `StoreReader`, so each
//   inject contributes ONE event, its current `status` at that field's hlc ms.
//   A task acknowledged and later completed therefore shows its completion as
//   its acknowledgement too. With an op-log read method the events would be every
//   status op's hlc; `build_report` already takes a list.
// - pauses: the current pause is [`paused_at`, open) while `state` is paused.
//   Finished pauses are not stored one by one; they become one span of
//   `paused_ms` ending at the hlc ms of `paused_ms` (the resume that last added
//   to it). Exact for one pause; with several, the earlier ones are merged into
//   the last, which shifts the drill time of status events written between
//   pauses (logs carry their own `drill_ms` and are not affected).
#include <algorithm>
#include <map>

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

    const auto paused_ms = optional_int(input.drill, "paused_ms").value_or(0);
    if (paused_ms > 0) {
        const auto resumed = std::get<0>(hlc_of(drill->fields.at("paused_ms")));
        input.pauses.push_back(ReportPause{resumed - paused_ms, resumed});
    }
    if (input.drill.value("state", std::string{}) == "paused") {
        if (const auto at = optional_int(input.drill, "paused_at"))
            input.pauses.push_back(ReportPause{*at, std::nullopt});
    }
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

    std::map<std::string, std::optional<std::int64_t>> recorded;
    for (const auto& row : reader.injects()) {
        if (row.drill == drill_key) recorded[row.task] = row.released_offset_ms;
    }
    for (const auto& task : reader.list("task")) {
        if (stored_string(task.fields, "drill") != drill_key || deleted(task.fields)) continue;
        const auto values = plain(task.fields);
        if (values.contains("release_offset_ms")) {
            input.injects.push_back(ReportInject{task.key, values, recorded[task.key]});
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
    return input;
}

}  // namespace muster::server
