// Store throughput vs. bare SQLite inserts, and wire size of a typical op.
//
//   core_store_bench [--quick] [--runs N] [--only bare|local|pull|update|single] [--dir DIR]
//
// N ops (default 100,000; --quick 10,000) are `set`s of one field each, 10
// fields over N/10 tasks, field-major (every task's title, then every task's
// instructions, ...):
// - bare:  the same N (entity, key, field, JSON value) rows inserted into a bare
//          WITHOUT ROWID table keyed (entity, key, field), one prepared INSERT
//          per row, one transaction: one row per op. The baseline.
// - local: Store::write_batch of the N writes in one transaction (stamp, base,
//          validate, merge, state row, outbox row, meta).
// - pull:  the N changes as pulled pages of 5000 through apply_sync_result (one
//          transaction per page: the field's state row inserted if new, else
//          looked up, merged into confirmed and visible and rewritten; cursor
//          and clock). Each change here brings a field the store has not seen.
// Every rate is the best of --runs rounds (default 3) on fresh files, each
// round running every case in turn, so that other load on the machine distorts
// the ratios less; rates per CPU second of the thread are printed beside.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "muster/codec.hpp"
#include "muster/gzip.hpp"
#include "muster/store.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using muster::EntityType;
using nlohmann::json;

std::string task_key(int n) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", n);
    return buf;
}

const char* const kFields[10] = {"title",    "instructions", "priority",    "status",          "due_at",
                                 "assignee", "inject",       "deadline_ms", "expected_action", "release_offset_ms"};

