// Property tests: K replicas make random ops offline, deliver them through a
// faulty transport; after a final sync every replica equals the reference.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "harness/peer.hpp"

namespace muster::test {
namespace {

constexpr std::int64_t kStart = 1'764'000'000'000;
constexpr std::int64_t kDay = 24 * 3600 * 1000;

struct CaseOptions {
    bool big_skew = false;  ///< clocks off by ±24 h instead of ±5 s
};

/// Runs one seeded case; returns an empty string on success, else what went wrong.
/// Adds the requests its replicas sent ahead (pipelined pages) to `sent_ahead_total`.
std::string run_case(std::uint64_t seed, const CaseOptions& options, std::size_t& sent_ahead_total) {
    std::mt19937_64 rng(seed);
    ManualClock server_clock(kStart);
    ReferenceServer server(server_clock, seed);
    const int k = 2 + static_cast<int>(rng() % 7);
    // Small, varied batch sizes so pushes split and pulls page (has_more).
    const SyncOptions sync{1 + rng() % 10, 3 + static_cast<int>(rng() % 30), "test", 1000};
    std::vector<std::unique_ptr<Replica>> replicas;
    std::vector<std::int64_t> skews;
    for (int i = 0; i < k; ++i) {
        const std::int64_t skew = options.big_skew ? (static_cast<std::int64_t>(rng() % 3) - 1) * kDay
                                                   : static_cast<std::int64_t>(rng() % 10001) - 5000;
        skews.push_back(skew);
        replicas.push_back(
            std::make_unique<Replica>(server, kStart + skew, seed * 1000 + static_cast<std::uint64_t>(i), sync));
        replicas.back()->transport.faults = Faults{0.15, 0.15, 0.1, 0.1, 0.02};
        // Half the replicas ask for the next page while they store the one before.
        replicas.back()->transport.pipelined = (seed + static_cast<std::uint64_t>(i)) % 2 == 0;
    }
    std::vector<Hlc> last_clock(static_cast<std::size_t>(k));
    auto check_clock = [&](int i, bool restamped) -> std::string {
        Replica& r = *replicas[static_cast<std::size_t>(i)];
        const Hlc now = r.store.clock().last();
        if (!restamped && now < last_clock[static_cast<std::size_t>(i)]) {
            return "replica " + std::to_string(i) + "'s hlc went backwards";
        }
        last_clock[static_cast<std::size_t>(i)] = now;
        if (!options.big_skew) return {};
        const auto states = r.store.all_states();
        for (const auto& state : *states) {
            for (const auto& [name, field] : state.fields) {
                if (field.hlc.ms > now.ms || (field.hlc.ms == now.ms && field.hlc.c > now.c)) {
                    return "replica " + std::to_string(i) + "'s clock is below a stamp it holds";
                }
            }
        }
        return {};
    };

    OpGenerator generator(seed * 31 + 7);
    const int steps = 8 + static_cast<int>(rng() % 24);
    for (int step = 0; step < steps; ++step) {
        const int who = static_cast<int>(rng() % static_cast<std::uint64_t>(k));
        Replica& r = *replicas[static_cast<std::size_t>(who)];
        if (rng() % 3 != 0) {
            generator.write(r, who);
            if (auto e = check_clock(who, false); !e.empty()) return e;
        } else {
            if (r.engine.state() == SyncState::login_needed) r.engine.on_login();
            if (step % 4 == 3) {  // rounds until idle or a fault stops them (pages sent ahead meet faults)
                r.engine.on_push_event();
                const auto report = r.engine.sync_until_idle();
                if (auto e = check_clock(who, report.progress.ops_total > 0); !e.empty()) return e;
            } else {
                auto round = r.engine.run_round();
                if (auto e = check_clock(who, round.applied.restamped > 0); !e.empty()) return e;
            }
        }
        const auto dt = static_cast<std::int64_t>(rng() % 2000);
        server_clock.advance_ms(dt);
        for (auto& replica : replicas) replica->clock.advance_ms(dt);
    }
    // Pass 1 pushes everything (making the server's conflict records); pass 2 pulls what others pushed after.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < k; ++i) {
            Replica& r = *replicas[static_cast<std::size_t>(i)];
            r.transport.faults = Faults{};
            r.engine.on_login();
            auto report = r.engine.sync_until_idle();
            if (!report.ok) {
                return "final sync of replica " + std::to_string(i) + " failed: " +
                       (report.error ? report.error->message : "did not become idle");
            }
            if (auto e = check_clock(i, report.progress.ops_total > 0); !e.empty()) return e;
        }
    }
    for (auto& r : replicas) sent_ahead_total += r->transport.sent_ahead;
    const std::string expected = server.canonical_hash();
    for (int i = 0; i < k; ++i) {
        Replica& r = *replicas[static_cast<std::size_t>(i)];
        if (*r.store.canonical_hash() != expected) {
            return "replica " + std::to_string(i) + " of " + std::to_string(k) + " (skew " +
                   std::to_string(skews[static_cast<std::size_t>(i)]) + " ms) differs from the reference";
        }
        if (r.store.pending_count().value_or(-1) != 0) return "replica " + std::to_string(i) + " still has pending ops";
    }
    for (const auto& [replica, ops] : server.applied_by_replica()) {
        const Hlc* previous = nullptr;
        for (const auto& [n, hlc] : ops) {
            if (previous != nullptr && !(*previous < hlc)) {
                return "the server saw replica " + replica + "'s op " + std::to_string(n) + " stamped backwards";
            }
            previous = &hlc;
        }
    }
    return {};
}

