// server_bench, part 2: the hq coordinator's cold pull of 10,000 tasks and 50,000 logs, gzipped.
#include "muster/server/admin.hpp"
#include "server_bench.hpp"
#include "support/gzip.hpp"

namespace muster::bench {
namespace {

constexpr int kLogsPerTask = 5;
constexpr std::size_t kOpsPerSeedSync = 2000;  ///< the protocol's most per request

/// The admin creates `tasks` tasks spread over `units`, then 5 logs for each, in syncs of 2000 ops;
/// returns the ops applied per second.
double seed_scope(const test::ServerProcess& server, const std::vector<std::string>& units,
                  int tasks) {
    KeepAliveClient http(server.port());
    auto root = log_in(server.port(), "admin");
    std::vector<json> ops;
    std::size_t seeded = 0;
    const auto start = Clock::now();
    const auto flush = [&](bool all) {
        if (ops.size() < kOpsPerSeedSync && !(all && !ops.empty())) return;
        push_all(http, root, json(ops).dump(), ops.size());
        seeded += ops.size();
        ops.clear();
    };
    std::vector<std::string> keys;
    for (int t = 0; t < tasks; ++t) {
        keys.push_back(test::entity_key());
        ops.push_back(root.set("task", keys.back(),
                               {{"title", "Task " + std::to_string(t)},
                                {"unit", units[static_cast<std::size_t>(t) % units.size()]},
                                {"status", "open"},
                                {"priority", "normal"},
                                {"instructions", "Do the thing, then report back."}}));
        flush(false);
    }
    flush(true);
    for (const auto& task : keys) {
        for (int l = 0; l < kLogsPerTask; ++l) {
            ops.push_back(root.log(test::entity_key(), task, "action", "step " + std::to_string(l)));
            flush(false);
        }
    }
    flush(true);
    return static_cast<double>(seeded) / since(start);
}

}  // namespace

void cold_pull(const Options& o, Table& table) {
    const int tasks = o.quick ? 1000 : 10'000;
    test::TempDir dir;
    const auto data = dir.sub("data");
    if (auto demo = server::admin::seed_demo(data, kFastHash); !demo)
        die("demo: " + demo.error().message);
    auto rows = server::admin::list_units(data);
    if (!rows) die("units: " + rows.error().message);
    std::vector<std::string> units;
    for (const auto& row : *rows) units.push_back(row.unit.key);
    const auto server = start_server(data);
    const Watchdog watchdog(server->pid(), std::chrono::seconds(300), "cold pull");
    const double seed_rate = seed_scope(*server, units, tasks);

    KeepAliveClient http(server->port());
    auto coord = log_in(server->port(), "coord");
    std::size_t wire = 0, inflated = 0, pages = 0, task_count = 0, log_count = 0;
    std::string cursor;
    const auto start = Clock::now();
    for (bool more = true; more; ++pages) {
        auto r =
            http.post("/v1/sync", sync_body(coord.replica, cursor, 5000, "[]"), coord.token, true);
        if (r.status != 200) die("cold pull: " + std::to_string(r.status) + " " + r.error);
        wire += r.wire_bytes;
        const std::string text = r.gzipped ? test::gunzip(r.body) : std::move(r.body);
        inflated += text.size();
        const auto page = json::parse(text, nullptr, false);
        if (page.is_discarded()) die("cold pull: a page is not JSON");
        for (const auto& c : page["changes"]) {
            const auto& entity = c["entity"].get_ref<const std::string&>();
            task_count += entity == "task" ? 1 : 0;
            log_count += entity == "log" ? 1 : 0;
        }
        cursor = page["cursor"];
        more = page["has_more"];
    }
    const double elapsed = since(start);
    if (task_count < static_cast<std::size_t>(tasks) ||
        log_count != static_cast<std::size_t>(tasks * kLogsPerTask)) {
        die("cold pull: got " + std::to_string(task_count) + " tasks and " +
            std::to_string(log_count) + " logs");
    }
    const std::string what =
        "cold pull, " + number(tasks) + " tasks + " + number(tasks * kLogsPerTask) + " logs: ";
    table.add("pull seeding (admin): applied ops/s in syncs of 2000 ops", number(seed_rate));
    table.add(what + "wall time, " + std::to_string(pages) + " pages of <= 5000",
              number(elapsed, 2) + " s", "<= 3 s", elapsed <= 3.0);
    table.add(what + "bytes received (gzip) / inflated",
              number(static_cast<double>(wire) / 1048576.0, 2) + " / " +
                  number(static_cast<double>(inflated) / 1048576.0, 2) + " MiB");
}

}  // namespace muster::bench
