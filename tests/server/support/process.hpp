#pragma once
/// Child processes for integration tests (posix_spawn + pipes).

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace muster::test {

struct ProcessResult {
    int exit_code = -1;  ///< -1: killed or did not finish
    std::string out;
    std::string err;
};

/// Environment additions for every child: the fast (insecure) argon2 cost.
std::map<std::string, std::string> test_environment();

/// Runs `args` to completion with `input` on stdin (killed after `timeout`).
ProcessResult run_process(const std::vector<std::string>& args, const std::string& input = {},
                          std::chrono::milliseconds timeout = std::chrono::seconds(60),
                          const std::map<std::string, std::string>& env = test_environment());

/// A running child whose stdout is a pipe and whose stderr goes to a file.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& args, const std::string& stderr_path,
                 const std::map<std::string, std::string>& env = test_environment());
    ~ChildProcess();  ///< kills (SIGKILL) and reaps a child still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// One line from stdout, without the newline; nullopt on EOF or timeout.
    std::optional<std::string> read_line(std::chrono::milliseconds timeout);
    void signal(int sig);
    /// Waits for exit; the exit code, or 128+signal, or nullopt on timeout.
    std::optional<int> wait(std::chrono::milliseconds timeout);
    [[nodiscard]] bool running() const noexcept { return pid_ > 0; }
    /// The child's process id (-1 once reaped).
    [[nodiscard]] int pid() const noexcept { return pid_; }

private:
    int pid_ = -1;
    int stdout_fd_ = -1;
    std::string pending_;
};

/// A fresh folder under /tmp, removed when destroyed.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] std::string sub(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

std::string read_file(const std::string& path);

/// A process's memory from /proc/<pid>/status, in KiB (0 when unknown).
struct MemoryUse {
    long rss_kib = 0;   ///< VmRSS: resident now
    long peak_kib = 0;  ///< VmHWM: the highest VmRSS so far
};
MemoryUse memory_use(int pid);

/// User + system CPU seconds a process has used so far (from /proc/<pid>/stat; 0 when unknown).
double cpu_seconds(int pid);

}  // namespace muster::test
