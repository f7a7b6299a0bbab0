// From a checked scenario to the drill's and tasks' field values.

#include <map>
#include <memory>

#include "msel_detail.hpp"
#include "muster/schema.hpp"

namespace muster {
namespace {

using nlohmann::json;

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        parts.push_back(path.substr(start, end - start));
        if (end == path.size()) return parts;
        start = end + 1;
    }
}

/// The longest path every target starts with (`hq` for `hq/north` and `hq/south`); empty when none.
std::string common_unit(const std::vector<Inject>& injects) {
    if (injects.empty()) return {};
    std::vector<std::string_view> common = split_path(injects.front().target);
    for (const Inject& inject : injects) {
        const auto parts = split_path(inject.target);
        std::size_t n = 0;
        while (n < common.size() && n < parts.size() && common[n] == parts[n]) ++n;
        common.resize(n);
    }
    std::string out;
    for (const auto part : common) out += (out.empty() ? "" : "/") + std::string(part);
    return out;
}

json task_fields(const Inject& inject, const std::string& unit_key, const PlanOptions& options) {
    json task = json::object();
    task["title"] = inject.title;
    task["unit"] = unit_key;
    task["priority"] = inject.priority;
    task["status"] = "open";
    task["inject"] = inject.number;
    task["release_offset_ms"] = inject.offset_ms;
    if (!options.drill_key.empty()) task["drill"] = options.drill_key;
    if (std::string text = task_instructions(inject, options.delivery_prefix); !text.empty())
        task["instructions"] = std::move(text);
    if (inject.deadline_ms) task["deadline_ms"] = *inject.deadline_ms;
    if (!inject.expected_action.empty()) task["expected_action"] = inject.expected_action;
    if (!inject.controller_note.empty()) task["controller_note"] = inject.controller_note;
    return task;
}

}  // namespace

UnitDirectory unit_directory(const std::vector<UnitRef>& units) {
    auto by_code = std::make_shared<std::map<std::string, UnitRef, std::less<>>>();
    for (const auto& unit : units) by_code->emplace(unit.code, unit);
    return [by_code](std::string_view path) -> std::optional<std::string> {
        std::string parent;  // "" = a root
        const UnitRef* unit = nullptr;
        while (!path.empty()) {
            const auto slash = path.find('/');
            const auto code = path.substr(0, slash);
            path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
            const auto it = by_code->find(code);
            if (it == by_code->end()) return std::nullopt;
            const bool first = unit == nullptr;
            // A single code may name any unit; a path must follow parent links from a root.
            if (!first && it->second.parent != parent) return std::nullopt;
            if (first && !path.empty() && !it->second.parent.empty()) return std::nullopt;
            unit = &it->second;
            parent = unit->key;
        }
        if (unit == nullptr) return std::nullopt;
        return unit->key;
    };
}

Checked<ImportPlan> plan_import(const Scenario& scenario, const UnitDirectory& units,
                                const PlanOptions& options) {
    msel::Problems problems;
    std::map<std::string, std::optional<std::string>, std::less<>> resolved;
    const auto resolve = [&](const std::string& code) -> const std::optional<std::string>& {
        auto it = resolved.find(code);
        if (it == resolved.end())
            it = resolved.emplace(code, units ? units(code) : std::nullopt).first;
        return it->second;
    };

    const SourceLocation option_at{0, 0, "unit"};
    std::string owner =
        options.unit.empty() ? scenario.unit : msel::check_unit(options.unit, option_at, problems);
    const SourceLocation owner_at = options.unit.empty() ? scenario.unit_at : option_at;
    const bool derived = owner.empty();
    if (derived) owner = common_unit(scenario.injects);
    std::string owner_key;
    if (owner.empty()) {
        problems.add(option_at, ScenarioMessage::no_drill_unit);
    } else if (const auto& key = resolve(owner)) {
        owner_key = *key;
    } else if (!derived && problems.empty()) {  // a derived one is reported at the targets
        problems.add(owner_at, ScenarioMessage::unknown_drill_unit, {msel::quote_text(owner)});
    }

    const std::string& title = options.title.empty() ? scenario.title : options.title;
    const SourceLocation title_at{0, 0, "title"};
    if (msel::trim(title).empty()) {
        problems.add(title_at, ScenarioMessage::no_title);
    } else if (!options.title.empty()) {
        msel::check_scenario_text("title", title, title_at, problems);
    }
    const std::string& text = options.scenario.empty() ? scenario.scenario : options.scenario;
    if (!options.scenario.empty())
        msel::check_scenario_text("scenario", text, {0, 0, "scenario"}, problems);
    if (!options.drill_key.empty() && !is_uuid(options.drill_key)) {
        problems.add({0, 0, "drill"}, ScenarioMessage::not_a_drill_key,
                     {msel::quote_text(options.drill_key)});
    }

    ImportPlan plan;
    plan.tasks.reserve(scenario.injects.size());
    for (const Inject& inject : scenario.injects) {
        const auto& key = resolve(inject.target);
        if (!key) {
            problems.add(inject.target_at, ScenarioMessage::unknown_unit,
                         {msel::quote_text(inject.target)});
            continue;
        }
        // The parser checked the length with kDeliveryPrefix; a longer prefix
        // can push the text past the schema's limit.
        if (!msel::finish_inject(inject, inject.where, problems, options.delivery_prefix)) continue;
        plan.tasks.push_back(task_fields(inject, *key, options));
    }
    if (!problems.empty()) return problems.take();

    plan.drill["unit"] = owner_key;
    plan.drill["title"] = std::string(msel::trim(title));
    plan.drill["state"] = "planned";
    plan.drill["prestage"] = options.prestage.value_or(scenario.prestage.value_or(false));
    if (!text.empty()) plan.drill["scenario"] = text;
    return plan;
}

}  // namespace muster
