#pragma once
/// The seeded fault schedule: which request of which member meets which fault,
/// who is partitioned when, and when the server is killed. Pure functions of
/// the seed, so a run replays from its seed (timing aside).

#include <cstdint>
#include <vector>

#include "options.hpp"

namespace muster::sim {

/// A set of members cut off from the server for a window of drill time.
struct Partition {
    std::vector<int> members;  ///< member indexes, sorted
    std::int64_t from_ms = 0;  ///< drill offsets (ms since the drill started)
    std::int64_t to_ms = 0;
};

enum class FaultAction : std::uint8_t { pass, reset, hang, cut };

struct FaultDecision {
    FaultAction action = FaultAction::pass;
    int request_latency_ms = 0;   ///< before forwarding the request
    int response_latency_ms = 0;  ///< before forwarding the answer
};

class FaultPlan {
public:
    FaultPlan() = default;
    FaultPlan(const FaultProfile& profile, std::uint64_t seed, int members, std::int64_t duration_ms,
              int kills);

    [[nodiscard]] const FaultProfile& profile() const noexcept { return profile_; }
    [[nodiscard]] const std::vector<Partition>& partitions() const noexcept { return partitions_; }
    /// Drill offsets at which the server is killed, ascending.
    [[nodiscard]] const std::vector<std::int64_t>& kills_ms() const noexcept { return kills_ms_; }

    /// True when `member` is cut off at drill offset `t_ms`.
    [[nodiscard]] bool partitioned(int member, std::int64_t t_ms) const;
    /// The fault for the `request_no`-th request (from 0) of `member`.
    [[nodiscard]] FaultDecision decide(int member, std::uint64_t request_no) const;

private:
    FaultProfile profile_;
    std::uint64_t seed_ = 0;
    std::vector<Partition> partitions_;
    std::vector<std::int64_t> kills_ms_;
};

/// SplitMix64: derives independent seeds from one (member, purpose, counter).
[[nodiscard]] std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0) noexcept;

}  // namespace muster::sim
