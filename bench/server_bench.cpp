// The sync server under load, measured against the real muster-server binary (a child process on
// 127.0.0.1:0 with a fresh, seeded data folder for each part).
//
//   server_bench [--quick] [--json] [--only sync|merge|pull|ws|scale] [--seconds S]
//
// sync: K = 1, 8, 64 clients, each its own logged-in coordinator or member (of its own unit under
//       hq, so each client's scope holds its own work) with its own replica id and keep-alive
//       connection, sending 100 ops per POST /v1/sync (half task updates: status, and priority too
//       for coordinators; half log appends) for S seconds (default 10) and keeping its cursor, so
//       each answer also carries back the client's own changes. Figures: applied ops/s, p50/p99
//       request latency, server RSS, server and bench CPU. Baseline in the same run, on the same
//       file system: the same op rows (entity, key, op text) into a plain SQLite table, 100 rows
//       per transaction, WAL and synchronous=FULL like the server.
// merge: in process, no HTTP: one thread runs SyncService on batches of 500 ops (a coordinator's
//       task updates and log appends over 2,000 tasks), each one durable transaction plus the
//       caller's pull. Baseline: the same op rows into a plain table, 500 per transaction. The
//       writer's own cost per op, which bounds the sync figure above.
// pull: an admin seeds 10,000 tasks and 50,000 logs through /v1/sync; the hq coordinator then
//       pulls its whole scope from an empty cursor with `Accept-Encoding: gzip`, pages of 5000,
//       until has_more is false, inflating and parsing every page as the app would.
// ws:   2,000 WebSockets on /v1/events, each authenticated (20 tokens of 5 logins, shared: the
//       server allows that) and left idle; server RSS before and after.
// scale: only with `--only scale` (never by default, nor in --table): the sync load with K = 64
//       clients (--quick: 16) on SQLite, on PostgreSQL with one instance, and on PostgreSQL with
//       two instances on the same data folder (clients split between their ports), each on a
//       fresh seeded folder and database; ops/s, p50/p99, server RSS and CPU, and the ratios
//       PostgreSQL 1 instance / SQLite and 2 instances / 1 instance. The cluster: the folder
//       MUSTER_BENCH_POSTGRES names (its `url` file), else scripts/pg-cluster.sh starts one in
//       <build>/bench-pg and stops it at the end.
//
// Passwords are hashed at argon2id's minimum cost when seeding (what the tests'
// MUSTER_TEST_FAST_HASH=1 does), so 64 logins take milliseconds; the server runs without it.
#include "server_bench.hpp"

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <stdexcept>

