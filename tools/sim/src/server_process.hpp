#pragma once
/// The real `muster-server` as a child process: admin commands run to
/// completion, and `serve` started, killed (-9) and restarted on the same
/// data folder.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "muster/result.hpp"

namespace muster::sim {

struct CommandResult {
    int exit_code = -1;  ///< 128 + signal when killed
    std::string out;     ///< standard output
};

/// Runs `args` (args[0] is the program) with `input` on stdin; stderr is appended to `log_path`.
/// Children get MUSTER_TEST_FAST_HASH=1: hundreds of simulated logins must not
/// spend a strong argon2 hash each, and password strength is not under test here.
Result<CommandResult> run_command(const std::vector<std::string>& args, const std::string& input,
                                  const std::string& log_path);

class ServerProcess {
public:
    ServerProcess(std::string binary, std::string data_dir, std::string log_path);
    ~ServerProcess();  ///< kills a server still running
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    /// `serve --data DIR --listen 127.0.0.1:0`; waits for its `listening on` line.
    Status start(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    /// SIGKILL and reap: no drain, no clean close of the database.
    void kill_hard();
    /// SIGTERM, then waits for the drain (SIGKILL after `timeout`). The exit code.
    int stop(std::chrono::milliseconds timeout = std::chrono::seconds(30));

    [[nodiscard]] std::uint16_t port() const noexcept { return port_; }
    [[nodiscard]] bool running() const noexcept { return pid_ > 0; }
    [[nodiscard]] int starts() const noexcept { return starts_; }

private:
    std::string binary_;
    std::string data_dir_;
    std::string log_path_;
    int pid_ = -1;
    int stdout_fd_ = -1;
    std::uint16_t port_ = 0;
    int starts_ = 0;
};

}  // namespace muster::sim
