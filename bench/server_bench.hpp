#pragma once
/// Pieces shared by server_bench's parts (server_bench_sync.cpp, server_bench_pull.cpp,
/// server_bench_ws.cpp): options, the printed table, a watchdog and small sync helpers.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "muster/server/crypto.hpp"
#include "support/keep_alive_client.hpp"
#include "support/server_process.hpp"
#include "support/sync_client.hpp"

namespace muster::bench {

using Clock = std::chrono::steady_clock;
using test::json;
using test::KeepAliveClient;
using test::SyncClient;

inline constexpr const char* kPassword = "muster-demo";
/// Seeded passwords are hashed at argon2id's minimum cost (what MUSTER_TEST_FAST_HASH=1 selects).
inline const server::HashCost kFastHash = server::HashCost::insecure_for_tests();

struct Options {
    bool quick = false;
    bool json = false;
    std::string only;    ///< "" (every part), "sync", "merge", "pull", "ws" or "scale" (only when named)
    double seconds = 10;  ///< timed seconds per client count in the sync part
    // --table (server_bench_table.cpp)
    bool table = false;
    bool write_results = false;
    std::string results_dir;     ///< "" : bench/results in the source tree
    std::string skip;            ///< comma-separated rows to leave out: merge,pouch,latency,ws,sim
    int sim_members = 1000;
    double sim_duration = 30;
    int sim_timeout = 300;       ///< seconds muster-sim may take beyond --sim-duration
    int ws_sockets = 5000;
    int latency_members = 200;
    int latency_changes = 200;
    int pouch_docs = 100'000;  ///< documents in the pouch rows (--pouch-docs N; --quick: 10,000)
};

/// `server_bench --table`: the issue-7 table (merge, PouchDB peer, latency, memory, simulator).
int run_table(const Options& o);

/// Prints `message` and exits 1, or throws std::runtime_error when `g_die_throws` (--table).
[[noreturn]] void die(const std::string& message);
extern bool g_die_throws;
double since(Clock::time_point start);
/// User + system CPU seconds of this process (every bench thread).
double bench_cpu_seconds();
/// Bytes this process has handed to write(2) and friends so far (/proc/self/io `wchar`).
std::uint64_t bench_written_bytes();
/// Busy CPU seconds of the whole machine so far, every core (/proc/stat: all but idle and iowait).
double machine_busy_seconds();
/// `value` with thousands separators and `decimals` decimals.
std::string number(double value, int decimals = 0);
std::string mib(long kib);

/// A process's file I/O so far, from /proc/<pid>/io: read()/pread() and write()/pwrite() calls and
/// their bytes (sockets are not counted: Asio uses recvmsg/sendmsg).
struct IoCounters {
    double reads = 0, writes = 0;
    double read_bytes = 0, written_bytes = 0;
};
IoCounters io_counters(int pid);

/// Rows of figure, value, target, met; printed as one aligned table or as JSON.
class Table {
  public:
    void add(std::string figure, std::string value) {
        rows_.push_back({std::move(figure), std::move(value), "", false});
    }
    void add(std::string figure, std::string value, std::string target, bool met) {
        rows_.push_back({std::move(figure), std::move(value), std::move(target), met});
    }
    /// A line printed above the table (a JSON `notes` entry).
    void note(std::string line) { notes_.push_back(std::move(line)); }
    void print(bool as_json) const;

  private:
    struct Row {
        std::string figure, value;
        std::string target;  ///< "" when the figure has none
        bool met = false;
    };
    std::vector<std::string> notes_;
    std::vector<Row> rows_;
};

/// While alive, SIGKILLs `pid` if `limit` passes first, so a wedged server fails the run (the
/// blocked clients see their sockets close) instead of hanging it.
class Watchdog {
  public:
    Watchdog(int pid, std::chrono::seconds limit, std::string phase);
    ~Watchdog();
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

