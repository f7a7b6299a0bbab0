// server_bench, part 1: K concurrent clients syncing batches of 100 ops, against bare SQLite
// inserts.
#include <sqlite3.h>

#include <algorithm>
#include <barrier>
#include <cstdio>

#include "muster/server/admin.hpp"
#include "server_bench.hpp"

namespace muster::bench {
double bare_insert_rate(const std::string& path, double seconds, int batch) {
    SyncClient c;
    c.replica = test::random_hex(16);
    c.member_id = test::entity_key();
    std::vector<std::string> tasks;
    for (int i = 0; i < 20; ++i) tasks.push_back(test::entity_key());
    OpWriter writer(c, tasks, true);
    std::vector<OpText> rows;
    for (int i = 0; i < 50 * batch; ++i) rows.push_back(writer.next());

    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) die("open " + path);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE bare(entity TEXT NOT NULL, key TEXT NOT NULL, op TEXT NOT NULL)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO bare(entity, key, op) VALUES (?1, ?2, ?3)", -1, &insert,
                       nullptr);
    std::size_t inserted = 0;
    const auto start = Clock::now();
    while (inserted < static_cast<std::size_t>(10 * batch) || since(start) < seconds) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int i = 0; i < batch; ++i, ++inserted) {
            const auto& row = rows[inserted % rows.size()];
            sqlite3_bind_text(insert, 1, row.entity, -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 2, row.key.data(), static_cast<int>(row.key.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(insert, 3, row.text.data(), static_cast<int>(row.text.size()),
                              SQLITE_STATIC);
            if (sqlite3_step(insert) != SQLITE_DONE)
                die(std::string("bare insert: ") + sqlite3_errmsg(db));
            sqlite3_reset(insert);
        }
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            die(std::string("bare commit: ") + sqlite3_errmsg(db));
        }
    }
    const double rate = static_cast<double>(inserted) / since(start);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return rate;
}


namespace {

constexpr int kBatch = 100;
constexpr int kTasksPerUnit = 20;
constexpr int kTargetClients = 64;  ///< the client count the targets are for

struct Tally {
    std::size_t applied = 0, requests = 0, rejected = 0, failed = 0;
    std::vector<double> latency_ms;
    Clock::time_point last_answer{};
    std::string first_error;

    void add(const Tally& t) {
        applied += t.applied;
        requests += t.requests;
        rejected += t.rejected;
        failed += t.failed;
        latency_ms.insert(latency_ms.end(), t.latency_ms.begin(), t.latency_ms.end());
        last_answer = std::max(last_answer, t.last_answer);
        if (first_error.empty()) first_error = t.first_error;
    }
};

/// Pulls from `cursor` until has_more is false; returns the last cursor.
std::string catch_up(KeepAliveClient& http, const SyncClient& c, std::string cursor) {
    for (;;) {
        const auto r = http.post("/v1/sync", sync_body(c.replica, cursor, 5000, "[]"), c.token);
        if (r.status != 200)
            die("pull as " + c.login + ": " + std::to_string(r.status) + " " + r.error);
        cursor = text_field(r.body, "cursor");
        if (r.body.find("\"has_more\":true") == std::string::npos) return cursor;
    }
}

/// One client: a warm-up batch, the common start, then batches until `seconds` have passed, each
/// on the cursor of the previous answer.
Tally run_client(LoadClient& lc, std::uint16_t port, double seconds, std::barrier<>& start) {
    Tally t;
    KeepAliveClient http(port);
    if (!http.ok()) die("connect");
    OpWriter writer(lc.sync, lc.tasks, lc.coordinator);
    const auto one = [&](bool counted) {
        auto body = sync_body(lc.sync.replica, lc.cursor, 500, writer.batch(kBatch));
        const auto sent = Clock::now();
        const auto r = http.post("/v1/sync", std::move(body), lc.sync.token);
        t.last_answer = Clock::now();
        if (r.status == 200) lc.cursor = text_field(r.body, "cursor");
        if (!counted) return;
        ++t.requests;
        t.latency_ms.push_back(
            std::chrono::duration<double, std::milli>(t.last_answer - sent).count());
        if (r.status != 200) {
            ++t.failed;
            if (t.first_error.empty())
                t.first_error = std::to_string(r.status) + " " + r.error + r.body.substr(0, 200);
            return;
        }
        t.applied += occurrences(r.body, "\"status\":\"applied\"");
        const auto rejected = occurrences(r.body, "\"status\":\"rejected\"");
        if (rejected > 0 && t.first_error.empty())
            t.first_error = r.body.substr(r.body.find("\"rejected\""), 300);
        t.rejected += rejected;
    };
    one(false);  // connection, prepared statements, caches
    start.arrive_and_wait();
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(seconds));
    while (Clock::now() < deadline) one(true);
    return t;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + static_cast<long>(at), values.end());
    return values[at];
}

}  // namespace

