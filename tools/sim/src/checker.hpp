#pragma once
/// The verdict. Two halves:
///
/// - `check_member_views`, while the server runs: each member's state equals
///   what a fresh store pulls from the server with the member's own token
///   (canonical hashes, `device` entities left out — see the .cpp).
/// - `check_server_log`, after the server stopped: the server's op log (read
///   straight from its SQLite file, read-only) holds every op a member saw
///   acked, nothing a member did not make, each op applied once, and replaying
///   the log through core's merge gives the server's state and exactly its
///   conflict records.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "member.hpp"
#include "proxy.hpp"
#include "report.hpp"

namespace muster::sim {

using Members = std::vector<std::unique_ptr<SimMember>>;

/// Canonical hash of a store's states without `device` entities.
[[nodiscard]] Result<std::string> scope_hash(Store& store);

Check check_member_views(Members& members, std::uint16_t server_port, std::chrono::milliseconds timeout,
                         int threads);

struct ServerLogFacts {
    std::size_t ops_on_server = 0;
    std::size_t conflicts_expected = 0;
    std::size_t conflicts_recorded = 0;
};

/// Checks against the server database at `db_path` (opened read-only).
std::vector<Check> check_server_log(const std::string& db_path, const Members& members,
                                    const std::vector<CutResponse>& cuts, const Scenario& scenario,
                                    ServerLogFacts& facts);

}  // namespace muster::sim
