#include "sampledata.h"

#include "muster/state.hpp"

namespace muster::test {

namespace {
constexpr std::int64_t kMinute = 60'000;
const char* const kServerReplica = "00000000000000aa";

Change change(EntityType type, const std::string& key, const nlohmann::json& plain, std::int64_t atMs,
              std::int64_t seq) {
    EntityState state{type, key, {}};
    for (const auto& [name, value] : plain.items()) {
        state.fields.emplace(name, FieldValue{value, Hlc{atMs, 0, kServerReplica}, ""});
    }
    return change_from_state(state, seq);
}
}  // namespace

Change serverChange(EntityType type, const std::string& key, const nlohmann::json& plain, std::int64_t atMs,
                    std::int64_t seq) {
    return change(type, key, plain, atMs, seq);
}

SyncResponse serverTaskChange(const std::string& key, const nlohmann::json& plain, std::int64_t atMs,
                              std::int64_t seq) {
    SyncResponse response;
    response.changes.push_back(change(EntityType::task, key, plain, atMs, seq));
    response.cursor = std::to_string(seq);
    response.server_time_ms = atMs;
    return response;
}

bool seedSampleData(Store& store, std::int64_t nowMs, const SampleKeys& k) {
    const std::int64_t start = nowMs - 40 * kMinute;
    const std::int64_t created = start - 60 * kMinute;
    SyncResponse r;
    std::int64_t seq = 0;
    auto add = [&](EntityType type, const std::string& key, const nlohmann::json& plain, std::int64_t at = 0) {
        r.changes.push_back(change(type, key, plain, at ? at : created, ++seq));
    };
    add(EntityType::unit, k.unit, {{"code", "north"}, {"name", "North team"}});
    add(EntityType::unit, k.otherUnit, {{"code", "south"}, {"name", "South team"}});
    add(EntityType::member, k.me, {{"login", "a.okafor"}, {"name", "Ada Okafor"}, {"unit", k.unit}, {"role", "coordinator"}});
    add(EntityType::member, k.colleague, {{"login", "t.nguyen"}, {"name", "Tran Nguyen"}, {"unit", k.unit}, {"role", "member"}});
    add(EntityType::member, k.thirdMember, {{"login", "s.reyes"}, {"name", "Sam Reyes"}, {"unit", k.unit}, {"role", "member"}});
    add(EntityType::member, k.otherMember,
        {{"login", "l.fischer"}, {"name", "Lena Fischer"}, {"unit", k.otherUnit}, {"role", "member"}});
    add(EntityType::drill, k.drill, {{"unit", k.unit}, {"title", "Flood response drill"}, {"scenario", "River Ash flood, day 1"},
                                     {"state", "running"}, {"started_at", start}, {"paused_ms", 0}});
    auto inject = [&](const std::string& key, int number, const char* title, const char* instructions,
                      const char* priority, const char* status, std::int64_t offsetMin, std::int64_t deadlineMin) {
        add(EntityType::task, key,
            {{"title", title}, {"instructions", instructions}, {"unit", k.unit}, {"priority", priority},
             {"status", status}, {"drill", k.drill}, {"inject", number}, {"release_offset_ms", offsetMin * kMinute},
             {"deadline_ms", deadlineMin * kMinute}});
    };
    inject(k.gauges, 1, "Report river gauge readings",
           "Read the gauges at Mill Bridge and Weir Lane and report both levels with the time read.", "high",
           "in_progress", 0, 15);
    inject(k.sandbags, 3, "Build a sandbag line at Mill Street",
           "Place a sandbag line along Mill Street between numbers 2 and 40; report progress every 15 minutes.",
           "critical", "open", 20, 45);
    inject(k.restCentre, 5, "Open the rest centre at the sports hall",
           "Open the sports hall as a rest centre and report how many people it can take.", "normal", "open", 90, 30);
    add(EntityType::task, k.generator,
        {{"title", "Check generator fuel at the depot"},
         {"instructions", "Check both generators at the depot are full and note the fuel level of the spare cans."},
         {"unit", k.unit}, {"assignee", k.me}, {"priority", "normal"}, {"status", "acknowledged"},
         {"due_at", nowMs + 3 * 60 * kMinute}});
    add(EntityType::task, k.batteries,
        {{"title", "Replace radio batteries for team B"}, {"instructions", "Swap the batteries of all six handsets."},
         {"unit", k.unit}, {"priority", "low"}, {"status", "done"}, {"due_at", nowMs - 2 * 60 * kMinute}});
    add(EntityType::task, k.shelter,
        {{"title", "Confirm shelter capacity with the school"},
         {"instructions", "Call the head teacher and confirm how many beds the school gym can hold tonight."},
         {"unit", k.unit}, {"priority", "high"}, {"status", "blocked"}, {"due_at", nowMs + 45 * kMinute}});
    add(EntityType::task, k.drains,
        {{"title", "Clear drain grates on Station Road"}, {"instructions", "Clear the six grates before the rain."},
         {"unit", k.otherUnit}, {"priority", "normal"}, {"status", "open"}, {"due_at", nowMs + 2 * 60 * kMinute}});
    auto log = [&](const char* key, const std::string& task, const std::string& author, const char* kind,
                   const char* text, std::int64_t at) {
        add(EntityType::log, key, {{"task", task}, {"author", author}, {"kind", kind}, {"text", text}, {"at", at}}, at);
    };
    log("c0000000-0000-4000-8000-000000000001", k.gauges, k.colleague, "action",
        "On my way to Mill Bridge with the gauge kit.", start + 4 * kMinute);
    log("c0000000-0000-4000-8000-000000000002", k.gauges, k.colleague, "action",
        "Mill Bridge gauge reads 2.9 m at 10:12.", start + 12 * kMinute);
    log("c0000000-0000-4000-8000-000000000003", k.gauges, k.me, "note",
        "Weir Lane access is flooded; going round by the footpath.", start + 18 * kMinute);
    log("c0000000-0000-4000-8000-000000000004", k.shelter, k.colleague, "status",
        "Head teacher not answering; the school office opens at 8.", nowMs - 25 * kMinute);
    auto device = [&](const std::string& replica, const std::string& member, std::int64_t lastSync,
                      std::int64_t pending, std::int64_t oldestPending) {
        nlohmann::json fields{{"member", member}, {"replica_id", replica}, {"last_sync_at", lastSync},
                              {"pending", pending}, {"clock_offset_ms", 0}, {"app_version", "0.1.0"}};
        if (oldestPending > 0) fields["oldest_pending_ms"] = oldestPending;
        add(EntityType::device, replica, fields, lastSync);
    };
    device(store.replica_id(), k.me, nowMs, 0, 0);
    device(k.colleagueDevice, k.colleague, nowMs - 55 * kMinute, 3, nowMs - 50 * kMinute);
    device(k.thirdDevice, k.thirdMember, nowMs - 120 * kMinute, 0, 0);
    device(k.otherDevice, k.otherMember, nowMs - 5 * kMinute, 0, 0);
    auto side = [](const nlohmann::json& value, std::int64_t at, const std::string& author) {
        return nlohmann::json{{"v", value}, {"hlc", {{"ms", at}, {"c", 0}, {"r", "00000000000000bb"}}}, {"author", author}};
    };
    add(EntityType::conflict, k.statusConflict,
        {{"entity", "task"}, {"key", k.shelter}, {"field", "status"},
         {"winner", side("blocked", nowMs - 25 * kMinute, k.colleague)},
         {"loser", side("in_progress", nowMs - 27 * kMinute, k.thirdMember)}, {"resolved", false}},
        nowMs - 25 * kMinute);
    add(EntityType::conflict, k.textConflict,
        {{"entity", "task"}, {"key", k.sandbags}, {"field", "instructions"},
         {"winner", side("Place a sandbag line along Mill Street between numbers 2 and 40; report progress every 15 minutes.",
                         start - 60 * kMinute, k.me)},
         {"loser", side("Place a sandbag line along Mill Street from the bridge to number 60.", start - 62 * kMinute,
                        k.colleagueDevice)},
         {"resolved", false}},
        start - 60 * kMinute);
    add(EntityType::conflict, k.resolvedConflict,
        {{"entity", "task"}, {"key", k.generator}, {"field", "priority"},
         {"winner", side("normal", start, k.me)}, {"loser", side("high", start - kMinute, k.colleague)},
         {"resolved", true}});
    r.cursor = std::to_string(seq);
    r.server_time_ms = nowMs;
    return static_cast<bool>(store.apply_sync_result(r, nowMs));
}

}  // namespace muster::test
