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

std::string type_problem(std::string_view expected, const json& value) {
    return "expected " + std::string(expected) + ", got " +
           (value.is_number_float() ? "a fraction" : [&] {
               const std::string t = value.type_name();
               return (t == "array" || t == "object" ? "an " : "a ") + t;
           }());
}

/// Reads `{line N, column M}` out of nlohmann's "parse error at line N, column M: …".
std::vector<ScenarioProblem> syntax_problem(const std::string& error, std::string_view text) {
    std::string message = error;
    if (message.rfind("invalid JSON: ", 0) == 0) message.erase(0, 14);
    if (message.rfind("duplicate key", 0) == 0) {
        const JsonPositions pos = scan_json_positions(text);
        if (pos.duplicate) {
            const auto& [path, at] = *pos.duplicate;
            return {
                {at.line, at.column, path, message + "; each key may appear once in an object"}};
        }
        return {{0, 0, "", message + "; each key may appear once in an object"}};
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
    return {{line, column, "", "invalid JSON: " + message}};
}

class JsonReader {
  public:
    JsonReader(const JsonPositions& pos, Problems& problems) : pos_(pos), problems_(problems) {}

    void read_top(const json& root, Scenario& scenario) {
        if (!root.is_object()) {
            problems_.add(pos_.value_at(""),
                          "a scenario is a JSON object with \"title\" and \"injects\"; " +
                              type_problem("an object", root));
            return;
        }
        for (const auto& [key, value] : root.items()) {
            if (std::find(kTopKeys.begin(), kTopKeys.end(), key) == kTopKeys.end()) {
                problems_.add(pos_.key_at(key),
                              "unknown key " + quote_text(key) + "; known keys: " + list(kTopKeys));
            } else if (value.is_null() || key == "injects") {
                continue;
            } else if (key == "prestage") {
                if (value.is_boolean())
                    scenario.prestage = value.get<bool>();
                else
                    problems_.add(pos_.value_at(key), type_problem("true or false", value));
            } else if (!value.is_string()) {
                problems_.add(pos_.value_at(key), type_problem("a string", value));
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
                          "missing \"injects\", the list of injects");
            return;
        }
        if (!it->is_array()) {
            problems_.add(pos_.value_at("injects"), type_problem("an array of injects", *it));
            return;
        }
        if (it->empty()) {
            problems_.add(pos_.value_at("injects"), "the scenario has no injects");
            return;
        }
        std::vector<SourceLocation> number_at;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string path = "injects[" + std::to_string(i) + "]";
            if (i == kMaxInjects) {
                problems_.add(pos_.value_at(path),
                              "more than " + std::to_string(kMaxInjects) +
                                  " injects; split the scenario into several drills");
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
            problems_.add(inject.where, type_problem("an object", object));
            return inject;
        }
        for (const auto& [key, value] : object.items()) {
            if (key != "offset_ms" && key != "deadline_ms" && !json_field(key)) {
                problems_.add(pos_.key_at(path + "." + key),
                              "unknown key " + quote_text(key) + "; known keys: " + known_keys());
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
            problems_.add(pos_.key_at(path + "." + ms_name),
                          "give \"" + name + "\" or \"" + ms_name + "\", not both");
            return;
        }
        if (ms != nullptr) {
            const SourceLocation ms_at = pos_.value_at(path + "." + ms_name);
            if (ms->is_number_integer())
                set_duration_ms(field, ms->get<std::int64_t>(), ms_at, inject, problems_);
            else
                problems_.add(ms_at, type_problem("a whole number of milliseconds", *ms));
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
                problems_.add(at, type_problem("a whole number", *value));
            return;
        }
        if (!value->is_string()) {
            problems_.add(at, timed && value->is_number()
                                  ? "expected a string like \"+01:30\"; for milliseconds use \"" +
                                        ms_name + "\""
                                  : type_problem("a string", *value));
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
