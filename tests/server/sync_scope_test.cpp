// Who reads and writes what through /v1/sync: role × entity × inside/outside scope, and injects.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>

#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

constexpr std::int64_t kHour = 3600 * 1000;

class SyncScope : public SyncFixture {
protected:
    void SetUp() override {
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        for (const auto* login : {"alice", "bob", "ncoord", "neva", "admin", "coord"}) clients_[login] = client(login);
        auto& admin = clients_["admin"];
        const auto running = [&](const std::string& unit) {
            return json{{"unit", units_[unit]}, {"title", "Drill " + unit}, {"state", "running"},
                        {"started_at", now_ms() - kHour}, {"paused_ms", 0}};
        };
        const auto task = [&](const std::string& unit, const json& extra = json::object()) {
            json f = {{"title", "Task in " + unit}, {"unit", units_[unit]}, {"status", "open"},
                      {"controller_note", "for controllers"}};
            for (const auto& [k, v] : extra.items()) f[k] = v;
            return f;
        };
        const auto a = sync(admin, {
            admin.set("drill", k("drill_hq"), running("hq")),
            admin.set("drill", k("drill_north"), running("north")),
            admin.set("drill", k("drill_south"), running("south")),
            admin.set("task", k("task_n"), task("north")),
            admin.set("task", k("task_s"), task("south")),
            admin.set("task", k("task_na"), task("north-a")),
            admin.set("task", k("task_n_drill"), task("north", {{"drill", k("drill_north")}})),
            admin.set("task", k("task_n_hqdrill"), task("north", {{"drill", k("drill_hq")}})),
            admin.log(k("log_n"), k("task_n")),
            admin.log(k("log_s"), k("task_s")),
            // A stale write (base: saw no title) → one conflict per task.
            admin.set("task", k("task_n"), {{"title", "Other title"}}, json::object()),
            admin.set("task", k("task_s"), {{"title", "Other title"}}, json::object()),
        });
        for (const auto& ack : a["acks"]) ASSERT_EQ(ack["status"], "applied") << a.dump();
        std::string cursor;
        for (const auto& change : pull_all(admin, cursor)) {
            if (change["entity"] != "conflict") continue;
            const auto task_key = change["fields"]["key"]["v"].get<std::string>();
            keys_[task_key == k("task_n") ? "conflict_n" : "conflict_s"] = change["key"];
        }
        ASSERT_EQ(keys_.count("conflict_n"), 1u);
        ASSERT_EQ(keys_.count("conflict_s"), 1u);
        for (auto& [login, c] : clients_) sync(c, {});  // every device reports once
        for (const auto& [login, c] : clients_) {
            keys_["member_" + login] = c.member_id;
            keys_["device_" + login] = c.replica;
        }
        for (const auto& [code, key] : units_) keys_["unit_" + code] = key;
    }

    /// A stable key per name (made on first use).
    std::string k(const std::string& name) {
        auto [it, inserted] = keys_.try_emplace(name);
        if (inserted) it->second = uuid();
        return it->second;
    }

    std::map<std::string, SyncClient> clients_;
    std::map<std::string, std::string> keys_;
};

TEST_F(SyncScope, ReadMatrixEveryRoleEveryEntityInsideAndOutside) {
    struct Row {
        std::string entity;
        std::string name;
        bool alice, ncoord, neva, admin;
    };
    const std::vector<Row> rows = {
        {"task", "task_n", true, true, true, true},
        {"task", "task_s", false, false, false, true},
        {"task", "task_na", false, true, true, true},
        {"log", "log_n", true, true, true, true},
        {"log", "log_s", false, false, false, true},
        {"drill", "drill_hq", true, true, true, true},  // an ancestor's drill
        {"drill", "drill_north", true, true, true, true},
        {"drill", "drill_south", false, false, false, true},
        {"conflict", "conflict_n", false, true, true, true},
        {"conflict", "conflict_s", false, false, false, true},
        {"unit", "unit_hq", true, true, true, true},
        {"unit", "unit_north", true, true, true, true},
        {"unit", "unit_north-a", false, true, true, true},
        {"unit", "unit_south", false, false, false, true},
        {"member", "member_alice", true, true, true, true},
        {"member", "member_bob", false, false, false, true},
        {"member", "member_coord", false, false, false, true},
        {"device", "device_alice", false, true, true, true},
        {"device", "device_ncoord", false, true, true, true},
        {"device", "device_bob", false, false, false, true},
    };
    for (const auto* login : {"alice", "ncoord", "neva", "admin"}) {
        std::string cursor;
        const auto seen = change_ids(pull_all(clients_[login], cursor));
        for (const auto& row : rows) {
            const bool expected = std::string(login) == "alice"    ? row.alice
                                  : std::string(login) == "ncoord" ? row.ncoord
                                  : std::string(login) == "neva"   ? row.neva
                                                                   : row.admin;
            EXPECT_EQ(seen.count(row.entity + "/" + keys_.at(row.name)) == 1, expected)
                << login << " reading " << row.name;
        }
    }
}

