// server_bench --table, the measured rows: durable merge vs bare inserts, memory per idle
// WebSocket vs a bare Beast echo server, change-to-coordinator latency vs an echo round trip plus
// one fdatasync, and muster-sim's time to converge after the heal.
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

#include "muster/server/admin.hpp"
#include "server_bench_table.hpp"
#include "support/gzip.hpp"
#include "support/ws_client.hpp"

namespace muster::bench {
namespace {

const std::string kWsEcho = BENCH_WS_ECHO_BINARY;

std::string ms(double value) { return number(value, value < 10 ? 2 : 1) + " ms"; }

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

std::string verdict(bool met) { return met ? "met" : "not met"; }

/// `ws_echo serve` on 127.0.0.1:0; its port in `port`.
std::unique_ptr<test::ChildProcess> start_echo(const test::TempDir& dir, std::uint16_t& port) {
    auto child = std::make_unique<test::ChildProcess>(std::vector<std::string>{kWsEcho, "serve", "2"},
                                                      dir.sub("echo.log"), std::map<std::string, std::string>{});
    const auto line = child->read_line(std::chrono::seconds(10));
    const std::string prefix = "listening on 127.0.0.1:";
    if (!line || line->rfind(prefix, 0) != 0) die("ws_echo serve did not start: " + test::read_file(dir.sub("echo.log")));
    port = static_cast<std::uint16_t>(std::stoi(line->substr(prefix.size())));
    return child;
}

/// `ws_echo hold`: `count` WebSockets on /v1/events of 127.0.0.1:`port`, bearer tokens in turn,
/// kept open (a read pending on each) until the returned child is destroyed. Dies unless all open.
std::unique_ptr<test::ChildProcess> hold_sockets(const test::TempDir& dir, std::uint16_t port, int count,
                                                 const std::vector<std::string>& tokens, double& seconds) {
    std::vector<std::string> args = {kWsEcho, "hold", std::to_string(port), std::to_string(count)};
    args.insert(args.end(), tokens.begin(), tokens.end());
    const auto start = Clock::now();
    auto child = std::make_unique<test::ChildProcess>(args, dir.sub("hold.log"), std::map<std::string, std::string>{});
    const auto line = child->read_line(std::chrono::seconds(240));
    if (!line || *line != "open " + std::to_string(count))
        die("ws_echo hold: " + line.value_or("no answer") + " " + test::read_file(dir.sub("hold.log")));
    seconds = since(start);
    return child;
}

/// Server RSS growth, in KiB, while `count` sockets are held open on `port`.
long rss_growth(int pid, const test::TempDir& dir, std::uint16_t port, int count, const std::vector<std::string>& tokens,
                double& open_seconds, long& before_kib, long& after_kib) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    before_kib = test::memory_use(pid).rss_kib;
    auto holder = hold_sockets(dir, port, count, tokens, open_seconds);
    std::this_thread::sleep_for(std::chrono::seconds(2));
    after_kib = test::memory_use(pid).rss_kib;
    return after_kib - before_kib;
}

std::string fetch_pull(KeepAliveClient& http, const SyncClient& c, const std::string& cursor) {
    auto r = http.post("/v1/sync", sync_body(c.replica, cursor, 500, "[]"), c.token, true);
    if (r.status != 200) die("pull as " + c.login + ": " + std::to_string(r.status) + " " + r.error);
    return r.gzipped ? test::gunzip(r.body) : std::move(r.body);
}

}  // namespace

TableRow unmeasured(std::string metric, std::string target, std::string status) {
    TableRow row;
    row.metric = std::move(metric);
    row.muster = row.baseline = row.ratio = "-";
    row.target = std::move(target);
    row.status = std::move(status);
    return row;
}

// ---- row 1: durable merge -------------------------------------------------------------------

