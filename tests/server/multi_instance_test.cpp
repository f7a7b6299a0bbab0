// Several muster-server instances on one PostgreSQL database (issue: scale
// out): a change through one reaches WebSockets held by another; concurrent
// writers on both leave no gap a pull could skip; an op resent to the other
// instance is applied once; a kill -9 of one instance loses nothing acked.
// They need the test cluster and run as `pg.MultiInstance.*`.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <thread>

#include "support/server_process.hpp"
#include "support/sync_fixture.hpp"
#include "support/test_db.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

class MultiInstance : public SyncFixture {
protected:
    void SetUp() override {
        if (!testing_postgres()) GTEST_SKIP() << "needs PostgreSQL: runs as pg.MultiInstance.* against the test cluster";
        SyncFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        other_ = std::make_unique<ServerProcess>(data());  // the same folder: its database.url names the database
        ASSERT_NE(other_->port(), 0) << other_->log();
    }

    /// POST /v1/sync on `port`; the answer (status in `status`).
    static json sync_on(std::uint16_t port, SyncClient& c, const std::vector<json>& ops, const std::string& cursor,
                        int* status = nullptr, int limit = 500) {
        const json body = {{"replica_id", c.replica}, {"ops", ops}, {"cursor", cursor}, {"limit", limit}};
        const auto r = http(port, "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + c.token}});
        if (status) *status = r.status;
        return r.status == 200 ? r.json() : json{};
    }

    /// A task in north (alice's unit), made by the coordinator.
    std::string north_task() {
        auto coord = client("coord");
        const auto key = uuid();
        const auto ack = push_one(coord, coord.set("task", key, {{"title", "Sandbags"}, {"unit", units_["north"]}, {"status", "open"}}));
        EXPECT_EQ(ack["status"], "applied") << ack.dump();
        return key;
    }

    std::unique_ptr<ServerProcess> other_;
};

TEST_F(MultiInstance, AChangeThroughOneInstanceReachesSocketsOnTheOtherWithin200ms) {
    const auto task = north_task();
    auto alice = client("alice");  // signs in on the first instance...
    const auto coord_token = login_token(port(), "coord");
    WsClient on_other(other_->port(), coord_token);  // ...the token works on the second
    ASSERT_TRUE(on_other.ok()) << on_other.error();
    const auto hello = on_other.next(2s);
    ASSERT_TRUE(hello && (*hello)["type"] == "hello");
    const auto bob_token = login_token(other_->port(), "bob");
    WsClient south(other_->port(), bob_token);  // bob's unit (south) is not touched
    ASSERT_TRUE(south.ok() && south.next(2s));

    std::int64_t worst_ms = 0;
    for (int round = 0; round < 5; ++round) {
        const auto start = SteadyClock::now();
        const auto ack = push_one(alice, alice.log(uuid(), task, "note", "round " + std::to_string(round)));
        ASSERT_EQ(ack["status"], "applied") << ack.dump();
        const auto changed = on_other.next(2s);
        ASSERT_TRUE(changed) << "round " << round << ": nothing reached the other instance's socket";
        EXPECT_EQ((*changed)["type"], "changed");
        const std::int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start).count();
        worst_ms = std::max(worst_ms, ms);
    }
    EXPECT_LE(worst_ms, 200) << "sync on A to `changed` on B";
    RecordProperty("worst_ms", std::to_string(worst_ms));
    EXPECT_FALSE(south.next(300ms)) << "a unit the change did not touch hears nothing";
}

