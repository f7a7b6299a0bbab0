// server_bench, part 4: durable merge throughput in process. One thread runs SyncService (what
// POST /v1/sync runs after decoding) on batches of 500 ops against a seeded store; the baseline is
// the same op rows inserted into a plain SQLite table, 500 per transaction, same synchronous
// setting, in the same run. No HTTP and no concurrency: this is the writer's own cost per op.
#include <algorithm>
#include <random>

#include "muster/server/admin.hpp"
#include "muster/server/directory.hpp"
#include "muster/server/sync.hpp"
#include "server_bench.hpp"

namespace muster::bench {
namespace {

constexpr int kMergeBatch = 500;
constexpr int kMergeTasks = 2000;
constexpr double kMergeTarget = 0.5;

/// The decoded body of a sync carrying `ops` (a JSON array as text); `run` passes the cursor.
DecodedSyncRequest decoded(const SyncClient& client, const std::string& cursor, const std::string& ops) {
    const auto body = json::parse("{\"cursor\":" + json(cursor).dump() + ",\"limit\":500,\"ops\":" + ops +
                                  ",\"replica_id\":\"" + client.replica + "\"}");
    auto request = decode_sync_request(body);
    if (!request) die("merge: the bench built a bad request: " + request.error().message);
    return std::move(*request);
}

}  // namespace

MergeFigures measure_merge(bool quick) {
    test::TempDir dir;
    const auto data = dir.sub("data");
    if (auto demo = server::admin::seed_demo(data, kFastHash); !demo) die("demo: " + demo.error().message);
    auto unit = server::admin::add_unit(data, "merge", "Merge", "hq");
    if (!unit) die("unit add: " + unit.error().message);
    auto coordinator =
        server::admin::add_member(data, "merge", "Merge", "merge", "coordinator", kPassword, kFastHash);
    if (!coordinator) die("member add: " + coordinator.error().message);
    const double bare = bare_insert_rate(dir.sub("bare.db"), quick ? 0.5 : 3.0, kMergeBatch);

    const SystemClock wall;
    auto directory = server::Directory::open(data, wall);
    if (!directory) die("open: " + directory.error().message);
    server::SyncService sync(**directory, wall);
    const server::Caller caller{coordinator->key, "coordinator", unit->key, {}, std::nullopt};

    SyncClient client;
    client.replica = test::random_hex(16);
    client.member_id = coordinator->key;
    std::vector<std::string> tasks;
    std::string creates = "[";
    for (int t = 0; t < kMergeTasks; ++t) {
        tasks.push_back(test::entity_key());
        if (t > 0) creates += ',';
        creates += client.set("task", tasks.back(),
                              {{"title", "Merge task " + std::to_string(t)},
                               {"unit", unit->key},
                               {"status", "open"},
                               {"priority", "normal"}})
                       .dump();
    }
    creates += "]";
    // The request is decoded before the clock starts (the I/O threads do that, in parallel),
    // and only the cursor is read back from each answer.
    std::int64_t cursor = 0;
    auto run = [&](const DecodedSyncRequest& request) {
        auto outcome = sync.run(caller, request, cursor, test::now_ms());
        if (!outcome) die("merge: " + outcome.error().message);
        const auto at = outcome->body.find("\"cursor\":\"");
        if (at == std::string::npos) die("merge: no cursor in the answer");
        cursor = std::stoll(outcome->body.substr(at + 10, 20));
        return outcome->applied;
    };
    if (run(decoded(client, "", creates)) != static_cast<std::size_t>(kMergeTasks)) {
        die("merge: the tasks were not all created");
    }
    std::shuffle(tasks.begin(), tasks.end(), std::mt19937_64(7));

    OpWriter writer(client, tasks, true);
    const std::size_t batches = quick ? 40 : 200;
    std::vector<DecodedSyncRequest> requests;
    for (std::size_t b = 0; b < batches; ++b) requests.push_back(decoded(client, "", writer.batch(kMergeBatch)));

    std::size_t applied = 0;
    const double cpu0 = bench_cpu_seconds();
    const auto written0 = bench_written_bytes();
    const auto start = Clock::now();
    for (const auto& request : requests) applied += run(request);
    const double seconds = since(start);
    const double cpu = bench_cpu_seconds() - cpu0;
    const auto written = static_cast<double>(bench_written_bytes() - written0);
    if (applied != batches * kMergeBatch) die("merge: only " + std::to_string(applied) + " ops applied");

    const auto n = static_cast<double>(applied);
    return {static_cast<double>(applied) / seconds, bare, cpu / n * 1e6, written / n, batches};
}

void merge_throughput(const Options& o, Table& table) {
    const auto m = measure_merge(o.quick);
    const double rate = m.rate, bare = m.bare;
    table.note("merge: one thread, in process, " + std::to_string(m.batches) + " batches of " +
               std::to_string(kMergeBatch) + " ops (task status/priority updates and log appends over " +
               std::to_string(kMergeTasks) + " tasks of one coordinator), each batch one SyncService::run: "
               "encode, one durable transaction, pull");
    table.add("bare SQLite: op rows/s, 500 per transaction, WAL, synchronous=FULL", number(bare));
    table.add("merge: applied ops/s (durable, 500 per batch)", number(rate));
    table.add("merge: ops/s / bare insert rate", number(rate / bare, 3) + "x",
              ">= " + number(kMergeTarget, 2) + "x", rate / bare >= kMergeTarget);
    table.add("merge: CPU per op", number(m.cpu_per_op_us, 1) + " us");
    table.add("merge: bytes written per op (WAL and checkpoints)", number(m.written_per_op));
}

}  // namespace muster::bench