TableRow merge_row(const Options& o) {
    const auto m = measure_merge(o.quick);
    const double ratio = m.rate / m.bare;
    TableRow row;
    row.metric = "server durable merge throughput, batches of 500";
    row.muster = number(m.rate) + " ops/s";
    row.baseline = number(m.bare) + " rows/s (bare SQLite, 500 per txn, WAL, synchronous=FULL)";
    row.ratio = number(ratio, 3) + "x";
    row.target = ">= 0.5x";
    row.status = verdict(ratio >= 0.5);
    row.data = {{"muster_ops_per_s", m.rate}, {"bare_rows_per_s", m.bare}, {"ratio", ratio},
                {"batches", m.batches}, {"cpu_per_op_us", m.cpu_per_op_us}};
    row.notes.push_back("merge: in process, one thread, " + std::to_string(m.batches) +
                        " batches of 500 ops through SyncService::run (encode, one durable transaction, pull)");
    return row;
}

// ---- row 5: memory per idle WebSocket -------------------------------------------------------

TableRow ws_memory_row(const Options& o) {
    const int sockets = o.quick ? 500 : o.ws_sockets;
    test::TempDir dir;
    // Muster: authenticated sockets on /v1/events (20 tokens of 5 logins; loopback is exempt from
    // the per-address connection limit by default).
    long m_before = 0, m_after = 0, e_before = 0, e_after = 0;
    double m_open = 0, e_open = 0;
    long muster_growth = 0, echo_growth = 0;
    {
        const auto data = dir.sub("data");
        if (auto demo = server::admin::seed_demo(data, kFastHash); !demo) die("demo: " + demo.error().message);
        const auto server = start_server(data);
        const Watchdog watchdog(server->pid(), std::chrono::seconds(300), "idle WebSockets (Muster)");
        std::vector<std::string> tokens;
        for (int round = 0; round < 4; ++round) {
            for (const char* login : {"coord", "alice", "bob", "eva", "admin"}) {
                tokens.push_back(test::login_token(server->port(), login, kPassword));
                if (tokens.back().empty()) die(std::string("login ") + login);
            }
        }
        muster_growth = rss_growth(server->pid(), dir, server->port(), sockets, tokens, m_open, m_before, m_after);
    }
    {
        std::uint16_t port = 0;
        const auto echo = start_echo(dir, port);
        echo_growth = rss_growth(echo->pid(), dir, port, sockets, {"-"}, e_open, e_before, e_after);
    }
    const double m_per = static_cast<double>(muster_growth) / sockets, e_per = static_cast<double>(echo_growth) / sockets;
    const double ratio = e_per > 0 ? m_per / e_per : 0;
    TableRow row;
    row.metric = "memory per idle authenticated WebSocket at " + number(sockets) + " connections";
    row.muster = number(m_per, 1) + " KiB";
    row.baseline = number(e_per, 1) + " KiB (bare Beast echo server, same build and allocator)";
    row.ratio = e_per > 0 ? number(ratio, 2) + "x" : "-";
    row.target = "<= 2x";
    row.status = e_per > 0 ? verdict(ratio <= 2.0) : "not measured: the echo server's RSS did not grow";
    row.data = {{"sockets", sockets},
                {"muster_kib_per_socket", m_per},
                {"echo_kib_per_socket", e_per},
                {"ratio", ratio},
                {"muster_rss_kib", {m_before, m_after}},
                {"echo_rss_kib", {e_before, e_after}},
                {"open_seconds", {m_open, e_open}}};
    row.notes.push_back("memory: server RSS growth (VmRSS) from before the sockets open to 2 s after all " +
                        number(sockets) + " are open, divided by " + number(sockets) + "; Muster " + mib(m_before) +
                        " -> " + mib(m_after) + ", echo " + mib(e_before) + " -> " + mib(e_after) +
                        "; sockets held by `ws_echo hold` (one process, a read pending on each)");
    return row;
}

// ---- row 4: change-to-coordinator latency ---------------------------------------------------

