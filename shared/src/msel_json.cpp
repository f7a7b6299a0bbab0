// Scenario JSON: `{"title", "scenario", "prestage", "unit", "injects": [{…}]}`.

#include <algorithm>
#include <array>
#include <charconv>

#include "msel_detail.hpp"
#include "msel_json_pos.hpp"
#include "muster/json.hpp"

namespace muster::msel {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 5> kTopKeys{"title", "scenario", "prestage", "unit",
                                                   "injects"};

std::string list(std::span<const std::string_view> names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : ", ") + std::string(names[i]);
    return out;
}

/// The term for what a JSON value is ("@got_string", …).
std::string got(const json& value) {
    switch (value.type()) {
        case json::value_t::null:
            return "@got_null";
        case json::value_t::object:
            return "@got_object";
        case json::value_t::array:
            return "@got_array";
        case json::value_t::string:
            return "@got_string";
        case json::value_t::boolean:
            return "@got_boolean";
        case json::value_t::number_float:
            return "@got_fraction";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return "@got_number";
        default:
            return "@got_other";
    }
}

/// "expected <expected>, got <what value is>"; `expected` is a term (`@expect_string`, …).
void type_problem(Problems& problems, const SourceLocation& at, std::string_view expected,
                  const json& value) {
    problems.add(at, ScenarioMessage::wrong_type, {std::string(expected), got(value)});
}

/// Reads `{line N, column M}` out of nlohmann's "parse error at line N, column M: …".
std::vector<ScenarioProblem> syntax_problem(const std::string& error, std::string_view text) {
    std::string message = error;
    if (message.rfind("invalid JSON: ", 0) == 0) message.erase(0, 14);
    constexpr std::string_view kDuplicate = "duplicate key ";
    if (message.rfind(kDuplicate, 0) == 0) {
        const JsonPositions pos = scan_json_positions(text);
        const SourceLocation at =
            pos.duplicate ? SourceLocation{pos.duplicate->second.line, pos.duplicate->second.column,
                                           pos.duplicate->first}
                          : SourceLocation{};
        return {make_scenario_problem(at, ScenarioMessage::duplicate_key,
                                      {message.substr(kDuplicate.size())})};
    }
    int line = 0;
    int column = 0;
    constexpr std::string_view kAt = "parse error at line ";
    if (message.rfind(kAt, 0) == 0) {
        const char* p = message.data() + kAt.size();
        const char* end = message.data() + message.size();
        p = std::from_chars(p, end, line).ptr;
        if (std::string_view(p, static_cast<std::size_t>(end - p)).rfind(", column ", 0) == 0) {
            p = std::from_chars(p + 9, end, column).ptr;
        }
        if (const auto colon = message.find(": "); colon != std::string::npos)
            message.erase(0, colon + 2);
    }
    // Drop nlohmann's echo of the input (it may cut a UTF-8 sequence) and the byte offset.
    if (const auto echo = message.find("; last read: "); echo != std::string::npos) {
        const auto expected = message.find("; expected ", echo + 1);
        message.erase(echo, expected == std::string::npos ? std::string::npos : expected - echo);
    }
    if (const auto byte = message.rfind(" (byte "); byte != std::string::npos) message.erase(byte);
    return {make_scenario_problem({line, column, ""}, ScenarioMessage::invalid_json, {message})};
}

class JsonReader {
  public:
    JsonReader(const JsonPositions& pos, Problems& problems) : pos_(pos), problems_(problems) {}