LoadFigures measure_load(std::vector<LoadClient>& clients, int k,
                         const std::vector<const test::ServerProcess*>& servers, double seconds,
                         const std::function<double()>& database_cpu) {
    std::barrier<> start(k + 1);
    std::vector<Tally> tallies(static_cast<std::size_t>(k));
    std::vector<std::thread> threads;
    std::vector<std::unique_ptr<Watchdog>> watchdogs;
    for (const auto* server : servers) {
        watchdogs.push_back(std::make_unique<Watchdog>(
            server->pid(), std::chrono::seconds(static_cast<long>(seconds) + 120),
            "sync with " + std::to_string(k) + " clients"));
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(k); ++i) {
        const auto port = servers[i % servers.size()]->port();
        threads.emplace_back([&, i, port] { tallies[i] = run_client(clients[i], port, seconds, start); });
    }
    const auto server_cpu_now = [&] {
        double sum = 0;
        for (const auto* server : servers) sum += test::cpu_seconds(server->pid());
        return sum;
    };
    const auto io_now = [&] {
        IoCounters sum;
        for (const auto* server : servers) {
            const auto io = io_counters(server->pid());
            sum.reads += io.reads;
            sum.writes += io.writes;
            sum.read_bytes += io.read_bytes;
            sum.written_bytes += io.written_bytes;
        }
        return sum;
    };
    start.arrive_and_wait();
    const auto t0 = Clock::now();
    const double server_cpu0 = server_cpu_now(), bench_cpu0 = bench_cpu_seconds(),
                 machine_cpu0 = machine_busy_seconds(),
                 database_cpu0 = database_cpu ? database_cpu() : 0;
    const auto io0 = io_now();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    LoadFigures f;
    for (const auto* server : servers) {
        const auto memory = test::memory_use(server->pid());
        f.rss_kib += memory.rss_kib;
        f.peak_kib += memory.peak_kib;
        f.instance_rss_kib.push_back(memory.rss_kib);
    }
    for (auto& t : threads) t.join();
    Tally all;
    for (const auto& t : tallies) all.add(t);
    const double elapsed = std::chrono::duration<double>(all.last_answer - t0).count();
    f.server_cpu = (server_cpu_now() - server_cpu0) / elapsed;
    f.bench_cpu = (bench_cpu_seconds() - bench_cpu0) / elapsed;
    f.machine_cpu = (machine_busy_seconds() - machine_cpu0) / elapsed;
    if (database_cpu) f.database_cpu = (database_cpu() - database_cpu0) / elapsed;
    const auto io = io_now();
    f.io = {io.reads - io0.reads, io.writes - io0.writes, io.read_bytes - io0.read_bytes,
            io.written_bytes - io0.written_bytes};
    f.rate = static_cast<double>(all.applied) / elapsed;
    f.p50_ms = percentile(all.latency_ms, 0.5);
    f.p99_ms = percentile(all.latency_ms, 0.99);
    f.requests = all.requests;
    f.rejected = all.rejected;
    f.failed = all.failed;
    f.first_error = all.first_error;
    return f;
}

