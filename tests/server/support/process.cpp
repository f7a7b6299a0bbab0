#include "support/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace muster::test {
namespace {

using Clock = std::chrono::steady_clock;

struct Argv {
    std::vector<std::string> storage;
    std::vector<char*> pointers;
    explicit Argv(std::vector<std::string> items) : storage(std::move(items)) {
        for (auto& s : storage) pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
};

Argv make_env(const std::map<std::string, std::string>& extra) {
    std::vector<std::string> items;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        const auto eq = entry.find('=');
        if (eq != std::string::npos && extra.count(entry.substr(0, eq))) continue;
        items.push_back(entry);
    }
    for (const auto& [k, v] : extra) items.push_back(k + "=" + v);
    return Argv(std::move(items));
}

int spawn(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
          posix_spawn_file_actions_t* actions) {
    Argv argv(args);
    Argv envp = make_env(env);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv.pointers[0], actions, nullptr, argv.pointers.data(), envp.pointers.data());
    if (rc != 0) throw std::runtime_error("posix_spawn " + args[0] + ": " + std::strerror(rc));
    return pid;
}

std::optional<int> wait_pid(int pid, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        int status = 0;
        const int rc = waitpid(pid, &status, WNOHANG);
        if (rc == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (rc < 0) return -1;
        if (Clock::now() > deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

}  // namespace

std::map<std::string, std::string> test_environment() { return {{"MUSTER_TEST_FAST_HASH", "1"}}; }

ProcessResult run_process(const std::vector<std::string>& args, const std::string& input,
                          std::chrono::milliseconds timeout, const std::map<std::string, std::string>& env) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC)) {
        throw std::runtime_error("pipe failed");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    const int pid = spawn(args, env, &actions);
    posix_spawn_file_actions_destroy(&actions);
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    signal(SIGPIPE, SIG_IGN);
    if (!input.empty()) {
        [[maybe_unused]] const auto written = write(in_pipe[1], input.data(), input.size());
    }
    close(in_pipe[1]);

    ProcessResult result;
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    int open_fds = 2;
    const auto deadline = Clock::now() + timeout;
    while (open_fds > 0 && Clock::now() < deadline) {
        if (poll(fds, 2, 100) <= 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            char buf[4096];
            const auto n = read(fds[i].fd, buf, sizeof buf);
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            } else {
                (i == 0 ? result.out : result.err).append(buf, static_cast<std::size_t>(n));
            }
        }
    }
    for (auto& f : fds) {
        if (f.fd >= 0) close(f.fd);
    }
    auto code = wait_pid(pid, std::chrono::milliseconds(std::max<long>(0, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count())));
    if (!code) {
        kill(pid, SIGKILL);
        (void)wait_pid(pid, std::chrono::seconds(5));
        result.exit_code = -1;
    } else {
        result.exit_code = *code;
    }
    return result;
}

ChildProcess::ChildProcess(const std::vector<std::string>& args, const std::string& stderr_path,
                           const std::map<std::string, std::string>& env) {
    int out_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC)) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, stderr_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    pid_ = spawn(args, env, &actions);
    posix_spawn_file_actions_destroy(&actions);
    close(out_pipe[1]);
    stdout_fd_ = out_pipe[0];
}

ChildProcess::~ChildProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        (void)wait_pid(pid_, std::chrono::seconds(10));
    }
    if (stdout_fd_ >= 0) close(stdout_fd_);
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (const auto nl = pending_.find('\n'); nl != std::string::npos) {
            std::string line = pending_.substr(0, nl);
            pending_.erase(0, nl + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return std::nullopt;
        pollfd fd{stdout_fd_, POLLIN, 0};
        if (poll(&fd, 1, static_cast<int>(left)) <= 0) continue;
        char buf[1024];
        const auto n = read(stdout_fd_, buf, sizeof buf);
        if (n <= 0) return std::nullopt;
        pending_.append(buf, static_cast<std::size_t>(n));
    }
}

void ChildProcess::signal(int sig) {
    if (pid_ > 0) kill(pid_, sig);
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout) {
    if (pid_ <= 0) return std::nullopt;
    auto code = wait_pid(pid_, timeout);
    if (code) pid_ = -1;
    return code;
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "muster-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

MemoryUse memory_use(int pid) {
    MemoryUse out;
    std::istringstream in(read_file("/proc/" + std::to_string(pid) + "/status"));
    std::string line;
    while (std::getline(in, line)) {
        const auto value = [&line] { return std::atol(line.c_str() + line.find(':') + 1); };
        if (line.rfind("VmRSS:", 0) == 0) out.rss_kib = value();
        if (line.rfind("VmHWM:", 0) == 0) out.peak_kib = value();
    }
    return out;
}

double cpu_seconds(int pid) {
    const std::string stat = read_file("/proc/" + std::to_string(pid) + "/stat");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream in(stat.substr(close + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && in >> field; ++i) {
        if (i == 14) utime = std::atoll(field.c_str());
        if (i == 15) stime = std::atoll(field.c_str());
    }
    return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace muster::test
