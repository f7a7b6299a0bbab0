// POST /v1/sync: every request-level error and every op rejection code, against the real binary.
#include <gtest/gtest.h>

#include <chrono>

#include "muster/server/store.hpp"
#include "support/sync_fixture.hpp"
#include "support/test_db.hpp"

namespace muster::test {
namespace {

class SyncErrors : public SyncFixture {
protected:
    void SetUp() override {
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        alice_ = client("alice");
        coord_ = client("coord");
        north_task_ = uuid();
        south_task_ = uuid();
        const auto a = sync(coord_, {coord_.set("task", north_task_, {{"title", "North"}, {"unit", units_["north"]}, {"status", "open"}}),
                                     coord_.set("task", south_task_, {{"title", "South"}, {"unit", units_["south"]}, {"status", "open"}})});
        ASSERT_EQ(a["acks"][0]["status"], "applied") << a.dump();
        ASSERT_EQ(a["acks"][1]["status"], "applied") << a.dump();
    }

    std::string body(const SyncClient& c, const json& ops, const json& extra = json::object()) {
        json b = {{"replica_id", c.replica}, {"ops", ops}, {"cursor", ""}};
        for (const auto& [k, v] : extra.items()) b[k] = v;
        return b.dump();
    }

    static void expect_rejected(const json& ack, const std::string& code) {
        EXPECT_EQ(ack["status"], "rejected") << ack.dump();
        EXPECT_EQ(ack["error"]["code"], code) << ack.dump();
        EXPECT_FALSE(ack["error"]["message"].get<std::string>().empty());
    }

