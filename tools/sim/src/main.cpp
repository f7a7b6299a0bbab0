// muster-sim: a whole drill with N simulated members against a real
// muster-server through a fault-injecting proxy, then a verdict. See README.md.
#include <iostream>
#include <random>

#include <CLI/CLI.hpp>

#include "simulation.hpp"

namespace {

constexpr int kViolations = 1;
constexpr int kUsage = 2;
constexpr int kSetupFailed = 3;

}  // namespace

int main(int argc, char** argv) {
    using muster::sim::SimOptions;
    SimOptions o;
    o.seed = std::random_device{}() % 1'000'000'000ULL;
    std::string faults = "patchy";
    std::string tamper = "none";

    CLI::App app{"Runs a drill with simulated members against a real muster-server through a fault-injecting "
                 "proxy, then checks that nothing was lost, duplicated or left diverged.",
                 "muster-sim"};
    app.add_option("--members", o.members, "Simulated people, coordinator and evaluator included")
        ->check(CLI::Range(3, 1000))
        ->capture_default_str();
    app.add_option("--seed", o.seed, "Seed: the same seed makes the same people do the same things (default: random)");
    app.add_option("--duration", o.duration_s, "Real seconds the drill runs before every fault is healed")
        ->check(CLI::Range(2.0, 3600.0))
        ->capture_default_str();
    app.add_option("--faults", faults, "Network fault profile")
        ->check(CLI::IsMember({"none", "patchy", "severe"}))
        ->capture_default_str();
    app.add_option("--kill-server", o.kill_server, "kill -9 the server this many times during the drill (restarted on the same data)")
        ->check(CLI::Range(0, 50))
        ->capture_default_str();
    app.add_flag("--json", o.json, "Print the report as JSON");
    app.add_option("--contested", o.contested, "Share of injects whose status the coordinator edits too")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    app.add_option("--work-dir", o.work_dir, "Folder for the server's data and the members' stores (default: a temporary one, removed after a clean run)");
    app.add_flag("--keep", o.keep, "Keep the work folder");
    app.add_option("--server-binary", o.server_binary, "muster-server to run (default: the one next to muster-sim)");
    auto* connect = app.add_option("--connect", o.connect, "Use a running server on 127.0.0.1:PORT instead of starting one (needs --server-data)");
    auto* data = app.add_option("--server-data", o.server_data,
                                "The server's data folder: its admin CLI adds the simulated units and members");
    app.add_flag("--prepare-only", o.prepare_only,
                 "Only add the units and members of --seed/--members to --server-data and stop, for a server "
                 "started afterwards (with --connect they are added at the start of the run, beside the running "
                 "server, which announces them to its sockets)")
        ->needs(data)
        ->excludes(connect);
    app.add_option("--history", o.history_file, "Write every member's op-level history (JSON) to this file");
    app.add_option("--timeout-ms", o.timeout_ms, "Timeout of each connect, write and read of a member")
        ->check(CLI::Range(200, 120'000))
        ->capture_default_str();
    app.add_option("--db", o.db,
                   "Run the server on this empty PostgreSQL database (postgresql://...; default: SQLite in the work folder)");
    app.add_option("--instances", o.instances,
                   "Server instances on --db; members are spread across them and --kill-server kills them in turn")
        ->check(CLI::Range(1, 8));
    app.add_option("--threads", o.threads, "Worker threads driving the members (default: from --members)")
        ->check(CLI::Range(1, 256));
    app.add_option("--tamper", tamper, "Checker self-test: break one thing after the run (the verdict must fail)")
        ->check(CLI::IsMember({"none", "store", "lost-write", "lost-conflict"}))
        ->capture_default_str();
    CLI11_PARSE(app, argc, argv);

    if (!o.server_data.empty() && o.connect.empty() && !o.prepare_only) {
        std::cerr << "muster-sim: --server-data needs --connect or --prepare-only\n";
        return kUsage;
    }
    o.faults = *muster::sim::fault_level_from_string(faults);
    o.tamper = *muster::sim::tamper_from_string(tamper);
    if (o.instances > 1 && o.db.rfind("postgres", 0) != 0) {
        std::cerr << "muster-sim: --instances: more than one instance needs --db postgresql://... (one shared database)\n";
        return kUsage;
    }
    if (!o.db.empty() && o.db.rfind("postgres", 0) != 0) {
        std::cerr << "muster-sim: --db: expected a postgresql:// URL\n";
        return kUsage;
    }
    if (!o.db.empty() && (o.tamper == muster::sim::Tamper::lost_write || o.tamper == muster::sim::Tamper::lost_conflict)) {
        std::cerr << "muster-sim: --tamper " << tamper << ": edits the server's SQLite file; not with --db\n";
        return kUsage;
    }
    if (!o.connect.empty()) {
        if (!o.db.empty()) {
            std::cerr << "muster-sim: --db: for a server of its own (drop --connect)\n";
            return kUsage;
        }
        if (o.server_data.empty()) {
            std::cerr << "muster-sim: --connect needs --server-data\n";
            return kUsage;
        }
        if (o.kill_server > 0) {
            std::cerr << "muster-sim: --kill-server needs a server of its own (drop --connect)\n";
            return kUsage;
        }
        const auto colon = o.connect.rfind(':');
        const std::string host = colon == std::string::npos ? "" : o.connect.substr(0, colon);
        if (host != "127.0.0.1" && host != "localhost") {
            std::cerr << "muster-sim: --connect: expected 127.0.0.1:PORT\n";
            return kUsage;
        }
    }

    muster::sim::Simulation simulation(o, std::cerr);
    auto report = simulation.run();
    if (!report) {
        std::cerr << "muster-sim: " << report.error().message << " (seed " << o.seed << ")\n";
        return kSetupFailed;
    }
    if (o.prepare_only) return 0;
    if (o.json) {
        std::cout << muster::sim::to_json(*report).dump(2) << "\n";
    } else {
        muster::sim::print_text(std::cout, *report);
    }
    return report->clean() ? 0 : kViolations;
}
