#pragma once
/// Runs the HTTP server until SIGTERM / SIGINT.

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "muster/clock.hpp"
#include "muster/result.hpp"
#include "muster/server/config.hpp"

namespace muster::server {

struct ListenAddress {
    std::string host;  ///< as given (without IPv6 brackets)
    std::uint16_t port = 0;
};

/// Parses `HOST:PORT` or `[IPv6]:PORT`; the error names `--listen`.
[[nodiscard]] Result<ListenAddress> parse_listen(const std::string& text);

class ChangeFeed;

/// A running server: what `serve` runs, also started in-process by tests
/// (the realm-core habit: server and clients in one process).
class Server {
public:
    /// Opens the data folder (and the blob folder), loads TLS when configured,
    /// binds and starts `config.io_threads` I/O threads. Errors name the
    /// option at fault; `bad_request` is a bad argument, anything else a
    /// runtime failure.
    /// `wall` (tests: a ManualClock) must outlive the server.
    [[nodiscard]] static Result<std::unique_ptr<Server>> start(const ServerConfig& config,
                                                               const Clock& wall = SystemClock::instance());
    ~Server();  ///< stop()
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// The bound port (the real one when the config asked for 0).
    [[nodiscard]] std::uint16_t port() const;
    /// The database it serves, for logs: `sqlite:DIR` or the PostgreSQL URL without its password.
    [[nodiscard]] std::string database() const;
    /// Where commits are announced to `/v1/events` listeners.
    [[nodiscard]] ChangeFeed& changes();
    /// Thread-safe: stop accepting, close WebSockets with 1001, let in-flight
    /// requests finish (at most `drain_timeout`). Returns at once; `wait` blocks.
    void begin_stop();
    /// Stops on SIGINT / SIGTERM (as `begin_stop`); for `serve`.
    void stop_on_signals();
    /// Blocks until the I/O threads have ended, then finishes pending blob and hash jobs.
    void wait();
    /// `begin_stop` + `wait`; idempotent.
    void stop();

    struct Impl;

private:
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Opens the data folder, binds, prints exactly one line `listening on
/// HOST:PORT` (the real port; flushed) to `out` once connections are accepted,
/// serves on `config.io_threads` threads, and on SIGTERM/SIGINT stops
/// accepting, lets in-flight requests finish (at most `drain_timeout`),
/// closes the database and returns 0. Startup failures are reported to `err`
/// (one line) and return non-zero.
int run_server(const ServerConfig& config, std::ostream& out, std::ostream& err);

}  // namespace muster::server
