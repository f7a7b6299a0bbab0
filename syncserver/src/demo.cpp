// `muster-server demo`: a fresh folder with a small, realistic data set.
#include <array>

#include "muster/clock.hpp"
#include "muster/server/admin.hpp"

namespace muster::server::admin {
namespace {

constexpr std::int64_t kMinute = 60 * 1000;

struct DemoInject {
    int number;
    const char* unit_code;
    const char* title;
    const char* instructions;
    const char* priority;
    std::int64_t release_offset_ms;
    std::int64_t deadline_ms;
    const char* expected_action;
    const char* controller_note;
};

constexpr std::array kInjects{
    DemoInject{1, "north", "Report river gauge readings",
               "Read the gauges at Mill Bridge and Weir Lane and report both levels with the time read.", "high",
               0, 15 * kMinute, "Both gauge readings logged within 15 minutes.",
               "Gauge at Weir Lane is simulated as 3.4 m (above warning level)."},
    DemoInject{2, "south", "Check evacuation route B",
               "Drive route B from the school to the sports hall and report any blockage.", "normal", 10 * kMinute,
               30 * kMinute, "Route status reported, blockage at Station Road found.",
               "Role-players block Station Road; expect a detour proposal."},
    DemoInject{3, "north", "Build a sandbag line at Mill Street",
               "Place a sandbag line along Mill Street between numbers 2 and 40; report when done.", "critical",
               20 * kMinute, 45 * kMinute, "Team dispatched and progress logged every 15 minutes.",
               "Only 200 sandbags at the depot: watch whether they ask for more."},
    DemoInject{4, "south", "Answer a rumour about the dam",
               "A message says the upstream dam has failed. Check with the dam operator and post the facts to the "
               "community channel.",
               "high", 30 * kMinute, 20 * kMinute, "Rumour checked with the operator and corrected within 20 minutes.",
               "The operator contact is reachable only by phone."},
    DemoInject{5, "north", "Confirm shelter capacity",
               "Call the two shelters in the north sector and report free places and special needs.", "normal",
               45 * kMinute, 30 * kMinute, "Both shelters called and capacity logged.",
               "Shelter 2 reports a broken heater; see whether it is escalated."},
};

}  // namespace

Result<DemoSummary> seed_demo(const std::string& data_dir, const HashCost& cost, const std::string& db) {
    auto created = Directory::create(data_dir, SystemClock::instance(), db);
    if (!created) return created.error();
    Directory& directory = **created;

    struct UnitSpec {
        const char* code;
        const char* name;
        const char* parent;
    };
    for (const auto& spec : {UnitSpec{"hq", "Regional HQ", ""}, UnitSpec{"north", "North Sector", "hq"},
                             UnitSpec{"south", "South Sector", "hq"}}) {
        if (auto unit = directory.add_unit(spec.code, spec.name, spec.parent); !unit) return unit.error();
    }

    DemoSummary summary;
    summary.password = "muster-demo";
    summary.logins = {{"coord", "coordinator", "hq"},
                      {"alice", "member", "north"},
                      {"bob", "member", "south"},
                      {"eva", "evaluator", "hq"},
                      {"admin", "admin", "hq"}};
    const std::array names{"Casey Coordinator", "Alice Field", "Bob Field", "Eva Evaluator", "Ada Admin"};
    for (std::size_t i = 0; i < summary.logins.size(); ++i) {
        const auto& login = summary.logins[i];
        auto hash = hash_password(summary.password, cost);
        if (!hash) return hash.error();
        if (auto member = directory.add_member(login.login, names[i], login.unit_code, login.role, *hash); !member) {
            return member.error();
        }
    }

    auto hq = directory.unit_by_code("hq");
    if (!hq || !*hq) return Error{ErrorCode::internal, "the demo unit hq is missing"};
    const nlohmann::json drill = {
        {"unit", (*hq)->key},
        {"title", "Flood response drill"},
        {"scenario",
         "Heavy rain for three days has raised the river to its warning level. The north sector expects flooding "
         "along Mill Street; the south sector must keep evacuation routes open while rumours spread."},
        {"state", "planned"},
        {"paused_ms", 0},
        {"prestage", true}};
    auto drill_key = directory.put_new_entity("drill", drill, (*hq)->key);
    if (!drill_key) return drill_key.error();
    summary.drill_key = *drill_key;

    for (const auto& inject : kInjects) {
        auto unit = directory.unit_by_code(inject.unit_code);
        if (!unit || !*unit) return Error{ErrorCode::internal, "a demo unit is missing"};
        const nlohmann::json task = {{"title", inject.title},
                                     {"instructions", inject.instructions},
                                     {"unit", (*unit)->key},
                                     {"priority", inject.priority},
                                     {"status", "open"},
                                     {"drill", *drill_key},
                                     {"inject", inject.number},
                                     {"release_offset_ms", inject.release_offset_ms},
                                     {"deadline_ms", inject.deadline_ms},
                                     {"expected_action", inject.expected_action},
                                     {"controller_note", inject.controller_note}};
        auto key = directory.put_new_entity("task", task, (*unit)->key);
        if (!key) return key.error();
        summary.task_keys.push_back(*key);
    }
    return summary;
}

}  // namespace muster::server::admin
