#pragma once
/// The scenario (MSEL, "master scenario events list") parser and import planner.
///
/// A scenario is a drill's title and description plus a list of injects; each
/// inject becomes a task released on the drill clock. Two steps:
///
/// 1. `parse_scenario` reads CSV or JSON text into a `Scenario`, checking every
///    row and field against the task schema; it reports *all* problems at once,
///    each with its line and column, and yields nothing while any remain.
/// 2. `plan_import` resolves target units through a caller-provided directory
///    and produces the drill's and each task's field values under the schema's
///    exact field names, ready to be written as entities.
///
/// The file formats are described in `docs/examples/README.md`. Nothing here
/// does I/O, throws across the interface or keeps state (thread-safe).

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/result.hpp"

namespace muster {

/// Maximum number of injects in one scenario.
inline constexpr std::size_t kMaxInjects = 5000;
/// Largest inject number.
inline constexpr int kMaxInjectNumber = 99999;
/// Longest time offset or deadline: 7 days, in ms.
inline constexpr std::int64_t kMaxScenarioDurationMs = 7LL * 24 * 60 * 60 * 1000;
/// Largest scenario file accepted, in bytes.
inline constexpr std::size_t kMaxScenarioBytes = 32U * 1024 * 1024;
/// Before a delivery note in a task's instructions, unless the import says otherwise.
inline constexpr std::string_view kDeliveryPrefix = "Delivery: ";
/// At most this many problems are reported; one more says the list was cut.
inline constexpr std::size_t kMaxScenarioProblems = 1000;

enum class ScenarioFormat : std::uint8_t {
    detect,  ///< JSON when the first character (after a BOM and blanks) is `{`, else CSV
    csv,
    json,
};

/// The format for a file: by extension (`.csv`, `.json`, case-insensitive),
/// else by content as for `ScenarioFormat::detect`. Never returns `detect`.
[[nodiscard]] ScenarioFormat scenario_format_for(std::string_view file_name,
                                                 std::string_view text) noexcept;

/// Where something is in a scenario file.
///
/// `line` is 1-based; 0 when not known (a JSON value whose position could not be
/// found, or something not in the file at all, like an import option).
/// `column` is 1-based: for CSV the number of the cell in its row, for JSON the
/// character (code point) in its line; 0 for "the whole line / not known".
/// `field` names what is wrong: the CSV column header as written in the file,
/// the JSON path (`injects[3].offset`, indices 0-based), or a scenario-level
/// name (`title`, `unit`).
struct SourceLocation {
    int line = 0;
    int column = 0;
    std::string field;

    friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

/// What a scenario problem says, as an id and arguments an app can put in its
/// user's language. `scenario_message_english` gives each id's English text,
/// in which %1, %2, … stand for the arguments. An argument that starts with
/// '@' names a term (`@title`: a field; `@got_string`: a kind of JSON value),
/// whose English words `scenario_term_english` gives; any other argument is
/// shown as it is (a number, text quoted from the file, a list of names).
enum class ScenarioMessage : std::uint8_t {
    text_too_long,         ///< %1 (a field term) is too long: %2 bytes, at most %3 allowed
    text_too_long_plural,  ///< the same, for a plural noun ("the instructions are")
    not_one_line,
    control_characters,
    too_many_problems,
    utf16,
    utf32,
    missing,
    missing_offset,
    not_inject_number,
    not_unit_path,
    not_priority,
    ms_out_of_range,
    zero_deadline,
    instructions_too_long,
    inject_used_on_line,
    inject_used_at,
    file_too_large,
    unclosed_quote,
    text_after_quote,
    bad_utf8,
    title_twice,
    not_yes_no,
    unknown_column,
    repeated_column,
    missing_column,
    cell_beyond_header,
    cell_without_column,
    no_header,
    too_many_injects,
    no_injects_csv,
    no_injects,
    duration_too_long,
    not_a_duration,
    invalid_json,
    duplicate_key,
    not_a_scenario_object,
    unknown_key,
    wrong_type,
    missing_injects,
    both_given,
    duration_not_string,
    no_drill_unit,
    unknown_drill_unit,
    no_title,
    not_a_drill_key,
    unknown_unit,
    unit_out_of_scope,  ///< for importers that check scope (the app); the parser never says it
};
/// One past the last ScenarioMessage.
inline constexpr std::size_t kScenarioMessageCount =
    static_cast<std::size_t>(ScenarioMessage::unit_out_of_scope) + 1;

/// The English text of `id`, with %1, %2, … for its arguments.
[[nodiscard]] std::string_view scenario_message_english(ScenarioMessage id) noexcept;
/// The English words of a term argument (`@title` → "the title"); the
/// argument itself when it is not a known term.
[[nodiscard]] std::string_view scenario_term_english(std::string_view argument) noexcept;
/// Every term argument, as `scenario_term_english` knows them.
[[nodiscard]] std::vector<std::string_view> scenario_terms();

/// One problem with a scenario: where and a sentence a person can act on.
/// `message` is the English text of `id` with `args` (`make_scenario_problem`
/// fills it in); equality compares where and `message`.
struct ScenarioProblem {
    int line = 0;
    int column = 0;
    std::string field;
    std::string message;
    ScenarioMessage id{};
    std::vector<std::string> args{};