namespace muster::bench {

bool g_die_throws = false;

void die(const std::string& message) {
    std::fprintf(stderr, "server_bench: %s\n", message.c_str());
    // --table: unwind instead, so the row's servers and helpers are stopped by their destructors
    // and the row reports the failure while the rest of the table still runs.
    if (g_die_throws) throw std::runtime_error(message);
    std::exit(1);
}

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double bench_cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::uint64_t bench_written_bytes() {
    std::istringstream in(test::read_file("/proc/self/io"));
    std::string name;
    std::uint64_t value = 0;
    while (in >> name >> value) {
        if (name == "wchar:") return value;
    }
    return 0;
}

double machine_busy_seconds() {
    std::istringstream in(test::read_file("/proc/stat"));
    std::string cpu;
    double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    in >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    return (user + nice + system + irq + softirq + steal) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

std::string number(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string text = buf;
    const auto dot = text.find('.');
    const long digits_end = static_cast<long>(dot == std::string::npos ? text.size() : dot);
    for (long i = digits_end - 3; i > (text[0] == '-' ? 1 : 0); i -= 3)
        text.insert(static_cast<std::size_t>(i), ",");
    return text;
}

std::string mib(long kib) {
    return number(static_cast<double>(kib) / 1024.0, 1) + " MiB";
}

IoCounters io_counters(int pid) {
    IoCounters out;
    std::istringstream in(test::read_file("/proc/" + std::to_string(pid) + "/io"));
    std::string name;
    double value = 0;
    while (in >> name >> value) {
        if (name == "syscr:") out.reads = value;
        if (name == "syscw:") out.writes = value;
        if (name == "rchar:") out.read_bytes = value;
        if (name == "wchar:") out.written_bytes = value;
    }
    return out;
}

void Table::print(bool as_json) const {
    if (as_json) {
        json out = {{"notes", notes_}, {"rows", json::array()}};
        for (const auto& r : rows_) {
            json row = {{"figure", r.figure}, {"value", r.value}};
            if (!r.target.empty()) row.update({{"target", r.target}, {"met", r.met}});
            out["rows"].push_back(row);
        }
        std::printf("%s\n", out.dump(2).c_str());
        return;
    }
    int widths[3] = {6, 5, 6};
    for (const auto& r : rows_) {
        widths[0] = std::max(widths[0], static_cast<int>(r.figure.size()));
        widths[1] = std::max(widths[1], static_cast<int>(r.value.size()));
        widths[2] = std::max(widths[2], static_cast<int>(r.target.size()));
    }
    for (const auto& n : notes_) std::printf("%s\n", n.c_str());
    const auto line = [&](const std::string& a, const std::string& b, const std::string& c,
                          const char* d) {
        std::printf("%-*s  %*s  %-*s  %s\n", widths[0], a.c_str(), widths[1], b.c_str(), widths[2],
                    c.c_str(), d);
    };
    line("figure", "value", "target", "met");
    for (const auto& r : rows_) {
        line(r.figure, r.value, r.target.empty() ? "-" : r.target,
             r.target.empty() ? ""
             : r.met          ? "yes"
                              : "NO");
    }
}

Watchdog::Watchdog(int pid, std::chrono::seconds limit, std::string phase)
    : thread_([this, pid, limit, phase = std::move(phase)] {
          std::unique_lock lock(mutex_);
          if (!done_cv_.wait_for(lock, limit, [this] { return done_; })) {
              std::fprintf(stderr, "server_bench: %s took over %lld s; killing the server\n",
                           phase.c_str(), static_cast<long long>(limit.count()));
              kill(pid, SIGKILL);
          }
      }) {}

Watchdog::~Watchdog() {
    {
        std::lock_guard lock(mutex_);
        done_ = true;
    }
    done_cv_.notify_all();
    thread_.join();
}

std::unique_ptr<test::ServerProcess> start_server(const std::string& data) {
    // One client of the K=1 run sends ~160 syncs a second, over a member's
    // default rate (50/s): the bench measures throughput, not the limiter.
    auto server = std::make_unique<test::ServerProcess>(data, std::vector<std::string>{"--rate-limit", "0"},
                                                        std::map<std::string, std::string>{});
    if (server->port() == 0) die("the server did not start: " + server->log());
    return server;
}

SyncClient log_in(std::uint16_t port, const std::string& login) {
    auto in = test::log_in(port, login, kPassword);
    if (in.response.status != 200) {
        die("login " + login + ": " + std::to_string(in.response.status) + " " + in.response.body);
    }
    return std::move(in.client);
}

std::string sync_body(const std::string& replica, const std::string& cursor, int limit,
                      const std::string& ops) {
    return "{\"cursor\":" + json(cursor).dump() + ",\"limit\":" + std::to_string(limit) +
           ",\"ops\":" + ops + ",\"replica_id\":\"" + replica + "\"}";
}

std::string text_field(const std::string& body, const std::string& name) {
    const std::string key = "\"" + name + "\":\"";
    const auto at = body.find(key);
    if (at == std::string::npos) return {};
    const auto start = at + key.size();
    return body.substr(start, body.find('"', start) - start);
}

std::size_t occurrences(const std::string& body, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = body.find(needle); at != std::string::npos;
         at = body.find(needle, at + needle.size()))
        ++n;
    return n;
}

void push_all(KeepAliveClient& http, const SyncClient& c, const std::string& ops,
              std::size_t count) {
    // Limit 1: the answer carries the acks and at most one change. (A cursor
    // past every seq, which carried none, is refused as `stale_cursor`.)
    const auto r = http.post("/v1/sync", sync_body(c.replica, "", 1, ops), c.token);
    if (r.status != 200)
        die("sync as " + c.login + ": " + std::to_string(r.status) + " " + r.error +
            r.body.substr(0, 300));
    if (occurrences(r.body, "\"status\":\"applied\"") != count) {
        die("sync as " + c.login + ": not all applied: " + r.body.substr(0, 400));
    }
}

}  // namespace muster::bench