json value_for(int field, int task) {
    switch (field) {
        case 0: return "Fill sandbags at gate " + std::to_string(task);
        case 1: return "Use the north entrance; report when done.";
        case 2: return "high";
        case 3: return "open";
        case 4: return 1'764'400'000'000 + task;
        case 5: return task_key(900'000 + task % 50);
        case 6: return task % 40;
        case 7: return 1'800'000;
        case 8: return "Unit confirms sandbags placed";
        default: return 600'000 + task;
    }
}

double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Ops per second of wall time and of this thread's CPU time (user + system),
/// which other load on the machine disturbs much less.
struct Rate {
    double wall = 0;
    double cpu = 0;
};

struct Timer {
    Clock::time_point wall = Clock::now();
    double cpu = cpu_seconds();
    [[nodiscard]] Rate rate(int ops) const {
        return Rate{ops / std::chrono::duration<double>(Clock::now() - wall).count(), ops / (cpu_seconds() - cpu)};
    }
};

[[noreturn]] void die(const char* what, const std::string& message) {
    std::fprintf(stderr, "%s: %s\n", what, message.c_str());
    std::exit(1);
}

muster::Store open_store(const std::string& path, std::uint64_t seed, const muster::Clock& clock) {
    auto store = muster::Store::open(path, clock, muster::StoreOptions{seed, false});
    if (!store) die("open", store.error().message);
    return std::move(store).value();
}

Rate local_rate(const std::string& path, int ops) {
    muster::ManualClock clock;
    muster::Store store = open_store(path, 1, clock);
    const int tasks = ops / 10;
    std::vector<muster::LocalWrite> writes;
    writes.reserve(static_cast<std::size_t>(ops));
    for (int f = 0; f < 10; ++f) {
        for (int t = 0; t < tasks; ++t) {
            writes.push_back({muster::OpKind::set, EntityType::task, task_key(t), json{{kFields[f], value_for(f, t)}}});
        }
    }
    const Timer timer;
    auto result = store.write_batch(writes);
    const Rate rate = timer.rate(ops);
    if (!result) die("write_batch", result.error().message);
    return rate;
}

/// Pulls the N changes; with `update`, first pulls them untimed and then times
/// the same fields again with newer stamps (every row looked up and rewritten).
Rate pull_rate(const std::string& path, int ops, bool update = false) {
    muster::ManualClock clock;
    muster::Store store = open_store(path, 3, clock);
    const int tasks = ops / 10;
    std::vector<muster::SyncResponse> pages(1);
    std::int64_t seq = 0;
    for (int f = 0; f < 10; ++f) {
        for (int t = 0; t < tasks; ++t) {
            if (pages.back().changes.size() == static_cast<std::size_t>(muster::kMaxPullLimit)) pages.emplace_back();
            const muster::Hlc hlc{1'764'000'000'000 + seq, 0, "0a1b2c3d4e5f6071"};
            pages.back().changes.push_back(muster::Change{
                ++seq, EntityType::task, task_key(t),
                json{{kFields[f], {{"v", value_for(f, t)}, {"hlc", to_json(hlc)}}}}, false});
        }
    }
    for (auto& page : pages) {
        page.cursor = std::to_string(page.changes.back().seq);
        page.server_time_ms = 1'764'000'000'000 + seq;
    }
    if (update) {
        for (const auto& page : pages) {
            if (auto r = store.apply_sync_result(page, clock.now_ms()); !r) die("apply", r.error().message);
        }
        for (auto& page : pages) {
            for (auto& change : page.changes) {
                for (auto& [_, field] : change.fields.items()) field["hlc"]["ms"] = field["hlc"]["ms"].get<std::int64_t>() + seq;
            }
        }
    }
    const Timer timer;
    for (const auto& page : pages) {
        if (auto r = store.apply_sync_result(page, clock.now_ms()); !r) die("apply", r.error().message);
    }
    return timer.rate(ops);
}

Rate single_write_rate(const std::string& path, int ops) {
    muster::ManualClock clock;
    muster::Store store = open_store(path, 2, clock);
    const Timer timer;
    for (int i = 0; i < ops; ++i) {
        if (auto r = store.write_set(EntityType::task, task_key(i % 100), json{{"status", i % 2 ? "open" : "done"}}); !r) {
            die("write_set", r.error().message);
        }
    }
    return timer.rate(ops);
}

Rate bare_rate(const std::string& path, int ops) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    // Same journal, sync and cache settings as the Store, so only the work differs.
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;"
                 "CREATE TABLE bare(entity TEXT, key TEXT, field TEXT, value TEXT, PRIMARY KEY(entity, key, field))"
                 " WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO bare VALUES (?, ?, ?, ?)", -1, &stmt, nullptr);
    const int tasks = ops / 10;
    const Timer timer;
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (int f = 0; f < 10; ++f) {
        for (int t = 0; t < tasks; ++t) {
            const std::string key = task_key(t);
            const std::string value = value_for(f, t).dump();
            sqlite3_bind_text(stmt, 1, "task", 4, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 2, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(stmt, 3, kFields[f], -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 4, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(stmt) != SQLITE_DONE) die("bare insert", sqlite3_errmsg(db));
            sqlite3_reset(stmt);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const Rate rate = timer.rate(ops);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rate;
}

std::size_t gzip_size(const std::string& data) {
    // As `Content-Encoding: gzip` carries it (muster/gzip.hpp, used by app and server).
    return muster::gzip_compress(data).value_or(std::string{}).size();
}

void wire_sizes() {
    const std::string replica = "3fa2c9e01b7d4e55";
    const muster::Hlc seen{1'764'389'990'000, 0, "0a1b2c3d4e5f6071"};
    muster::Op op{replica + "-1042",
                  muster::Hlc{1'764'390'000'123, 0, replica},
                  muster::OpKind::set,
                  EntityType::task,
                  "8d0c5f2e-1234-4abc-8def-0123456789ab",
                  json{{"status", "in_progress"}},
                  std::map<std::string, muster::Hlc>{{"status", seen}}};
    const auto with_base = muster::encode_op(op).dump().size();
    op.base.reset();
    const auto without_base = muster::encode_op(op).dump().size();
    std::printf("wire: one typical task update (status change) alone: %zu bytes with base, %zu without\n", with_base,
                without_base);
    for (const bool base : {true, false}) {
        muster::SyncRequest request;
        request.replica_id = replica;
        request.device = muster::DeviceReport{100, 1'764'389'000'000, "0.1.0", 1'764'390'000'100};
        std::mt19937_64 rng(42);
        for (int i = 0; i < 100; ++i) {
            muster::Op o = op;
            o.id = replica + "-" + std::to_string(1000 + i);
            o.hlc.ms += static_cast<std::int64_t>(rng() % 60'000) * i;
            o.key = muster::make_uuid(rng(), rng());
            if (base) o.base = std::map<std::string, muster::Hlc>{{"status", seen}};
            request.ops.push_back(o);
        }
        const std::string body = muster::encode_sync_request(request).dump();
        std::printf("wire: 100 such ops (distinct tasks) in one sync request, %s base: %.1f bytes/op raw, "
                    "%.1f bytes/op gzip (target <= 200)\n",
                    base ? "with" : "without", static_cast<double>(body.size()) / 100.0,
                    static_cast<double>(gzip_size(body)) / 100.0);
    }
}

}  // namespace

int main(int argc, char** argv) {
    int ops = 100'000;
    int runs = 3;
    std::string only;
    std::string dir = std::filesystem::temp_directory_path().string();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) ops = 10'000;
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[++i];
        else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) dir = argv[++i];
        else if (std::strncmp(argv[i], "--benchmark", 11) != 0) {
            std::fprintf(stderr, "usage: core_store_bench [--quick] [--runs N] [--only bare|local|pull|update|single] [--dir DIR]\n");
            return 2;
        }
    }
    const std::string base = dir + "/muster-bench-" + std::to_string(getpid());
    auto cleanup = [&] {
        for (const char* suffix : {"-local.db", "-bare.db", "-single.db", "-pull.db"}) {
            for (const char* extra : {"", "-wal", "-shm"}) std::filesystem::remove(base + suffix + extra);
        }
    };
    struct Case {
        const char* name;
        std::function<Rate(const std::string&)> run;
        Rate best;
    };
    std::vector<Case> cases{
        {"bare", [&](const std::string& p) { return bare_rate(p, ops); }, {}},
        {"local", [&](const std::string& p) { return local_rate(p, ops); }, {}},
        {"pull", [&](const std::string& p) { return pull_rate(p, ops); }, {}},
        {"single", [&](const std::string& p) { return single_write_rate(p, ops / 20); }, {}},
        {"update", [&](const std::string& p) { return pull_rate(p, ops, true); }, {}},
    };
    // Rounds of every case in turn, so that a change in machine load hits each alike; best of the rounds.
    for (int r = 0; r < runs; ++r) {
        for (auto& c : cases) {
            if (!only.empty() && only != c.name) continue;
            cleanup();
            const Rate rate = c.run(base + "-" + c.name + ".db");
            c.best.wall = std::max(c.best.wall, rate.wall);
            c.best.cpu = std::max(c.best.cpu, rate.cpu);
        }
    }
    cleanup();
    const Rate bare = cases[0].best, local = cases[1].best, pull = cases[2].best, single = cases[3].best,
               update = cases[4].best;
    const int tasks = ops / 10;
    std::printf("%d ops = 1 field each, 10 fields x %d tasks; WAL, synchronous=NORMAL; best of %d rounds; "
                "rates per wall second (and per CPU second of the thread)\n",
                ops, tasks, runs);
    std::printf("bare:   %d rows (one per op: entity, key, field, JSON value) into a WITHOUT ROWID table keyed "
                "(entity, key, field), one INSERT each, one transaction: %.0f rows/s (cpu %.0f)\n",
                ops, bare.wall, bare.cpu);
    if (bare.wall > 0) {
        std::printf("local:  Store::write_batch, one transaction (per op: merge + 1 state row + 1 outbox row): "
                    "%.0f ops/s, ratio to bare %.2f (cpu %.2f) (target >= 0.35)\n",
                    local.wall, local.wall / bare.wall, local.cpu / bare.cpu);
        std::printf("pull:   apply_sync_result, pages of %d changes, one transaction each (per op: 1 state row, "
                    "inserted if new, else looked up and merged into confirmed and visible): %.0f ops/s, ratio to bare %.2f (cpu %.2f) "
                    "(target >= 0.35)\n",
                    muster::kMaxPullLimit, pull.wall, pull.wall / bare.wall, pull.cpu / bare.cpu);
        std::printf("update: the same pull again with newer stamps (per op: look up, merge, rewrite 1 state row): "
                    "%.0f ops/s, ratio to bare %.2f (cpu %.2f)\n",
                    update.wall, update.wall / bare.wall, update.cpu / bare.cpu);
    }
    std::printf("single: Store::write_set, one transaction per op (%d ops): %.0f ops/s\n", ops / 20, single.wall);
    wire_sizes();
    return 0;
}
