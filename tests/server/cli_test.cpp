// The admin command line, run as a real process.
#include <gtest/gtest.h>

#include "muster/clock.hpp"
#include "muster/server/directory.hpp"
#include "support/cli_checks.hpp"
#include "support/server_process.hpp"

namespace muster::test {
namespace {

class Cli : public ::testing::Test {
protected:
    std::string data() const { return dir_.sub("data"); }
    void init() { ASSERT_EQ(run_cli({"init", "--data", data()}).exit_code, 0); }
    TempDir dir_;
};

TEST_F(Cli, HelpWorksEverywhere) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--help"}, {"init", "--help"}, {"unit", "add", "--help"}, {"member", "add", "--help"},
             {"serve", "--help"}, {"demo", "--help"}, {"token", "revoke", "--help"}, {"drill", "import", "--help"}}) {
        const auto r = run_cli(args);
        EXPECT_EQ(r.exit_code, 0) << args[0];
        EXPECT_NE(r.out.find("--"), std::string::npos) << args[0];
    }
    EXPECT_NE(run_cli({"--help"}).out.find("member"), std::string::npos);
    EXPECT_NE(run_cli({"unit", "add", "--help"}).out.find("--parent"), std::string::npos);
}

TEST_F(Cli, InitCreatesTheFolderAndRefusesASecondTime) {
    const auto first = run_cli({"init", "--data", data()});
    EXPECT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("initialised"), std::string::npos);
    expect_names(run_cli({"init", "--data", data()}), "--data");
}

TEST_F(Cli, MissingAndUnknownArgumentsAreNamed) {
    expect_names(run_cli({"init"}), "--data");
    expect_names(run_cli({"unit", "add", "--data", data(), "--name", "X"}), "--code");
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "x"}), "--name");
    expect_names(run_cli({"member", "add", "--data", data(), "--login", "a", "--name", "A", "--unit", "hq"}), "--role");
    expect_names(run_cli({"serve", "--data", data()}), "--listen");
    expect_names(run_cli({"init", "--data", data(), "--bogus"}), "--bogus");
    const auto nothing = run_cli({});
    EXPECT_NE(nothing.exit_code, 0);
    expect_names(run_cli({"unit", "list", "--data", dir_.sub("missing")}), "--data");
}

TEST_F(Cli, UnitErrorsNameTheArgument) {
    init();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "HQ"}).exit_code, 0);
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "Bad_Code", "--name", "X"}), "--code");
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "x", "--name", "X", "--parent", "nope"}), "--parent");
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "Again"}), "--code");
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "y", "--name", ""}), "--name");
}

TEST_F(Cli, MemberErrorsNameTheArgument) {
    init();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "HQ"}).exit_code, 0);
    const std::vector<std::string> base{"member", "add", "--data", data(), "--name", "A", "--password-stdin"};
    auto with = [&](std::vector<std::string> extra) {
        auto args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    };
    expect_names(run_cli(with({"--login", "a", "--unit", "nowhere", "--role", "member"}), "pw\n"), "--unit");
    expect_names(run_cli(with({"--login", "a", "--unit", "hq", "--role", "chief"}), "pw\n"), "--role");
    expect_names(run_cli(with({"--login", "bad login", "--unit", "hq", "--role", "member"}), "pw\n"), "--login");
    expect_names(run_cli(with({"--login", "a", "--unit", "hq", "--role", "member"}), ""), "--password-stdin");
    ASSERT_EQ(run_cli(with({"--login", "a", "--unit", "hq", "--role", "member"}), "pw\n").exit_code, 0);
    expect_names(run_cli(with({"--login", "a", "--unit", "hq", "--role", "member"}), "pw\n"), "--login");
    expect_names(run_cli({"member", "disable", "--data", data(), "--login", "ghost"}), "--login");
    expect_names(run_cli({"token", "revoke", "--data", data(), "--login", "ghost"}), "--login");
    expect_names(run_cli({"member", "passwd", "--data", data(), "--login", "ghost", "--password-stdin"}, "x\n"), "--login");
}

TEST_F(Cli, ServeErrorsNameTheArgument) {
    init();
    expect_names(run_cli({"serve", "--data", data(), "--listen", "nonsense"}), "--listen");
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:99999"}), "--listen");
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:0", "--threads", "0"}), "--threads");
    expect_names(run_cli({"serve", "--data", dir_.sub("none"), "--listen", "127.0.0.1:0"}), "--data");
}

