#pragma once
// Internals shared by the CSV and JSON scenario readers (not installed).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "muster/msel.hpp"
#include "muster/text.hpp"  // find_invalid_utf8

namespace muster::msel {

/// The inject fields a file may give, in the order of the known-columns list.
enum class Field : std::uint8_t {
    number,
    offset,
    unit,
    title,
    instructions,
    expected_action,
    priority,
    deadline,
    delivery_note,
    controller_note,
};
inline constexpr std::size_t kFieldCount = 10;

/// The JSON key (`number`, `expected_action`, …).
[[nodiscard]] std::string_view json_name(Field field) noexcept;
/// The preferred CSV header (`inject`, `expected action`, …).
[[nodiscard]] std::string_view csv_name(Field field) noexcept;
/// A CSV header, case-insensitive, `_` and blanks alike; nullopt when unknown.
[[nodiscard]] std::optional<Field> field_from_header(std::string_view header);
/// number, offset, unit and title.
[[nodiscard]] bool is_required(Field field) noexcept;

/// Collects problems, stopping at kMaxScenarioProblems (then adds one note).
class Problems {
  public:
    void add(const SourceLocation& at, ScenarioMessage id, std::vector<std::string> args = {});
    void add(ScenarioProblem problem);
    [[nodiscard]] bool empty() const noexcept { return list_.empty(); }
    [[nodiscard]] std::vector<ScenarioProblem> take();

  private:
    std::vector<ScenarioProblem> list_;
    bool truncated_ = false;
};

/// ASCII whitespace trimmed from both ends.
[[nodiscard]] std::string_view trim(std::string_view text) noexcept;
[[nodiscard]] std::string lower_ascii(std::string_view text);
/// `"text"` for a message, shortened to about 40 characters.
[[nodiscard]] std::string quote_text(std::string_view text);
/// The text without a leading UTF-8 BOM.
[[nodiscard]] std::string_view strip_bom(std::string_view text) noexcept;
/// What to say when the text starts with a UTF-16 or UTF-32 BOM.
[[nodiscard]] std::optional<ScenarioMessage> check_wide_bom(std::string_view text);

/// Durations: ms, or why not.
struct Duration {
    std::int64_t ms = 0;
    enum class Status : std::uint8_t { ok, malformed, too_long } status = Status::ok;
};
[[nodiscard]] Duration read_duration(std::string_view text) noexcept;
/// `"1h9x" is not a <kind>; use +HH:MM, 90m or 1h30m` (or the 7-day limit);
/// `kind` is a term (`@kind_offset`, …).
[[nodiscard]] ScenarioProblem duration_problem(const SourceLocation& at, std::string_view text,
                                               Duration::Status status, std::string_view kind);

/// Sets a field of `inject` from its text (a CSV cell or a JSON string) and
/// checks it. Empty text: a required field is reported missing, an optional
/// one keeps its default.
void set_field(Field field, std::string_view text, const SourceLocation& at, Inject& inject,
               Problems& problems);
/// Sets the offset or deadline from ms (JSON `offset_ms`, `deadline_ms`).
void set_duration_ms(Field field, std::int64_t ms, const SourceLocation& at, Inject& inject,
                     Problems& problems);
/// Sets the number from an integer (JSON).
void set_number(std::int64_t number, const SourceLocation& at, Inject& inject, Problems& problems);

/// Checks a scenario-level text (`title`, `scenario`) against the drill schema.
void check_scenario_text(std::string_view name, std::string_view text, const SourceLocation& at,
                         Problems& problems);
/// Checks an owning-unit code or path; returns it lowercased.
std::string check_unit(std::string_view text, const SourceLocation& at, Problems& problems);

/// Checks what concerns a whole inject once all its fields are set: the
/// instructions and delivery note (after `delivery_prefix`) fit in the task's
/// `instructions`. False when they do not (reported at `delivery_at`).
bool finish_inject(const Inject& inject, const SourceLocation& delivery_at, Problems& problems,
                   std::string_view delivery_prefix = kDeliveryPrefix);

/// Reports each inject whose number repeats an earlier one (at its number).
void check_numbers(const std::vector<Inject>& injects, const std::vector<SourceLocation>& number_at,
                   Problems& problems);

/// `yes`/`no`/`true`/`false` (any case); nullopt otherwise.
[[nodiscard]] std::optional<bool> read_yes_no(std::string_view text);

[[nodiscard]] Checked<Scenario> parse_csv(std::string_view text);
[[nodiscard]] Checked<Scenario> parse_json(std::string_view text);

}  // namespace muster::msel
