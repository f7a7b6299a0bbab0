#pragma once
/// Starts the real muster-server binary on 127.0.0.1:0 and learns its port
/// from the `listening on` line.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace muster::test {

inline const std::string kServerBinary = MUSTER_SERVER_BINARY;

/// `init` and `demo` ARGS with `--data` and no `--db` get the test's database
/// (`fresh_test_db`); anything else is returned as is.
std::vector<std::string> with_test_db(std::vector<std::string> args);

/// Runs `muster-server ARGS...` (through `with_test_db`) to completion (fast argon2 for tests).
ProcessResult run_cli(const std::vector<std::string>& args, const std::string& input = {});

class ServerProcess {
public:
    /// Starts `serve --data DATA --listen 127.0.0.1:0 EXTRA...`; check `port()` != 0.
    explicit ServerProcess(const std::string& data_dir, const std::vector<std::string>& extra = {},
                           const std::map<std::string, std::string>& env = test_environment());

    [[nodiscard]] std::uint16_t port() const noexcept { return port_; }
    [[nodiscard]] const std::string& listening_line() const noexcept { return line_; }
    /// The server's process id (for /proc/<pid>/status).
    [[nodiscard]] int pid() const noexcept { return child_->pid(); }
    /// Sends `sig` and waits; the exit code (nullopt on timeout).
    std::optional<int> stop(int sig = 15, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    /// Everything the server logged so far.
    [[nodiscard]] std::string log() const { return read_file(log_path_); }

private:
    std::string log_path_;
    std::unique_ptr<ChildProcess> child_;
    std::string line_;
    std::uint16_t port_ = 0;
};

}  // namespace muster::test
