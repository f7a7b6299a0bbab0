// `unit move` and the other admin commands added with issue 4.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "muster/server/admin.hpp"
#include "support/cli_checks.hpp"
#include "support/server_process.hpp"
#include "support/sync_fixture.hpp"
#include "support/test_db.hpp"

namespace muster::test {
namespace {

class UnitMove : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(run_cli({"init", "--data", data()}).exit_code, 0);
        ASSERT_TRUE(server::admin::add_unit(data(), "hq", "HQ", "").ok());
        ASSERT_TRUE(server::admin::add_unit(data(), "a", "A", "hq").ok());
        ASSERT_TRUE(server::admin::add_unit(data(), "b", "B", "hq").ok());
        ASSERT_TRUE(server::admin::add_unit(data(), "a1", "A1", "a").ok());
    }
    std::string data() const { return dir_.sub("data"); }
    std::string parent_of(const std::string& code) {
        auto rows = server::admin::list_units(data());
        for (const auto& row : *rows) {
            if (row.unit.code == code) return row.parent_code;
        }
        return "?";
    }
    TempDir dir_;
};

TEST_F(UnitMove, ReparentsAUnitWithItsSubtree) {
    const auto r = run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "b"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("moved"), std::string::npos);
    EXPECT_EQ(parent_of("a"), "b");
    EXPECT_EQ(parent_of("a1"), "a");
    const auto list = run_cli({"unit", "list", "--data", data()});
    EXPECT_NE(list.out.find("a1"), std::string::npos);
    EXPECT_EQ(run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "b"}).exit_code, 0)
        << "moving to the same parent is a no-op";
}

TEST_F(UnitMove, RefusesCycles) {
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "a1"}), "--parent");
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "a"}), "--parent");
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "hq", "--parent", "a1"}), "--parent");
    EXPECT_EQ(parent_of("a"), "hq");
    EXPECT_EQ(parent_of("hq"), "");
}

// Two admins at once: `a` under `b` and `b` under `a`. Each move alone is fine;
// both would cut `a` and `b` off the tree in a cycle. Another writer holds the
// lock while both start. On PostgreSQL both then read the tree before either
// writes (without the check inside the write, both pass: a cycle every time);
// a SQLite command's open already waits for the lock, so there the two race as
// they would in the field. Either way exactly one is refused.
TEST_F(UnitMove, TwoMovesAtOnceCannotMakeACycle) {
    for (int round = 0; round < 3; ++round) {
        ASSERT_EQ(parent_of("a"), "hq");
        ASSERT_EQ(parent_of("b"), "hq");
        ForeignWriteLock other(data());
        auto first = std::async(std::launch::async, [&] {
            return run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "b"});
        });
        auto second = std::async(std::launch::async, [&] {
            return run_cli({"unit", "move", "--data", data(), "--code", "b", "--parent", "a"});
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // both wait for the lock
        other.release();
        const auto a_under_b = first.get();
        const auto b_under_a = second.get();
        EXPECT_EQ((a_under_b.exit_code == 0) + (b_under_a.exit_code == 0), 1)
            << "a under b: " << a_under_b.exit_code << " " << a_under_b.err << "\nb under a: " << b_under_a.exit_code
            << " " << b_under_a.err;
        const auto& refused = a_under_b.exit_code == 0 ? b_under_a : a_under_b;
        EXPECT_NE(refused.err.find("would make a cycle"), std::string::npos) << refused.err;
        const bool a_moved = parent_of("a") == "b";
        EXPECT_EQ(a_moved ? parent_of("b") : parent_of("a"), "hq") << "one of them stays under hq";
        EXPECT_EQ(parent_of("hq"), "");
        // Back to the start for the next round.
        ASSERT_EQ(run_cli({"unit", "move", "--data", data(), "--code", a_moved ? "a" : "b", "--parent", "hq"}).exit_code, 0);
    }
}

TEST_F(UnitMove, BadArgumentsAreNamed) {
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "zz", "--parent", "b"}), "--code");
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "zz"}), "--parent");
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "a"}), "--parent");
    expect_names(run_cli({"unit", "move", "--data", data(), "--parent", "b"}), "--code");
    expect_names(run_cli({"unit", "move", "--data", dir_.sub("none"), "--code", "a", "--parent", "b"}), "--data");
}

