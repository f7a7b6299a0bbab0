#include "simulation.hpp"

#include <unistd.h>

#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <queue>
#include <sstream>
#include <thread>

#include "checker.hpp"
#include "fault_plan.hpp"
#include "muster/sha256.hpp"
#include "parallel.hpp"
#include "server_process.hpp"
#include "tamper.hpp"

namespace muster::sim {
namespace {

namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr auto kConvergeLimit = std::chrono::seconds(180);

double seconds_between(SteadyClock::time_point a, SteadyClock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

std::string compact(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

/// The key in an admin command's "… added (key K)" line.
std::string key_in(const std::string& out) {
    const auto at = out.find("(key ");
    if (at == std::string::npos) return {};
    const auto end = out.find(')', at);
    return out.substr(at + 5, end == std::string::npos ? std::string::npos : end - at - 5);
}

std::string default_server_binary() {
    std::error_code ec;
    const auto self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("muster-server") : (self.parent_path() / "muster-server").string();
}

/// Members waiting for their next step, earliest first; worker threads take turns.
class Scheduler {
public:
    void push(std::int64_t at_ms, std::size_t member) {
        {
            const std::lock_guard lock(mutex_);
            heap_.emplace(at_ms, member);
        }
        wake_.notify_one();
    }
    /// The next member due by `now_ms()`, waiting as needed; nullopt once stopped.
    template <class Now>
    std::optional<std::size_t> pop(const Now& now_ms, SteadyClock::time_point zero) {
        std::unique_lock lock(mutex_);
        for (;;) {
            if (stopped_) return std::nullopt;
            if (heap_.empty()) {
                wake_.wait(lock);
                continue;
            }
            const auto [at, member] = heap_.top();
            if (at <= now_ms()) {
                heap_.pop();
                return member;
            }
            wake_.wait_until(lock, zero + milliseconds(at));
        }
    }
    void stop() {
        {
            const std::lock_guard lock(mutex_);
            stopped_ = true;
        }
        wake_.notify_all();
    }

private:
    using Entry = std::pair<std::int64_t, std::size_t>;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
    bool stopped_ = false;
};

}  // namespace

struct Simulation::State {
    SimOptions options;
    std::ostream& log;
    Report report;
    Scenario scenario;
    FaultPlan plan;
    Roster roster;
    std::string work_dir;
    bool own_work_dir = false;
    std::string data_dir;
    std::string server_binary;
    /// The server instances (one unless --instances), each behind a proxy of
    /// its own; member i goes through proxy i % N (a load balancer's spread).
    std::vector<std::unique_ptr<ServerProcess>> servers;
    std::uint16_t server_port = 0;  ///< a live instance (the checker's reads)
    std::vector<std::unique_ptr<FaultProxy>> proxies;
    Members members;
    int threads = 4;
    SteadyClock::time_point drill_start{};
    SteadyClock::time_point healed_at{};
    Check restarts{"server_restarts", "", {}, 0};

    State(SimOptions o, std::ostream& l) : options(std::move(o)), log(l) {}

    [[nodiscard]] std::int64_t drill_ms() const {
        return std::chrono::duration_cast<milliseconds>(SteadyClock::now() - drill_start).count();
    }
    std::string admin_log() const { return work_dir + "/admin.log"; }

    Result<std::string> admin(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), server_binary);
        auto done = run_command(args, input, admin_log());
        if (!done) return done.error();
        if (done->exit_code != 0) {
            return Error{ErrorCode::internal, "muster-server " + args[1] + " " + args[2] + " failed (exit " +
                                                  std::to_string(done->exit_code) + "; see " + admin_log() + ")"};
        }
        return done->out;
    }