    void read_top(const json& root, Scenario& scenario) {
        if (!root.is_object()) {
            problems_.add(pos_.value_at(""), ScenarioMessage::not_a_scenario_object, {got(root)});
            return;
        }
        for (const auto& [key, value] : root.items()) {
            if (std::find(kTopKeys.begin(), kTopKeys.end(), key) == kTopKeys.end()) {
                problems_.add(pos_.key_at(key), ScenarioMessage::unknown_key,
                              {quote_text(key), list(kTopKeys)});
            } else if (value.is_null() || key == "injects") {
                continue;
            } else if (key == "prestage") {
                if (value.is_boolean())
                    scenario.prestage = value.get<bool>();
                else
                    type_problem(problems_, pos_.value_at(key), "@expect_boolean", value);
            } else if (!value.is_string()) {
                type_problem(problems_, pos_.value_at(key), "@expect_string", value);
            } else if (key == "unit") {
                scenario.unit_at = pos_.value_at(key);
                scenario.unit =
                    check_unit(value.get_ref<const std::string&>(), scenario.unit_at, problems_);
            } else {
                const std::string& text = value.get_ref<const std::string&>();
                check_scenario_text(key, text, pos_.value_at(key), problems_);
                (key == "title" ? scenario.title : scenario.scenario) = text;
            }
        }
        const auto it = root.find("injects");
        if (it == root.end() || it->is_null()) {
            problems_.add({pos_.value_at("").line, pos_.value_at("").column, "injects"},
                          ScenarioMessage::missing_injects);
            return;
        }
        if (!it->is_array()) {
            type_problem(problems_, pos_.value_at("injects"), "@expect_injects", *it);
            return;
        }
        if (it->empty()) {
            problems_.add(pos_.value_at("injects"), ScenarioMessage::no_injects);
            return;
        }
        std::vector<SourceLocation> number_at;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string path = "injects[" + std::to_string(i) + "]";
            if (i == kMaxInjects) {
                problems_.add(pos_.value_at(path), ScenarioMessage::too_many_injects,
                              {std::to_string(kMaxInjects)});
                break;
            }
            number_at.push_back(pos_.value_at(path + ".number"));
            scenario.injects.push_back(read_inject((*it)[i], path));
        }
        check_numbers(scenario.injects, number_at, problems_);
    }

  private:
    Inject read_inject(const json& object, const std::string& path) {
        Inject inject;
        inject.where = pos_.value_at(path);
        if (!object.is_object()) {
            type_problem(problems_, inject.where, "@expect_object", object);
            return inject;
        }
        for (const auto& [key, value] : object.items()) {
            if (key != "offset_ms" && key != "deadline_ms" && !json_field(key)) {
                problems_.add(pos_.key_at(path + "." + key), ScenarioMessage::unknown_key,
                              {quote_text(key), known_keys()});
            }
        }
        for (std::size_t f = 0; f < kFieldCount; ++f)
            read_field(object, path, static_cast<Field>(f), inject);
        finish_inject(inject, pos_.value_at(path + ".delivery_note"), problems_);
        return inject;
    }

    void read_field(const json& object, const std::string& path, Field field, Inject& inject) {
        const std::string name(json_name(field));
        const bool timed = field == Field::offset || field == Field::deadline;
        const std::string ms_name = name + "_ms";
        const json* value = member(object, name);
        const json* ms = timed ? member(object, ms_name) : nullptr;
        const SourceLocation at = pos_.value_at(path + "." + name);
        if (value != nullptr && ms != nullptr) {
            problems_.add(pos_.key_at(path + "." + ms_name), ScenarioMessage::both_given,
                          {name, ms_name});
            return;
        }
        if (ms != nullptr) {
            const SourceLocation ms_at = pos_.value_at(path + "." + ms_name);
            if (ms->is_number_integer())
                set_duration_ms(field, ms->get<std::int64_t>(), ms_at, inject, problems_);
            else
                type_problem(problems_, ms_at, "@expect_ms", *ms);
            return;
        }
        if (value == nullptr) {
            // Report a missing field at the inject's object, under the field's path.
            const SourceLocation where = pos_.value_at(path);
            set_field(field, "", {where.line, where.column, path + "." + name}, inject, problems_);
            return;
        }
        if (field == Field::number) {
            if (value->is_number_integer())
                set_number(value->get<std::int64_t>(), at, inject, problems_);
            else
                type_problem(problems_, at, "@expect_integer", *value);
            return;
        }
        if (!value->is_string()) {
            if (timed && value->is_number()) {
                problems_.add(at, ScenarioMessage::duration_not_string, {ms_name});
            } else {
                type_problem(problems_, at, "@expect_string", *value);
            }
            return;
        }
        if (field == Field::unit) inject.target_at = at;
        set_field(field, value->get_ref<const std::string&>(), at, inject, problems_);
    }

    static const json* member(const json& object, const std::string& key) {
        const auto it = object.find(key);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }

    static bool json_field(std::string_view key) {
        for (std::size_t f = 0; f < kFieldCount; ++f) {
            if (json_name(static_cast<Field>(f)) == key) return true;
        }
        return false;
    }

    static std::string known_keys() {
        std::string out;
        for (std::size_t f = 0; f < kFieldCount; ++f) {
            const auto field = static_cast<Field>(f);
            out += (f == 0 ? "" : ", ") + std::string(json_name(field));
            if (field == Field::offset || field == Field::deadline)
                out += ", " + std::string(json_name(field)) + "_ms";
        }
        return out;
    }

    const JsonPositions& pos_;
    Problems& problems_;
};

}  // namespace

Checked<Scenario> parse_json(std::string_view text) {
    // Long strings are let through here so the schema's limits report them with their path.
    const auto root = parse_strict(text, JsonLimits{32, kMaxScenarioBytes});
    if (!root) return syntax_problem(root.error().message, text);
    const JsonPositions positions = scan_json_positions(text);
    Problems problems;
    Scenario scenario;
    JsonReader(positions, problems).read_top(*root, scenario);
    if (!problems.empty()) return problems.take();
    return scenario;
}

}  // namespace muster::msel
