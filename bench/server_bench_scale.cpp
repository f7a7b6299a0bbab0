// server_bench --only scale: the sync load (server_bench_sync.cpp) against SQLite, PostgreSQL with
// one instance and PostgreSQL with two instances on one database, in the same run, and the ratios.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "server_bench.hpp"
#include "support/test_db.hpp"

namespace muster::bench {
namespace {

constexpr int kClients = 64;
constexpr int kQuickClients = 16;

/// `f()`, or die with what it threw (the libpq helpers of support/test_db.hpp throw).
template <class F>
auto or_die(F&& f) {
    try {
        return f();
    } catch (const std::exception& e) {
        die(e.what());
        throw;  // not reached: die exits or throws
    }
}

/// The fields of /proc/<pid>/stat after the command name (field 3 first), or none.
std::vector<std::string> stat_fields(const std::string& pid) {
    const auto stat = test::read_file("/proc/" + pid + "/stat");
    const auto close = stat.rfind(')');  // the command name may hold spaces and parentheses
    std::vector<std::string> fields;
    if (close == std::string::npos) return fields;
    std::istringstream in(stat.substr(close + 1));
    for (std::string field; in >> field;) fields.push_back(field);
    return fields;
}

/// CPU seconds of the cluster's processes so far: the postmaster's own and its reaped children's
/// (utime, stime, cutime, cstime), plus every live child's (its backends, walwriter, ...).
double cluster_cpu_seconds(const std::string& postmaster) {
    long long ticks = 0;
    const auto add = [&](const std::vector<std::string>& f, std::size_t count) {
        for (std::size_t i = 11; i < 11 + count && i < f.size(); ++i)
            ticks += std::atoll(f[i].c_str());
    };
    add(stat_fields(postmaster), 4);  // fields 14-17
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        const auto f = stat_fields(name);
        if (f.size() > 1 && f[1] == postmaster) add(f, 2);  // field 4: the parent
    }
    return static_cast<double>(ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

/// The PostgreSQL cluster the PostgreSQL runs use: the one whose folder MUSTER_BENCH_POSTGRES
/// names (its `url` file, as scripts/pg-cluster.sh writes it), else one started here with
/// scripts/pg-cluster.sh in <build>/bench-pg and stopped (and removed) by the destructor.
class PgCluster {
  public:
    PgCluster() {
        const char* given = std::getenv("MUSTER_BENCH_POSTGRES");
        if (given != nullptr && *given != '\0') {
            folder_ = given;
        } else {
            folder_ = BENCH_PG_DIR;
            stopper_.folder = folder_;  // from here on stopped, even when the rest fails
            const auto r = cluster_script("start", folder_);
            if (r.exit_code != 0)
                die("scripts/pg-cluster.sh start " + folder_ + " failed: " + r.err + r.out);
        }
        std::ifstream file(folder_ + "/url");
        if (!std::getline(file, admin_url_) || admin_url_.empty())
            die(folder_ +
                " holds no url file (MUSTER_BENCH_POSTGRES names a folder of "
                "scripts/pg-cluster.sh start)");
        const auto show = or_die([&] {
            auto conn = test::pg_connect(admin_url_);
            return "PostgreSQL " + test::pg_scalar(conn.get(), "SHOW server_version") +
                   " (fsync=" + test::pg_scalar(conn.get(), "SHOW fsync") +
                   ", synchronous_commit=" + test::pg_scalar(conn.get(), "SHOW synchronous_commit") +
                   ", shared_buffers=" + test::pg_scalar(conn.get(), "SHOW shared_buffers") + ") ";
        });
        description_ = show + (stopper_.folder.empty() ? "of MUSTER_BENCH_POSTGRES=" + folder_
                                                       : "started by the bench in " + folder_);
    }
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    [[nodiscard]] const std::string& admin_url() const { return admin_url_; }
    [[nodiscard]] const std::string& description() const { return description_; }
    /// CPU seconds the cluster's processes have used so far (0 when its postmaster is unknown).
    [[nodiscard]] double cpu_seconds() const {
        // The first line of HOME/data/postmaster.pid, HOME being DIR or (run as root) the
        // folder DIR/home names (scripts/pg-cluster.sh's layout).
        std::string home = folder_;
        std::ifstream named(folder_ + "/home");
        if (std::string line; std::getline(named, line) && !line.empty()) home = line;
        std::ifstream file(home + "/data/postmaster.pid");
        std::string pid;
        if (!std::getline(file, pid) || pid.empty()) return 0;
        return cluster_cpu_seconds(pid);
    }

  private:
    static test::ProcessResult cluster_script(const char* command, const std::string& folder) {
        return test::run_process(
            {"/bin/bash", std::string(MUSTER_SOURCE_DIR) + "/scripts/pg-cluster.sh", command,
             folder},
            {}, std::chrono::seconds(120), {});
    }
    /// A member, so it also runs when the constructor fails after starting the cluster.
    struct Stopper {
        std::string folder;  ///< "" : not ours
        Stopper() = default;
        Stopper(const Stopper&) = delete;
        Stopper& operator=(const Stopper&) = delete;
        ~Stopper() {
            if (folder.empty()) return;
            const auto r = cluster_script("stop", folder);
            if (r.exit_code != 0)
                std::fprintf(stderr, "server_bench: scripts/pg-cluster.sh stop %s failed: %s%s\n",
                             folder.c_str(), r.err.c_str(), r.out.c_str());
        }
    };
    Stopper stopper_;
    std::string folder_;
    std::string admin_url_;
    std::string description_;
};

/// A new empty database in `cluster` for one run, dropped (connections and all) when done.
class FreshDatabase {
  public:
    explicit FreshDatabase(const PgCluster& cluster) : admin_url_(cluster.admin_url()) {
        static int counter = 0;
        // Digits, letters and underscores made here: nothing from outside reaches the statements.
        name_ = "bench_scale_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
        url_ = or_die([&] { return test::pg_create_database(admin_url_, name_); });
    }
    ~FreshDatabase() {
        try {
            auto conn = test::pg_connect(admin_url_);
            test::pg_scalar(conn.get(), "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");  // sql-ok: a name made here
        } catch (const std::exception& e) {
            std::fprintf(stderr, "server_bench: the database %s was not dropped: %s\n", name_.c_str(), e.what());
        }
    }
    FreshDatabase(const FreshDatabase&) = delete;
    FreshDatabase& operator=(const FreshDatabase&) = delete;

    [[nodiscard]] const std::string& url() const { return url_; }

  private:
    std::string admin_url_, name_, url_;
};

struct Run {
    std::string backend;
    int instances = 1;
    LoadFigures figures;
};

/// The sync load on a fresh data folder seeded on `db` ("" : SQLite), served by `instances`
/// `muster-server serve` processes on that folder; the clients split evenly between them.
LoadFigures run_backend(const std::string& db, int instances, int clients, double seconds,
                        const PgCluster* cluster) {
    test::TempDir dir;
    const auto data = dir.sub("data");
    seed_load(data, clients, db);
    std::vector<std::unique_ptr<test::ServerProcess>> servers;
    std::vector<const test::ServerProcess*> serving;
    for (int i = 0; i < instances; ++i) {
        servers.push_back(start_server(data));
        serving.push_back(servers.back().get());
    }
    auto load = prepare_load(*servers.front(), clients);
    std::function<double()> database_cpu;
    if (cluster != nullptr) database_cpu = [cluster] { return cluster->cpu_seconds(); };
    auto figures = measure_load(load, clients, serving, seconds, database_cpu);
    for (auto& server : servers) server->stop();
    return figures;
}

std::string ratio(double a, double b) {
    return b > 0 ? number(a / b, 2) + "x" : "-";
}

void run_scale(const Options& o, Table& table) {
    const int clients = o.quick ? kQuickClients : kClients;
    const PgCluster cluster;
    std::vector<Run> runs;
    runs.push_back({"SQLite", 1, run_backend("", 1, clients, o.seconds, nullptr)});
    for (const int instances : {1, 2}) {
        const FreshDatabase db(cluster);
        runs.push_back({"PostgreSQL", instances,
                        run_backend(db.url(), instances, clients, o.seconds, &cluster)});
    }

    table.note("scale: the sync load (K=" + std::to_string(clients) +
               " clients, 100 ops per request, as in --only sync) for " + number(o.seconds, 1) +
               " s on SQLite, on PostgreSQL with one muster-server instance, and with two "
               "instances on the same data folder and database (client i -> instance i % 2); "
               "each run on a fresh seeded data folder and, for PostgreSQL, a fresh database");
    table.note("scale: " + cluster.description());
    table.note(
        "scale: server RSS and CPU are summed over the instances; CPU 'PG' is the cluster's "
        "processes, 'other' the rest of the machine (other work running meanwhile)");
    // The small table: aligned columns as notes; the figures as rows with --json.
    std::vector<std::vector<std::string>> cells = {
        {"backend", "instances", "clients", "ops/s", "p50 ms", "p99 ms", "server RSS",
         "CPU server / PG / clients / other (of " +
             std::to_string(100 * std::thread::hardware_concurrency()) + "%)"}};
    for (const auto& r : runs) {
        const auto& f = r.figures;
        std::string rss = mib(f.rss_kib);
        if (f.instance_rss_kib.size() > 1) {
            rss = "";
            for (const long kib : f.instance_rss_kib) rss += (rss.empty() ? "" : " + ") + mib(kib);
        }
        const double other =
            std::max(0.0, f.machine_cpu - f.server_cpu - f.database_cpu - f.bench_cpu);
        cells.push_back({r.backend, std::to_string(r.instances), std::to_string(clients),
                         number(f.rate), number(f.p50_ms, 1), number(f.p99_ms, 1), rss,
                         number(100 * f.server_cpu) + "% / " + number(100 * f.database_cpu) +
                             "% / " + number(100 * f.bench_cpu) + "% / " + number(100 * other) +
                             "%"});
        const std::string at = "scale: " + r.backend + ", " + std::to_string(r.instances) +
                               (r.instances == 1 ? " instance" : " instances") +
                               ", K=" + std::to_string(clients) + ": ";
        if (o.json) {
            table.add(at + "applied ops/s", number(f.rate));
            table.add(at + "request latency p50 / p99",
                      number(f.p50_ms, 1) + " / " + number(f.p99_ms, 1) + " ms");
            table.add(at + "server RSS", rss);
            table.add(at + "CPU: server / PostgreSQL / bench clients / other", cells.back().back());
        }
        if (f.failed > 0 || f.rejected > 0)
            table.note(at + std::to_string(f.failed) + " failed requests, " +
                       std::to_string(f.rejected) + " rejected ops; first error: " + f.first_error);
    }
    std::vector<std::size_t> widths(cells.front().size(), 0);
    for (const auto& row : cells)
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    for (const auto& row : cells) {
        std::string line = "  ";
        for (std::size_t i = 0; i < row.size(); ++i) {
            const auto pad = std::string(widths[i] - row[i].size(), ' ');
            if (i + 1 == row.size())
                line += row[i];  // the last column: no trailing blanks
            else
                line += (i == 0 ? row[i] + pad : pad + row[i]) + "  ";  // numbers right
        }
        table.note(line);
    }
    table.note(
        "scale: every PostgreSQL write transaction locks the one counter row (muster_seq) until "
        "COMMIT, so writes serialize across instances: a second instance is not expected to "
        "double write throughput (it adds read and WebSocket capacity, and failover). Here the "
        "instances, PostgreSQL and the bench clients also share " +
        std::to_string(std::thread::hardware_concurrency()) + " cores");
    table.add("scale: ops/s, PostgreSQL 1 instance / SQLite",
              ratio(runs[1].figures.rate, runs[0].figures.rate));
    table.add("scale: ops/s, PostgreSQL 2 instances / 1 instance (scaling ratio)",
              ratio(runs[2].figures.rate, runs[1].figures.rate));
}

}  // namespace

void scale_load(const Options& o, Table& table) {
    // die() throws while this runs, so the servers, the databases and a cluster started here are
    // stopped and removed (their destructors) before the bench exits on a failure.
    const bool was = g_die_throws;
    g_die_throws = true;
    try {
        run_scale(o, table);
    } catch (const std::exception& e) {
        g_die_throws = was;
        die(std::string("scale: stopped after: ") + e.what());
    }
    g_die_throws = was;
}

}  // namespace muster::bench