namespace {

void run_level(std::vector<LoadClient>& clients, int k, const test::ServerProcess& server,
               const Options& o, double bare, Table& table) {
    const auto f = measure_load(clients, k, {&server}, o.seconds);
    const std::string at = "sync K=" + std::to_string(k) + ": ";
    if (k == kTargetClients) {
        table.add(at + "applied ops/s", number(f.rate), ">= 20,000", f.rate >= 20'000);
        table.add(at + "ops/s / bare insert rate", number(f.rate / bare, 3) + "x", ">= 0.25x",
                  f.rate / bare >= 0.25);
    } else {
        table.add(at + "applied ops/s", number(f.rate));
        table.add(at + "ops/s / bare insert rate", number(f.rate / bare, 3) + "x");
    }
    table.add(at + "request latency p50 / p99",
              number(f.p50_ms, 1) + " / " + number(f.p99_ms, 1) + " ms");
    table.add(at + "requests / rejected ops / failed requests",
              number(static_cast<double>(f.requests)) + " / " +
                  number(static_cast<double>(f.rejected)) + " / " +
                  number(static_cast<double>(f.failed)));
    table.add(at + "server RSS (peak so far)", mib(f.rss_kib) + " (" + mib(f.peak_kib) + ")");
    table.add(at + "CPU: server / bench clients",
              number(100 * f.server_cpu) + "% / " + number(100 * f.bench_cpu) + "% (of 200%)");
    const double requests = std::max(1.0, static_cast<double>(f.requests));
    table.add(at + "server file I/O per request: writes (KiB) / reads (KiB)",
              number(f.io.writes / requests) + " (" +
                  number(f.io.written_bytes / requests / 1024) + ") / " +
                  number(f.io.reads / requests) + " (" +
                  number(f.io.read_bytes / requests / 1024) + ")");
    if (!f.first_error.empty())
        table.note("sync K=" + std::to_string(k) + ", first error: " + f.first_error);
}

}  // namespace

void seed_load(const std::string& data, int clients, const std::string& db) {
    if (auto demo = server::admin::seed_demo(data, kFastHash, db); !demo)
        die("demo: " + demo.error().message);
    char code[32], login[32];
    for (int i = 0; i < clients; ++i) {
        std::snprintf(code, sizeof code, "load-%02d", i);
        std::snprintf(login, sizeof login, "load%02d", i);
        if (auto u = server::admin::add_unit(data, code, code, "hq"); !u)
            die("unit add: " + u.error().message);
        const char* role = i % 2 == 0 ? "coordinator" : "member";
        if (auto m =
                server::admin::add_member(data, login, login, code, role, kPassword, kFastHash);
            !m) {
            die("member add: " + m.error().message);
        }
    }
}

std::vector<LoadClient> prepare_load(const test::ServerProcess& server, int count) {
    const Watchdog watchdog(server.pid(), std::chrono::seconds(180), "sync setup");
    KeepAliveClient http(server.port());
    auto root = log_in(server.port(), "admin");
    std::vector<LoadClient> clients(static_cast<std::size_t>(count));
    std::vector<json> ops;
    char login[32];
    for (int i = 0; i < count; ++i) {
        auto& lc = clients[static_cast<std::size_t>(i)];
        std::snprintf(login, sizeof login, "load%02d", i);
        lc.sync = log_in(server.port(), login);
        lc.coordinator = i % 2 == 0;
        for (int t = 0; t < kTasksPerUnit; ++t) {
            lc.tasks.push_back(test::entity_key());
            ops.push_back(root.set("task", lc.tasks.back(),
                                   {{"title", "Load task " + std::to_string(t)},
                                    {"unit", lc.sync.unit},
                                    {"status", "open"},
                                    {"priority", "normal"}}));
        }
    }
    push_all(http, root, json(ops).dump(), ops.size());
    for (auto& lc : clients) lc.cursor = catch_up(http, lc.sync, "");
    return clients;
}

void sync_load(const Options& o, Table& table) {
    const std::vector<int> levels = {1, 8, kTargetClients};
    test::TempDir dir;
    const auto data = dir.sub("data");
    seed_load(data, levels.back());
    const double bare = bare_insert_rate(dir.sub("bare.db"), o.quick ? 0.5 : 3.0, kBatch);
    table.add("bare SQLite: op rows/s, 100 per transaction, WAL, synchronous=FULL", number(bare));

    const auto server = start_server(data);
    auto clients = prepare_load(*server, levels.back());
    table.note("sync: " + std::to_string(levels.back()) + " units under hq, " +
               std::to_string(kTasksPerUnit) +
               " tasks each; client i = load<i> (even: coordinator, odd: member) of unit load-<i>; "
               "100 ops per "
               "request, pull limit 500, no gzip; " +
               number(o.seconds, 1) +
               " s per level after one warm-up "
               "batch per client");
    for (const int k : levels) run_level(clients, k, *server, o, bare, table);
}

}  // namespace muster::bench
