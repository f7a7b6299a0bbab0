#pragma once
/// `muster-server` command line (CLI11). Parsing and printing only; the work
/// is done by admin.hpp and server.hpp.
///
/// Exit codes: 0 ok; 1 runtime failure (storage, I/O); 2 bad argument or
/// usage (one line on `err` naming the argument) and not-yet-implemented commands.
///
/// Test-only environment: MUSTER_TEST_FAST_HASH=1 lowers argon2id to its
/// minimum cost for passwords set by this process (see HashCost).

#include <iosfwd>

namespace muster::server {

int run_cli(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace muster::server
