#include "muster/hlc.hpp"

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

namespace muster {
namespace {
constexpr std::uint32_t kMaxCounter = std::numeric_limits<std::uint16_t>::max();
}

nlohmann::json to_json(const Hlc& hlc) {
    return {{"ms", hlc.ms}, {"c", hlc.c}, {"r", hlc.r}};
}

bool is_replica_id(std::string_view text) noexcept {
    return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char ch) {
               return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
           });
}

Result<Hlc> hlc_from_json(const nlohmann::json& value) {
    if (!value.is_object()) return Error{ErrorCode::invalid_op, "hlc: expected an object"};
    for (const auto& [key, _] : value.items()) {
        if (key != "ms" && key != "c" && key != "r") {
            return Error{ErrorCode::invalid_op, "hlc." + key + ": unknown field"};
        }
    }
    const auto ms = value.find("ms");
    if (ms == value.end() || !ms->is_number_integer()) {
        return Error{ErrorCode::invalid_op, "hlc.ms: expected an integer"};
    }
    const auto c = value.find("c");
    if (c == value.end() || !c->is_number_integer()) {
        return Error{ErrorCode::invalid_op, "hlc.c: expected an integer"};
    }
    const auto counter = c->get<std::int64_t>();
    if (counter < 0 || counter > static_cast<std::int64_t>(kMaxCounter)) {
        return Error{ErrorCode::invalid_op, "hlc.c: expected an integer from 0 to 65535"};
    }
    const auto r = value.find("r");
    if (r == value.end() || !r->is_string() || !is_replica_id(r->get_ref<const std::string&>())) {
        return Error{ErrorCode::invalid_op, "hlc.r: expected a replica id (16 lowercase hex characters)"};
    }
    if (ms->is_number_unsigned() && ms->get<std::uint64_t>() >
                                        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return Error{ErrorCode::invalid_op, "hlc.ms: out of range"};
    }
    if (ms->get<std::int64_t>() < 0) return Error{ErrorCode::invalid_op, "hlc.ms: expected unix ms, 0 or more"};
    return Hlc{ms->get<std::int64_t>(), static_cast<std::uint16_t>(counter), r->get<std::string>()};
}

HlcClock::HlcClock(std::string replica_id, const Clock& wall)
    : replica_(std::move(replica_id)), wall_(wall) {}

void HlcClock::bump_to(std::int64_t ms, std::uint16_t c) {
    if (ms > last_ms_ || (ms == last_ms_ && c > last_c_)) {
        last_ms_ = ms;
        last_c_ = c;
    }
}

Hlc HlcClock::now() {
    std::lock_guard lock(mutex_);
    const std::int64_t wall = wall_.now_ms();
    if (wall > last_ms_) {
        last_ms_ = wall;
        last_c_ = 0;
    } else {
        ++last_c_;
        if (last_c_ > kMaxCounter) {  // counter exhausted: borrow one millisecond
            ++last_ms_;
            last_c_ = 0;
        }
    }
    return Hlc{last_ms_, static_cast<std::uint16_t>(last_c_), replica_};
}

void HlcClock::observe(const Hlc& seen) {
    std::lock_guard lock(mutex_);
    bump_to(seen.ms, seen.c);
}

void HlcClock::observe_ms(std::int64_t seen_ms) {
    std::lock_guard lock(mutex_);
    bump_to(seen_ms, 0);
}

Hlc HlcClock::last() const {
    std::lock_guard lock(mutex_);
    return Hlc{last_ms_, static_cast<std::uint16_t>(last_c_), replica_};
}

void HlcClock::rewind_to(const Hlc& floor) {
    std::lock_guard lock(mutex_);
    last_ms_ = floor.ms;
    last_c_ = floor.c;
}

void HlcClock::restore(const Hlc& last) {
    std::lock_guard lock(mutex_);
    bump_to(last.ms, last.c);
}

}  // namespace muster
