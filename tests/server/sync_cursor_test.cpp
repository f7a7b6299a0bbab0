// Cursors the database's history never gave out (protocol: `stale_cursor`).
// After `restore`, a device that synced since the backup holds a cursor past
// the backup's counter; the restored database gives those seqs out again, and
// a pull from that cursor would skip them for good. Such a cursor, and one past
// anything given out at all (another server at the same address), is refused
// with 409 before any op is applied; the device pulls again from "".
#include <gtest/gtest.h>

#include <string>

#include "support/server_process.hpp"
#include "support/sync_fixture.hpp"
#include "support/test_db.hpp"

namespace muster::test {
namespace {

class SyncCursor : public SyncFixture {
protected:
    /// A new task in north by `c`; its key.
    std::string add_task(SyncClient& c, const std::string& title) {
        const auto key = uuid();
        const auto ack = push_one(c, c.set("task", key, {{"title", title}, {"unit", units_["north"]}, {"status", "open"}}));
        EXPECT_EQ(ack["status"], "applied") << ack.dump();
        return key;
    }
    /// POST /v1/sync from `cursor` with `ops`.
    HttpResult sync_from(SyncClient& c, const std::string& cursor, const std::vector<json>& ops = {}) {
        const json body = {{"replica_id", c.replica}, {"ops", ops}, {"cursor", cursor}, {"limit", 5000}};
        return sync_raw(c.token, body.dump());
    }
    /// Every task key in the caller's scope, pulled from "".
    std::set<std::string> tasks_of(SyncClient& c) {
        std::string cursor;
        std::set<std::string> keys;
        for (const auto& change : pull_all(c, cursor)) {
            if (change.value("entity", "") == "task" && !change.value("gone", false)) keys.insert(change["key"]);
        }
        return keys;
    }
    static void expect_stale(const HttpResult& r) {
        EXPECT_EQ(r.status, 409) << r.body;
        EXPECT_EQ(r.error_code(), "stale_cursor") << r.body;
    }
};

TEST_F(SyncCursor, OnePastAnythingGivenOutIsRefusedAndNothingIsApplied) {
    auto coord = client("coord");
    add_task(coord, "Sandbags");
    std::string cursor;
    pull_all(coord, cursor);
    ASSERT_FALSE(cursor.empty());
    EXPECT_EQ(sync_from(coord, cursor).status, 200) << "the last cursor given out is a point of the history";

    const auto beyond = std::to_string(std::stoll(cursor) + 1000);
    const auto key = uuid();
    const auto refused = sync_from(coord, beyond, {coord.set("task", key, {{"title", "Pumps"}, {"unit", units_["north"]}})});
    expect_stale(refused);
    EXPECT_NE(refused.body.find(beyond), std::string::npos) << "the message names the cursor: " << refused.body;
    EXPECT_FALSE(tasks_of(coord).contains(key)) << "refused before the push: the device sends it again";
}

TEST_F(SyncCursor, ACursorAnotherServerOnTheSameDatabaseGaveOutIsKnown) {
    // Two servers on one SQLite folder (or one PostgreSQL database): a device
    // may pull from the second with a cursor the first gave out a moment ago.
    ServerProcess other(data());
    ASSERT_NE(other.port(), 0) << other.log();
    auto coord = client("coord");
    const json pull = {{"replica_id", coord.replica}, {"ops", json::array()}, {"cursor", ""}, {"limit", 5000}};
    for (int i = 0; i < 3; ++i) {
        add_task(coord, "Sandbags " + std::to_string(i));  // through the first server
        const auto first = sync_raw(coord.token, pull.dump());
        ASSERT_EQ(first.status, 200) << first.body;
        json from_cursor = pull;
        from_cursor["cursor"] = first.json()["cursor"];
        const auto on_other = http(other.port(), "POST", "/v1/sync", from_cursor.dump(),
                                   {{"Authorization", "Bearer " + coord.token}});
        EXPECT_EQ(on_other.status, 200) << on_other.body;
    }
}

class SyncCursorRestore : public SyncCursor {
protected:
    void SetUp() override {
        if (testing_postgres()) GTEST_SKIP() << "restore copies SQLite's file; a PostgreSQL deployment uses pg_dump";
        SyncCursor::SetUp();
    }
    std::string backup_file() const { return dir_.sub("backup.db"); }
    void restart_restored() {
        ASSERT_EQ(server_->stop(), 0);
        const auto restored = run_cli({"restore", "--data", data(), "--from", backup_file(), "--force"});
        ASSERT_EQ(restored.exit_code, 0) << restored.err;
        start();
    }
};

TEST_F(SyncCursorRestore, ADeviceThatSyncedSinceTheBackupIsToldToStartOverAndThenGetsEverything) {
    auto coord = client("coord");
    const auto before = add_task(coord, "Before the backup");
    std::string old_cursor;
    pull_all(coord, old_cursor);
    const auto made = run_cli({"backup", "--data", data(), "--to", backup_file()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    const auto lost = add_task(coord, "After the backup, lost by the restore");
    std::string ahead;
    pull_all(coord, ahead);
    ASSERT_GT(std::stoll(ahead), std::stoll(old_cursor));

    restart_restored();
    // The token is in the backup; the restored database gives out new seqs.
    const auto fresh = add_task(coord, "After the restore");
    const auto refused = sync_from(coord, ahead);
    expect_stale(refused);

    // A device whose cursor is the backup's own still pulls from it: it gets
    // what came after, and nothing it already had is skipped.
    const auto behind = sync_from(coord, old_cursor);
    ASSERT_EQ(behind.status, 200) << behind.body;
    EXPECT_NE(find_change(behind.json()["changes"], "task", fresh), json()) << behind.body;

    std::string cursor;
    const auto everything = pull_all(coord, cursor);
    const auto fresh_change = find_change(everything, "task", fresh);
    ASSERT_NE(fresh_change, json());
    EXPECT_GT(fresh_change["seq"].get<std::int64_t>(), std::stoll(ahead))
        << "seqs go on past every cursor the replaced database gave out";
    const auto keys = tasks_of(coord);
    EXPECT_TRUE(keys.contains(before));
    EXPECT_TRUE(keys.contains(fresh));
    EXPECT_FALSE(keys.contains(lost)) << "the restore went back to the backup";
    EXPECT_EQ(sync_from(coord, cursor).status, 200) << "the new history's cursors are known";

    // Restored again from the same backup: the second history's cursors are left behind too.
    const auto second_history = add_task(coord, "Second history");
    std::string second_cursor;
    pull_all(coord, second_cursor);
    restart_restored();
    expect_stale(sync_from(coord, second_cursor));
    expect_stale(sync_from(coord, ahead));
    EXPECT_EQ(sync_from(coord, old_cursor).status, 200);
    EXPECT_FALSE(tasks_of(coord).contains(second_history));
}

}  // namespace
}  // namespace muster::test
