// `muster-server drill import`: a MSEL file → a planned drill and its injects,
// through core's scenario parser and planner, written in one transaction.
#include <filesystem>
#include <fstream>
#include <iterator>

#include "muster/msel.hpp"
#include "muster/server/admin.hpp"
#include "muster/server/crypto.hpp"

namespace muster::server::admin {
namespace {

Result<std::string> read_scenario_file(const std::string& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) return Error{ErrorCode::not_found, "FILE: cannot read '" + file + "': " + ec.message()};
    if (size > kMaxScenarioFileBytes) {
        return Error{ErrorCode::bad_request, "FILE: '" + file + "' is " + std::to_string(size) +
                                                 " bytes; a scenario may be at most " +
                                                 std::to_string(kMaxScenarioFileBytes) + " bytes"};
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{ErrorCode::not_found, "FILE: cannot open '" + file + "'"};
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Result<DrillImportSummary> import_drill(const std::string& data_dir, const std::string& file,
                                        const DrillImportOptions& options) {
    auto text = read_scenario_file(file);
    if (!text) return text.error();
    auto scenario = parse_scenario(*text, scenario_format_for(file, *text));
    if (!scenario) return Error{ErrorCode::bad_request, file + ": " + scenario.error().message};

    auto directory = Directory::open(data_dir, SystemClock::instance());
    if (!directory) return directory.error();
    auto units = (*directory)->units();
    if (!units) return units.error();

    PlanOptions plan_options;
    plan_options.drill_key = new_uuid();
    plan_options.unit = options.unit;
    plan_options.title = options.title;
    plan_options.prestage = options.prestage;
    if (!options.delivery_prefix.empty()) plan_options.delivery_prefix = options.delivery_prefix;
    std::vector<UnitRef> unit_refs;
    unit_refs.reserve(units->size());
    for (const auto& unit : *units) unit_refs.push_back(UnitRef{unit.key, unit.code, unit.parent_key});
    auto plan = plan_import(*scenario, unit_directory(unit_refs), plan_options);
    if (!plan) return Error{ErrorCode::bad_request, file + ": " + plan.error().message};

    DrillImportSummary summary;
    summary.title = plan->drill.value("title", "");
    summary.unit = options.unit.empty() ? scenario->unit : options.unit;
    summary.prestage = plan->drill.value("prestage", false);
    summary.injects = plan->tasks.size();
    for (const auto& inject : scenario->injects) {
        ++summary.injects_per_target[inject.target];
        summary.last_offset_ms = std::max(summary.last_offset_ms, inject.offset_ms);
    }
    if (options.dry_run) return summary;

    std::vector<NewEntity> entities;
    entities.reserve(plan->tasks.size() + 1);
    entities.push_back(
        NewEntity{"drill", plan_options.drill_key, plan->drill, plan->drill.value("unit", std::string{})});
    for (const auto& task : plan->tasks) {
        entities.push_back(NewEntity{"task", "", task, task.value("unit", std::string{})});
    }
    auto keys = (*directory)->put_new_entities(entities);
    if (!keys) return keys.error();
    summary.drill_key = plan_options.drill_key;
    return summary;
}

}  // namespace muster::server::admin
