// Tasks moving between units (with their logs and conflicts), conflicts from stale bases, device entities.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

using SyncMove = SyncFixture;

TEST_F(SyncMove, MovedTaskIsGoneOnceForTheOldUnitAndWholeForTheNew) {
    auto coord = client("coord");
    auto alice = client("alice");
    auto bob = client("bob");
    const auto task = uuid();
    const auto log1 = uuid();
    const auto log2 = uuid();
    auto a = sync(coord, {coord.set("task", task, {{"title", "Sandbags"}, {"unit", units_["north"]}, {"status", "open"},
                                                   {"instructions", "Mill Street"}})});
    ASSERT_EQ(a["acks"][0]["status"], "applied");
    a = sync(alice, {alice.log(log1, task, "action", "started"), alice.log(log2, task, "note", "need more")});
    ASSERT_EQ(a["acks"][1]["status"], "applied") << a.dump();

    std::string alice_cursor, bob_cursor;
    auto seen = change_ids(pull_all(alice, alice_cursor));
    ASSERT_EQ(seen.count("task/" + task), 1u);
    ASSERT_EQ(seen.count("log/" + log1), 1u);
    EXPECT_EQ(change_ids(pull_all(bob, bob_cursor)).count("task/" + task), 0u);

    a = sync(coord, {coord.set("task", task, {{"unit", units_["south"]}})});
    ASSERT_EQ(a["acks"][0]["status"], "applied") << a.dump();

    const auto alice_changes = pull_all(alice, alice_cursor);
    const auto gone = change_ids(alice_changes);
    EXPECT_EQ(gone.count("gone:task/" + task), 1u) << alice_changes.dump();
    EXPECT_EQ(gone.count("gone:log/" + log1), 1u);
    EXPECT_EQ(gone.count("gone:log/" + log2), 1u);
    EXPECT_EQ(gone.count("task/" + task), 0u);
    int gone_entries = 0;
    for (const auto& c : alice_changes) gone_entries += c.value("gone", false) ? 1 : 0;
    EXPECT_EQ(gone_entries, 3) << "each departure is sent once";
    EXPECT_TRUE(pull_all(alice, alice_cursor).empty()) << "and never again";

    const auto bob_changes = pull_all(bob, bob_cursor);
    const auto whole = find_change(bob_changes, "task", task);
    ASSERT_TRUE(whole.is_object()) << bob_changes.dump();
    EXPECT_EQ(whole["fields"]["title"]["v"], "Sandbags");
    EXPECT_EQ(whole["fields"]["instructions"]["v"], "Mill Street");
    EXPECT_EQ(whole["fields"]["unit"]["v"], units_["south"]);
    EXPECT_EQ(find_change(bob_changes, "log", log1)["fields"]["text"], "started");
    EXPECT_TRUE(find_change(bob_changes, "log", log2).is_object());

    // The coordinator sees both units: no gone, just the new state.
    std::string coord_cursor;
    const auto coord_changes = pull_all(coord, coord_cursor);
    EXPECT_EQ(change_ids(coord_changes).count("gone:task/" + task), 0u);
    // Alice can no longer write on it; Bob can.
    EXPECT_EQ(push_one(alice, alice.set("task", task, {{"status", "done"}}))["error"]["code"], "forbidden");
    EXPECT_EQ(push_one(bob, bob.set("task", task, {{"status", "done"}}))["status"], "applied");
}

