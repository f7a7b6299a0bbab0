// The comms check: a device's `device.comms` answer recorded on its device entity, against the real
// binary; and once in process, with the server's wall clock injected.
#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <thread>

#include "muster/clock.hpp"
#include "support/demo_server.hpp"
#include "support/sync_fixture.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

class SyncComms : public SyncFixture {
  protected:
    void SetUp() override {
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        coord_ = client("coord");
        alice_ = client("alice");
        pull_all(coord_, coord_cursor_);  // from here on, its pulls show only what changed
    }

    /// The coordinator asks for a comms check on `drill` at `at` (a set op, as the app sends it).
    void ask_for_check(const std::string& drill, std::int64_t at) {
        ASSERT_EQ(push_one(coord_, coord_.set("drill", drill, {{"comms_check_at", at}}))["status"],
                  "applied");
    }

    /// A new open task in unit `code`, made by the coordinator; its key.
    std::string open_task(const std::string& code) {
        const std::string task = uuid();
        const auto ack = push_one(
            coord_, coord_.set("task", task, {{"title", "Pumps"}, {"unit", units_[code]}, {"status", "open"}}));
        EXPECT_EQ(ack["status"], "applied") << ack.dump();
        return task;
    }

    /// POST /v1/sync for `c` with `device` and `ops`; the raw answer.
    HttpResult sync_device(const SyncClient& c, const json& device,
                           const json& ops = json::array()) {
        const json body = {{"replica_id", c.replica},
                           {"ops", ops},
                           {"cursor", ""},
                           {"limit", 1},
                           {"device", device}};
        return sync_raw(c.token, body.dump());
    }

    /// A device report answering `drill`'s check at `check_at`, with the device clock an hour ahead
    /// (so a time taken from it could not pass for the server's).
    static json answering(const std::string& drill, std::int64_t check_at) {
        return {{"pending", 0},
                {"app_version", "1.4.0"},
                {"clock_ms", now_ms() + 3'600'000},
                {"comms", {{"drill", drill}, {"check_at", check_at}}}};
    }

    /// The plain values of `c`'s device entity in the coordinator's next pull (null if not pulled).
    json pulled_device(const SyncClient& c) {
        const auto change = find_change(pull_all(coord_, coord_cursor_), "device", c.replica);
        if (change.is_null()) return change;
        json values = json::object();
        for (const auto& [name, entry] : change["fields"].items()) values[name] = entry["v"];
        return values;
    }

    SyncClient coord_, alice_;
    std::string coord_cursor_;
};

TEST_F(SyncComms, CoordinatorPullsTheAnswerStampedWithTheServerClock) {
    const std::int64_t check_at = now_ms();
    ask_for_check(demo_drill_, check_at);
    pull_all(coord_, coord_cursor_);

    const std::int64_t before = now_ms();
    const auto answer = sync_device(alice_, answering(demo_drill_, check_at));
    ASSERT_EQ(answer.status, 200) << answer.body;
    const std::int64_t server_time = answer.json()["server_time_ms"];

    const auto device = pulled_device(alice_);
    ASSERT_TRUE(device.is_object()) << "the answer reaches the coordinator's pull";
    EXPECT_EQ(device["member"], alice_.member_id);
    EXPECT_EQ(device["comms_drill"], demo_drill_);
    EXPECT_EQ(device["comms_check_at"], check_at);
    ASSERT_TRUE(device["comms_answered_at"].is_number_integer()) << device.dump();
    const std::int64_t answered = device["comms_answered_at"];
    EXPECT_GE(answered, before);
    EXPECT_LE(answered, server_time) << "server time, not the device clock an hour ahead";
}

