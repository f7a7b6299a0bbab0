#pragma once
/// Runs the HTTP server until SIGTERM / SIGINT.

#include <cstdint>
#include <ostream>
#include <string>

#include "muster/result.hpp"
#include "muster/server/config.hpp"

namespace muster::server {

struct ListenAddress {
    std::string host;  ///< as given (without IPv6 brackets)
    std::uint16_t port = 0;
};

/// Parses `HOST:PORT` or `[IPv6]:PORT`; the error names `--listen`.
[[nodiscard]] Result<ListenAddress> parse_listen(const std::string& text);

/// Opens the data folder, binds, prints exactly one line `listening on
/// HOST:PORT` (the real port; flushed) to `out` once connections are accepted,
/// serves on `config.io_threads` threads, and on SIGTERM/SIGINT stops
/// accepting, lets in-flight requests finish (at most `drain_timeout`),
/// closes the database and returns 0. Startup failures are reported to `err`
/// (one line) and return non-zero.
int run_server(const ServerConfig& config, std::ostream& out, std::ostream& err);

}  // namespace muster::server
