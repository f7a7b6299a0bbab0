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
    std::string colleague = "5b0c1e2a-0000-4000-8000-000000000004";  ///< Tran Nguyen, member of my unit
    std::string thirdMember = "5b0c1e2a-0000-4000-8000-000000000005";  ///< Sam Reyes, member of my unit
    std::string otherMember = "5b0c1e2a-0000-4000-8000-000000000006";  ///< Lena Fischer, the other unit
    std::string drill = "d0000000-0000-4000-8000-000000000001";
    std::string gauges = "a0000000-0000-4000-8000-000000000001";     ///< inject 1, high, in progress, overdue
    std::string sandbags = "a0000000-0000-4000-8000-000000000002";   ///< inject 3, critical, open, released 20 min ago
    std::string restCentre = "a0000000-0000-4000-8000-000000000003"; ///< inject 5, hidden until 90 min
    std::string generator = "a0000000-0000-4000-8000-000000000004";  ///< normal, acknowledged, assigned to me
    std::string batteries = "a0000000-0000-4000-8000-000000000005";  ///< low, done
    std::string shelter = "a0000000-0000-4000-8000-000000000006";    ///< high, blocked
    std::string drains = "a0000000-0000-4000-8000-000000000007";     ///< the other unit's task
    std::string colleagueDevice = "7a0c00000000000b";  ///< synced 55 min ago with 3 changes unsent
    std::string thirdDevice = "7a0c00000000000c";      ///< synced 2 h ago, nothing unsent (stale)
    std::string otherDevice = "7a0c00000000000d";      ///< the other unit's member (out of scope)
    std::string statusConflict = "cf000000-0000-4000-8000-000000000001";  ///< shelter status: blocked vs in_progress
    std::string textConflict = "cf000000-0000-4000-8000-000000000002";    ///< sandbags instructions
    std::string resolvedConflict = "cf000000-0000-4000-8000-000000000003";  ///< already resolved
};

/// Applies the sample data to `store` as seen at `nowMs` (drill started 40 min before):
/// units, members, the drill and tasks, logs, the `device` records of this
/// store (synced now) and of two colleagues, and conflicts awaiting a coordinator.
/// Returns false (and fails the test via the caller) when the store refuses it.
[[nodiscard]] bool seedSampleData(Store& store, std::int64_t nowMs, const SampleKeys& keys = {});

/// One entity as a server sends it: `plain` fields stamped at `atMs` by the server.
[[nodiscard]] Change serverChange(EntityType type, const std::string& key, const nlohmann::json& plain,
                                  std::int64_t atMs, std::int64_t seq = 0);

/// A server answer with one task set by the server (for incremental-update tests).
[[nodiscard]] SyncResponse serverTaskChange(const std::string& key, const nlohmann::json& plain, std::int64_t atMs,
                                            std::int64_t seq);

}  // namespace muster::test
