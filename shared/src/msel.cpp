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
    std::string_view noun;    ///< for messages: "the title"
    std::string_view is;      ///< "is" / "are"
    std::string_view schema;  ///< task schema field whose limit applies
};

constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {"number", "inject", "the inject number", "is", ""},
    {"offset", "offset", "the time offset", "is", ""},
    {"unit", "unit", "the target unit", "is", ""},
    {"title", "title", "the title", "is", "title"},
    {"instructions", "instructions", "the instructions", "are", "instructions"},
    {"expected_action", "expected action", "the expected action", "is", "expected_action"},
    {"priority", "priority", "the priority", "is", ""},
    {"deadline", "deadline", "the deadline", "is", ""},
    {"delivery_note", "delivery note", "the delivery note", "is", "instructions"},
    {"controller_note", "controller note", "the controller note", "is", "controller_note"},
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

/// nullopt when the text fits; otherwise the message.
std::optional<std::string> check_text(std::string_view noun, std::string_view is,
                                      std::string_view text, std::size_t max_bytes, bool one_line) {
    if (max_bytes != 0 && text.size() > max_bytes) {
        return std::string(noun) + " " + std::string(is) +
               " too long: " + std::to_string(text.size()) + " bytes, at most " +
               std::to_string(max_bytes) + " allowed";
    }
    if (std::any_of(text.begin(), text.end(),
                    [&](char c) { return is_control(static_cast<unsigned char>(c), one_line); })) {
        return std::string(noun) + (one_line ? " must be one line without control characters"
                                             : " must not contain control characters");
    }
    return std::nullopt;
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
        if (i != 0) out += i + 1 == allowed.size() ? " or " : ", ";
        out += allowed[i];
    }
    return out;
}

void set_duration(Field field, std::string_view text, const SourceLocation& at, Inject& inject,
                  Problems& problems) {
    const std::string_view noun = field == Field::offset ? "time offset" : "deadline";
    const Duration d = read_duration(text);
    if (d.status != Duration::Status::ok) {
        problems.add(at, duration_message(text, d.status, noun));
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

void Problems::add(const SourceLocation& at, std::string message) {
    if (truncated_) return;
    if (list_.size() == kMaxScenarioProblems) {
        truncated_ = true;
        list_.push_back({at.line, 0, "",
                         "more than " + std::to_string(kMaxScenarioProblems) +
                             " problems; fix these and import again to see the rest"});
        return;
    }
    list_.push_back({at.line, at.column, at.field, std::move(message)});
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

std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1FU;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0FU;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07U;
        } else
            return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0U) != 0x80U) return i;
            cp = (cp << 6U) | (s[i + k] & 0x3FU);
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

std::string_view strip_bom(std::string_view text) noexcept {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

std::optional<std::string> check_wide_bom(std::string_view text) {
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
        return std::string("the file is UTF-16 (or UTF-32); save it as UTF-8");
    }
    if (text.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)) {
        return std::string("the file is UTF-32; save it as UTF-8");
    }
    return std::nullopt;
}