TEST_F(SyncComms, TheSameAnswerAgainKeepsTheFirstTimeAndANewCheckMovesIt) {
    const std::int64_t first_check = now_ms() - 60'000;
    ask_for_check(demo_drill_, first_check);
    ASSERT_EQ(sync_device(alice_, answering(demo_drill_, first_check)).status, 200);
    const auto first = pulled_device(alice_);
    ASSERT_TRUE(first.is_object());
    const std::int64_t answered = first["comms_answered_at"];

    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_EQ(sync_device(alice_, answering(demo_drill_, first_check)).status, 200);
    const auto again = pulled_device(alice_);
    EXPECT_TRUE(again.is_null()) << "nothing changed, nothing to pull: " << again.dump();

    // A second check: the device still answers the first (it has not pulled the new one): recorded
    // as sent.
    const std::int64_t second_check = now_ms();
    ask_for_check(demo_drill_, second_check);
    pull_all(coord_, coord_cursor_);
    ASSERT_EQ(sync_device(alice_, answering(demo_drill_, first_check)).status, 200);
    EXPECT_TRUE(pulled_device(alice_).is_null()) << "the same answer as before";
    ASSERT_EQ(sync_device(alice_, answering(demo_drill_, first_check - 1)).status, 200);
    const auto older = pulled_device(alice_);
    ASSERT_TRUE(older.is_object());
    EXPECT_EQ(older["comms_check_at"], first_check - 1)
        << "an older check is recorded as the device sent it";

    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_EQ(sync_device(alice_, answering(demo_drill_, second_check)).status, 200);
    const auto second = pulled_device(alice_);
    ASSERT_TRUE(second.is_object());
    EXPECT_EQ(second["comms_check_at"], second_check);
    EXPECT_GT(second["comms_answered_at"].get<std::int64_t>(), answered);
}

TEST_F(SyncComms, MalformedCommsIsABadRequestAndChangesNothing) {
    const std::string task = open_task("north");
    ask_for_check(demo_drill_, now_ms());
    pull_all(coord_, coord_cursor_);

    const std::vector<std::pair<json, std::string>> cases = {
        {"yes", "device.comms"},
        {{{"drill", demo_drill_}, {"check_at", 1}, {"answered_at", 2}}, "device.comms.answered_at"},
        {{{"drill", demo_drill_}}, "device.comms.check_at"},
        {{{"drill", demo_drill_}, {"check_at", "1764389000000"}}, "device.comms.check_at"},
        {{{"drill", "flood"}, {"check_at", 1}}, "device.comms.drill"},
    };
    for (const auto& [comms, path] : cases) {
        json device = answering(demo_drill_, 1);
        device["comms"] = comms;
        const auto r = sync_device(
            alice_, device, json::array({alice_.set("task", task, {{"status", "acknowledged"}})}));
        EXPECT_EQ(r.status, 400) << r.body;
        EXPECT_EQ(r.error_code(), "bad_request") << r.body;
        EXPECT_EQ(r.json()["error"]["message"].get<std::string>().rfind(path + ": ", 0), 0u)
            << r.body;
    }
    const auto changes = pull_all(coord_, coord_cursor_);
    EXPECT_TRUE(find_change(changes, "task", task).is_null())
        << "the op was not applied: " << changes.dump();
    EXPECT_TRUE(find_change(changes, "device", alice_.replica).is_null()) << changes.dump();
}

TEST_F(SyncComms, AnUnknownOrOutOfScopeDrillIsNotRecordedAndIsAudited) {
    auto ncoord = client("ncoord");
    const std::string north_drill = uuid();
    ASSERT_EQ(push_one(ncoord, ncoord.set("drill", north_drill,
                                          {{"unit", units_["north"]},
                                           {"title", "North only"},
                                           {"state", "planned"},
                                           {"comms_check_at", now_ms()}}))["status"],
              "applied");
    auto bob = client("bob");  // south: the north drill is outside his scope
    const std::string task = open_task("south");
    pull_all(coord_, coord_cursor_);

    const auto out_of_scope =
        sync_device(bob, answering(north_drill, 5),
                    json::array({bob.set("task", task, {{"status", "acknowledged"}})}));
    ASSERT_EQ(out_of_scope.status, 200) << out_of_scope.body;
    EXPECT_EQ(out_of_scope.json()["acks"][0]["status"], "applied")
        << "the rest of the sync goes on";
    const std::string unknown = uuid();
    ASSERT_EQ(sync_device(bob, answering(unknown, 5)).status, 200);

    const auto changes = pull_all(coord_, coord_cursor_);
    const auto device = find_change(changes, "device", bob.replica);
    ASSERT_FALSE(device.is_null()) << "the rest of the device report is kept: " << changes.dump();
    EXPECT_EQ(device["fields"]["app_version"]["v"], "1.4.0");
    EXPECT_FALSE(device["fields"].contains("comms_drill")) << device.dump();
    EXPECT_FALSE(device["fields"].contains("comms_answered_at")) << device.dump();
    EXPECT_EQ(find_change(changes, "task", task)["fields"]["status"]["v"], "acknowledged");

    const std::string audit = read_file(data() + "/audit.log");
    for (const auto& drill : {north_drill, unknown}) {
        std::istringstream in(audit);
        bool found = false;
        for (std::string line; std::getline(in, line);) {
            found |= line.find("msg=scope_denied") != std::string::npos &&
                     line.find("route=/v1/sync") != std::string::npos &&
                     line.find("member=" + bob.member_id) != std::string::npos &&
                     line.find("comms_drill=" + drill) != std::string::npos;
        }
        EXPECT_TRUE(found) << drill << " not audited:\n" << audit;
    }
}