TEST_F(MultiInstance, ALogoutOnOneInstanceClosesTheTokensSocketOnTheOtherAtOnce) {
    const auto token = login_token(port(), "alice");
    WsClient on_other(other_->port(), token);
    ASSERT_TRUE(on_other.ok()) << on_other.error();
    ASSERT_TRUE(on_other.next(2s));  // hello
    const auto start = SteadyClock::now();
    ASSERT_EQ(http(port(), "POST", "/v1/auth/logout", "", {{"Authorization", "Bearer " + token}}).status, 204);
    EXPECT_FALSE(on_other.next(5s));
    EXPECT_FALSE(on_other.timed_out()) << "the other instance closed the socket";
    EXPECT_EQ(on_other.close_code(), 1008);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start).count();
    EXPECT_LT(ms, 3000) << "through the relay, not at the next ping (20 s)";
    RecordProperty("close_ms", std::to_string(ms));
}

TEST_F(MultiInstance, ConcurrentWritersOnBothInstancesLeaveNoGapAPullCouldSkip) {
    // Writers on both instances commit while a coordinator pulls by cursor,
    // switching instance every pull. A seq committed after a pull saw a
    // higher one would be skipped for good: the incremental pulls must end
    // up holding every acked task, each once.
    constexpr int kWriters = 6;
    constexpr int kBatches = 40;
    constexpr int kPerBatch = 5;
    std::vector<SyncClient> writers;
    for (int w = 0; w < kWriters; ++w) writers.push_back(client(w % 2 == 0 ? "coord" : "ncoord"));
    auto reader = client("coord");
    std::atomic<bool> done{false};
    std::vector<std::vector<std::string>> acked(kWriters);
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            const auto on = w % 2 == 0 ? port() : other_->port();
            for (int b = 0; b < kBatches; ++b) {
                std::vector<json> ops;
                std::vector<std::string> keys;
                for (int i = 0; i < kPerBatch; ++i) {
                    keys.push_back(uuid());
                    ops.push_back(writers[w].set("task", keys.back(), {{"title", "w" + std::to_string(w)},
                                                                      {"unit", units_["north"]},
                                                                      {"status", "open"}}));
                }
                int status = 0;
                const auto answer = sync_on(on, writers[w], ops, "", &status, 1);
                if (status != 200) continue;  // not acked: not promised
                for (std::size_t i = 0; i < keys.size(); ++i) {
                    if (answer["acks"][i]["status"] == "applied") acked[w].push_back(keys[i]);
                }
            }
        });
    }
    std::string cursor;
    std::map<std::string, int> pulled;
    int pulls = 0;
    auto pull_once = [&] {
        const auto on = pulls++ % 2 == 0 ? port() : other_->port();
        for (;;) {
            int status = 0;
            const auto answer = sync_on(on, reader, {}, cursor, &status, 200);
            ASSERT_EQ(status, 200);
            for (const auto& change : answer["changes"]) {
                if (change["entity"] == "task") ++pulled[change["key"].get<std::string>()];
            }
            cursor = answer["cursor"];
            if (!answer["has_more"].get<bool>()) break;
        }
    };
    std::thread stopper([&] {
        for (auto& t : threads) t.join();
        done = true;
    });
    while (!done) {
        pull_once();
        ASSERT_FALSE(HasFatalFailure());
    }
    stopper.join();
    pull_once();  // after the last commit
    std::size_t total = 0;
    for (int w = 0; w < kWriters; ++w) {
        total += acked[w].size();
        for (const auto& key : acked[w]) EXPECT_GE(pulled[key], 1) << "task " << key << " was skipped by the pulls";
    }
    EXPECT_EQ(total, static_cast<std::size_t>(kWriters * kBatches * kPerBatch)) << "every batch was acked";
    EXPECT_GT(pulls, 3) << "the pulls ran while the writers wrote";
    RecordProperty("pulls", pulls);
}