  private:
    std::mutex mutex_;
    std::condition_variable done_cv_;
    bool done_ = false;
    std::thread thread_;
};

/// `muster-server serve` on a seeded `data` folder (no MUSTER_TEST_FAST_HASH: it hashes nothing
/// here; logins verify at each hash's stored cost). Dies if it does not start.
std::unique_ptr<test::ServerProcess> start_server(const std::string& data);
/// Logs in with the demo password and a fresh replica id; dies on failure.
SyncClient log_in(std::uint16_t port, const std::string& login);
/// A /v1/sync request body around `ops` (a JSON array's text).
std::string sync_body(const std::string& replica, const std::string& cursor, int limit,
                      const std::string& ops);
/// The string value of `"name":"…"` in a response body (the server's keys hold no escapes), or "".
std::string text_field(const std::string& body, const std::string& name);
std::size_t occurrences(const std::string& body, const std::string& needle);
/// Syncs `ops` (`count` of them, a JSON array's text) with an empty pull; dies unless every one is
/// applied.
void push_all(KeepAliveClient& http, const SyncClient& c, const std::string& ops,
              std::size_t count);

/// The three parts; each adds its rows to `table`.
void sync_load(const Options& o, Table& table);
/// `--only scale` (server_bench_scale.cpp): the sync load against SQLite, PostgreSQL with one
/// instance and PostgreSQL with two instances on one database, and the ratios.
void scale_load(const Options& o, Table& table);

// The sync load (server_bench_sync.cpp), shared by the sync and scale parts.

/// One load client: its own login (load<i>, unit load-<i>), replica, tasks and cursor.
struct LoadClient {
    SyncClient sync;
    bool coordinator = false;
    std::vector<std::string> tasks;
    std::string cursor;
};

/// One timed run of the sync load, summed over every server instance.
struct LoadFigures {
    double rate = 0;  ///< applied ops/s
    double p50_ms = 0, p99_ms = 0;
    std::size_t requests = 0, rejected = 0, failed = 0;
    long rss_kib = 0, peak_kib = 0;           ///< VmRSS / VmHWM at the end of the timed run
    std::vector<long> instance_rss_kib;       ///< each instance's VmRSS
    double server_cpu = 0, bench_cpu = 0;     ///< CPU seconds per second (2.0 = both cores)
    double database_cpu = 0;                  ///< the same for measure_load's `database_cpu`
    double machine_cpu = 0;                   ///< the same for the whole machine
    IoCounters io;                            ///< the servers' file I/O during the run
    std::string first_error;
};

/// Seeds `data` with the demo and `clients` units under hq, each with a coordinator (even) or
/// member (odd) load<i>; on the database `db` ("" : SQLite in the folder).
void seed_load(const std::string& data, int clients, const std::string& db = {});
/// Logs every client in through `server`, has the admin create their units' tasks, and brings
/// every cursor up to date.
std::vector<LoadClient> prepare_load(const test::ServerProcess& server, int count);
/// The first `k` clients sync batches of 100 ops for `seconds` after one warm-up batch each;
/// client i talks to `servers[i % servers.size()]`. `database_cpu`, if given, returns CPU seconds
/// used so far by the database's processes (PostgreSQL), for LoadFigures::database_cpu.
LoadFigures measure_load(std::vector<LoadClient>& clients, int k,
                         const std::vector<const test::ServerProcess*>& servers, double seconds,
                         const std::function<double()>& database_cpu = {});
/// In process, no HTTP: one thread merging batches of 500 ops through SyncService.
void merge_throughput(const Options& o, Table& table);
/// merge_throughput's figures: applied ops/s, the bare insert baseline (same rows, 500 per
/// transaction, WAL, synchronous=FULL), bench CPU per op.
struct MergeFigures {
    double rate = 0, bare = 0, cpu_per_op_us = 0;
    double written_per_op = 0;  ///< bytes written per op (WAL frames and checkpoints)
    std::size_t batches = 0;
};
MergeFigures measure_merge(bool quick);

inline constexpr const char* kStatuses[] = {"open", "acknowledged", "in_progress", "done", "blocked", "cancelled"};
inline constexpr const char* kPriorities[] = {"low", "normal", "high", "critical"};

/// One op as the server receives it, with the entity and key a bare table row keeps.
struct OpText {
    const char* entity;
    std::string key;
    std::string text;
};

/// Builds a client's ops as JSON text by hand rather than through nlohmann::json: the clients
/// share the machine's two cores with the server, so client CPU is taken from the figure being
/// measured. Ids and stamps advance the SyncClient exactly as SyncClient::op does.
class OpWriter {
  public:
    OpWriter(SyncClient& client, std::vector<std::string> tasks, bool coordinator)
        : c_(client), tasks_(std::move(tasks)), coordinator_(coordinator) {}

    /// Alternately a task update (status, a new one on each visit; for coordinators every other
    /// visit priority too) and a log append on the same task.
    OpText next() {
        const auto& task = tasks_[turn_ % tasks_.size()];
        const auto visit = turn_ / tasks_.size();
        if (ops_++ % 2 == 0) {
            std::string fields = std::string("{\"status\":\"") + kStatuses[visit % 6] + "\"";
            if (coordinator_ && visit % 2 == 0)
                fields += std::string(",\"priority\":\"") + kPriorities[visit % 4] + "\"";
            return {"task", task, op_text("set", "task", task, fields + "}")};
        }
        ++turn_;
        const auto key = test::entity_key();
        const std::string fields = "{\"at\":" + std::to_string(test::now_ms()) + ",\"author\":\"" +
                                   c_.member_id + "\",\"kind\":\"note\",\"task\":\"" + task +
                                   "\",\"text\":\"Checked point " + std::to_string(ops_) + "\"}";
        return {"log", key, op_text("append", "log", key, fields)};
    }

    /// `count` ops as a JSON array.
    std::string batch(int count) {
        std::string out = "[";
        for (int i = 0; i < count; ++i) {
            if (i > 0) out += ',';
            out += next().text;
        }
        return out + "]";
    }

  private:
    std::string op_text(const char* kind, const char* entity, const std::string& key,
                        const std::string& fields) {
        c_.last_ms = std::max(c_.last_ms + 1, test::now_ms());
        return std::string("{\"entity\":\"") + entity + "\",\"fields\":" + fields +
               ",\"hlc\":{\"c\":0,\"ms\":" + std::to_string(c_.last_ms) + ",\"r\":\"" + c_.replica +
               "\"},\"id\":\"" + c_.replica + "-" + std::to_string(c_.next++) + "\",\"key\":\"" +
               key + "\",\"kind\":\"" + kind + "\"}";
    }

    SyncClient& c_;
    std::vector<std::string> tasks_;
    bool coordinator_;
    std::size_t turn_ = 0;
    std::size_t ops_ = 0;
};


/// Rows per second into a plain table: the ops' (entity, key, op text), `batch` rows per
/// transaction, WAL and synchronous=FULL like the server's store, for `seconds` (at least 10
/// transactions). The baseline every sync figure is divided by.
double bare_insert_rate(const std::string& path, double seconds, int batch);
void cold_pull(const Options& o, Table& table);
void idle_websockets(const Options& o, Table& table);

}  // namespace muster::bench
