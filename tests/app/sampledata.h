#pragma once
/// Realistic local data for app tests and screenshots: a flood drill running
/// for 40 minutes with released and unreleased injects, day-to-day tasks and
/// an action log, applied as a server answer (confirmed state, nothing pending).

#include <cstdint>
#include <string>

#include "muster/store.hpp"

namespace muster::test {

struct SampleKeys {
    std::string unit = "9d1f0c2a-0000-4000-8000-000000000002";   ///< the signed-in member's unit
    std::string otherUnit = "9d1f0c2a-0000-4000-8000-000000000003";
    std::string me = "5b0c1e2a-0000-4000-8000-000000000001";     ///< Ada Okafor
    std::string colleague = "5b0c1e2a-0000-4000-8000-000000000004";
    std::string drill = "d0000000-0000-4000-8000-000000000001";
    std::string gauges = "a0000000-0000-4000-8000-000000000001";     ///< inject 1, high, in progress, overdue
    std::string sandbags = "a0000000-0000-4000-8000-000000000002";   ///< inject 3, critical, open, released 20 min ago
    std::string restCentre = "a0000000-0000-4000-8000-000000000003"; ///< inject 5, hidden until 90 min
    std::string generator = "a0000000-0000-4000-8000-000000000004";  ///< normal, acknowledged, assigned to me
    std::string batteries = "a0000000-0000-4000-8000-000000000005";  ///< low, done
    std::string shelter = "a0000000-0000-4000-8000-000000000006";    ///< high, blocked
    std::string drains = "a0000000-0000-4000-8000-000000000007";     ///< the other unit's task
};

/// Applies the sample data to `store` as seen at `nowMs` (drill started 40 min before).
/// Returns false (and fails the test via the caller) when the store refuses it.
[[nodiscard]] bool seedSampleData(Store& store, std::int64_t nowMs, const SampleKeys& keys = {});

/// A server answer with one task set by the server (for incremental-update tests).
[[nodiscard]] SyncResponse serverTaskChange(const std::string& key, const nlohmann::json& plain, std::int64_t atMs,
                                            std::int64_t seq);

}  // namespace muster::test
