// The inject scheduler: an inject hidden from members reaches their next pull
// (and their event socket hears `changed`) once its drill clock reaches the
// offset, although their cursor is already past the task; once per release.
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <thread>

#include "support/sync_fixture.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;

class InjectRelease : public SyncFixture {
protected:
    /// A drill in north running since `running_for_ms`, an inject at `offset_ms` and a log on it.
    void plan(std::int64_t running_for_ms, std::int64_t offset_ms) {
        admin_ = client("admin");
        started_at_ = now_ms() - running_for_ms;
        const auto answer = sync(admin_, {
            admin_.set("drill", drill_, {{"unit", units_["north"]}, {"title", "Flood"}, {"state", "running"},
                                         {"started_at", started_at_}, {"paused_ms", 0}}),
            admin_.set("task", inject_, {{"title", "Levee breach"}, {"unit", units_["north"]}, {"drill", drill_},
                                         {"release_offset_ms", offset_ms}, {"status", "open"}}),
            admin_.log(note_, inject_, "note", "controller's remark"),
        });
        for (const auto& ack : answer["acks"]) ASSERT_EQ(ack["status"], "applied") << answer.dump();
    }

    /// The admin sets `fields` on the drill; what `member`'s next pull from `cursor` brings.
    std::set<std::string> after_drill_set(SyncClient& member, std::string& cursor, const json& fields) {
        EXPECT_EQ(push_one(admin_, admin_.set("drill", drill_, fields))["status"], "applied");
        return change_ids(pull_all(member, cursor));
    }

    SyncClient admin_;
    std::int64_t started_at_ = 0;
    std::string drill_ = uuid();
    std::string inject_ = uuid();
    std::string note_ = uuid();
};

TEST_F(InjectRelease, AMemberPastTheTaskGetsItWithItsLogsWhenTheClockReachesTheOffset) {
    plan(10'000, 12'000);  // due about 2 s from now
    auto alice = client("alice");
    std::string cursor;
    const auto before = change_ids(pull_all(alice, cursor));
    ASSERT_EQ(before.count("task/" + inject_), 0u) << "hidden before its time";
    ASSERT_EQ(before.count("log/" + note_), 0u);

    WsClient socket(port(), alice.token);
    ASSERT_TRUE(socket.ok()) << socket.error();
    const auto hello = socket.next(2s);
    ASSERT_TRUE(hello && (*hello)["type"] == "hello");
    std::optional<json> changed;
    while (!changed) {
        auto message = socket.next(6s);
        ASSERT_TRUE(message) << "no `changed` within 6 s of the release time";
        if ((*message)["type"] != "changed") continue;
        // Alice's own pull wrote her device record: its `changed` (coalesced,
        // it may arrive after the socket opened) is not past her cursor.
        if (std::stoll((*message).value("cursor", std::string("0"))) <= std::stoll(cursor.empty() ? "0" : cursor)) continue;
        changed = message;
    }
    EXPECT_GE(now_ms(), started_at_ + 12'000) << "announced before its time";

    const auto after = change_ids(pull_all(alice, cursor));
    EXPECT_EQ(after.count("task/" + inject_), 1u);
    EXPECT_EQ(after.count("log/" + note_), 1u);

    // Released once: later ticks leave it alone.
    std::this_thread::sleep_for(1500ms);
    EXPECT_EQ(change_ids(pull_all(alice, cursor)).count("task/" + inject_), 0u);
}

TEST_F(InjectRelease, AnInjectDueWhileTheServerWasDownIsReleasedAtTheStart) {
    plan(10'000, 11'000);  // due about 1 s from now
    auto alice = client("alice");
    std::string cursor;
    ASSERT_EQ(change_ids(pull_all(alice, cursor)).count("task/" + inject_), 0u);
    ASSERT_EQ(server_->stop(), 0);
    std::this_thread::sleep_for(1500ms);
    start();
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(change_ids(pull_all(alice, cursor)).count("task/" + inject_), 1u);
}

TEST_F(InjectRelease, MovingTheOffsetLaterHidesItAndReleasesItAgainOnTime) {
    plan(10'000, 10'500);
    auto alice = client("alice");
    std::string cursor;
    std::this_thread::sleep_for(1500ms);
    ASSERT_EQ(change_ids(pull_all(alice, cursor)).count("task/" + inject_), 1u);
    // The controller pushes the inject 2 s later: members drop it, then get it back.
    ASSERT_EQ(push_one(admin_, admin_.set("task", inject_, {{"release_offset_ms", now_ms() - started_at_ + 2'000}}))["status"],
              "applied");
    EXPECT_EQ(change_ids(pull_all(alice, cursor)).count("gone:task/" + inject_), 1u);
    std::this_thread::sleep_for(3s);
    EXPECT_EQ(change_ids(pull_all(alice, cursor)).count("task/" + inject_), 1u);
}

TEST_F(InjectRelease, ADrillSetBackToPlannedHidesItsReleasedInjectsWithTheirLogsAndRunningAgainBringsThemBack) {
    plan(10'000, 1'000);  // released 9 s ago
    auto alice = client("alice");
    std::string cursor;
    const auto released = change_ids(pull_all(alice, cursor));
    ASSERT_EQ(released.count("task/" + inject_), 1u);
    ASSERT_EQ(released.count("log/" + note_), 1u);

    // Only the drill changes; the inject's own row is untouched.
    const auto hidden = after_drill_set(alice, cursor, {{"state", "planned"}});
    EXPECT_EQ(hidden.count("gone:task/" + inject_), 1u);
    EXPECT_EQ(hidden.count("gone:log/" + note_), 1u);
    auto coord = client("ncoord");
    std::string coord_cursor;
    EXPECT_EQ(change_ids(pull_all(coord, coord_cursor)).count("task/" + inject_), 1u) << "coordinators still see it";

    const auto back = after_drill_set(alice, cursor, {{"state", "running"}});
    EXPECT_EQ(back.count("task/" + inject_), 1u);
    EXPECT_EQ(back.count("log/" + note_), 1u);

    // A drill change that leaves every inject as it was sends none of them again.
    const auto renamed = after_drill_set(alice, cursor, {{"title", "Flood (renamed)"}});
    EXPECT_EQ(renamed.count("drill/" + drill_), 1u);
    EXPECT_EQ(renamed.count("task/" + inject_), 0u);
}

TEST_F(InjectRelease, TurningPrestageOnSendsAnUnreleasedInjectAheadAndOffTakesItBack) {
    plan(0, 3'600'000);  // due in an hour
    auto alice = client("alice");
    std::string cursor;
    ASSERT_EQ(change_ids(pull_all(alice, cursor)).count("task/" + inject_), 0u);

    EXPECT_EQ(push_one(admin_, admin_.set("drill", drill_, {{"prestage", true}}))["status"], "applied");
    const auto staged = find_change(pull_all(alice, cursor), "task", inject_);
    ASSERT_FALSE(staged.is_null()) << "pre-staged on the device before its release";
    EXPECT_FALSE(staged.value("gone", false));

    EXPECT_EQ(after_drill_set(alice, cursor, {{"prestage", false}}).count("gone:task/" + inject_), 1u);
}

}  // namespace
}  // namespace muster::test