    Status prepare_folders();
    Status prepare_server();
    Status start_members();
    void run_drill();
    void converge();
    void check();
    void finish_report();
};

Status Simulation::State::prepare_folders() {
    if (options.work_dir.empty()) {
        std::string pattern = (fs::temp_directory_path() / "muster-sim-XXXXXX").string();
        if (!mkdtemp(pattern.data())) return Error{ErrorCode::io_error, "cannot create a work folder under /tmp"};
        work_dir = pattern;
        own_work_dir = true;
    } else {
        work_dir = options.work_dir;
        std::error_code ec;
        fs::create_directories(work_dir + "/members", ec);
        if (ec) return Error{ErrorCode::io_error, "--work-dir: " + ec.message()};
    }
    fs::create_directories(work_dir + "/members");
    server_binary = options.server_binary.empty() ? default_server_binary() : options.server_binary;
    return {};
}

namespace {

/// First and last column of each row of an admin `list` table (code or login → key).
std::map<std::string, std::string> first_to_last(const std::string& table) {
    std::map<std::string, std::string> out;
    std::istringstream lines(table);
    std::string line;
    std::getline(lines, line);  // the header
    while (std::getline(lines, line)) {
        const auto first_end = line.find(' ');
        const auto last_start = line.find_last_of(' ');
        if (first_end == std::string::npos || last_start == std::string::npos) continue;
        out[line.substr(0, first_end)] = line.substr(last_start + 1);
    }
    return out;
}

}  // namespace

Status Simulation::State::prepare_server() {
    const bool external = !options.server_data.empty();
    data_dir = external ? options.server_data : work_dir + "/server";
    if (!external) {
        std::vector<std::string> init{"init", "--data", data_dir};
        if (!options.db.empty()) init.insert(init.end(), {"--db", options.db});
        if (auto st = admin(init); !st) return st.error();
    }
    // With a data folder of its own making (or `--prepare-only` run earlier) the
    // scenario's units and members already exist: take their keys.
    std::map<std::string, std::string> units, logins;
    if (external) {
        auto unit_table = admin({"unit", "list", "--data", data_dir});
        auto member_table = admin({"member", "list", "--data", data_dir});
        if (!unit_table || !member_table) return (unit_table ? member_table.error() : unit_table.error());
        units = first_to_last(*unit_table);
        logins = first_to_last(*member_table);
    }
    const auto& codes = scenario.unit_codes;
    for (std::size_t u = 0; u < codes.size(); ++u) {
        std::string key = units.count(codes[u]) ? units[codes[u]] : "";
        if (key.empty()) {
            std::vector<std::string> args{"unit", "add", "--data", data_dir, "--code", codes[u], "--name",
                                          u == 0 ? "Simulated drill HQ" : "Simulated team " + std::to_string(u)};
            if (u > 0) args.insert(args.end(), {"--parent", codes[0]});
            auto out = admin(args);
            if (!out) return out.error();
            key = key_in(*out);
        }
        roster.unit_keys.push_back(key);
        roster.labels[key] = "unit:" + codes[u];
    }
    for (const auto& m : scenario.members) {
        std::string key = logins.count(m.login) ? logins[m.login] : "";
        if (key.empty()) {
            auto out = admin({"member", "add", "--data", data_dir, "--login", m.login, "--name", m.name, "--unit",
                              codes[m.unit], "--role", std::string(to_string(m.role)), "--password-stdin"},
                             m.password + "\n");
            if (!out) return out.error();
            key = key_in(*out);
        }
        roster.member_keys.push_back(key);
        roster.labels[key] = "member:" + m.login;
    }
    if (options.prepare_only) return {};
    if (external) {
        const auto colon = options.connect.rfind(':');
        server_port = static_cast<std::uint16_t>(std::stoi(options.connect.substr(colon + 1)));
        return {};
    }
    for (int i = 0; i < options.instances; ++i) {
        const auto log_name = options.instances == 1 ? "/server.log" : "/server-" + std::to_string(i) + ".log";
        servers.push_back(std::make_unique<ServerProcess>(server_binary, data_dir, work_dir + log_name));
        if (auto st = servers.back()->start(); !st) return st;
    }
    server_port = servers.front()->port();
    return {};
}

Status Simulation::State::start_members() {
    std::vector<std::uint16_t> proxy_ports;
    for (std::size_t p = 0; p < proxies.size(); ++p) {
        proxy_ports.push_back(proxies[p]->start(servers.empty() ? server_port : servers[p]->port()));
        if (proxy_ports.back() == 0) return Error{ErrorCode::io_error, "the fault proxy could not listen on 127.0.0.1"};
    }
    const std::int64_t poll_ms = 800 + 3 * static_cast<std::int64_t>(scenario.members.size());
    for (std::size_t i = 0; i < scenario.members.size(); ++i) {
        members.push_back(std::make_unique<SimMember>(scenario, roster, static_cast<int>(i),
                                                      proxy_ports[i % proxy_ports.size()],
                                                      milliseconds(options.timeout_ms),
                                                      work_dir + "/members/" + scenario.members[i].login + ".db",
                                                      poll_ms));
    }
    std::mutex mutex;
    std::optional<Error> first_error;
    parallel_for(members.size(), threads, [&](std::size_t i) {
        if (auto st = members[i]->open_and_login(); !st) {
            const std::lock_guard lock(mutex);
            if (!first_error) first_error = st.error();
        }
    });
    if (first_error) return *first_error;
    // The coordinator prepares the drill before anyone is in the field (no faults yet).
    SimMember& coordinator = *members[0];
    if (auto st = coordinator.write_drill_plan(); !st) return st;
    if (auto r = coordinator.sync_now(0); !r.ok) {
        return Error{ErrorCode::unavailable, "the coordinator could not push the drill: " +
                                                 (r.error ? r.error->message : std::string("?"))};
    }
    parallel_for(members.size(), threads, [&](std::size_t i) { (void)members[i]->sync_now(0); });
    return {};
}

void Simulation::State::run_drill() {
    const std::int64_t duration_ms = static_cast<std::int64_t>(options.duration_s * 1000);
    drill_start = SteadyClock::now();
    for (auto& proxy : proxies) proxy->begin_faults(drill_start);
    Scheduler scheduler;
    for (std::size_t i = 0; i < members.size(); ++i) scheduler.push(0, i);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            const auto now = [&] { return drill_ms(); };
            while (auto member = scheduler.pop(now, drill_start)) {
                const std::int64_t next = members[*member]->step(drill_ms(), false);
                scheduler.push(next, *member);
            }
        });
    }
    for (const std::int64_t at : plan.kills_ms()) {
        std::this_thread::sleep_until(drill_start + milliseconds(at));
        if (servers.empty()) break;
        // With several instances they die in turn; meanwhile the dead one's
        // proxy sends its members to the next (a load balancer's failover).
        const std::size_t victim = static_cast<std::size_t>(report.kills_done) % servers.size();
        auto& server = *servers[victim];
        server.kill_hard();
        ++report.kills_done;
        if (servers.size() > 1) {
            const auto& standby = *servers[(victim + 1) % servers.size()];
            proxies[victim]->set_upstream(standby.port());
            log << "muster-sim: killed instance " << victim << " (kill -9) at " << at / 1000.0
                << " s; its members go to instance " << (victim + 1) % servers.size() << " while it restarts\n";
        } else {
            log << "muster-sim: killed the server (kill -9) at " << at / 1000.0 << " s; restarting it\n";
        }
        if (auto st = server.start(); !st) {
            restarts.fail("restart " + std::to_string(report.kills_done) + ": " + st.error().message);
            break;
        }
        proxies[victim]->set_upstream(server.port());
        server_port = servers.front()->port();
    }
    std::this_thread::sleep_until(drill_start + milliseconds(duration_ms));
    for (auto& proxy : proxies) proxy->heal();
    healed_at = SteadyClock::now();
    scheduler.stop();
    for (auto& w : workers) w.join();
    report.drill_s = seconds_between(drill_start, healed_at);
}