TEST_F(MultiInstance, AnOpSentToBothInstancesAtOnceIsAppliedOnce) {
    const auto task = north_task();
    auto alice = client("alice");
    for (int round = 0; round < 10; ++round) {
        const auto op = alice.log(uuid(), task, "note", "sent twice " + std::to_string(round));
        json first;
        json second;
        std::thread a([&] { first = sync_on(port(), alice, {op}, "", nullptr, 1); });
        std::thread b([&] { second = sync_on(other_->port(), alice, {op}, "", nullptr, 1); });
        a.join();
        b.join();
        ASSERT_TRUE(first.contains("acks") && second.contains("acks")) << first.dump() << second.dump();
        std::multiset<std::string> statuses{first["acks"][0]["status"], second["acks"][0]["status"]};
        EXPECT_EQ(statuses, (std::multiset<std::string>{"applied", "duplicate"})) << "round " << round;
    }
}

TEST_F(MultiInstance, AnInstanceWhoseClockRunsBehindStillStampsAfterTheOthersWrites) {
    // A third instance whose wall clock is 10 minutes behind. The device
    // record the server writes on each sync is stamped by the server's clock;
    // stamped by its own wall clock, the behind instance's newer record would
    // lose to the older one on every coordinator's device.
    auto env = test_environment();
    env["MUSTER_TEST_CLOCK_OFFSET_MS"] = "-600000";
    ServerProcess behind(data(), {}, env);
    ASSERT_NE(behind.port(), 0) << behind.log();
    auto alice = client("alice");
    auto coord = client("coord");
    auto device_sync = [&](std::uint16_t on, int pending) {
        const json body = {{"replica_id", alice.replica}, {"ops", json::array()}, {"cursor", ""}, {"limit", 1},
                           {"device", {{"pending", pending}, {"oldest_pending_ms", nullptr}, {"app_version", "t"},
                                       {"clock_ms", now_ms()}}}};
        const auto r = http(on, "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + alice.token}});
        ASSERT_EQ(r.status, 200) << r.body;
    };
    auto pending_field = [&]() {
        std::string cursor;
        for (const auto& change : pull_all(coord, cursor)) {
            if (change["entity"] == "device" && change["key"] == alice.replica) return change["fields"]["pending"];
        }
        return json{};
    };
    device_sync(port(), 1);
    const auto first = pending_field();
    ASSERT_EQ(first["v"], 1) << first.dump();
    device_sync(behind.port(), 2);
    const auto second = pending_field();
    ASSERT_EQ(second["v"], 2) << second.dump();
    const auto stamp = [](const json& f) { return std::pair{f["hlc"]["ms"].get<std::int64_t>(), f["hlc"]["c"].get<std::int64_t>()}; };
    EXPECT_GT(stamp(second), stamp(first)) << first.dump() << " then " << second.dump();
}

TEST_F(MultiInstance, KillNineOfOneInstanceLosesNothingItAckedAndTheOtherServesOn) {
    auto coord = client("coord");
    std::vector<std::string> acked;
    for (int round = 0; round < 3; ++round) {
        std::vector<json> ops;
        std::vector<std::string> keys;
        for (int i = 0; i < 20; ++i) {
            keys.push_back(uuid());
            ops.push_back(coord.set("task", keys.back(), {{"title", "K"}, {"unit", units_["south"]}, {"status", "open"}}));
        }
        const auto answer = sync(coord, ops, "", 1);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            ASSERT_EQ(answer["acks"][i]["status"], "applied");
            acked.push_back(keys[i]);
        }
    }
    server_->stop(SIGKILL);
    // The same device goes on through the other instance: its token, its cursor.
    std::string cursor;
    int status = 0;
    std::set<std::string> seen;
    for (;;) {
        const auto answer = sync_on(other_->port(), coord, {}, cursor, &status, 500);
        ASSERT_EQ(status, 200);
        for (const auto& change : answer["changes"]) {
            if (change["entity"] == "task") seen.insert(change["key"].get<std::string>());
        }
        cursor = answer["cursor"];
        if (!answer["has_more"].get<bool>()) break;
    }
    for (const auto& key : acked) EXPECT_EQ(seen.count(key), 1u) << key;
    EXPECT_EQ(store_integrity(data()), "ok");
}

}  // namespace
}  // namespace muster::test