/// Between two changes: past the 100 ms `changed` coalescing, so each change is announced alone.
constexpr std::chrono::milliseconds kChangeGap{150};

TableRow latency_row(const Options& o) {
    const int members = std::max(2, o.quick ? 50 : o.latency_members);
    const int changes = std::max(10, o.quick ? 50 : o.latency_changes);
    test::TempDir dir;
    const auto data = dir.sub("data");
    if (auto demo = server::admin::seed_demo(data, kFastHash); !demo) die("demo: " + demo.error().message);
    auto unit = server::admin::add_unit(data, "lat", "Latency", "hq");
    if (!unit) die("unit add: " + unit.error().message);
    auto coordinator = server::admin::add_member(data, "latb", "B", "lat", "coordinator", kPassword, kFastHash);
    if (!coordinator) die("member add: " + coordinator.error().message);
    auto member_a = server::admin::add_member(data, "lata", "A", "lat", "member", kPassword, kFastHash);
    if (!member_a) die("member add: " + member_a.error().message);
    char login[32];
    for (int i = 2; i < members; ++i) {
        std::snprintf(login, sizeof login, "lat%03d", i);
        if (auto m = server::admin::add_member(data, login, login, "lat", "member", kPassword, kFastHash); !m)
            die("member add: " + m.error().message);
    }
    const auto server = start_server(data);
    const Watchdog watchdog(server->pid(), std::chrono::seconds(400), "change-to-coordinator latency");

    auto a = log_in(server->port(), "lata");
    auto b = log_in(server->port(), "latb");
    auto root = log_in(server->port(), "admin");
    KeepAliveClient ha(server->port()), hb(server->port()), hr(server->port());
    const auto task = test::entity_key();
    push_all(hr, root,
             "[" +
                 root.set("task", task,
                          {{"title", "Latency probe"}, {"unit", unit->key}, {"assignee", member_a->key},
                           {"status", "open"}, {"priority", "normal"}})
                     .dump() +
                 "]",
             1);
    // B: up to date, then its socket. The other members: one socket each, held by ws_echo hold.
    std::string cursor_b;
    for (bool more = true; more;) {
        const auto page = json::parse(fetch_pull(hb, b, cursor_b));
        cursor_b = page["cursor"];
        more = page["has_more"];
    }
    test::WsClient ws(server->port(), b.token);
    const auto hello = ws.ok() ? ws.next(std::chrono::seconds(10)) : std::nullopt;
    if (!hello || hello->value("type", "") != "hello") die("B's WebSocket: no hello " + ws.error());
    std::vector<std::string> tokens = {a.token};
    for (int i = 2; i < members; ++i) {
        std::snprintf(login, sizeof login, "lat%03d", i);
        tokens.push_back(test::login_token(server->port(), login, kPassword));
        if (tokens.back().empty()) die(std::string("login ") + login);
    }
    double open_seconds = 0;
    const auto holder = hold_sockets(dir, server->port(), members - 1, tokens, open_seconds);
    std::this_thread::sleep_for(std::chrono::seconds(1));

    std::vector<double> from_send, from_answer, seg_a, seg_ws, seg_pull;
    std::size_t pulls = 0, events = 0;
    for (int i = 0; i < changes + 5; ++i) {  // 5 warm-up changes
        static constexpr const char* kCycle[] = {"acknowledged", "in_progress", "blocked", "done"};
        const std::string status = kCycle[i % 4];  // never the same twice running
        const auto op = a.set("task", task, {{"status", status}});
        const auto t0 = Clock::now();
        push_all(ha, a, "[" + op.dump() + "]", 1);
        const auto t1 = Clock::now();
        auto tws = t1;
        for (bool seen = false; !seen;) {
            const auto message = ws.next(std::chrono::seconds(10));
            if (!message) die("B's WebSocket: no `changed` within 10 s " + ws.error());
            if (message->value("type", "") != "changed") continue;
            ++events;
            if (std::stoll(message->value("cursor", "0")) <= std::stoll(cursor_b.empty() ? "0" : cursor_b)) continue;
            tws = Clock::now();
            for (bool more = true; more;) {
                const auto page = json::parse(fetch_pull(hb, b, cursor_b));
                ++pulls;
                cursor_b = page["cursor"];
                more = page["has_more"];
                for (const auto& c : page["changes"]) {
                    // a field's value may come as a plain value or wrapped with its stamp
                    if (c.value("entity", "") == "task" && c.value("key", "") == task && c.contains("fields") &&
                        c["fields"].is_object() && c["fields"].contains("status") &&
                        c["fields"]["status"].dump().find("\"" + status + "\"") != std::string::npos)
                        seen = true;
                }
            }
        }
        const auto t2 = Clock::now();
        if (i >= 5) {
            from_send.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
            from_answer.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            seg_a.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            seg_ws.push_back(std::chrono::duration<double, std::milli>(tws - t1).count());
            seg_pull.push_back(std::chrono::duration<double, std::milli>(t2 - tws).count());
        }
        std::this_thread::sleep_for(kChangeGap);
    }

    // Baseline: a loopback WebSocket echo round trip + one fdatasync, on the same file system, at
    // the same pace as the changes above (a machine idle for 150 ms wakes slower: on this kind of
    // VM an idle round trip costs several times a busy one, for both sides alike). The same
    // rounds back to back are printed too.
    std::uint16_t echo_port = 0;
    const auto echo = start_echo(dir, echo_port);
    const auto echo_rounds = [&](std::chrono::milliseconds gap) {
        const auto rtt = test::run_process({kWsEcho, "rtt", std::to_string(echo_port), std::to_string(changes),
                                            dir.sub("sync.file"), std::to_string(gap.count())},
                                           "", std::chrono::seconds(30) + 2 * (changes + 20) * gap, {});
        auto figures = json::parse(rtt.out, nullptr, false);
        if (rtt.exit_code != 0 || figures.is_discarded()) die("ws_echo rtt: " + rtt.out + rtt.err);
        return figures;
    };
    const auto base = echo_rounds(kChangeGap);
    const auto busy = echo_rounds(std::chrono::milliseconds(0));

    const double p50 = percentile(from_send, 0.5), p99 = percentile(from_send, 0.99);
    const double b50 = base["p50_ms"], b99 = base["p99_ms"];
    TableRow row;
    row.metric = "change-to-coordinator latency p50 / p99, " + number(members) + " members connected";
    row.muster = ms(p50) + " / " + ms(p99);
    row.baseline = ms(b50) + " / " + ms(b99) + " (loopback WS echo + fdatasync, 150 ms apart)";
    row.ratio = "p99 " + number(p99 / b99, 2) + "x";
    row.target = "p99 <= 2x";
    row.status = verdict(p99 <= 2.0 * b99);
    row.data = {{"members", members},
                {"changes", changes},
                {"p50_ms", p50},
                {"p99_ms", p99},
                {"from_answer_p50_ms", percentile(from_answer, 0.5)},
                {"from_answer_p99_ms", percentile(from_answer, 0.99)},
                {"a_sync_p50_ms", percentile(seg_a, 0.5)},
                {"changed_after_answer_p50_ms", percentile(seg_ws, 0.5)},
                {"b_pull_p50_ms", percentile(seg_pull, 0.5)},
                {"baseline", base},
                {"baseline_back_to_back", busy},
                {"ratio_p99", p99 / b99},
                {"pulls_per_change", static_cast<double>(pulls) / (changes + 5)},
                {"changed_events_per_change", static_cast<double>(events) / (changes + 5)}};
    row.notes.push_back(
        "latency: " + number(changes) + " changes (after 5 warm-up), 150 ms apart; clock from A's POST /v1/sync "
        "(a member's status update, committed durably) until coordinator B's socket said `changed` past B's cursor "
        "and B's next gzip pull returned the new status; " + number(members - 1) +
        " other sockets (A and the rest) held open. From A's answer instead: p50 " + ms(percentile(from_answer, 0.5)) +
        ", p99 " + ms(percentile(from_answer, 0.99)) + "; B pulls per change " +
        number(static_cast<double>(pulls) / (changes + 5), 2) + ". Echo alone: p50 " +
        ms(base.value("echo_p50_ms", 0.0)) + ", p99 " + ms(base.value("echo_p99_ms", 0.0)) +
        ". Back to back instead of 150 ms apart, the baseline is p50 " + ms(busy.value("p50_ms", 0.0)) + ", p99 " +
        ms(busy.value("p99_ms", 0.0)) + " (echo alone p50 " + ms(busy.value("echo_p50_ms", 0.0)) +
        "). Parts (p50): A's sync answered " + ms(percentile(seg_a, 0.5)) + ", then B's `changed` " +
        ms(percentile(seg_ws, 0.5)) + ", then B's pull " + ms(percentile(seg_pull, 0.5)));
    return row;
}