void Simulation::State::converge() {
    for (;;) {
        ++report.converge_passes;
        std::atomic<bool> quiet{true};
        parallel_for(members.size(), threads, [&](std::size_t i) {
            SimMember& m = *members[i];
            const StepStats before = m.stats();
            bool synced = false;
            for (int attempt = 0; attempt < 6 && !synced; ++attempt) {
                if (attempt > 0) std::this_thread::sleep_for(milliseconds(100 * attempt));
                m.step(drill_ms(), true);
                synced = m.sync_now(drill_ms()).ok;
                if (synced) m.step(drill_ms(), true);  // actions on tasks that just arrived
                synced = synced && m.store().pending_count().value_or(1) == 0;
            }
            const StepStats& after = m.stats();
            if (!synced || after.ops_acked != before.ops_acked || after.changes != before.changes ||
                !m.script_done()) {
                quiet = false;
            }
        });
        if (quiet) {
            report.converged_after_s = seconds_between(healed_at, SteadyClock::now());
            return;
        }
        if (SteadyClock::now() - healed_at > kConvergeLimit) return;
    }
}

void Simulation::State::check() {
    const auto start = SteadyClock::now();
    Check converged{"converged", "", {}, 0};
    if (report.converged_after_s) {
        char after[64];
        std::snprintf(after, sizeof after, "%.2f s after the heal", *report.converged_after_s);
        converged.summary = std::string("every member idle and up to date ") + after;
    } else {
        converged.summary = "not converged within " + std::to_string(kConvergeLimit.count()) + " s of the heal";
        converged.fail("still changing or unable to sync after " + std::to_string(report.converge_passes) + " passes");
    }
    Check scripts{"scripts_done", "every member did its whole script", {}, 0};
    Check errors{"member_errors", "no member hit a local error", {}, 0};
    for (const auto& m : members) {
        if (!m->script_done()) {
            scripts.fail(m->spec().login + ": " + std::to_string(m->actions_left()) + " actions left, waiting for " +
                         m->waiting_for());
        }
        for (const auto& e : m->errors()) errors.fail(e);
    }
    if (options.tamper == Tamper::store) {
        auto done = tamper_member_store(members, scenario);
        report.tamper = done ? *done : "store (failed: " + done.error().message + ")";
    }
    Check views = check_member_views(members, server_port, milliseconds(options.timeout_ms), threads);
    for (std::size_t i = 0; i < servers.size(); ++i) {
        const int code = servers[i]->stop();
        if (code != 0) {
            restarts.fail((servers.size() > 1 ? "instance " + std::to_string(i) : std::string("the server")) +
                          " exited with " + std::to_string(code) + " on SIGTERM");
        }
    }
    restarts.summary = !servers.empty()
                           ? std::to_string(report.kills_done) + " kill -9 and restart(s)" +
                                 (servers.size() > 1 ? " over " + std::to_string(servers.size()) + " instances" : "") +
                                 ", clean exit on SIGTERM at the end"
                           : std::string("the server is not the simulation's own (--connect): not killed, not stopped");
    // The database the checker reads: the SQLite file, or the PostgreSQL database --db named.
    const std::string db_path = options.db.empty() ? data_dir + "/muster.db" : options.db;
    if (options.tamper == Tamper::lost_write || options.tamper == Tamper::lost_conflict) {
        auto done = !servers.empty() && options.db.empty()
                        ? tamper_server_db(db_path, options.tamper, members, scenario)
                        : Result<std::string>(Error{ErrorCode::bad_request, "needs a SQLite server of its own"});
        report.tamper = done ? *done : std::string(to_string(options.tamper)) + " (failed: " + done.error().message + ")";
    }
    ServerLogFacts facts;
    std::vector<CutResponse> cuts;
    for (const auto& proxy : proxies) {
        auto more = proxy->cut_responses();
        cuts.insert(cuts.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    auto server_checks = check_server_log(db_path, members, cuts, scenario, facts);
    report.ops_on_server = facts.ops_on_server;
    report.conflicts_expected = facts.conflicts_expected;
    report.conflicts_recorded = facts.conflicts_recorded;
    report.checks = {converged, scripts, errors, restarts, views};
    report.checks.insert(report.checks.end(), server_checks.begin(), server_checks.end());
    report.check_s = seconds_between(start, SteadyClock::now());
}

void Simulation::State::finish_report() {
    for (const auto& proxy : proxies) report.proxy += proxy->stats();
    nlohmann::json history = nlohmann::json::array();
    for (const auto& m : members) {
        nlohmann::json ops = nlohmann::json::array();
        for (const auto& h : m->history()) ops.push_back(to_json(h));
        history.push_back({{"login", m->spec().login}, {"replica_id", m->replica_id()}, {"ops", ops}});
        report.ops_made += m->history().size();
        report.syncs += m->stats().syncs;
        report.failed_syncs += m->stats().failed_syncs;
        report.pages_sent_ahead += m->transport().sent_ahead();
        for (const auto& [id, rec] : m->transport().acks()) {
            report.acks_applied += static_cast<std::size_t>(rec.applied);
            report.acks_duplicate += static_cast<std::size_t>(rec.duplicate);
            report.acks_rejected += static_cast<std::size_t>(rec.rejected);
        }
    }
    const std::string text = history.dump();
    report.history_digest = sha256_hex(text);
    if (!options.history_file.empty()) {
        std::ofstream out(options.history_file, std::ios::trunc);
        out << nlohmann::json{{"seed", options.seed}, {"members", history}}.dump(1) << "\n";
    }
}

Simulation::Simulation(SimOptions options, std::ostream& log) : s_(std::make_unique<State>(std::move(options), log)) {}

Simulation::~Simulation() {
    if (!s_) return;
    for (auto& proxy : s_->proxies) proxy->stop();
    s_->members.clear();
    s_->servers.clear();
    std::error_code ec;
    if (s_->own_work_dir && !s_->options.keep && s_->report.clean()) fs::remove_all(s_->work_dir, ec);
}

Result<Report> Simulation::run() {
    State& s = *s_;
    const auto& o = s.options;
    const auto setup_start = SteadyClock::now();
    const std::int64_t duration_ms = static_cast<std::int64_t>(o.duration_s * 1000);
    // A thread per member up to 64: a hung request holds its thread until the timeout, and
    // members must not wait on each other's hangs.
    s.threads = o.threads > 0 ? o.threads : std::clamp(o.members, 4, 64);
    s.scenario = make_scenario(o.members, o.seed, duration_ms, o.contested);
    s.plan = FaultPlan(fault_profile(o.faults), o.seed, o.members, duration_ms, o.kill_server);
    for (int i = 0; i < std::max(1, o.instances); ++i) s.proxies.push_back(std::make_unique<FaultProxy>(s.plan));

    Report& r = s.report;
    r.seed = o.seed;
    r.members = o.members;
    r.duration_s = o.duration_s;
    r.faults = o.faults;
    r.kills_planned = o.kill_server;
    r.threads = s.threads;
    r.tasks = static_cast<int>(s.scenario.tasks.size());
    for (const auto& p : s.plan.partitions()) {
        char window[64];
        std::snprintf(window, sizeof window, " members from %.1f s to %.1f s", static_cast<double>(p.from_ms) / 1000,
                      static_cast<double>(p.to_ms) / 1000);
        r.partitions.push_back(std::to_string(p.members.size()) + window);
    }
    r.replay = "muster-sim --members " + std::to_string(o.members) + " --seed " + std::to_string(o.seed) +
               " --duration " + compact(o.duration_s) + " --faults " + std::string(to_string(o.faults)) +
               " --kill-server " + std::to_string(o.kill_server) +
               (o.instances > 1 ? " --instances " + std::to_string(o.instances) + " --db URL" : "") +
               (o.contested != 0.25 ? " --contested " + compact(o.contested) : "");

    if (auto st = s.prepare_folders(); !st) return st.error();
    s.log << "muster-sim: seed " << o.seed << ", " << o.members << " members, work folder " << s.work_dir << "\n";
    if (auto st = s.prepare_server(); !st) return st.error();
    if (o.prepare_only) {
        s.log << "muster-sim: " << o.members << " members and " << s.scenario.unit_codes.size()
              << " units ready in " << o.server_data << " for seed " << o.seed << "\n";
        return r;
    }
    if (auto st = s.start_members(); !st) return st.error();
    r.setup_s = seconds_between(setup_start, SteadyClock::now());
    s.log << "muster-sim: drill running for " << o.duration_s << " s (faults " << to_string(o.faults) << ")\n";
    s.run_drill();
    s.log << "muster-sim: healed every fault; converging\n";
    s.converge();
    s.log << "muster-sim: checking\n";
    s.check();
    s.finish_report();
    return r;
}

}  // namespace muster::sim
