#pragma once
/// What a run did and the verdict, printed as text or JSON.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "options.hpp"
#include "proxy.hpp"

namespace muster::sim {

/// One check of the verdict. `failures` names each violation (at most 20 kept).
struct Check {
    std::string name;
    std::string summary;
    std::vector<std::string> failures;
    std::size_t failure_count = 0;

    void fail(std::string what);
    [[nodiscard]] bool passed() const noexcept { return failure_count == 0; }
};

struct Report {
    // the run
    std::uint64_t seed = 0;
    int members = 0;
    double duration_s = 0;
    FaultLevel faults = FaultLevel::none;
    int kills_planned = 0;
    int kills_done = 0;
    int threads = 0;
    int tasks = 0;
    std::vector<std::string> partitions;  ///< "N members from A s to B s"
    std::string replay;                   ///< the command line that replays this run

    // timings, seconds
    double setup_s = 0;
    double drill_s = 0;
    std::optional<double> converged_after_s;  ///< heal → every member idle and in step with the server
    int converge_passes = 0;
    double check_s = 0;

    // traffic and ops
    ProxyStats proxy;
    std::size_t syncs = 0;
    std::size_t failed_syncs = 0;
    std::size_t pages_sent_ahead = 0;  ///< pull pages asked for while the one before was stored
    std::size_t ops_made = 0;
    std::size_t ops_on_server = 0;
    std::size_t acks_applied = 0;
    std::size_t acks_duplicate = 0;
    std::size_t acks_rejected = 0;
    std::size_t conflicts_expected = 0;
    std::size_t conflicts_recorded = 0;
    std::string history_digest;  ///< SHA-256 of every member's op-level history

    std::vector<Check> checks;
    std::string tamper;  ///< checker self-test applied, "" when none

    [[nodiscard]] bool clean() const;
};

void print_text(std::ostream& out, const Report& report);
[[nodiscard]] nlohmann::json to_json(const Report& report);

}  // namespace muster::sim