TEST_F(SyncMove, StaleBasesMakeOneConflictWithBothValuesAndAuthors) {
    auto coord = client("coord");
    auto alice = client("alice");
    auto carol = client("carol");
    const auto task = uuid();
    ASSERT_EQ(push_one(coord, coord.set("task", task, {{"title", "Gauge"}, {"unit", units_["north"]}, {"status", "open"}}))["status"], "applied");
    std::string cursor;
    const auto base_hlc = find_change(pull_all(alice, cursor), "task", task)["fields"]["status"]["hlc"];
    ASSERT_TRUE(base_hlc.is_object());

    // Both saw "open"; neither saw the other's change.
    const auto done = alice.set("task", task, {{"status", "done"}}, json{{"status", base_hlc}});
    EXPECT_EQ(push_one(alice, done)["status"], "applied");
    // Carol's stamp is later than alice's even within the same millisecond
    // (an equal ms would leave the winner to the replica ids' order).
    carol.last_ms = std::max(carol.last_ms, done["hlc"]["ms"].get<std::int64_t>());
    EXPECT_EQ(push_one(carol, carol.set("task", task, {{"status", "blocked"}}, json{{"status", base_hlc}}))["status"], "applied");
    // Without base there is never a conflict.
    EXPECT_EQ(push_one(alice, alice.set("task", task, {{"status", "in_progress"}}))["status"], "applied");

    std::string coord_cursor;
    const auto changes = pull_all(coord, coord_cursor);
    std::vector<json> conflicts;
    for (const auto& c : changes) {
        if (c["entity"] == "conflict") conflicts.push_back(c);
    }
    ASSERT_EQ(conflicts.size(), 1u) << changes.dump();
    const auto& f = conflicts[0]["fields"];
    EXPECT_EQ(f["entity"]["v"], "task");
    EXPECT_EQ(f["key"]["v"], task);
    EXPECT_EQ(f["field"]["v"], "status");
    EXPECT_EQ(f["resolved"]["v"], false);
    EXPECT_EQ(f["winner"]["v"]["v"], "blocked");
    EXPECT_EQ(f["winner"]["v"]["author"], carol.member_id);
    EXPECT_EQ(f["loser"]["v"]["v"], "done");
    EXPECT_EQ(f["loser"]["v"]["author"], alice.member_id);

    // Members do not receive conflicts; the coordinator resolves it.
    std::string alice_cursor;
    for (const auto& c : pull_all(alice, alice_cursor)) EXPECT_NE(c["entity"], "conflict");
    const auto key = conflicts[0]["key"].get<std::string>();
    EXPECT_EQ(push_one(coord, coord.set("conflict", key, {{"resolved", true}}))["status"], "applied");
    EXPECT_EQ(find_change(pull_all(coord, coord_cursor), "conflict", key)["fields"]["resolved"]["v"], true);

    // The conflict moves with its task.
    ASSERT_EQ(push_one(coord, coord.set("task", task, {{"unit", units_["south"]}}))["status"], "applied");
    auto bob = client("bob");
    std::string bob_cursor;
    EXPECT_EQ(change_ids(pull_all(bob, bob_cursor)).count("conflict/" + key), 0u) << "members never see conflicts";
    auto scoord = client("ncoord");
    std::string n_cursor;
    EXPECT_EQ(change_ids(pull_all(scoord, n_cursor)).count("conflict/" + key), 0u) << "left north with its task";
}

TEST_F(SyncMove, DeviceEntityReportsTheCallersDeviceToCoordinators) {
    auto alice = client("alice");
    auto coord = client("coord");
    const auto sent_ms = now_ms() - 5000;  // alice's clock is 5 s behind
    const json body = {{"replica_id", alice.replica}, {"ops", json::array()}, {"cursor", ""},
                       {"device", {{"pending", 12}, {"oldest_pending_ms", sent_ms - 60000}, {"app_version", "1.2.3"},
                                   {"clock_ms", sent_ms}}}};
    const auto r = sync_raw(alice.token, body.dump());
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(change_ids(r.json()["changes"]).count("device/" + alice.replica), 0u) << "members see no devices";

    std::string cursor;
    const auto device = find_change(pull_all(coord, cursor), "device", alice.replica);
    ASSERT_TRUE(device.is_object());
    const auto& f = device["fields"];
    EXPECT_EQ(f["member"]["v"], alice.member_id);
    EXPECT_EQ(f["replica_id"]["v"], alice.replica);
    EXPECT_EQ(f["pending"]["v"], 12);
    EXPECT_EQ(f["oldest_pending_ms"]["v"], sent_ms - 60000);
    EXPECT_EQ(f["app_version"]["v"], "1.2.3");
    EXPECT_NEAR(static_cast<double>(f["clock_offset_ms"]["v"].get<std::int64_t>()), -5000.0, 2000.0);
    EXPECT_NEAR(static_cast<double>(f["last_sync_at"]["v"].get<std::int64_t>()), static_cast<double>(now_ms()), 10000.0);
    EXPECT_EQ(f["member"]["hlc"]["r"].get<std::string>().size(), 16u);

    // A second sync that reports the same thing does not rewrite it.
    ASSERT_EQ(sync_raw(alice.token, body.dump()).status, 200);
    EXPECT_TRUE(pull_all(coord, cursor).empty());

    // A report without `clock_ms` says nothing of the clock: the offset stays as it was.
    json no_clock = body;
    no_clock["device"].erase("clock_ms");
    no_clock["device"]["pending"] = 3;
    ASSERT_EQ(sync_raw(alice.token, no_clock.dump()).status, 200);
    const auto later = find_change(pull_all(coord, cursor), "device", alice.replica);
    ASSERT_TRUE(later.is_object());
    EXPECT_EQ(later["fields"]["pending"]["v"], 3);
    EXPECT_NEAR(static_cast<double>(later["fields"]["clock_offset_ms"]["v"].get<std::int64_t>()), -5000.0, 2000.0);
}

}  // namespace
}  // namespace muster::test
