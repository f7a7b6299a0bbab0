// Scenario parsing: what CSV and JSON share (names, field checks, problems).

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>

#include "msel_detail.hpp"
#include "muster/schema.hpp"

namespace muster {
namespace msel {
namespace {

struct FieldInfo {
    std::string_view json;
    std::string_view csv;
    std::string_view term;    ///< for messages: "@title" (scenario_term_english: "the title")
    bool plural;              ///< "are too long", not "is"
    std::string_view schema;  ///< task schema field whose limit applies
};

constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {"number", "inject", "@number", false, ""},
    {"offset", "offset", "@offset", false, ""},
    {"unit", "unit", "@unit", false, ""},
    {"title", "title", "@title", false, "title"},
    {"instructions", "instructions", "@instructions", true, "instructions"},
    {"expected_action", "expected action", "@expected_action", false, "expected_action"},
    {"priority", "priority", "@priority", false, ""},
    {"deadline", "deadline", "@deadline", false, ""},
    {"delivery_note", "delivery note", "@delivery_note", false, "instructions"},
    {"controller_note", "controller note", "@controller_note", false, "controller_note"},
}};

constexpr std::array<std::pair<std::string_view, Field>, 19> kAliases{{
    {"inject", Field::number},
    {"#", Field::number},
    {"number", Field::number},
    {"inject number", Field::number},
    {"offset", Field::offset},
    {"time", Field::offset},
    {"time offset", Field::offset},
    {"unit", Field::unit},
    {"target", Field::unit},
    {"target unit", Field::unit},
    {"title", Field::title},
    {"instructions", Field::instructions},
    {"message", Field::instructions},
    {"expected action", Field::expected_action},
    {"priority", Field::priority},
    {"deadline", Field::deadline},
    {"deadline after release", Field::deadline},
    {"delivery note", Field::delivery_note},
    {"controller note", Field::controller_note},
}};

const FieldInfo& info(Field field) {
    return kFields[static_cast<std::size_t>(field)];
}

std::size_t task_limit(std::string_view name) {
    const FieldSpec* spec = find_field(EntityType::task, name);
    return spec != nullptr ? spec->max_length : 0;
}

bool is_control(unsigned char c, bool one_line) {
    if (c == '\t' || c == '\n' || c == '\r') return one_line;
    return c < 0x20 || c == 0x7f;
}

/// Reports the text of `term` (a field) when it is too long or holds control
/// characters; false then.
bool check_text(std::string_view term, bool plural, std::string_view text, std::size_t max_bytes,
                bool one_line, const SourceLocation& at, Problems& problems) {
    if (max_bytes != 0 && text.size() > max_bytes) {
        problems.add(
            at, plural ? ScenarioMessage::text_too_long_plural : ScenarioMessage::text_too_long,
            {std::string(term), std::to_string(text.size()), std::to_string(max_bytes)});
        return false;
    }
    if (std::any_of(text.begin(), text.end(),
                    [&](char c) { return is_control(static_cast<unsigned char>(c), one_line); })) {
        problems.add(at,
                     one_line ? ScenarioMessage::not_one_line : ScenarioMessage::control_characters,
                     {std::string(term)});
        return false;
    }
    return true;
}

bool is_code_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

/// A unit code (`[a-z0-9-]{1,32}`) or codes joined by `/`.
bool is_unit_path(std::string_view text) {
    const std::size_t max_code =
        std::max<std::size_t>(1, find_field(EntityType::unit, "code")->max_length);
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('/', start), text.size());
        const std::string_view code = text.substr(start, end - start);
        if (code.empty() || code.size() > max_code ||
            !std::all_of(code.begin(), code.end(), is_code_char)) {
            return false;
        }
        if (end == text.size()) return true;
        start = end + 1;
    }
}

std::string priorities_list() {
    const auto allowed = find_field(EntityType::task, "priority")->allowed;
    std::string out;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i != 0) out += ", ";
        out += allowed[i];
    }
    return out;
}

void set_duration(Field field, std::string_view text, const SourceLocation& at, Inject& inject,
                  Problems& problems) {
    const std::string_view kind = field == Field::offset ? "@kind_offset" : "@kind_deadline";
    const Duration d = read_duration(text);
    if (d.status != Duration::Status::ok) {
        problems.add(duration_problem(at, text, d.status, kind));
        return;
    }
    set_duration_ms(field, d.ms, at, inject, problems);
}

}  // namespace

std::string_view json_name(Field field) noexcept {
    return info(field).json;
}
std::string_view csv_name(Field field) noexcept {
    return info(field).csv;
}

std::optional<Field> field_from_header(std::string_view header) {
    std::string norm;
    for (const char c : trim(header)) {
        const char d = (c == '_' || c == '\t')
                           ? ' '
                           : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (d == ' ' && (norm.empty() || norm.back() == ' ')) continue;
        norm += d;
    }
    for (const auto& [alias, field] : kAliases) {
        if (alias == norm) return field;
    }
    return std::nullopt;
}

