// Scenario durations: `+HH:MM`, `+HH:MM:SS`, `90m`, `1h30m`, `45s`, `2h`, `0`.

#include <cctype>
#include <cstdio>

#include "msel_detail.hpp"

namespace muster {
namespace msel {
namespace {

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Reads 1..max_digits digits at `pos`; nullopt when there are none or too many.
std::optional<std::int64_t> read_digits(std::string_view text, std::size_t& pos,
                                        std::size_t max_digits) {
    const std::size_t start = pos;
    std::int64_t value = 0;
    while (pos < text.size() && is_digit(text[pos])) {
        if (pos - start == max_digits) return std::nullopt;
        value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    if (pos == start) return std::nullopt;
    return value;
}

/// `H:MM` or `H:MM:SS` (hours up to 3 digits).
std::optional<std::int64_t> read_clock(std::string_view text) {
    std::size_t pos = 0;
    const auto hours = read_digits(text, pos, 3);
    if (!hours || pos >= text.size() || text[pos] != ':') return std::nullopt;
    std::int64_t ms = *hours * kHour;
    for (const std::int64_t unit : {kMinute, kSecond}) {
        ++pos;  // the ':'
        const std::size_t start = pos;
        const auto part = read_digits(text, pos, 2);
        if (!part || pos - start != 2 || *part >= 60) return std::nullopt;
        ms += *part * unit;
        if (pos == text.size()) return ms;
        if (text[pos] != ':' || unit == kSecond) return std::nullopt;
    }
    return std::nullopt;
}

/// `1h30m15s` and its parts, in that order, each at most once; blanks between parts.
std::optional<std::int64_t> read_units(std::string_view text) {
    std::size_t pos = 0;
    std::int64_t ms = 0;
    int last = -1;  // index of the last unit read in "hms"
    while (pos < text.size()) {
        if (text[pos] == ' ' && last >= 0) {
            ++pos;
            continue;
        }
        const auto n = read_digits(text, pos, 6);
        if (!n || pos >= text.size()) return std::nullopt;
        const char u = static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos++])));
        const int index = u == 'h' ? 0 : u == 'm' ? 1 : u == 's' ? 2 : -1;
        if (index <= last) return std::nullopt;
        last = index;
        ms += *n * (index == 0 ? kHour : index == 1 ? kMinute : kSecond);
    }
    if (last < 0) return std::nullopt;
    return ms;
}

}  // namespace

Duration read_duration(std::string_view raw) noexcept {
    std::string_view text = trim(raw);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    std::optional<std::int64_t> ms;
    if (text == "0") {
        ms = 0;
    } else if (text.find(':') != std::string_view::npos) {
        ms = read_clock(text);
    } else {
        ms = read_units(text);
    }
    if (!ms) return {0, Duration::Status::malformed};
    if (*ms > kMaxScenarioDurationMs) return {0, Duration::Status::too_long};
    return {*ms, Duration::Status::ok};
}

ScenarioProblem duration_problem(const SourceLocation& at, std::string_view text,
                                 Duration::Status status, std::string_view kind) {
    return make_scenario_problem(at,
                                 status == Duration::Status::too_long
                                     ? ScenarioMessage::duration_too_long
                                     : ScenarioMessage::not_a_duration,
                                 {quote_text(trim(text)), std::string(kind)});
}

}  // namespace msel

Result<std::int64_t> parse_duration(std::string_view text) {
    const msel::Duration d = msel::read_duration(text);
    if (d.status != msel::Duration::Status::ok) {
        return Error{ErrorCode::bad_request,
                     msel::duration_problem({}, text, d.status, "@kind_duration").message};
    }
    return d.ms;
}

std::string format_duration(std::int64_t ms) {
    if (ms < 0) ms = 0;
    const std::int64_t total_s = ms / 1000;
    const long long h = total_s / 3600;
    const long long m = (total_s / 60) % 60;
    const long long s = total_s % 60;
    char buf[32];
    if (s != 0) {
        std::snprintf(buf, sizeof buf, "+%02lld:%02lld:%02lld", h, m, s);
    } else {
        std::snprintf(buf, sizeof buf, "+%02lld:%02lld", h, m);
    }
    return buf;
}

}  // namespace muster