    friend bool operator==(const ScenarioProblem& a, const ScenarioProblem& b) {
        return a.line == b.line && a.column == b.column && a.field == b.field &&
               a.message == b.message;
    }
};

/// A problem at `at` saying `id` with `args`, its English `message` filled in.
[[nodiscard]] ScenarioProblem make_scenario_problem(const SourceLocation& at, ScenarioMessage id,
                                                    std::vector<std::string> args = {});

/// `line 7, column 2 (offset): "1h9x" is not a time offset; …`; the line and
/// column parts are left out when 0, the field part when empty.
[[nodiscard]] std::string to_string(const ScenarioProblem& problem);

/// Either a value or the non-empty list of every problem found.
template <class T>
class [[nodiscard]] Checked {
  public:
    Checked(T value)
        : data_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
    /// `problems` must not be empty.
    Checked(std::vector<ScenarioProblem> problems)  // NOLINT(google-explicit-constructor)
        : data_(std::in_place_index<1>, std::move(problems)) {}

    [[nodiscard]] bool ok() const noexcept { return data_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(data_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(data_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(data_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const std::vector<ScenarioProblem>& problems() const {
        assert(!ok());
        return std::get<1>(data_);
    }
    /// The problems as one `bad_request` error: one problem per line of the
    /// message, after a count when there are several.
    [[nodiscard]] Error error() const;

  private:
    std::variant<T, std::vector<ScenarioProblem>> data_;
};

/// All problems as one `bad_request` error (see `Checked::error`).
[[nodiscard]] Error problems_error(const std::vector<ScenarioProblem>& problems);

template <class T>
Error Checked<T>::error() const {
    return problems_error(problems());
}

/// One scripted event: a task for a unit, released at `offset_ms` on the drill clock.
struct Inject {
    int number = 0;               ///< 1..kMaxInjectNumber, unique in the scenario
    std::int64_t offset_ms = 0;   ///< release time on the drill clock, 0..7 days
    std::string target;           ///< unit code (`north`) or path of codes (`hq/north`), lowercase
    std::string title;            ///< one line, non-empty, within the task schema's limit
    std::string instructions;     ///< what players read (may be empty)
    std::string expected_action;  ///< for evaluators (may be empty)
    std::string priority = "normal";          ///< one of the task schema's priorities
    std::optional<std::int64_t> deadline_ms;  ///< time allowed after release, > 0
    std::string delivery_note;                ///< how the inject reaches players (shown to them)
    std::string controller_note;              ///< controllers only; never sent to members

    SourceLocation where;      ///< the row (CSV) or the inject's JSON object
    SourceLocation target_at;  ///< the target cell / value, for unknown units

    friend bool operator==(const Inject&, const Inject&) = default;
};

/// A parsed, checked scenario.
struct Scenario {
    std::string title;             ///< drill title; may be empty (then the import must give one)
    std::string scenario;          ///< description shown with the drill (may be empty)
    std::optional<bool> prestage;  ///< the drill's `prestage`; nullopt: not said
    std::string unit;              ///< code or path of the unit that runs the drill; may be empty
    SourceLocation unit_at;        ///< where `unit` was given
    std::vector<Inject> injects;   ///< in file order; at least one

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

/// Parses a scenario. `text` is UTF-8 (a UTF-8 BOM is skipped). Returns every
/// problem at once (at most kMaxScenarioProblems plus one saying there were more).
[[nodiscard]] Checked<Scenario> parse_scenario(std::string_view text,
                                               ScenarioFormat format = ScenarioFormat::detect);

/// Parses a duration: `+HH:MM`, `+HH:MM:SS`, `90m`, `1h30m`, `1h30m15s`, `45s`,
/// `2h` or `0`, with an optional leading `+`, at most 7 days. Returns ms, or
/// `bad_request` whose message names the accepted forms.
[[nodiscard]] Result<std::int64_t> parse_duration(std::string_view text);

/// Formats ms (≥ 0) as `+HH:MM` or `+HH:MM:SS` when there are seconds; ms are dropped.
[[nodiscard]] std::string format_duration(std::int64_t ms);

/// Resolves a unit code (`north`) or a path of codes from a root (`hq/north`) to
/// the unit's key; nullopt when there is no such unit.
using UnitDirectory = std::function<std::optional<std::string>(std::string_view code_or_path)>;

/// One unit of a `unit_directory`: its key, code and parent's key ("" for a root).
struct UnitRef {
    std::string key, code, parent;
};

/// A directory over `units`: a single code names any of them; a path must
/// start at a root and follow parent links (`hq/north`).
[[nodiscard]] UnitDirectory unit_directory(const std::vector<UnitRef>& units);

/// What the import command adds to or overrides in the file. Empty: the file's.
struct PlanOptions {
    std::string drill_key;  ///< the new drill's key (UUID); empty: tasks get no `drill` field
    std::string unit;       ///< code or path of the unit that runs the drill
    std::string title;
    std::string scenario;
    std::optional<bool> prestage;
    /// What goes before a delivery note in a task's instructions (see
    /// ImportPlan): an app gives its user's language. The task's text is data
    /// its unit reads, so it is written in the importer's language.
    std::string delivery_prefix = std::string(kDeliveryPrefix);
};

/// Field values to write, under the schema's field names.
///
/// `drill`: `unit`, `title`, `state` ("planned"), `prestage`, and `scenario`
/// when not empty. Each task: `title`, `unit`, `priority`, `status` ("open"),
/// `inject`, `release_offset_ms`, `drill` (when a key was given), and
/// `instructions`, `deadline_ms`, `expected_action`, `controller_note` when set.
/// The schema has no delivery-note field: a delivery note is appended to the
/// instructions as a last paragraph `Delivery: <note>` (PlanOptions::delivery_prefix).
struct ImportPlan {
    nlohmann::json drill = nlohmann::json::object();
    std::vector<nlohmann::json> tasks;  ///< one per inject, in scenario order
};

/// The text that goes into a task's `instructions` (instructions plus delivery
/// note, after `delivery_prefix`).
[[nodiscard]] std::string task_instructions(const Inject& inject,
                                            std::string_view delivery_prefix = kDeliveryPrefix);

/// Resolves units and builds the field values. Problems: an unknown target unit
/// (at its cell), an unknown or missing owning unit, a missing drill title.
/// The directory is called once per distinct target.
[[nodiscard]] Checked<ImportPlan> plan_import(const Scenario& scenario, const UnitDirectory& units,
                                              const PlanOptions& options = {});

}  // namespace muster