bool is_required(Field field) noexcept {
    return field == Field::number || field == Field::offset || field == Field::unit ||
           field == Field::title;
}

void Problems::add(const SourceLocation& at, ScenarioMessage id, std::vector<std::string> args) {
    add(make_scenario_problem(at, id, std::move(args)));
}

void Problems::add(ScenarioProblem problem) {
    if (truncated_) return;
    if (list_.size() == kMaxScenarioProblems) {
        truncated_ = true;
        list_.push_back(make_scenario_problem({problem.line, 0, ""},
                                              ScenarioMessage::too_many_problems,
                                              {std::to_string(kMaxScenarioProblems)}));
        return;
    }
    list_.push_back(std::move(problem));
}

std::vector<ScenarioProblem> Problems::take() {
    return std::move(list_);
}

std::string_view trim(std::string_view text) noexcept {
    constexpr std::string_view kBlank = " \t\r\n\f\v";
    const std::size_t first = text.find_first_not_of(kBlank);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string quote_text(std::string_view text) {
    constexpr std::size_t kShow = 40;
    if (text.size() <= kShow) return "\"" + std::string(text) + "\"";
    std::size_t cut = kShow;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
        --cut;  // whole code points
    return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

std::string_view strip_bom(std::string_view text) noexcept {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

std::optional<ScenarioMessage> check_wide_bom(std::string_view text) {
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        return ScenarioMessage::utf16;
    if (text.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)) return ScenarioMessage::utf32;
    return std::nullopt;
}

void set_field(Field field, std::string_view raw, const SourceLocation& at, Inject& inject,
               Problems& problems) {
    const std::string_view text = trim(raw);
    const FieldInfo& fi = info(field);
    if (text.empty()) {
        if (!is_required(field)) return;
        if (field == Field::offset) {
            problems.add(at, ScenarioMessage::missing_offset);
        } else {
            problems.add(at, ScenarioMessage::missing, {std::string(fi.term)});
        }
        return;
    }
    switch (field) {
        case Field::number: {
            std::int64_t n = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
            if (ec != std::errc{} || end != text.data() + text.size()) {
                problems.add(at, ScenarioMessage::not_inject_number,
                             {quote_text(text), std::to_string(kMaxInjectNumber)});
                return;
            }
            set_number(n, at, inject, problems);
            return;
        }
        case Field::offset:
        case Field::deadline:
            set_duration(field, text, at, inject, problems);
            return;
        case Field::unit: {
            std::string unit = lower_ascii(text);
            if (!is_unit_path(unit)) {
                problems.add(at, ScenarioMessage::not_unit_path, {quote_text(text)});
                return;
            }
            inject.target = std::move(unit);
            return;
        }
        case Field::priority: {
            const std::string p = lower_ascii(text);
            const auto allowed = find_field(EntityType::task, "priority")->allowed;
            if (std::find(allowed.begin(), allowed.end(), p) == allowed.end()) {
                problems.add(at, ScenarioMessage::not_priority,
                             {quote_text(text), priorities_list()});
                return;
            }
            inject.priority = p;
            return;
        }
        default:
            break;
    }
    if (!check_text(fi.term, fi.plural, text, task_limit(fi.schema), field == Field::title, at,
                    problems))
        return;
    std::string value(text);
    switch (field) {
        case Field::title:
            inject.title = std::move(value);
            break;
        case Field::instructions:
            inject.instructions = std::move(value);
            break;
        case Field::expected_action:
            inject.expected_action = std::move(value);
            break;
        case Field::delivery_note:
            inject.delivery_note = std::move(value);
            break;
        case Field::controller_note:
            inject.controller_note = std::move(value);
            break;
        default:
            break;
    }
}

void set_duration_ms(Field field, std::int64_t ms, const SourceLocation& at, Inject& inject,
                     Problems& problems) {
    if (ms < 0 || ms > kMaxScenarioDurationMs) {
        problems.add(at, ScenarioMessage::ms_out_of_range,
                     {std::to_string(ms), std::to_string(kMaxScenarioDurationMs)});
        return;
    }
    if (field == Field::offset) {
        inject.offset_ms = ms;
    } else if (ms == 0) {
        problems.add(at, ScenarioMessage::zero_deadline);
    } else {
        inject.deadline_ms = ms;
    }
}

void set_number(std::int64_t number, const SourceLocation& at, Inject& inject, Problems& problems) {
    if (number < 1 || number > kMaxInjectNumber) {
        problems.add(at, ScenarioMessage::not_inject_number,
                     {std::to_string(number), std::to_string(kMaxInjectNumber)});
        return;
    }
    inject.number = static_cast<int>(number);
}

void check_scenario_text(std::string_view name, std::string_view text, const SourceLocation& at,
                         Problems& problems) {
    const FieldSpec* spec = find_field(EntityType::drill, name);
    const std::string_view term = name == "title" ? "@scenario_title" : "@scenario_description";
    (void)check_text(term, false, text, spec != nullptr ? spec->max_length : 0, name == "title", at,
                     problems);
}

std::string check_unit(std::string_view text, const SourceLocation& at, Problems& problems) {
    std::string unit = lower_ascii(trim(text));
    if (!unit.empty() && !is_unit_path(unit)) {
        problems.add(at, ScenarioMessage::not_unit_path, {quote_text(text)});
    }
    return unit;
}

bool finish_inject(const Inject& inject, const SourceLocation& delivery_at, Problems& problems,
                   std::string_view delivery_prefix) {
    if (inject.delivery_note.empty()) return true;
    const std::size_t size = task_instructions(inject, delivery_prefix).size();
    const std::size_t max = task_limit("instructions");
    if (size <= max) return true;
    problems.add(delivery_at, ScenarioMessage::instructions_too_long,
                 {std::to_string(size), std::to_string(max)});
    return false;
}

void check_numbers(const std::vector<Inject>& injects, const std::vector<SourceLocation>& number_at,
                   Problems& problems) {
    std::map<int, std::size_t> first;
    for (std::size_t i = 0; i < injects.size(); ++i) {
        const int n = injects[i].number;
        if (n == 0) continue;  // already reported
        const auto [it, fresh] = first.emplace(n, i);
        if (fresh) continue;
        const SourceLocation& earlier = number_at[it->second];
        if (earlier.line != 0) {
            problems.add(number_at[i], ScenarioMessage::inject_used_on_line,
                         {std::to_string(n), std::to_string(earlier.line)});
        } else {
            problems.add(number_at[i], ScenarioMessage::inject_used_at,
                         {std::to_string(n), earlier.field});
        }
    }
}

std::optional<bool> read_yes_no(std::string_view text) {
    const std::string t = lower_ascii(trim(text));
    if (t == "yes" || t == "true") return true;
    if (t == "no" || t == "false") return false;
    return std::nullopt;
}

}  // namespace msel

std::string to_string(const ScenarioProblem& problem) {
    std::string out;
    if (problem.line != 0) {
        out = "line " + std::to_string(problem.line);
        if (problem.column != 0) out += ", column " + std::to_string(problem.column);
    }
    if (!problem.field.empty()) out += (out.empty() ? "" : " ") + ("(" + problem.field + ")");
    return out.empty() ? problem.message : out + ": " + problem.message;
}

Error problems_error(const std::vector<ScenarioProblem>& problems) {
    if (problems.size() == 1) return Error{ErrorCode::bad_request, to_string(problems.front())};
    std::string message =
        std::to_string(problems.size()) + " problems in the scenario; nothing was imported:";
    for (const auto& p : problems) message += "\n" + to_string(p);
    return Error{ErrorCode::bad_request, std::move(message)};
}

std::string task_instructions(const Inject& inject, std::string_view delivery_prefix) {
    if (inject.delivery_note.empty()) return inject.instructions;
    const std::string delivery = std::string(delivery_prefix) + inject.delivery_note;
    if (inject.instructions.empty()) return delivery;
    return inject.instructions + "\n\n" + delivery;
}

ScenarioFormat scenario_format_for(std::string_view file_name, std::string_view text) noexcept {
    const auto dot = file_name.rfind('.');
    if (dot != std::string_view::npos) {
        const std::string_view ext = file_name.substr(dot + 1);
        const auto is = [ext](std::string_view want) {
            return ext.size() == want.size() &&
                   std::equal(ext.begin(), ext.end(), want.begin(), [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == b;
                   });
        };
        if (is("csv")) return ScenarioFormat::csv;
        if (is("json")) return ScenarioFormat::json;
    }
    const std::string_view body = msel::trim(msel::strip_bom(text));
    return !body.empty() && body.front() == '{' ? ScenarioFormat::json : ScenarioFormat::csv;
}

Checked<Scenario> parse_scenario(std::string_view text, ScenarioFormat format) {
    if (text.size() > kMaxScenarioBytes) {
        return std::vector<ScenarioProblem>{
            make_scenario_problem({0, 0, ""}, ScenarioMessage::file_too_large,
                                  {std::to_string(kMaxScenarioBytes / (1024 * 1024))})};
    }
    if (auto wide = msel::check_wide_bom(text))
        return std::vector<ScenarioProblem>{make_scenario_problem({1, 0, ""}, *wide)};
    if (format == ScenarioFormat::detect) format = scenario_format_for("", text);
    return format == ScenarioFormat::json ? msel::parse_json(msel::strip_bom(text))
                                          : msel::parse_csv(msel::strip_bom(text));
}

}  // namespace muster