// ---- row 6: muster-sim ----------------------------------------------------------------------

TableRow sim_row(const Options& o) {
    const int members = o.quick ? std::min(o.sim_members, 50) : o.sim_members;
    const double duration = o.quick ? std::min(o.sim_duration, 15.0) : o.sim_duration;
    const std::string metric = "muster-sim " + number(members) + " members, patchy: converge after heal";
    const std::string target = "<= 60 s";
    const auto server = test::kServerBinary;
    const std::string sim = server.substr(0, server.rfind('/') + 1) + "muster-sim";
    struct stat st {};
    if (::stat(sim.c_str(), &st) != 0) return unmeasured(metric, target, "not measured: no " + sim + " (build muster-sim)");
    const auto limit = std::chrono::seconds(static_cast<long>(duration) + o.sim_timeout);
    const auto start = Clock::now();
    const auto run = test::run_process({sim, "--members", std::to_string(members), "--faults", "patchy", "--duration",
                                        number(duration, 0), "--seed", "7", "--json"},
                                       "", limit, {});
    const double wall = since(start);
    const auto report = json::parse(run.out, nullptr, false);
    if (report.is_discarded() || !report.contains("timings_s")) {
        return unmeasured(metric, target,
                          "not measured: muster-sim " + (run.exit_code < 0 ? "was stopped after " + number(wall, 0) + " s"
                                                                           : "exited " + std::to_string(run.exit_code)) +
                              " without a report" + (run.err.empty() ? "" : ": " + run.err.substr(0, 200)));
    }
    const auto& t = report["timings_s"];
    const auto cores = std::thread::hardware_concurrency();
    TableRow row;
    row.metric = metric;
    row.baseline = "-";
    row.ratio = "-";
    row.target = target;
    row.data = {{"members", members}, {"duration_s", duration}, {"cores", cores}, {"wall_s", wall},
                {"verdict", report.value("verdict", "")}, {"timings_s", t}, {"seed", 7}};
    if (t["heal_to_convergence"].is_null()) {
        row.muster = "never";
        row.status = "not met";
    } else {
        const double s = t["heal_to_convergence"];
        row.muster = number(s, 1) + " s on " + std::to_string(cores) + " cores";
        row.status = verdict(s <= 60.0);
    }
    row.notes.push_back("sim: muster-sim --members " + std::to_string(members) + " --faults patchy --duration " +
                        number(duration, 0) + " --seed 7: verdict " + report.value("verdict", "?") + ", setup " +
                        number(t.value("setup", 0.0), 1) + " s, drill " + number(t.value("drill", 0.0), 1) +
                        " s, checks " + number(t.value("checks", 0.0), 1) + " s, whole run " + number(wall, 1) + " s");
    return row;
}

}  // namespace muster::bench