namespace {

/// 2,000 sockets here plus as many in the server: lift the soft descriptor limit to the hard one
/// (the server, started later, inherits it).
void raise_file_limit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

/// The first three fields of /proc/loadavg: other work on the machine skews every figure.
std::string load_average() {
    const auto text = muster::test::read_file("/proc/loadavg");
    std::size_t end = 0;
    for (int fields = 0; fields < 3 && end != std::string::npos; ++fields)
        end = text.find(' ', end + 1);
    return text.substr(0, end);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace muster::bench;
    Options o;
    bool seconds_given = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            o.quick = true;
        } else if (std::strcmp(argv[i], "--json") == 0) {
            o.json = true;
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            o.only = argv[++i];
        } else if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            o.seconds = std::max(0.5, std::atof(argv[++i]));
            seconds_given = true;
        } else if (std::strcmp(argv[i], "--table") == 0) {
            o.table = true;
        } else if (std::strcmp(argv[i], "--write-results") == 0) {
            o.write_results = true;
        } else if (std::strcmp(argv[i], "--results-dir") == 0 && i + 1 < argc) {
            o.results_dir = argv[++i];
        } else if (std::strcmp(argv[i], "--skip") == 0 && i + 1 < argc) {
            o.skip = argv[++i];
        } else if (std::strcmp(argv[i], "--sim-members") == 0 && i + 1 < argc) {
            o.sim_members = std::max(3, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--sim-duration") == 0 && i + 1 < argc) {
            o.sim_duration = std::max(5.0, std::atof(argv[++i]));
        } else if (std::strcmp(argv[i], "--sim-timeout") == 0 && i + 1 < argc) {
            o.sim_timeout = std::max(30, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--ws-sockets") == 0 && i + 1 < argc) {
            o.ws_sockets = std::max(10, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--latency-members") == 0 && i + 1 < argc) {
            o.latency_members = std::max(2, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--latency-changes") == 0 && i + 1 < argc) {
            o.latency_changes = std::max(10, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--pouch-docs") == 0 && i + 1 < argc) {
            o.pouch_docs = std::max(1000, std::atoi(argv[++i]));
        } else {
            std::fprintf(
                stderr,
                "usage: server_bench [--quick] [--json] [--only sync|merge|pull|ws|scale] [--seconds S]\n"
                "       server_bench --table [--quick] [--write-results] [--results-dir DIR]\n"
                "                    [--skip merge,pouch,latency,ws,sim] [--sim-members N] [--sim-duration S]\n"
                "                    [--sim-timeout S] [--ws-sockets N] [--latency-members N] [--latency-changes N]\n"
                "                    [--pouch-docs N]\n");
            return 2;
        }
    }
    if (o.quick && !seconds_given) o.seconds = 1;
    signal(SIGPIPE, SIG_IGN);
    raise_file_limit();
    if (o.table) return run_table(o);
    const std::string load_start = load_average();
    Table table;
    table.note("muster-server (" + muster::test::kServerBinary +
               ") on 127.0.0.1 with its default 2 I/O threads; " +
               std::to_string(std::thread::hardware_concurrency()) +
               " cores shared by server and bench clients" + (o.quick ? "; --quick sizes" : ""));
    table.note(
        "seeded passwords hashed at argon2id's minimum cost (as MUSTER_TEST_FAST_HASH=1); the "
        "server runs "
        "without that variable");
    if (o.only.empty() || o.only == "sync") sync_load(o, table);
    if (o.only.empty() || o.only == "merge") merge_throughput(o, table);
    if (o.only.empty() || o.only == "pull") cold_pull(o, table);
    if (o.only.empty() || o.only == "ws") idle_websockets(o, table);
    if (o.only == "scale") scale_load(o, table);  // never by default: it starts PostgreSQL
    table.note("load average (1, 5, 15 min) at the start: " + load_start +
               "; at the end: " + load_average());
    table.print(o.json);
    return 0;
}
