// Store throughput vs. bare SQLite inserts, and wire size of a typical op.
//
//   core_store_bench [--quick] [--dir DIR]
//
// Applies N `set` ops (10 fields over N/10 tasks) through Store::write_batch in
// one transaction (merge + state + outbox), then inserts the same N
// (entity, key, field, value) rows into a bare table with one prepared
// statement in one transaction, and prints both rates and their ratio.
// Default N = 100,000; --quick uses 10,000.
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "muster/codec.hpp"
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

const char* const kFields[10] = {"title",   "instructions", "priority", "status",          "due_at",
                                 "assignee", "inject",      "deadline_ms", "expected_action", "release_offset_ms"};

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

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double store_rate(const std::string& path, int ops) {
    muster::ManualClock clock;
    auto store = muster::Store::open(path, clock, muster::StoreOptions{1, false});
    if (!store) {
        std::fprintf(stderr, "open: %s\n", store.error().message.c_str());
        std::exit(1);
    }
    const int tasks = ops / 10;
    std::vector<muster::LocalWrite> writes;
    writes.reserve(static_cast<std::size_t>(ops));
    for (int f = 0; f < 10; ++f) {
        for (int t = 0; t < tasks; ++t) {
            writes.push_back({muster::OpKind::set, EntityType::task, task_key(t), json{{kFields[f], value_for(f, t)}}});
        }
    }
    const auto start = Clock::now();
    auto result = store->write_batch(writes);
    const double secs = seconds_since(start);
    if (!result) {
        std::fprintf(stderr, "write_batch: %s\n", result.error().message.c_str());
        std::exit(1);
    }
    return ops / secs;
}

double pull_rate(const std::string& path, int ops) {
    muster::ManualClock clock;
    auto store = muster::Store::open(path, clock, muster::StoreOptions{3, false});
    const int tasks = ops / 10;
    std::vector<muster::SyncResponse> pages(1);
    std::int64_t seq = 0;
    for (int f = 0; f < 10; ++f) {
        for (int t = 0; t < tasks; ++t) {
            if (pages.back().changes.size() == static_cast<std::size_t>(muster::kMaxPullLimit)) pages.emplace_back();
            const muster::Hlc hlc{1'764'000'000'000 + seq, 0, "0a1b2c3d4e5f6071"};
            pages.back().changes.push_back(muster::Change{++seq, EntityType::task, task_key(t),
                                                          json{{kFields[f], {{"v", value_for(f, t)}, {"hlc", to_json(hlc)}}}},
                                                          false});
        }
        }
    for (auto& page : pages) {
        page.cursor = std::to_string(page.changes.back().seq);
        page.server_time_ms = 1'764'000'000'000 + seq;
    }
    const auto start = Clock::now();
    for (const auto& page : pages) {
        if (auto r = store->apply_sync_result(page, clock.now_ms()); !r) {
            std::fprintf(stderr, "apply: %s\n", r.error().message.c_str());
            std::exit(1);
        }
    }
    return ops / seconds_since(start);
}

double single_write_rate(const std::string& path, int ops) {
    muster::ManualClock clock;
    auto store = muster::Store::open(path, clock, muster::StoreOptions{2, false});
    const auto start = Clock::now();
    for (int i = 0; i < ops; ++i) {
        (void)store->write_set(EntityType::task, task_key(i % 100), json{{"status", i % 2 ? "open" : "done"}});
    }
    return ops / seconds_since(start);
}

double bare_rate(const std::string& path, int ops) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    // Same journal, sync and cache settings as the Store, so only the work differs.
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;"
                     "CREATE TABLE bare(entity TEXT, key TEXT, field TEXT, value TEXT, PRIMARY KEY(entity, key, field))"
                     " WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO bare VALUES (?, ?, ?, ?)", -1, &stmt, nullptr);
    const int tasks = ops / 10;
    const auto start = Clock::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (int f = 0; f < 10; ++f) {
        for (int t = 0; t < tasks; ++t) {
            const std::string key = task_key(t);
            const std::string value = value_for(f, t).dump();
            sqlite3_bind_text(stmt, 1, "task", 4, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 2, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(stmt, 3, kFields[f], -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 4, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = seconds_since(start);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ops / secs;
}

void wire_sizes() {
    const std::string replica = "3fa2c9e01b7d4e55";
    muster::Op op{replica + "-1042",
                  muster::Hlc{1'764'390'000'123, 0, replica},
                  muster::OpKind::set,
                  EntityType::task,
                  "8d0c5f2e-1234-4abc-8def-0123456789ab",
                  json{{"status", "in_progress"}},
                  std::map<std::string, muster::Hlc>{{"status", muster::Hlc{1'764'389'990'000, 0, "0a1b2c3d4e5f6071"}}}};
    const auto with_base = muster::encode_op(op).dump().size();
    op.base.reset();
    const auto without_base = muster::encode_op(op).dump().size();
    muster::SyncRequest request;
    request.replica_id = replica;
    request.device = muster::DeviceReport{100, 1'764'389'000'000, "0.1.0", 1'764'390'000'100};
    for (int i = 0; i < 100; ++i) {
        muster::Op o = op;
        o.id = replica + "-" + std::to_string(1000 + i);
        o.hlc.ms += i;
        o.base = std::map<std::string, muster::Hlc>{{"status", muster::Hlc{1'764'389'990'000, 0, "0a1b2c3d4e5f6071"}}};
        request.ops.push_back(o);
    }
    const auto batch = muster::encode_sync_request(request).dump().size();
    std::printf("wire: typical task update (status, with base) %zu bytes/op; without base %zu bytes/op; "
                "in a 100-op sync request %.1f bytes/op (target <= 200)\n",
                with_base, without_base, static_cast<double>(batch) / 100.0);
}

}  // namespace

int main(int argc, char** argv) {
    int ops = 100'000;
    std::string dir = std::filesystem::temp_directory_path().string();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) ops = 10'000;
        else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) dir = argv[++i];
        else if (std::strncmp(argv[i], "--benchmark", 11) != 0) {
            std::fprintf(stderr, "usage: core_store_bench [--quick] [--dir DIR]\n");
            return 2;
        }
    }
    const std::string base = dir + "/muster-bench-" + std::to_string(getpid());
    auto cleanup = [&] {
        for (const char* suffix : {"-store.db", "-bare.db", "-single.db", "-pull.db"}) {
            for (const char* extra : {"", "-wal", "-shm"}) std::filesystem::remove(base + suffix + extra);
        }
    };
    cleanup();
    const double store = store_rate(base + "-store.db", ops);
    const double bare = bare_rate(base + "-bare.db", ops);
    const double single = single_write_rate(base + "-single.db", ops / 20);
    const double pull = pull_rate(base + "-pull.db", ops);
    cleanup();
    std::printf("bare:  %d rows into a bare SQLite table in one transaction: %.0f rows/s\n", ops, bare);
    std::printf("pull:  %d set changes (10 fields x %d tasks) merged into the store, pages of 5000, one "
                "transaction each: %.0f ops/s, ratio to bare %.2f (target >= 0.35)\n",
                ops, ops / 10, pull, pull / bare);
    std::printf("local: %d local set ops via merge + state + outbox in one transaction: %.0f ops/s, "
                "ratio to bare %.2f\n", ops, store, store / bare);
    std::printf("single-op local writes (one transaction each, WAL, synchronous=NORMAL): %.0f ops/s\n", single);
    wire_sizes();
    return 0;
}
