#pragma once
/// Hybrid logical clocks, as the wire contract defines them.
///
/// An `Hlc` is `{ms, c, r}`: wall milliseconds, a logical counter 0..65535 and the
/// replica id that stamped it. Order is `ms`, then `c`, then `r` (string order),
/// so two distinct replicas never produce equal stamps.

#include <compare>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "muster/clock.hpp"
#include "muster/result.hpp"

namespace muster {

struct Hlc {
    std::int64_t ms = 0;
    std::uint16_t c = 0;
    std::string r;

    friend bool operator==(const Hlc&, const Hlc&) = default;
    friend std::strong_ordering operator<=>(const Hlc& a, const Hlc& b) {
        if (auto o = a.ms <=> b.ms; o != 0) return o;
        if (auto o = a.c <=> b.c; o != 0) return o;
        return a.r.compare(b.r) <=> 0;
    }
};

/// `{"ms": .., "c": .., "r": ".."}`.
[[nodiscard]] nlohmann::json to_json(const Hlc& hlc);
/// Strict decode: exactly the three keys with the right types; `c` in 0..65535;
/// `r` a replica id. The error message names the offending key.
[[nodiscard]] Result<Hlc> hlc_from_json(const nlohmann::json& value);

/// True for 16 lowercase hex characters.
[[nodiscard]] bool is_replica_id(std::string_view text) noexcept;

/// The clock of one replica. Thread-safe.
///
/// Invariant: every stamp it returns is greater than every stamp it returned or
/// observed before, and its `ms` is never below the wall clock at the time of the call.
class HlcClock {
public:
    HlcClock(std::string replica_id, const Clock& wall);

    /// A new stamp for a local event (the HLC "send" rule).
    [[nodiscard]] Hlc now();
    /// Merges a received stamp (the HLC "receive" rule); later `now()` is above it.
    void observe(const Hlc& seen);
    /// Merges a bare received time (the server's `server_time_ms`).
    void observe_ms(std::int64_t seen_ms);

    /// The largest stamp issued or observed so far (for persistence).
    [[nodiscard]] Hlc last() const;
    /// Restores persisted state; never moves the clock backwards.
    void restore(const Hlc& last);
    /// Sets the clock to `floor` even when that is lower. Only for clock-skew
    /// recovery (stamps the server refused as too far ahead are discarded and
    /// re-issued): the caller passes a floor ≥ every stamp this replica observed
    /// or had accepted, so the clock never goes below anything anyone else saw.
    void rewind_to(const Hlc& floor);

    [[nodiscard]] const std::string& replica_id() const noexcept { return replica_; }

private:
    void bump_to(std::int64_t ms, std::uint16_t c);

    std::string replica_;
    const Clock& wall_;
    mutable std::mutex mutex_;
    std::int64_t last_ms_ = 0;
    std::uint32_t last_c_ = 0;  ///< may hold 65536 transiently before the carry into ms
};

}  // namespace muster
