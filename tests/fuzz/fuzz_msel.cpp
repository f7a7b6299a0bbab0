// Fuzz target: the scenario (MSEL) parser, CSV and JSON, and the import planner.
//
// The whole input is a scenario file. It is parsed as the format detection
// picks and as each explicit format; detection must agree with the explicit
// parse. A parsed scenario must respect the documented limits, and its
// import plan must produce task and drill field values that the schema
// accepts (as ops would be validated). Durations round-trip through
// format_duration / parse_duration.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_util.hpp"
#include "muster/codec.hpp"
#include "muster/msel.hpp"

namespace {

using muster::Checked;
using muster::Scenario;
using muster::ScenarioFormat;

constexpr const char* kDrillKey = "0d0d0d0d-0000-4000-8000-000000000001";
constexpr const char* kReplica = "00000000000000f1";

std::string describe(const Checked<Scenario>& r) {
    if (r) return "ok, " + std::to_string(r->injects.size()) + " injects";
    std::string out;
    for (const auto& p : r.problems()) out += muster::to_string(p) + "\n";
    return out;
}

void check_problems(const std::vector<muster::ScenarioProblem>& problems) {
    FUZZ_CHECK(!problems.empty(), "a failed parse without problems");
    FUZZ_CHECK(problems.size() <= muster::kMaxScenarioProblems + 1, "too many problems reported");
    for (const auto& p : problems) {
        FUZZ_CHECK(p.line >= 0 && p.column >= 0, "negative line or column");
        FUZZ_CHECK(!p.message.empty(), "a problem without a message");
        // The message is its id's text with every placeholder filled: what
        // an app translates says the same.
        FUZZ_CHECK(static_cast<std::size_t>(p.id) < muster::kScenarioMessageCount,
                   "a problem without a known id");
        const auto text = muster::scenario_message_english(p.id);
        for (auto at = text.find('%'); at != std::string_view::npos; at = text.find('%', at + 1)) {
            FUZZ_CHECK(at + 1 < text.size() &&
                           static_cast<std::size_t>(text[at + 1] - '0') <= p.args.size(),
                       "a placeholder without an argument");
        }
        FUZZ_CHECK(muster::make_scenario_problem({p.line, p.column, p.field}, p.id, p.args)
                           .message == p.message,
                   "a message that is not its id's text");
        (void)muster::to_string(p);
    }
    const auto error = muster::problems_error(problems);
    FUZZ_CHECK(error.code == muster::ErrorCode::bad_request, "problems_error is not bad_request");
}

std::optional<std::string> directory(std::string_view code) {
    static const std::set<std::string, std::less<>> kKnown = {"hq", "north", "south", "hq/north", "hq/south", "north-a"};
    if (!kKnown.contains(code)) return std::nullopt;
    return "0d0d0d0d-0000-4000-8000-0000000000" + std::to_string(10 + code.size());
}

void check_fields(muster::EntityType entity, const nlohmann::json& fields, const std::string& what) {
    muster::Op op;
    op.id = std::string(kReplica) + "-1";
    op.hlc = muster::Hlc{1, 0, kReplica};
    op.kind = muster::OpKind::set;
    op.entity = entity;
    op.key = kDrillKey;
    op.fields = fields;
    const auto valid = muster::validate_op(op);
    FUZZ_CHECK(valid.ok(), what + " does not pass the schema: " + valid.error().message + "\n" + fields.dump());
}

void check_scenario(const Scenario& s) {
    FUZZ_CHECK(!s.injects.empty() && s.injects.size() <= muster::kMaxInjects, "inject count out of range");
    std::set<int> numbers;
    for (const auto& inject : s.injects) {
        FUZZ_CHECK(inject.number >= 1 && inject.number <= muster::kMaxInjectNumber, "inject number out of range");
        FUZZ_CHECK(numbers.insert(inject.number).second, "duplicate inject number " + std::to_string(inject.number));
        FUZZ_CHECK(inject.offset_ms >= 0 && inject.offset_ms <= muster::kMaxScenarioDurationMs, "offset out of range");
        if (inject.deadline_ms) {
            FUZZ_CHECK(*inject.deadline_ms > 0 && *inject.deadline_ms <= muster::kMaxScenarioDurationMs,
                       "deadline out of range");
        }
        FUZZ_CHECK(!inject.title.empty(), "an inject without a title");
        FUZZ_CHECK(!inject.target.empty(), "an inject without a target");
        (void)muster::task_instructions(inject);
    }
    for (const bool with_options : {false, true}) {
        muster::PlanOptions options;
        if (with_options) {
            options.drill_key = kDrillKey;
            options.unit = "hq";
            options.title = "Fuzz drill";
            options.prestage = true;
        }
        auto plan = muster::plan_import(s, directory, options);
        if (!plan) {
            check_problems(plan.problems());
            continue;
        }
        FUZZ_CHECK(plan->tasks.size() == s.injects.size(), "plan: one task per inject");
        check_fields(muster::EntityType::drill, plan->drill, "the planned drill");
        for (const auto& task : plan->tasks) check_fields(muster::EntityType::task, task, "a planned task");
    }
}

void check_duration(std::string_view text) {
    auto ms = muster::parse_duration(text);
    if (!ms) {
        FUZZ_CHECK(ms.error().code == muster::ErrorCode::bad_request, "parse_duration: not bad_request");
        return;
    }
    FUZZ_CHECK(*ms >= 0 && *ms <= muster::kMaxScenarioDurationMs, "duration out of range");
    const std::string formatted = muster::format_duration(*ms);
    auto again = muster::parse_duration(formatted);
    FUZZ_CHECK(again.ok() && *again == *ms / 1000 * 1000,
               "format_duration(" + std::to_string(*ms) + ") = " + formatted + " does not parse back");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ScenarioFormat detected = muster::scenario_format_for("scenario", text);
    FUZZ_CHECK(detected != ScenarioFormat::detect, "scenario_format_for returned detect");
    FUZZ_CHECK(muster::scenario_format_for("X.CSV", text) == ScenarioFormat::csv, "extension .CSV not csv");

    const auto automatic = muster::parse_scenario(text);
    for (const ScenarioFormat format : {ScenarioFormat::csv, ScenarioFormat::json}) {
        const auto explicit_parse = muster::parse_scenario(text, format);
        if (format == detected) {
            const bool same = automatic.ok() == explicit_parse.ok() &&
                              (automatic.ok() ? *automatic == *explicit_parse
                                              : automatic.problems() == explicit_parse.problems());
            FUZZ_CHECK(same, "detect and explicit parse differ:\n" + describe(automatic) + "---\n" + describe(explicit_parse));
        }
        if (explicit_parse) {
            check_scenario(*explicit_parse);
        } else {
            check_problems(explicit_parse.problems());
            (void)explicit_parse.error();
        }
    }
    // Durations: the first line (bounded), as a cell would hold it.
    check_duration(text.substr(0, std::min<std::size_t>(text.find('\n'), 40)));
    return 0;
}
