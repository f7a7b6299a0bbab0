// The admin command line, run as a real process.
#include <gtest/gtest.h>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

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
    const auto by_case = run_cli(with({"--login", "A", "--unit", "hq", "--role", "member"}), "pw\n");
    expect_names(by_case, "--login: 'A' differs from the login 'a' only in case");
    expect_names(run_cli({"member", "disable", "--data", data(), "--login", "ghost"}), "--login");
    expect_names(run_cli({"token", "revoke", "--data", data(), "--login", "ghost"}), "--login");
    expect_names(run_cli({"member", "passwd", "--data", data(), "--login", "ghost", "--password-stdin"}, "x\n"), "--login");
}

// An unknown command is named, with the ones there are.
TEST_F(Cli, UnknownCommandsAreNamed) {
    const auto top = run_cli({"bogus"});
    expect_names(top, "unknown command 'bogus'");
    EXPECT_NE(top.err.find("unit, member"), std::string::npos) << top.err;
    expect_names(run_cli({"unit", "bogus", "--data", data()}), "unit: unknown command 'bogus' (add, list, move)");
    expect_names(run_cli({"tls", "bogus"}), "tls: unknown command 'bogus' (self-signed, fingerprint)");
    expect_names(run_cli({"member"}), "member: a command is needed (add, list, passwd, disable)");
    expect_names(run_cli({}), "a command is needed (init, unit");
}

// Names are one line of valid UTF-8 within the schema's 200 bytes; an empty
// value is refused, never taken as "not given" (`--parent ""` made a root).
// Nothing is written by a refused command.
TEST_F(Cli, NamesAndEmptyValuesAreChecked) {
    init();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "HQ"}).exit_code, 0);
    const std::string too_long(201, 'a');
    const auto unit_add = [&](const std::string& name) {
        return run_cli({"unit", "add", "--data", data(), "--code", "x", "--name", name, "--parent", "hq"});
    };
    expect_names(unit_add(too_long), "--name: is 201 bytes long; at most 200");
    expect_names(unit_add("two\nlines"), "--name: must be one line");
    expect_names(unit_add("bad \xff\xfe"), "--name: is not valid UTF-8 (byte 5)");
    EXPECT_EQ(unit_add(std::string(200, 'a')).exit_code, 0) << "200 bytes is the limit, not past it";
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "y", "--name", "Y", "--parent", ""}),
                 "--parent: must not be empty");
    const auto member_add = [&](const std::string& name) {
        return run_cli({"member", "add", "--data", data(), "--login", "ann", "--name", name, "--unit", "hq", "--role",
                        "member", "--password-stdin"},
                       "a long enough password\n");
    };
    expect_names(member_add(too_long), "--name: is 201 bytes long");
    expect_names(member_add("tab\there"), "--name: must be one line");
    const auto units = run_cli({"unit", "list", "--data", data()});
    EXPECT_EQ(units.out.find("\ny "), std::string::npos) << units.out;
    EXPECT_EQ(run_cli({"member", "list", "--data", data()}).out.find("ann"), std::string::npos);
    expect_names(run_cli({"report", "--data", data(), "--title", "x", "--out", ""}), "--out: must not be empty");
}

// Every admin command is recorded in DATA/audit.log: one that cannot be
// written there changes nothing (a folder in its place stops even root).
TEST_F(Cli, ACommandWhoseAuditLogCannotBeWrittenChangesNothing) {
    init();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "HQ"}).exit_code, 0);
    const auto audit = dir_.sub("data/audit.log");
    std::filesystem::remove(audit);
    std::filesystem::create_directory(audit);
    expect_names(run_cli({"unit", "add", "--data", data(), "--code", "north", "--name", "North", "--parent", "hq"}),
                 "nothing was changed");
    EXPECT_EQ(run_cli({"unit", "list", "--data", data()}).out.find("north"), std::string::npos);
    EXPECT_EQ(run_cli({"unit", "list", "--data", data()}).exit_code, 0) << "reading needs no audit";
}

// `--password-stdin` from a terminal: a prompt, and the password is not shown
// as it is typed (it was echoed, and with no prompt the command looked hung).
TEST_F(Cli, APasswordTypedAtATerminalIsAskedForAndNotShown) {
    init();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "hq", "--name", "HQ"}).exit_code, 0);
    const std::string d = data();
    int terminal = -1;
    const pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::setenv("MUSTER_TEST_FAST_HASH", "1", 1);
        ::execl(kServerBinary.c_str(), "muster-server", "member", "add", "--data", d.c_str(), "--login", "tty1",
                "--name", "Typed", "--unit", "hq", "--role", "member", "--password-stdin", nullptr);
        ::_exit(127);
    }
    std::string seen;
    const auto read_some = [&](std::chrono::milliseconds within) {
        pollfd p{terminal, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(within.count())) <= 0) return false;
        char buffer[512];
        const auto n = ::read(terminal, buffer, sizeof buffer);
        if (n <= 0) return false;  // EIO: the child closed the terminal
        seen.append(buffer, static_cast<std::size_t>(n));
        return true;
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (seen.find("(not shown): ") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        read_some(std::chrono::milliseconds(500));
    }
    ASSERT_NE(seen.find("Password for tty1 (not shown): "), std::string::npos) << seen;
    const std::string typed = "Typed-at-a-terminal-42\n";
    ASSERT_EQ(::write(terminal, typed.data(), typed.size()), static_cast<ssize_t>(typed.size()));
    while (std::chrono::steady_clock::now() < deadline && read_some(std::chrono::milliseconds(5000))) {
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ::close(terminal);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << seen;
    EXPECT_NE(seen.find("member tty1 added"), std::string::npos) << seen;
    EXPECT_EQ(seen.find("Typed-at-a-terminal"), std::string::npos) << "shown as typed: " << seen;
}

TEST_F(Cli, ServeErrorsNameTheArgument) {
    init();
    expect_names(run_cli({"serve", "--data", data(), "--listen", "nonsense"}), "--listen");
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:99999"}), "--listen");
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:0", "--threads", "0"}), "--threads");
    expect_names(run_cli({"serve", "--data", dir_.sub("none"), "--listen", "127.0.0.1:0"}), "--data");
    // CLI11's ranges let NaN through; it turned rate limiting off.
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:0", "--rate-limit", "nan"}), "--rate-limit");
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:0", "--rate-burst", "nan"}), "--rate-burst");
    expect_names(run_cli({"serve", "--data", data(), "--listen", "127.0.0.1:0", "--max-connections-per-ip", "-1"}),
                 "--max-connections-per-ip");
}

// A folder that is not Muster's: `init` does not call it a Muster database.
TEST_F(Cli, InitOnAForeignDatabaseSaysSo) {
    std::filesystem::create_directories(data());
    {
        std::ofstream(dir_.sub("data/muster.db")) << "someone else's file";
    }
    const auto r = run_cli({"init", "--data", data()});
    expect_names(r, "already holds a database");
    EXPECT_EQ(r.err.find("Muster database"), std::string::npos) << r.err;
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