TEST_F(SyncComms, AMemberAnswersTheDrillOfAnAncestorUnit) {
    // The demo drill belongs to hq; alice (north) reads it, so her answer counts; carol's device
    // answers too, and both show with their own times.
    const std::int64_t check_at = now_ms();
    ask_for_check(demo_drill_, check_at);
    auto carol = client("carol");
    pull_all(coord_, coord_cursor_);
    ASSERT_EQ(sync_device(alice_, answering(demo_drill_, check_at)).status, 200);
    ASSERT_EQ(sync_device(carol, answering(demo_drill_, check_at)).status, 200);
    const auto changes = pull_all(coord_, coord_cursor_);
    for (const auto* c : {&alice_, &carol}) {
        const auto device = find_change(changes, "device", c->replica);
        ASSERT_FALSE(device.is_null()) << c->login;
        EXPECT_EQ(device["fields"]["comms_drill"]["v"], demo_drill_) << c->login;
        EXPECT_EQ(device["fields"]["comms_check_at"]["v"], check_at) << c->login;
    }
}

TEST(SyncCommsClock, TheAnswerIsStampedWithTheInjectedServerClockAndAnnounced) {
    ManualClock wall{now_ms()};
    DemoServer server({}, wall);
    ASSERT_NE(server.port(), 0);
    const auto post = [&](const SyncClient& c, const json& ops, const json& device) {
        const json body = {{"replica_id", c.replica},
                           {"ops", ops},
                           {"cursor", ""},
                           {"limit", 5000},
                           {"device", device}};
        return http(server.port(), "POST", "/v1/sync", body.dump(),
                    {{"Authorization", "Bearer " + c.token}});
    };
    const auto device = [&](const std::optional<json>& comms) {
        json d = {{"pending", 0}, {"app_version", "1.4.0"}, {"clock_ms", wall.now_ms()}};
        if (comms) d["comms"] = *comms;
        return d;
    };
    auto coord = log_in(server.port(), "coord").client;
    auto alice = log_in(server.port(), "alice").client;
    const std::string drill = uuid();
    const std::int64_t check_at = wall.now_ms();
    ASSERT_EQ(post(coord,
                   json::array({coord.set("drill", drill,
                                          {{"unit", server.unit("hq")},
                                           {"title", "Comms drill"},
                                           {"state", "planned"},
                                           {"comms_check_at", check_at}})}),
                   device(std::nullopt))
                  .json()["acks"][0]["status"],
              "applied");
    ASSERT_EQ(post(alice, json::array(), device(std::nullopt)).status,
              200);  // her device exists, no answer yet

    WsClient socket(server.port(), coord.token);
    ASSERT_TRUE(socket.ok()) << socket.error();
    const auto hello = socket.next(std::chrono::seconds(2));
    ASSERT_TRUE(hello && (*hello)["type"] == "hello");
    wall.advance_ms(5'000);  // less than the device refresh: only the answer changes the device
    const std::int64_t answered_at = wall.now_ms();
    ASSERT_EQ(
        post(alice, json::array(), device(json{{"drill", drill}, {"check_at", check_at}})).status,
        200);
    const auto changed = socket.next(std::chrono::seconds(2));
    ASSERT_TRUE(changed) << "no event: " << socket.error();
    EXPECT_EQ((*changed)["type"], "changed");

    wall.advance_ms(5'000);
    const auto pulled = post(coord, json::array(), device(std::nullopt)).json();
    const auto entity = find_change(pulled["changes"], "device", alice.replica);
    ASSERT_FALSE(entity.is_null()) << pulled.dump();
    EXPECT_EQ(entity["fields"]["comms_drill"]["v"], drill);
    EXPECT_EQ(entity["fields"]["comms_check_at"]["v"], check_at);
    EXPECT_EQ(entity["fields"]["comms_answered_at"]["v"], answered_at);
}

}  // namespace
}  // namespace muster::test
