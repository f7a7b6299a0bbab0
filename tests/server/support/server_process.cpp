#include "support/server_process.hpp"

#include "support/test_db.hpp"

#include <algorithm>
#include <atomic>

#include <unistd.h>

namespace muster::test {

std::vector<std::string> with_test_db(std::vector<std::string> args) {
    const bool creates = !args.empty() && (args[0] == "init" || args[0] == "demo");
    const bool has_data = std::find(args.begin(), args.end(), "--data") != args.end();
    const bool has_db = std::find(args.begin(), args.end(), "--db") != args.end();
    if (creates && has_data && !has_db && testing_postgres()) {
        args.emplace_back("--db");
        args.push_back(fresh_test_db());
    }
    return args;
}

ProcessResult run_cli(const std::vector<std::string>& args, const std::string& input) {
    std::vector<std::string> full{kServerBinary};
    for (auto& arg : with_test_db(args)) full.push_back(std::move(arg));
    return run_process(full, input);
}

ServerProcess::ServerProcess(const std::string& data_dir, const std::vector<std::string>& extra,
                             const std::map<std::string, std::string>& env) {
    static std::atomic<int> counter{0};
    log_path_ = data_dir + "/server-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".log";
    std::vector<std::string> args{kServerBinary, "serve", "--data", data_dir, "--listen", "127.0.0.1:0"};
    args.insert(args.end(), extra.begin(), extra.end());
    child_ = std::make_unique<ChildProcess>(args, log_path_, env);
    if (auto line = child_->read_line(std::chrono::seconds(20))) {
        line_ = *line;
        const std::string prefix = "listening on 127.0.0.1:";
        if (line_.rfind(prefix, 0) == 0) port_ = static_cast<std::uint16_t>(std::stoi(line_.substr(prefix.size())));
    }
}

std::optional<int> ServerProcess::stop(int sig, std::chrono::milliseconds timeout) {
    child_->signal(sig);
    return child_->wait(timeout);
}

}  // namespace muster::test