TEST_F(SyncScope, ControllerNoteIsAbsentForMembersOnly) {
    for (const auto* login : {"alice", "ncoord", "neva"}) {
        std::string cursor;
        const auto task = find_change(pull_all(clients_[login], cursor), "task", k("task_n"));
        ASSERT_TRUE(task.is_object()) << login;
        EXPECT_EQ(task["fields"].contains("controller_note"), std::string(login) != "alice") << login;
        EXPECT_TRUE(task["fields"]["title"]["hlc"].is_object()) << "versioned fields carry hlcs";
    }
    std::string cursor;
    const auto log = find_change(pull_all(clients_["alice"], cursor), "log", k("log_n"));
    EXPECT_EQ(log["fields"]["kind"], "note") << "log fields are plain values";
}

TEST_F(SyncScope, WriteMatrixEveryRoleEveryEntityInsideAndOutside) {
    using Make = std::function<json(SyncClient&)>;
    struct Case {
        std::string who;
        std::string what;
        Make op;
        std::string expect;  ///< "applied" or an error code
    };
    const auto status = [&](const std::string& task) {
        return Make([=, this](SyncClient& c) { return c.set("task", k(task), {{"status", "done"}}); });
    };
    const auto new_task = [&](const std::string& unit, const json& extra = json::object()) {
        return Make([=, this](SyncClient& c) {
            json f = {{"title", "New"}, {"unit", keys_.at("unit_" + unit)}};
            for (const auto& [key, v] : extra.items()) f[key] = v;
            return c.set("task", uuid(), f);
        });
    };
    const auto log_on = [&](const std::string& task, const std::string& kind, std::optional<std::string> rating = {}) {
        return Make([=, this](SyncClient& c) { return c.log(uuid(), k(task), kind, "x", rating); });
    };
    const auto set = [&](const std::string& entity, const std::string& name, const json& fields) {
        return Make([=, this](SyncClient& c) { return c.set(entity, keys_.at(name), fields); });
    };
    const auto forged = Make([this](SyncClient& c) {
        auto op = c.log(uuid(), k("task_n"));
        op["fields"]["author"] = keys_.at("member_bob");
        return op;
    });
    const auto resolved = json{{"resolved", true}};
    const std::vector<Case> cases = {
        {"alice", "status in own unit", status("task_n"), "applied"},
        {"alice", "status, out-of-scope task key", status("task_s"), "forbidden"},
        {"alice", "status in a child unit", status("task_na"), "forbidden"},
        {"alice", "title", set("task", "task_n", {{"title", "x"}}), "forbidden"},
        {"alice", "delete", Make([this](SyncClient& c) { return c.op("delete", "task", k("task_n"), {}); }), "forbidden"},
        {"alice", "create task", new_task("north"), "forbidden"},
        {"alice", "note in scope", log_on("task_n", "note"), "applied"},
        {"alice", "note out of scope", log_on("task_s", "note"), "forbidden"},
        {"alice", "observation", log_on("task_n_drill", "observation", "P"), "forbidden"},
        {"alice", "forged author", forged, "forbidden"},
        {"alice", "drill", set("drill", "drill_north", {{"title", "x"}}), "forbidden"},
        {"alice", "conflict", set("conflict", "conflict_n", resolved), "forbidden"},
        {"alice", "unit", set("unit", "unit_north", {{"name", "x"}}), "forbidden"},
        {"alice", "member", set("member", "member_alice", {{"name", "x"}}), "forbidden"},
        {"alice", "device", set("device", "device_alice", {{"pending", 0}}), "forbidden"},

        {"ncoord", "create in own unit", new_task("north"), "applied"},
        {"ncoord", "create in child unit", new_task("north-a"), "applied"},
        {"ncoord", "create outside", new_task("south"), "forbidden"},
        {"ncoord", "move inside subtree", set("task", "task_na", {{"unit", keys_.at("unit_north")}}), "applied"},
        {"ncoord", "move out of subtree", set("task", "task_n", {{"unit", keys_.at("unit_south")}}), "forbidden"},
        {"ncoord", "edit outside", set("task", "task_s", {{"title", "x"}}), "forbidden"},
        {"ncoord", "delete inside", Make([this](SyncClient& c) { return c.op("delete", "task", k("task_n_hqdrill"), {}); }), "applied"},
        {"ncoord", "task with an ancestor's drill", new_task("north", {{"drill", k("drill_hq")}}), "applied"},
        {"ncoord", "task with another subtree's drill", new_task("north", {{"drill", k("drill_south")}}), "forbidden"},
        {"ncoord", "note inside", log_on("task_n", "note"), "applied"},
        {"ncoord", "note outside", log_on("task_s", "note"), "forbidden"},
        {"ncoord", "observation", log_on("task_n_drill", "observation", "S"), "forbidden"},
        {"ncoord", "drill create inside", Make([this](SyncClient& c) {
             return c.set("drill", uuid(), {{"unit", keys_.at("unit_north")}, {"title", "D"}, {"state", "planned"}});
         }), "applied"},
        {"ncoord", "drill create outside", Make([this](SyncClient& c) {
             return c.set("drill", uuid(), {{"unit", keys_.at("unit_south")}, {"title", "D"}, {"state", "planned"}});
         }), "forbidden"},
        {"ncoord", "ancestor's drill", set("drill", "drill_hq", {{"title", "x"}}), "forbidden"},
        {"ncoord", "conflict inside", set("conflict", "conflict_n", resolved), "applied"},
        {"ncoord", "conflict outside", set("conflict", "conflict_s", resolved), "forbidden"},
        {"ncoord", "conflict other field", set("conflict", "conflict_n", {{"field", "x"}}), "forbidden"},
        {"ncoord", "unit", set("unit", "unit_north", {{"name", "x"}}), "forbidden"},
        {"ncoord", "member", set("member", "member_alice", {{"name", "x"}}), "forbidden"},
        {"ncoord", "device", set("device", "device_alice", {{"pending", 0}}), "forbidden"},

        {"neva", "observation on a drill task in scope", log_on("task_n_drill", "observation", "P"), "applied"},
        {"neva", "observation, drill outside subtree", log_on("task_n_hqdrill", "observation", "M"), "forbidden"},
        {"neva", "observation outside", log_on("task_s", "observation", "U"), "forbidden"},
        {"neva", "note", log_on("task_n_drill", "note"), "forbidden"},
        {"neva", "status", status("task_n"), "forbidden"},
        {"neva", "drill", set("drill", "drill_north", {{"title", "x"}}), "forbidden"},
        {"neva", "conflict", set("conflict", "conflict_n", resolved), "forbidden"},

        {"admin", "create anywhere", new_task("south"), "applied"},
        {"admin", "edit anywhere", set("task", "task_s", {{"title", "x"}}), "applied"},
        {"admin", "observation", log_on("task_s", "observation", "P"), "applied"},
        {"admin", "drill", set("drill", "drill_south", {{"title", "x"}}), "applied"},
        {"admin", "conflict", set("conflict", "conflict_s", resolved), "applied"},
        {"admin", "unit (server-managed)", set("unit", "unit_north", {{"name", "x"}}), "forbidden"},
        {"admin", "member (server-managed)", set("member", "member_alice", {{"name", "x"}}), "forbidden"},
        {"admin", "device (server-managed)", set("device", "device_alice", {{"pending", 0}}), "forbidden"},
    };
    for (const auto& c : cases) {
        auto& who = clients_.at(c.who);
        const auto ack = push_one(who, c.op(who));
        if (c.expect == "applied") {
            EXPECT_EQ(ack["status"], "applied") << c.who << ": " << c.what << " " << ack.dump();
        } else {
            EXPECT_EQ(ack["status"], "rejected") << c.who << ": " << c.what << " " << ack.dump();
            EXPECT_EQ(ack["error"]["code"], c.expect) << c.who << ": " << c.what << " " << ack.dump();
        }
    }
}