    SyncClient alice_, coord_;
    std::string north_task_, south_task_;
};

TEST_F(SyncErrors, RequestLevelErrorsCarryTheirCodes) {
    const auto expect = [](const HttpResult& r, int status, const std::string& code) {
        EXPECT_EQ(r.status, status) << r.body;
        EXPECT_EQ(r.error_code(), code) << r.body;
    };
    expect(sync_raw(alice_.token, "{\"ops\": ["), 400, "bad_json");
    expect(sync_raw(alice_.token, "{\"cursor\": \"\", \"cursor\": \"1\"}"), 400, "bad_json");
    expect(sync_raw(alice_.token, "[]"), 400, "bad_request");
    expect(sync_raw(alice_.token, body(alice_, json::array(), {{"colour", 1}})), 400, "bad_request");
    expect(sync_raw(alice_.token, R"({"ops": []})"), 400, "bad_request");  // no replica_id
    expect(sync_raw(alice_.token, body(alice_, json::array(), {{"limit", 0}})), 400, "bad_request");
    expect(sync_raw(alice_.token, body(alice_, json::array(), {{"limit", 5001}})), 400, "bad_request");
    expect(sync_raw(alice_.token, body(alice_, json::array(), {{"cursor", "not-a-cursor"}})), 400, "bad_request");
    expect(sync_raw(alice_.token, body(alice_, json::array({{{"hlc", 1}}}))), 400, "bad_request");  // op without id
    expect(sync_raw("", body(alice_, json::array())), 401, "unauthenticated");
    expect(sync_raw("not-a-token", body(alice_, json::array())), 401, "unauthenticated");

    json ops = json::array();
    for (int i = 0; i < 2001; ++i) ops.push_back(alice_.set("task", north_task_, {{"status", "done"}}));
    expect(sync_raw(alice_.token, body(alice_, ops)), 413, "payload_too_large");
    // Exactly 2000 is fine.
    ops.erase(ops.begin());
    const auto ok = sync_raw(alice_.token, body(alice_, ops));
    EXPECT_EQ(ok.status, 200) << ok.body.substr(0, 300);
}

TEST_F(SyncErrors, EveryOpRejectionCode) {
    const auto log_key = uuid();
    const auto first_log = alice_.log(log_key, north_task_, "note", "first");
    const auto answer = sync(
        alice_,
        {
            alice_.set("task", north_task_, {{"colour", "red"}}),                 // 0 invalid_op: unknown field
            alice_.set("task", north_task_, {{"priority", "urgent"}}),            // 1 invalid_op: bad enum
            [&] {                                                                 // 2 clock_skew
                auto op = alice_.set("task", north_task_, {{"status", "done"}});
                op["hlc"]["ms"] = now_ms() + 11 * 60 * 1000;
                return op;
            }(),
            alice_.set("unit", units_["north"], {{"name", "Mine"}}),              // 3 forbidden: server-managed
            alice_.set("task", north_task_, {{"title", "Renamed"}}),              // 4 forbidden: role
            alice_.log(uuid(), uuid()),                                           // 5 unknown_entity: no such task
            alice_.set("task", south_task_, {{"status", "done"}}),                // 6 forbidden: scope
            first_log,                                                            // 7 applied
            alice_.log(log_key, north_task_, "note", "second"),                   // 8 immutable
            alice_.op("append", "log", log_key, first_log["fields"]),             // 9 applied (identical), no change
        });
    ASSERT_EQ(answer["acks"].size(), 10u) << answer.dump();
    const auto& acks = answer["acks"];
    expect_rejected(acks[0], "invalid_op");
    EXPECT_NE(acks[0]["error"]["message"].get<std::string>().find("ops[0].fields.colour"), std::string::npos)
        << acks[0].dump();
    expect_rejected(acks[1], "invalid_op");
    EXPECT_NE(acks[1]["error"]["message"].get<std::string>().find("ops[1].fields.priority"), std::string::npos);
    expect_rejected(acks[2], "clock_skew");
    expect_rejected(acks[3], "forbidden");
    expect_rejected(acks[4], "forbidden");
    expect_rejected(acks[5], "unknown_entity");
    expect_rejected(acks[6], "forbidden");
    EXPECT_EQ(acks[7]["status"], "applied");
    expect_rejected(acks[8], "immutable");
    EXPECT_EQ(acks[8]["error"]["message"].get<std::string>().rfind("ops[8]: ", 0), 0u) << "named like the others: "
                                                                                      << acks[8].dump();
    EXPECT_EQ(acks[9]["status"], "applied");
    for (std::size_t i = 0; i < acks.size(); ++i) EXPECT_TRUE(acks[i]["id"].is_string()) << i;
}

TEST_F(SyncErrors, ALogKeyTakenOutsideTheCallersScopeIsForbiddenNotImmutable) {
    // alice's log on a north task; bob (south) appends under the same key on a south task.
    auto bob = client("bob");
    const auto key = uuid();
    ASSERT_EQ(push_one(alice_, alice_.log(key, north_task_, "note", "north's entry"))["status"], "applied");
    const auto ack = push_one(bob, bob.log(key, south_task_, "note", "south's entry"));
    expect_rejected(ack, "forbidden");
    const std::string message = ack["error"]["message"];
    EXPECT_EQ(message.rfind("ops[0].key: log " + key + " is outside your scope", 0), 0u) << message;
    EXPECT_EQ(message.find(units_["north"]), std::string::npos) << "names nothing of the other log: " << message;
    EXPECT_EQ(message.find(north_task_), std::string::npos) << message;
    // Inside the caller's scope the same collision is `immutable`, and the
    // coordinator above both units gets that answer.
    expect_rejected(push_one(coord_, coord_.log(key, north_task_, "note", "other text")), "immutable");
    // Nothing changed: the log is alice's, on the north task.
    bool found = false;
    std::string cursor;
    for (const auto& change : pull_all(coord_, cursor)) {
        if (change["key"] != key) continue;
        found = true;
        EXPECT_EQ(change["fields"]["task"], north_task_) << change.dump();
        EXPECT_EQ(change["fields"]["text"], "north's entry") << change.dump();
    }
    EXPECT_TRUE(found);
}

TEST_F(SyncErrors, UnknownReferencesAndCreateRules) {
    const auto answer = sync(coord_, {
        coord_.set("task", uuid(), {{"title", "T"}, {"unit", units_["north"]}, {"drill", uuid()}}),   // unknown drill
        coord_.set("task", uuid(), {{"title", "T"}, {"unit", uuid()}}),                              // unknown unit
        coord_.set("task", uuid(), {{"title", "T"}, {"unit", units_["north"]}, {"assignee", uuid()}}),  // unknown member
        coord_.set("conflict", uuid(), {{"resolved", true}}),                                         // unknown conflict
        coord_.op("delete", "task", uuid(), json::object()),                                         // unknown task
        coord_.set("task", uuid(), {{"status", "open"}}),                                             // create without unit
    });
    const auto& acks = answer["acks"];
    for (int i = 0; i < 5; ++i) expect_rejected(acks[i], "unknown_entity");
    expect_rejected(acks[5], "invalid_op");
    EXPECT_NE(acks[5]["error"]["message"].get<std::string>().find("ops[5].fields."), std::string::npos);
    // A member cannot create a task by setting its status.
    expect_rejected(push_one(alice_, alice_.set("task", uuid(), {{"status", "done"}})), "unknown_entity");
}

TEST_F(SyncErrors, AnAssigneeMustBeAMemberOfTheTasksUnit) {
    // A member sees their own unit's tasks only: a task of north assigned to
    // bob (south) would never reach him.
    const auto bob = client("bob");
    const auto message = [](const json& ack) { return ack["error"]["message"].get<std::string>(); };
    const auto refused = sync(coord_, {
        coord_.set("task", north_task_, {{"assignee", bob.member_id}}),                          // 0 other unit
        coord_.set("task", uuid(), {{"title", "T"}, {"unit", units_["south"]}, {"assignee", alice_.member_id}}),  // 1
        coord_.set("task", north_task_, {{"assignee", alice_.member_id}}),                       // 2 applied
        coord_.set("task", north_task_, {{"unit", units_["south"]}}),                            // 3 leaves alice behind
        coord_.set("task", north_task_, {{"unit", units_["north-a"]}, {"assignee", bob.member_id}}),  // 4
    });
    const auto& acks = refused["acks"];
    expect_rejected(acks[0], "forbidden");
    EXPECT_EQ(message(acks[0]).rfind("ops[0].fields.assignee: member " + bob.member_id, 0), 0u) << acks[0].dump();
    expect_rejected(acks[1], "forbidden");
    EXPECT_NE(message(acks[1]).find("not a member of the task's unit " + units_["south"]), std::string::npos);
    EXPECT_EQ(acks[2]["status"], "applied") << acks[2].dump();
    expect_rejected(acks[3], "forbidden");
    EXPECT_EQ(message(acks[3]).rfind("ops[3].fields.unit: the task's assignee " + alice_.member_id, 0), 0u)
        << acks[3].dump();
    expect_rejected(acks[4], "forbidden");

    // Moving the task with its new assignee, or clearing the assignee, is fine.
    const auto moved = sync(coord_, {
        coord_.set("task", north_task_, {{"unit", units_["south"]}, {"assignee", bob.member_id}}),
        coord_.set("task", south_task_, {{"unit", units_["north"]}, {"assignee", nullptr}}),
    });
    EXPECT_EQ(moved["acks"][0]["status"], "applied") << moved.dump();
    EXPECT_EQ(moved["acks"][1]["status"], "applied") << moved.dump();

    std::string cursor;
    const auto changes = pull_all(coord_, cursor);
    const auto task = find_change(changes, "task", north_task_);
    EXPECT_EQ(task["fields"]["unit"]["v"], units_["south"]) << task.dump();
    EXPECT_EQ(task["fields"]["assignee"]["v"], bob.member_id) << task.dump();
    EXPECT_TRUE(find_change(changes, "task", south_task_)["fields"]["assignee"]["v"].is_null());

    // The rule holds for the merged task too: last-writer-wins per field
    // would merge an older move under a newer assignee; that op is refused.
    // An op that names the unit the task is in already is no move.
    const auto pumps = uuid();
    auto created = coord_.set("task", pumps, {{"title", "Pumps"}, {"unit", units_["north"]}});
    auto newer = coord_.set("task", pumps, {{"assignee", alice_.member_id}});  // in north: allowed
    auto older = coord_.set("task", pumps, {{"unit", units_["south"]}, {"assignee", bob.member_id}});
    const auto now = newer["hlc"]["ms"].get<std::int64_t>();
    created["hlc"]["ms"] = now - 120'000;
    older["hlc"]["ms"] = now - 60'000;  // written offline a minute before `newer`, after the creation
    const auto merged = sync(coord_, {created, newer, older});
    EXPECT_EQ(merged["acks"][0]["status"], "applied") << merged.dump();
    EXPECT_EQ(merged["acks"][1]["status"], "applied") << merged.dump();
    expect_rejected(merged["acks"][2], "forbidden");
    EXPECT_EQ(message(merged["acks"][2]).rfind("ops[2]: merged with the task's newer values, its assignee " +
                                                   alice_.member_id + " would not be a member of its unit " +
                                                   units_["south"], 0),
              0u)
        << merged.dump();
    std::string since;
    const auto kept = find_change(pull_all(coord_, since), "task", pumps);
    EXPECT_EQ(kept["fields"]["unit"]["v"], units_["north"]) << kept.dump();
    EXPECT_EQ(kept["fields"]["assignee"]["v"], alice_.member_id) << kept.dump();
    const auto edit = push_one(coord_, coord_.set("task", pumps, {{"unit", units_["north"]}, {"title", "Renamed"}}));
    EXPECT_EQ(edit["status"], "applied") << edit.dump();

}

TEST_F(SyncErrors, NegativeDurationsCountsAndClocksAreInvalid) {
    // A negative paused_ms would run the drill clock ahead and release injects early.
    auto before_epoch = coord_.set("task", north_task_, {{"status", "done"}});
    before_epoch["hlc"]["ms"] = -1;
    const auto answer = sync(coord_, {
        coord_.set("drill", demo_drill_, {{"paused_ms", -60000}}),
        coord_.set("task", north_task_, {{"release_offset_ms", -1}}),
        coord_.set("task", north_task_, {{"deadline_ms", -1}}),
        coord_.set("task", north_task_, {{"inject", -3}}),
        before_epoch,
        coord_.set("drill", demo_drill_, {{"paused_ms", 0}}),
        coord_.set("task", north_task_, {{"release_offset_ms", 0}, {"deadline_ms", 0}}),
    });
    const auto& acks = answer["acks"];
    const std::vector<std::string> named{"ops[0].fields.paused_ms: expected 0 or more",
                                         "ops[1].fields.release_offset_ms: expected 0 or more",
                                         "ops[2].fields.deadline_ms: expected 0 or more",
                                         "ops[3].fields.inject: expected 0 or more", "ops[4].hlc.ms:"};
    for (std::size_t i = 0; i < named.size(); ++i) {
        expect_rejected(acks[i], "invalid_op");
        EXPECT_EQ(acks[i]["error"]["message"].get<std::string>().rfind(named[i], 0), 0u) << acks[i].dump();
    }
    EXPECT_EQ(acks[5]["status"], "applied") << acks[5].dump();
    EXPECT_EQ(acks[6]["status"], "applied") << acks[6].dump();
}

TEST_F(SyncErrors, PrecedenceClockSkewBeforeForbiddenBeforeUnknown) {
    auto skewed_forbidden = alice_.set("unit", units_["north"], {{"name", "x"}});
    skewed_forbidden["hlc"]["ms"] = now_ms() + 20 * 60 * 1000;
    const auto answer = sync(alice_, {skewed_forbidden,
                                      // role (title) is checked before existence (an unknown task)
                                      alice_.set("task", uuid(), {{"title", "x"}}),
                                      // schema first: an op of another replica is invalid_op
                                      coord_.log(uuid(), uuid())});
    expect_rejected(answer["acks"][0], "clock_skew");
    expect_rejected(answer["acks"][1], "forbidden");
    expect_rejected(answer["acks"][2], "invalid_op");
}

TEST_F(SyncErrors, DuplicateIdChangesNothingAndRejectedIdsCanBeResent) {
    const auto first = alice_.set("task", north_task_, {{"status", "acknowledged"}});
    EXPECT_EQ(push_one(alice_, first)["status"], "applied");
    auto again = first;
    again["fields"]["status"] = "blocked";  // same id, other content: still a duplicate
    EXPECT_EQ(push_one(alice_, again)["status"], "duplicate");

    auto skewed = alice_.set("task", north_task_, {{"status", "done"}});
    skewed["hlc"]["ms"] = now_ms() + 30 * 60 * 1000;
    const auto later = alice_.set("task", north_task_, {{"status", "in_progress"}});
    const auto a = sync(alice_, {skewed, later});
    expect_rejected(a["acks"][0], "clock_skew");
    EXPECT_EQ(a["acks"][1]["status"], "applied");
    auto corrected = skewed;
    corrected["hlc"] = alice_.hlc();
    EXPECT_EQ(push_one(alice_, corrected)["status"], "applied");
    EXPECT_EQ(push_one(alice_, corrected)["status"], "duplicate");

    std::string cursor;
    const auto changes = pull_all(coord_, cursor);
    const auto task = find_change(changes, "task", north_task_);
    EXPECT_EQ(task["fields"]["status"]["v"], "done") << task.dump();
}

TEST_F(SyncErrors, MetricsCountOpsAndSyncLatency) {
    EXPECT_EQ(push_one(alice_, alice_.set("task", north_task_, {{"status", "done"}}))["status"], "applied");
    const auto r = http(port(), "GET", "/metrics");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("muster_sync_ops_total{status=\"applied\"}"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("muster_sync_duration_seconds_count"), std::string::npos);
    EXPECT_EQ(r.body.find("muster_sync_duration_seconds_count 0\n"), std::string::npos);
}

/// Another process holds the database's write lock past the server's wait
/// for it (5 s: SQLite's busy timeout, PostgreSQL's lock_timeout on the change
/// counter; `unit move` of a unit with 300,000 tasks and logs holds it about 4 s
/// on SQLite, a bigger one longer): the sync is answered 503 `unavailable`,
/// nothing of it is applied, and the same request sent again once the lock is
/// gone is applied once. Before, the answer was 500: on SQLite after the busy
/// timeout, on PostgreSQL only after the 120 s statement timeout.
TEST_F(SyncErrors, ASyncWhileAnotherProcessHoldsTheWriteLockIs503AndLaterApplied) {
    ForeignWriteLock other(data());

    const std::string sent = body(alice_, json::array({alice_.set("task", north_task_, {{"status", "acknowledged"}})}));
    const auto start = std::chrono::steady_clock::now();
    const auto refused = sync_raw(alice_.token, sent);
    EXPECT_EQ(refused.status, 503) << refused.body;
    EXPECT_EQ(refused.error_code(), "unavailable") << refused.body;
    const auto waited = std::chrono::steady_clock::now() - start;
    EXPECT_GE(waited, std::chrono::milliseconds(4500)) << "the server waits for the lock first";
    EXPECT_LT(waited, std::chrono::seconds(30)) << "and not much longer";
    // A pull with nothing to write is answered meanwhile (readers are not blocked).
    EXPECT_EQ(sync_raw(coord_.token, body(coord_, json::array())).status, 200);

    other.release();
    const auto applied = sync_raw(alice_.token, sent);
    ASSERT_EQ(applied.status, 200) << applied.body;
    EXPECT_EQ(applied.json()["acks"][0]["status"], "applied") << applied.body;
    EXPECT_EQ(sync_raw(alice_.token, sent).json()["acks"][0]["status"], "duplicate");
}

}  // namespace
}  // namespace muster::test
