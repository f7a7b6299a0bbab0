// What scenario problems say, in English. The app translates these very
// strings: its lupdate reads this file, taking MUSTER_TRANSLATE_NOOP for
// QT_TRANSLATE_NOOP (app/CMakeLists.txt), so each text exists once.

#include <array>
#include <utility>

#include "muster/msel.hpp"
#include "muster/text.hpp"

/// Marks `text` for the app's translations under `context`; it is just `text`.
#define MUSTER_TRANSLATE_NOOP(context, text) text

namespace muster {
namespace {

using Id = ScenarioMessage;

constexpr std::array<std::pair<Id, std::string_view>, kScenarioMessageCount> kEnglish{{
    {Id::text_too_long,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 is too long: %2 bytes, at most %3 allowed")},
    {Id::text_too_long_plural,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 are too long: %2 bytes, at most %3 allowed")},
    {Id::not_one_line,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 must be one line without control characters")},
    {Id::control_characters,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 must not contain control characters")},
    {Id::too_many_problems,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "more than %1 problems; fix these and import again to see the rest")},
    {Id::utf16,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the file is UTF-16 (or UTF-32); save it as UTF-8")},
    {Id::utf32, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the file is UTF-32; save it as UTF-8")},
    {Id::missing, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 is missing")},
    {Id::missing_offset,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "the time offset is missing; use +HH:MM, 90m or 1h30m")},
    {Id::not_inject_number,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "%1 is not an inject number; use a whole number from 1 to %2")},
    {Id::not_unit_path,
     MUSTER_TRANSLATE_NOOP(
         "ScenarioProblem",
         "%1 is not a unit code or path; use codes of a-z, 0-9 and - like north or hq/north")},
    {Id::not_priority,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 is not a priority; use one of: %2")},
    {Id::ms_out_of_range,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 ms is outside 0 to 7 days (%2 ms)")},
    {Id::zero_deadline,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "a deadline of 0 leaves no time; leave it empty for no deadline")},
    {Id::instructions_too_long,
     MUSTER_TRANSLATE_NOOP(
         "ScenarioProblem",
         "the instructions and delivery note together are too long: %1 bytes, at most %2 allowed")},
    {Id::inject_used_on_line,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "inject %1 is already used on line %2")},
    {Id::inject_used_at,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "inject %1 is already used at %2")},
    {Id::file_too_large,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "the file is larger than %1 MiB; split the scenario")},
    {Id::unclosed_quote,
     MUSTER_TRANSLATE_NOOP(
         "ScenarioProblem",
         "a quoted cell is never closed; add the closing \" (a \" inside a quoted cell is written "
         "\"\")")},
    {Id::text_after_quote,
     MUSTER_TRANSLATE_NOOP(
         "ScenarioProblem",
         "unexpected text after a closing quote; write a \" inside a quoted cell as \"\"")},
    {Id::bad_utf8, MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                                         "the text is not valid UTF-8; save the file as UTF-8")},
    {Id::title_twice,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the title is given twice (first on line %1)")},
    {Id::not_yes_no, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 is not yes or no")},
    {Id::unknown_column,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "unknown column %1; known columns: %2")},
    {Id::repeated_column,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "column %1 repeats column %2 (%3)")},
    {Id::missing_column, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the header has no %1 column")},
    {Id::cell_beyond_header,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "this cell is beyond the header's last column (%1)")},
    {Id::cell_without_column,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "this cell is under a column with no name")},
    {Id::no_header,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "the file has no header row; the first row names the columns: %1")},
    {Id::too_many_injects,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "more than %1 injects; split the scenario into several drills")},
    {Id::no_injects_csv,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "the scenario has no injects; add one row per inject under the header")},
    {Id::no_injects, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the scenario has no injects")},
    {Id::duration_too_long,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "%1 is longer than 7 days; a %2 can be at most +168:00")},
    {Id::not_a_duration,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 is not a %2; use +HH:MM, 90m or 1h30m")},
    {Id::invalid_json, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "invalid JSON: %1")},
    {Id::duplicate_key,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "duplicate key %1; each key may appear once in an object")},
    {Id::not_a_scenario_object,
     MUSTER_TRANSLATE_NOOP(
         "ScenarioProblem",
         "a scenario is a JSON object with \"title\" and \"injects\"; expected an object, got %1")},
    {Id::unknown_key, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "unknown key %1; known keys: %2")},
    {Id::wrong_type, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "expected %1, got %2")},
    {Id::missing_injects,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "missing \"injects\", the list of injects")},
    {Id::both_given, MUSTER_TRANSLATE_NOOP("ScenarioProblem", "give \"%1\" or \"%2\", not both")},
    {Id::duration_not_string,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "expected a string like \"+01:30\"; for milliseconds use \"%1\"")},
    {Id::no_drill_unit, MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                                              "the scenario does not say which unit runs the "
                                              "drill; add \"# unit: CODE\" (CSV) or \"unit\" "
                                              "(JSON), or "
                                              "give it to the import")},
    {Id::unknown_drill_unit,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                           "unknown unit %1 to run the drill; check its code or path")},
    {Id::no_title, MUSTER_TRANSLATE_NOOP("ScenarioProblem",
                                         "the scenario has no title; add \"# title: …\" (CSV) or "
                                         "\"title\" (JSON), or give one to the "
                                         "import")},
    {Id::not_a_drill_key,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "%1 is not a drill key (a lowercase UUID)")},
    {Id::unknown_unit,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "unknown unit %1; check its code or path")},
    {Id::unit_out_of_scope,
     MUSTER_TRANSLATE_NOOP("ScenarioProblem", "unit %1 is outside the units you coordinate")},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 29> kTerms{{
    // Fields of an inject and of the scenario.
    {"@number", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the inject number")},
    {"@offset", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the time offset")},
    {"@unit", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the target unit")},
    {"@title", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the title")},
    {"@instructions", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the instructions")},
    {"@expected_action", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the expected action")},
    {"@priority", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the priority")},
    {"@deadline", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the deadline")},
    {"@delivery_note", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the delivery note")},
    {"@controller_note", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the controller note")},
    {"@scenario_title", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the scenario title")},
    {"@scenario_description", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "the scenario description")},
    // What a duration is for ("is not a …").
    {"@kind_offset", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "time offset")},
    {"@kind_deadline", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "deadline")},
    {"@kind_duration", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "duration")},
    // JSON values expected ("expected …").
    {"@expect_object", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "an object")},
    {"@expect_boolean", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "true or false")},
    {"@expect_string", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a string")},
    {"@expect_injects", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "an array of injects")},
    {"@expect_ms", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a whole number of milliseconds")},
    {"@expect_integer", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a whole number")},
    // JSON values found ("got …").
    {"@got_fraction", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a fraction")},
    {"@got_null", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a null")},
    {"@got_object", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "an object")},
    {"@got_array", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "an array")},
    {"@got_string", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a string")},
    {"@got_boolean", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a boolean")},
    {"@got_number", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "a number")},
    {"@got_other", MUSTER_TRANSLATE_NOOP("ScenarioProblem", "another kind of value")},
}};

}  // namespace

std::string_view scenario_message_english(ScenarioMessage id) noexcept {
    for (const auto& [key, text] : kEnglish) {
        if (key == id) return text;
    }
    return {};
}

std::string_view scenario_term_english(std::string_view argument) noexcept {
    for (const auto& [term, words] : kTerms) {
        if (term == argument) return words;
    }
    return argument;
}

std::vector<std::string_view> scenario_terms() {
    std::vector<std::string_view> out;
    for (const auto& entry : kTerms) out.push_back(entry.first);
    return out;
}

ScenarioProblem make_scenario_problem(const SourceLocation& at, ScenarioMessage id,
                                      std::vector<std::string> args) {
    std::vector<std::string> words;
    words.reserve(args.size());
    for (const auto& arg : args) words.emplace_back(scenario_term_english(arg));
    std::string message = fill_placeholders(scenario_message_english(id), words);
    return ScenarioProblem{at.line, at.column, at.field, std::move(message), id, std::move(args)};
}

}  // namespace muster