TEST_F(SyncScope, HiddenInjectIsInvisibleToMembersAndVisibleToCoordinators) {
    auto& admin = clients_["admin"];
    const auto a = sync(admin, {
        admin.set("drill", k("planned"), {{"unit", units_["hq"]}, {"title", "P"}, {"state", "planned"}}),
        admin.set("task", k("inject"), {{"title", "Inject"}, {"unit", units_["north"]}, {"drill", k("planned")},
                                       {"release_offset_ms", 0}, {"controller_note", "secret"}}),
        admin.log(k("inject_log"), k("inject")),
        // running for one hour: offset 30 min released, offset 2 h hidden
        admin.set("task", k("released"), {{"title", "R"}, {"unit", units_["north"]}, {"drill", k("drill_north")},
                                         {"release_offset_ms", kHour / 2}}),
        admin.set("task", k("later"), {{"title", "L"}, {"unit", units_["north"]}, {"drill", k("drill_north")},
                                      {"release_offset_ms", 2 * kHour}}),
        // paused: 2 h ago started, paused 90 min ago, 10 min of earlier pauses → clock 20 min
        admin.set("drill", k("paused"), {{"unit", units_["north"]}, {"title", "Paused"}, {"state", "paused"},
                                        {"started_at", now_ms() - 2 * kHour}, {"paused_at", now_ms() - 3 * kHour / 2},
                                        {"paused_ms", 10 * 60 * 1000}}),
        admin.set("task", k("paused_15"), {{"title", "P15"}, {"unit", units_["north"]}, {"drill", k("paused")},
                                          {"release_offset_ms", 15 * 60 * 1000}}),
        admin.set("task", k("paused_25"), {{"title", "P25"}, {"unit", units_["north"]}, {"drill", k("paused")},
                                          {"release_offset_ms", 25 * 60 * 1000}}),
    });
    for (const auto& ack : a["acks"]) ASSERT_EQ(ack["status"], "applied") << a.dump();

    std::string cursor;
    const auto alice = change_ids(pull_all(clients_["alice"], cursor));
    EXPECT_EQ(alice.count("task/" + k("inject")), 0u);
    EXPECT_EQ(alice.count("log/" + k("inject_log")), 0u) << "a hidden inject's logs are hidden with it";
    EXPECT_EQ(alice.count("task/" + k("released")), 1u);
    EXPECT_EQ(alice.count("task/" + k("later")), 0u);
    EXPECT_EQ(alice.count("task/" + k("paused_15")), 1u);
    EXPECT_EQ(alice.count("task/" + k("paused_25")), 0u);
    for (const auto* login : {"ncoord", "neva"}) {
        std::string c;
        const auto seen = change_ids(pull_all(clients_[login], c));
        EXPECT_EQ(seen.count("task/" + k("inject")), 1u) << login;
        EXPECT_EQ(seen.count("log/" + k("inject_log")), 1u) << login;
        EXPECT_EQ(seen.count("task/" + k("later")), 1u) << login;
    }
    auto& al = clients_["alice"];
    const auto w = sync(al, {al.set("task", k("inject"), {{"status", "done"}}), al.log(uuid(), k("inject"))});
    EXPECT_EQ(w["acks"][0]["error"]["code"], "forbidden") << w.dump();
    EXPECT_EQ(w["acks"][1]["error"]["code"], "forbidden") << w.dump();

    // Starting the drill releases offset 0 for a fresh pull.
    EXPECT_EQ(push_one(admin, admin.set("drill", k("planned"), {{"state", "running"}, {"started_at", now_ms() - 1000}}))["status"], "applied");
    std::string fresh;
    const auto after_start = change_ids(pull_all(al, fresh));
    EXPECT_EQ(after_start.count("task/" + k("inject")), 1u);
    EXPECT_EQ(after_start.count("log/" + k("inject_log")), 1u);
}

TEST_F(SyncScope, PrestagedInjectsReachMembersWithoutControllerNoteButStayReadOnly) {
    // The demo drill is planned with prestage set; its north injects reach alice.
    std::string cursor;
    auto& alice = clients_["alice"];
    const auto changes = pull_all(alice, cursor);
    int north_injects = 0;
    for (const auto& key : demo_tasks_) {
        const auto task = find_change(changes, "task", key);
        if (!task.is_object()) continue;
        ++north_injects;
        EXPECT_FALSE(task["fields"].contains("controller_note"));
        EXPECT_EQ(task["fields"]["unit"]["v"], units_["north"]);
        EXPECT_EQ(push_one(alice, alice.set("task", key, {{"status", "acknowledged"}}))["error"]["code"], "forbidden");
    }
    EXPECT_EQ(north_injects, 3);
}

}  // namespace
}  // namespace muster::test