/// Runs seeds [first, first + count); each failure prints its seed for replay
/// (MUSTER_SEED=<seed> runs one case alone).
/// MUSTER_CASE_PERCENT=N runs the first N % of each range (the sanitizer stage
/// of CI runs a fifth: the cases are the same, only fewer).
void run_seeds(std::uint64_t first, std::uint64_t count, const CaseOptions& options) {
    if (const char* percent = std::getenv("MUSTER_CASE_PERCENT")) {
        const auto p = std::strtoull(percent, nullptr, 10);
        if (p >= 1 && p < 100) count = std::max<std::uint64_t>(1, count * p / 100);
    }
    if (const char* only = std::getenv("MUSTER_SEED")) {
        first = std::strtoull(only, nullptr, 10);
        count = 1;
    }
    int failures = 0;
    std::size_t sent_ahead = 0;
    for (std::uint64_t seed = first; seed < first + count && failures < 5; ++seed) {
        const std::string problem = run_case(seed, options, sent_ahead);
        if (!problem.empty()) {
            ++failures;
            ADD_FAILURE() << "seed " << seed << ": " << problem << "  (replay: MUSTER_SEED=" << seed << ")";
        }
    }
    // About six pages a case are asked for ahead: enough cases must have done it.
    if (count >= 20) {
        EXPECT_GT(sent_ahead, 0U) << "no replica asked for a page ahead: the pipelined path went untested";
    }
}

// 10,000 seeded cases in four shards so CTest can run them in parallel.
TEST(Convergence, RandomOfflineOpsWithFaultsConvergeShard0) { run_seeds(0, 2500, {}); }
TEST(Convergence, RandomOfflineOpsWithFaultsConvergeShard1) { run_seeds(2500, 2500, {}); }
TEST(Convergence, RandomOfflineOpsWithFaultsConvergeShard2) { run_seeds(5000, 2500, {}); }
TEST(Convergence, RandomOfflineOpsWithFaultsConvergeShard3) { run_seeds(7500, 2500, {}); }

TEST(ClockSkew, ReplicasADayOffConvergeAndNoHlcGoesBackwards) { run_seeds(100000, 500, {true}); }

}  // namespace
}  // namespace muster::test