// Another process (a second admin command) holds the write lock: the command
// waits 5 s for it, then says so, writes nothing and exits non-zero.
TEST_F(UnitMove, AnotherWritersLockIsWaitedForThenNamedAndNothingIsWritten) {
    ForeignWriteLock other(data());
    const auto r = run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "b"});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("locked by another writer for 5 s"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was written, try again"), std::string::npos) << r.err;
    other.release();
    EXPECT_EQ(parent_of("a"), "hq");
    EXPECT_EQ(run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "b"}).exit_code, 0);
    EXPECT_EQ(parent_of("a"), "b");
}

// A move beside a running server changes who sees what: pulls say so.
class UnitMoveScope : public SyncFixture {};

TEST_F(UnitMoveScope, OldAncestorsGetGoneNewOnesGetItWholeAndTheSubtreeSwapsItsAncestorsDrills) {
    const auto cost = server::HashCost::insecure_for_tests();
    ASSERT_TRUE(server::admin::add_member(data(), "scoord", "South Coord", "south", "coordinator", "muster-demo", cost).ok());
    ASSERT_TRUE(server::admin::add_member(data(), "nam", "North A Member", "north-a", "member", "muster-demo", cost).ok());
    auto admin = client("admin");
    const std::string drill_n = uuid(), drill_s = uuid(), task = uuid(), note = uuid();
    const auto made = sync(admin, {
        admin.set("drill", drill_n, {{"unit", units_["north"]}, {"title", "North drill"}, {"state", "running"}}),
        admin.set("drill", drill_s, {{"unit", units_["south"]}, {"title", "South drill"}, {"state", "running"}}),
        admin.set("task", task, {{"title", "In north-a"}, {"unit", units_["north-a"]}, {"status", "open"}}),
        admin.log(note, task),
    });
    for (const auto& ack : made["acks"]) ASSERT_EQ(ack["status"], "applied") << made.dump();

    std::map<std::string, SyncClient> who;
    std::map<std::string, std::string> cursor;
    for (const auto* login : {"coord", "ncoord", "scoord", "nam"}) {
        who[login] = client(login);
        pull_all(who[login], cursor[login]);
    }
    const auto next = [&](const std::string& login) { return change_ids(pull_all(who[login], cursor[login])); };

    const auto moved = run_cli({"unit", "move", "--data", data(), "--code", "north-a", "--parent", "south"});
    ASSERT_EQ(moved.exit_code, 0) << moved.err;

    const auto north = next("ncoord");  // loses north-a and everything in it
    EXPECT_EQ(north.count("gone:task/" + task), 1u);
    EXPECT_EQ(north.count("gone:log/" + note), 1u);
    EXPECT_EQ(north.count("gone:unit/" + units_["north-a"]), 1u);
    EXPECT_EQ(north.count("task/" + task), 0u);

    const auto south = next("scoord");  // gains it whole
    EXPECT_EQ(south.count("task/" + task), 1u);
    EXPECT_EQ(south.count("log/" + note), 1u);
    EXPECT_EQ(south.count("unit/" + units_["north-a"]), 1u);

    const auto hq = next("coord");  // saw it before and after: nothing is dropped
    EXPECT_EQ(hq.count("gone:task/" + task), 0u);
    EXPECT_EQ(hq.count("gone:log/" + note), 0u);

    const auto inside = next("nam");  // its ancestors' drills and units change
    EXPECT_EQ(inside.count("gone:drill/" + drill_n), 1u);
    EXPECT_EQ(inside.count("gone:unit/" + units_["north"]), 1u);
    EXPECT_EQ(inside.count("drill/" + drill_s), 1u);
    EXPECT_EQ(inside.count("unit/" + units_["south"]), 1u);
    EXPECT_EQ(inside.count("gone:task/" + task), 0u);
    EXPECT_EQ(inside.count("gone:drill/" + drill_s), 0u);

    // Moving it back undoes it all.
    ASSERT_EQ(run_cli({"unit", "move", "--data", data(), "--code", "north-a", "--parent", "north"}).exit_code, 0);
    EXPECT_EQ(next("ncoord").count("task/" + task), 1u);
    EXPECT_EQ(next("scoord").count("gone:task/" + task), 1u);
    const auto back = next("nam");
    EXPECT_EQ(back.count("drill/" + drill_n), 1u);
    EXPECT_EQ(back.count("gone:drill/" + drill_s), 1u);
}

TEST(CliAdmin, ServeOptionsForTlsAndBlobsAreDocumented) {
    const auto help = run_cli({"serve", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("--tls-cert"), std::string::npos);
    EXPECT_NE(help.out.find("--max-blob-bytes"), std::string::npos);
    EXPECT_NE(run_cli({"unit", "move", "--help"}).out.find("--parent"), std::string::npos);
}

}  // namespace
}  // namespace muster::test
