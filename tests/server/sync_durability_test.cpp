// Acked ops survive kill -9; a lost ack and a resend apply each op exactly once.
#include <gtest/gtest.h>

#include <csignal>


#include "muster/server/store.hpp"
#include "support/test_db.hpp"
#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

using SyncDurability = SyncFixture;

TEST_F(SyncDurability, EveryAckedOpSurvivesKillNine20Times) {
    auto coord = client("coord");
    std::vector<std::string> tasks;
    std::vector<std::string> logs;
    for (int round = 0; round < 20; ++round) {
        std::vector<json> ops;
        for (int i = 0; i < 25; ++i) {
            tasks.push_back(uuid());
            ops.push_back(coord.set("task", tasks.back(),
                                    {{"title", "Round " + std::to_string(round)}, {"unit", units_["north"]}, {"status", "open"}}));
            logs.push_back(uuid());
            ops.push_back(coord.log(logs.back(), tasks.back(), "action", std::to_string(i)));
        }
        const auto answer = sync(coord, ops, "", 1);
        for (const auto& ack : answer["acks"]) ASSERT_EQ(ack["status"], "applied") << ack.dump();

        server_->stop(SIGKILL);
        ASSERT_EQ(store_integrity(data()), "ok") << "round " << round;
        start();
        ASSERT_FALSE(HasFatalFailure());

        std::string cursor;
        const auto seen = change_ids(pull_all(coord, cursor));  // the token survived too
        for (const auto& t : tasks) ASSERT_EQ(seen.count("task/" + t), 1u) << "round " << round;
        for (const auto& l : logs) ASSERT_EQ(seen.count("log/" + l), 1u) << "round " << round;
    }
}

TEST_F(SyncDurability, LostAckResendAppliesEachOpExactlyOnce) {
    auto coord = client("coord");
    auto alice = client("alice");
    const auto task = uuid();
    ASSERT_EQ(push_one(coord, coord.set("task", task, {{"title", "T"}, {"unit", units_["north"]}, {"status", "open"}}))["status"], "applied");
    std::vector<json> ops;
    std::vector<std::string> logs;
    for (int i = 0; i < 10; ++i) {
        logs.push_back(uuid());
        ops.push_back(alice.log(logs.back(), task, "action", "step " + std::to_string(i)));
    }
    ops.push_back(alice.set("task", task, {{"status", "done"}}));
    const json body = {{"replica_id", alice.replica}, {"ops", ops}, {"cursor", ""}};

    {  // send, wait until the answer is there, and drop it unread
        Connection conn(port());
        ASSERT_TRUE(conn.ok());
        ASSERT_TRUE(conn.send(make_request("POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + alice.token}})));
        ASSERT_TRUE(conn.readable(std::chrono::seconds(10)));
    }
    std::string cursor;
    const auto before = pull_all(coord, cursor);

    const auto resend = sync_raw(alice.token, body.dump());
    ASSERT_EQ(resend.status, 200) << resend.body;
    const auto resent = resend.json();
    ASSERT_EQ(resent["acks"].size(), ops.size());
    for (const auto& ack : resent["acks"]) EXPECT_EQ(ack["status"], "duplicate") << ack.dump();

    std::string fresh;
    const auto after = pull_all(coord, fresh);
    int log_count = 0;
    for (const auto& c : after) log_count += c["entity"] == "log" ? 1 : 0;
    EXPECT_EQ(log_count, 10);
    EXPECT_TRUE(pull_all(coord, cursor).empty()) << "the resend changed nothing";
    EXPECT_EQ(find_change(after, "task", task)["fields"]["status"]["v"], "done");
    (void)before;
}

}  // namespace
}  // namespace muster::test
