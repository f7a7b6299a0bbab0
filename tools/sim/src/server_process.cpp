#include "server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

extern char** environ;

namespace muster::sim {
namespace {

using SteadyClock = std::chrono::steady_clock;

/// The parent's environment plus MUSTER_TEST_FAST_HASH=1.
std::vector<std::string> child_environment() {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        if (std::strncmp(*e, "MUSTER_TEST_FAST_HASH=", 22) != 0) env.emplace_back(*e);
    }
    env.emplace_back("MUSTER_TEST_FAST_HASH=1");
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& items) {
    std::vector<char*> out;
    for (auto& s : items) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

/// Spawns with stdin from `stdin_fd` (or /dev/null), stdout to `stdout_fd`, stderr appended to `log_path`.
Result<int> spawn(std::vector<std::string> args, int stdin_fd, int stdout_fd, const std::string& log_path) {
    auto env = child_environment();
    auto argv = pointers(args);
    auto envp = pointers(env);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdin_fd >= 0) {
        posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0);
    } else {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    }
    posix_spawn_file_actions_adddup2(&actions, stdout_fd, 1);
    posix_spawn_file_actions_addopen(&actions, 2, log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return Error{ErrorCode::io_error, "cannot start " + args[0] + ": " + std::strerror(rc)};
    return static_cast<int>(pid);
}

/// Waits for `pid`; its exit code (128 + signal), or -1 on timeout.
int wait_for(int pid, std::chrono::milliseconds timeout) {
    const auto deadline = SteadyClock::now() + timeout;
    for (;;) {
        int status = 0;
        const int rc = waitpid(pid, &status, WNOHANG);
        if (rc == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (rc < 0) return 128;
        if (SteadyClock::now() > deadline) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace

Result<CommandResult> run_command(const std::vector<std::string>& args, const std::string& input,
                                  const std::string& log_path) {
    int in_pipe[2], out_pipe[2];
    if (pipe2(in_pipe, O_CLOEXEC) != 0) return Error{ErrorCode::io_error, "pipe failed"};
    if (pipe2(out_pipe, O_CLOEXEC) != 0) {
        close(in_pipe[0]);
        close(in_pipe[1]);
        return Error{ErrorCode::io_error, "pipe failed"};
    }
    auto pid = spawn(args, in_pipe[0], out_pipe[1], log_path);
    close(in_pipe[0]);
    close(out_pipe[1]);
    if (pid) {
        // Admin commands read at most one line: it fits the pipe, so writing first cannot block.
        [[maybe_unused]] const auto written = write(in_pipe[1], input.data(), input.size());
    }
    close(in_pipe[1]);
    CommandResult result;
    char buf[4096];
    for (ssize_t n; pid && (n = read(out_pipe[0], buf, sizeof buf)) != 0;) {
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        result.out.append(buf, static_cast<std::size_t>(n));
    }
    close(out_pipe[0]);
    if (!pid) return pid.error();
    result.exit_code = wait_for(*pid, std::chrono::seconds(60));
    if (result.exit_code < 0) {
        kill(*pid, SIGKILL);
        wait_for(*pid, std::chrono::seconds(5));
    }
    return result;
}

ServerProcess::ServerProcess(std::string binary, std::string data_dir, std::string log_path)
    : binary_(std::move(binary)), data_dir_(std::move(data_dir)), log_path_(std::move(log_path)) {}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) kill_hard();
}

Status ServerProcess::start(std::chrono::milliseconds timeout) {
    if (pid_ > 0) return Error{ErrorCode::internal, "the server is already running"};
    int out_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) return Error{ErrorCode::io_error, "pipe failed"};
    auto pid = spawn({binary_, "serve", "--data", data_dir_, "--listen", "127.0.0.1:0"}, -1, out_pipe[1], log_path_);
    close(out_pipe[1]);
    if (!pid) {
        close(out_pipe[0]);
        return pid.error();
    }
    pid_ = *pid;
    stdout_fd_ = out_pipe[0];
    ++starts_;
    const auto deadline = SteadyClock::now() + timeout;
    std::string line;
    while (line.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now());
        pollfd fd{stdout_fd_, POLLIN, 0};
        if (left.count() <= 0 || poll(&fd, 1, static_cast<int>(left.count())) <= 0) break;
        char buf[256];
        const auto n = read(stdout_fd_, buf, sizeof buf);
        if (n <= 0) break;
        line.append(buf, static_cast<std::size_t>(n));
    }
    const std::string prefix = "listening on 127.0.0.1:";
    if (line.rfind(prefix, 0) != 0) {
        kill_hard();
        return Error{ErrorCode::unavailable, "muster-server did not start (see " + log_path_ + "): " + line};
    }
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(prefix.size())));
    return {};
}

void ServerProcess::kill_hard() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    wait_for(pid_, std::chrono::seconds(30));
    pid_ = -1;
    if (stdout_fd_ >= 0) close(stdout_fd_);
    stdout_fd_ = -1;
}

int ServerProcess::stop(std::chrono::milliseconds timeout) {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    const int code = wait_for(pid_, timeout);
    if (code < 0) {
        kill_hard();
        return -1;
    }
    pid_ = -1;
    if (stdout_fd_ >= 0) close(stdout_fd_);
    stdout_fd_ = -1;
    return code;
}

}  // namespace muster::sim