void set_field(Field field, std::string_view raw, const SourceLocation& at, Inject& inject,
               Problems& problems) {
    const std::string_view text = trim(raw);
    const FieldInfo& fi = info(field);
    if (text.empty()) {
        if (!is_required(field)) return;
        std::string message = std::string(fi.noun) + " is missing";
        if (field == Field::offset) message += "; use +HH:MM, 90m or 1h30m";
        problems.add(at, std::move(message));
        return;
    }
    switch (field) {
        case Field::number: {
            std::int64_t n = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
            if (ec != std::errc{} || end != text.data() + text.size()) {
                problems.add(at, quote_text(text) +
                                     " is not an inject number; use a whole number from 1 to " +
                                     std::to_string(kMaxInjectNumber));
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
                problems.add(
                    at,
                    quote_text(text) +
                        " is not a unit code or path; use codes of a-z, 0-9 and - like north or "
                        "hq/north");
                return;
            }
            inject.target = std::move(unit);
            return;
        }
        case Field::priority: {
            const std::string p = lower_ascii(text);
            const auto allowed = find_field(EntityType::task, "priority")->allowed;
            if (std::find(allowed.begin(), allowed.end(), p) == allowed.end()) {
                problems.add(at, quote_text(text) + " is not a priority; use " + priorities_list());
                return;
            }
            inject.priority = p;
            return;
        }
        default:
            break;
    }
    if (auto bad = check_text(fi.noun, fi.is, text, task_limit(fi.schema), field == Field::title)) {
        problems.add(at, std::move(*bad));
        return;
    }
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
        problems.add(at, std::to_string(ms) + " ms is outside 0 to 7 days (" +
                             std::to_string(kMaxScenarioDurationMs) + " ms)");
        return;
    }
    if (field == Field::offset) {
        inject.offset_ms = ms;
    } else if (ms == 0) {
        problems.add(at, "a deadline of 0 leaves no time; leave it empty for no deadline");
    } else {
        inject.deadline_ms = ms;
    }
}

void set_number(std::int64_t number, const SourceLocation& at, Inject& inject, Problems& problems) {
    if (number < 1 || number > kMaxInjectNumber) {
        problems.add(at, std::to_string(number) +
                             " is not an inject number; use a whole number from 1 to " +
                             std::to_string(kMaxInjectNumber));
        return;
    }
    inject.number = static_cast<int>(number);
}

void check_scenario_text(std::string_view name, std::string_view text, const SourceLocation& at,
                         Problems& problems) {
    const FieldSpec* spec = find_field(EntityType::drill, name);
    const std::string noun = name == "title" ? "the scenario title" : "the scenario description";
    if (auto bad =
            check_text(noun, "is", text, spec != nullptr ? spec->max_length : 0, name == "title")) {
        problems.add(at, std::move(*bad));
    }
}

std::string check_unit(std::string_view text, const SourceLocation& at, Problems& problems) {
    std::string unit = lower_ascii(trim(text));
    if (!unit.empty() && !is_unit_path(unit)) {
        problems.add(at, quote_text(text) +
                             " is not a unit code or path; use codes of a-z, 0-9 and - like hq or "
                             "hq/north");
    }
    return unit;
}

void finish_inject(const Inject& inject, const SourceLocation& delivery_at, Problems& problems) {
    if (inject.delivery_note.empty()) return;
    const std::size_t size = task_instructions(inject).size();
    const std::size_t max = task_limit("instructions");
    if (size > max) {
        problems.add(delivery_at, "the instructions and delivery note together are too long: " +
                                      std::to_string(size) + " bytes, at most " +
                                      std::to_string(max) + " allowed");
    }
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
        problems.add(number_at[i],
                     "inject " + std::to_string(n) + " is already used " +
                         (earlier.line != 0 ? "on line " + std::to_string(earlier.line)
                                            : "at " + earlier.field));
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

std::string task_instructions(const Inject& inject) {
    if (inject.delivery_note.empty()) return inject.instructions;
    if (inject.instructions.empty()) return "Delivery: " + inject.delivery_note;
    return inject.instructions + "\n\nDelivery: " + inject.delivery_note;
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
        return std::vector<ScenarioProblem>{{0, 0, "",
                                             "the file is larger than " +
                                                 std::to_string(kMaxScenarioBytes / (1024 * 1024)) +
                                                 " MiB; split the scenario"}};
    }
    if (auto wide = msel::check_wide_bom(text))
        return std::vector<ScenarioProblem>{{1, 0, "", std::move(*wide)}};
    if (format == ScenarioFormat::detect) format = scenario_format_for("", text);
    return format == ScenarioFormat::json ? msel::parse_json(msel::strip_bom(text))
                                          : msel::parse_csv(msel::strip_bom(text));
}

}  // namespace muster
