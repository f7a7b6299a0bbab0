#pragma once
/// Checker self-tests (`--tamper`): damage one thing after the run so a test
/// can show the verdict catches it. Never used in a normal run.

#include <string>

#include "checker.hpp"

namespace muster::sim {

/// `store`: overwrites one task's status in a field member's SQLite file
/// behind the store's back (as a corrupting bug would). Returns what it did.
Result<std::string> tamper_member_store(const Members& members, const Scenario& scenario);

/// `lost_write` / `lost_conflict`: edits the stopped server's database (an
/// acked log append vanishes with its op; a conflict record vanishes).
Result<std::string> tamper_server_db(const std::string& db_path, Tamper tamper, const Members& members,
                                     const Scenario& scenario);

}  // namespace muster::sim