TEST_F(Cli, UnitsAndMembersRoundTrip) {
    init();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "Regional HQ"}).exit_code, 0);
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "north", "--name", "North Sector", "--parent", "hq"}).exit_code, 0);
    const auto units = run_cli({"unit", "list", "--data", data()});
    ASSERT_EQ(units.exit_code, 0);
    EXPECT_NE(units.out.find("Regional HQ"), std::string::npos);
    EXPECT_NE(units.out.find("north  North Sector  hq"), std::string::npos) << units.out;

    const auto added = run_cli({"member", "add", "--data", data(), "--login", "alice", "--name", "Alice Field", "--unit",
                                "north", "--role", "member", "--password-stdin"},
                               "s3cret pass\n");
    ASSERT_EQ(added.exit_code, 0) << added.err;
    EXPECT_EQ(added.out.find("s3cret"), std::string::npos);
    const auto generated = run_cli({"member", "add", "--data", data(), "--login", "carl", "--name", "Carl", "--unit",
                                    "hq", "--role", "coordinator"});
    ASSERT_EQ(generated.exit_code, 0) << generated.err;
    EXPECT_NE(generated.out.find("password for carl: "), std::string::npos);

    const auto members = run_cli({"member", "list", "--data", data()});
    ASSERT_EQ(members.exit_code, 0);
    EXPECT_NE(members.out.find("alice  Alice Field  member"), std::string::npos) << members.out;
    EXPECT_NE(members.out.find("coordinator  hq"), std::string::npos) << members.out;

    EXPECT_EQ(run_cli({"member", "disable", "--data", data(), "--login", "carl"}).exit_code, 0);
    EXPECT_NE(run_cli({"member", "list", "--data", data()}).out.find("disabled"), std::string::npos);
    EXPECT_EQ(run_cli({"member", "passwd", "--data", data(), "--login", "alice", "--password-stdin"}, "new one\n").exit_code, 0);
}

TEST_F(Cli, DemoCreatesWhatItSays) {
    const auto r = run_cli({"demo", "--data", data()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* login : {"coord", "alice", "bob", "eva", "admin"}) {
        EXPECT_NE(r.out.find(login), std::string::npos) << login;
    }
    EXPECT_NE(r.out.find("muster-demo"), std::string::npos);

    const auto units = run_cli({"unit", "list", "--data", data()});
    EXPECT_NE(units.out.find("south  South Sector  hq"), std::string::npos) << units.out;
    const auto members = run_cli({"member", "list", "--data", data()});
    EXPECT_NE(members.out.find("eva"), std::string::npos);
    EXPECT_NE(members.out.find("evaluator"), std::string::npos);

    ManualClock clock;
    auto directory = server::Directory::open(data(), clock);
    ASSERT_TRUE(directory.ok());
    auto drills = (*directory)->store().list_entities("drill");
    ASSERT_TRUE(drills.ok());
    ASSERT_EQ(drills->size(), 1u);
    const auto& drill = (*drills)[0];
    EXPECT_EQ(drill.fields["title"]["v"], "Flood response drill");
    EXPECT_EQ(drill.fields["state"]["v"], "planned");
    EXPECT_EQ(drill.fields["prestage"]["v"], true);
    auto hq = (*directory)->unit_by_code("hq");
    EXPECT_EQ(drill.fields["unit"]["v"], (*hq)->key);

    auto tasks = (*directory)->store().list_entities("task");
    ASSERT_TRUE(tasks.ok());
    EXPECT_GE(tasks->size(), 4u);
    EXPECT_LE(tasks->size(), 5u);
    const auto north = (*(*directory)->unit_by_code("north"))->key;
    const auto south = (*(*directory)->unit_by_code("south"))->key;
    for (const auto& task : *tasks) {
        EXPECT_EQ(task.fields["drill"]["v"], drill.key);
        EXPECT_EQ(task.fields["status"]["v"], "open");
        const auto unit = task.fields["unit"]["v"].get<std::string>();
        EXPECT_TRUE(unit == north || unit == south);
        EXPECT_EQ(task.unit, unit);
        for (const char* field : {"title", "instructions", "priority", "inject", "release_offset_ms", "deadline_ms",
                                  "expected_action", "controller_note"}) {
            EXPECT_TRUE(task.fields.contains(field)) << field;
        }
    }
    expect_names(run_cli({"demo", "--data", data()}), "--data");
}

}  // namespace
}  // namespace muster::test
