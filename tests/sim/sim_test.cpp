// muster-sim end to end: each test runs the real muster-sim binary, which
// starts a real muster-server on loopback, and reads its JSON report.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_db.hpp"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

struct SimRun {
    int exit_code = -1;
    json report;
    std::string log;  ///< muster-sim's stderr
    double seconds = 0;
};

std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// A fresh folder under the temp dir, removed at the end of the test.
class Scratch {
public:
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "muster-sim-test-XXXXXX").string();
        if (mkdtemp(pattern.data())) path_ = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    [[nodiscard]] std::string sub(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

/// Runs `muster-sim --json ARGS…`, killed after `limit_s` seconds.
SimRun run_sim(const std::vector<std::string>& args, int limit_s) {
    const Scratch scratch;
    // The work folder lives in the scratch folder: runs with violations keep theirs otherwise.
    std::string command = "timeout -k 5 " + std::to_string(limit_s) + " " + quoted(MUSTER_SIM_BINARY) +
                          " --json --work-dir " + quoted(scratch.sub("work"));
    for (const auto& a : args) command += " " + quoted(a);
    command += " 2>" + quoted(scratch.sub("stderr"));
    SimRun run;
    const auto start = std::chrono::steady_clock::now();
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buf[4096];
        for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
        const int status = pclose(pipe);
        run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.log = slurp(scratch.sub("stderr"));
    run.report = json::parse(out, nullptr, false);
    return run;
}

/// The named check of a report (null when absent).
json check(const json& report, const std::string& name) {
    if (!report.is_object() || !report.contains("checks")) return nullptr;
    for (const auto& c : report["checks"]) {
        if (c.value("name", "") == name) return c;
    }
    return nullptr;
}

std::string explain(const SimRun& run) {
    return "exit " + std::to_string(run.exit_code) + " after " + std::to_string(run.seconds) + " s\n" + run.log +
           "\n" + (run.report.is_discarded() ? std::string("(no JSON report)") : run.report.dump(2));
}

std::uint64_t network(const json& report, const char* what) { return report["network"][what].get<std::uint64_t>(); }

TEST(Sim, PatchyDrillWithTwoServerKillsIsClean) {
    const auto run = run_sim({"--members", "20", "--seed", "20251121", "--duration", "20", "--faults", "patchy",
                              "--kill-server", "2"},
                             160);
    ASSERT_EQ(run.exit_code, 0) << explain(run);
    const auto& r = run.report;
    EXPECT_EQ(r["verdict"], "clean");
    EXPECT_EQ(r["server_kills"]["done"], 2);
    // The faults really happened, and every op made it exactly once.
    EXPECT_GT(network(r, "resets") + network(r, "hangs") + network(r, "cuts_after_commit"), 0U) << r.dump(2);
    EXPECT_GT(network(r, "server_down") + network(r, "resets"), 0U);
    EXPECT_GT(r["ops"]["made"].get<int>(), 100);
    EXPECT_EQ(r["ops"]["on_server"], r["ops"]["made"]);
    EXPECT_EQ(r["conflicts"]["recorded"], r["conflicts"]["expected"]);
    EXPECT_TRUE(check(r, "views")["passed"].get<bool>());
    // Members pulling in small pages asked for the next page while storing one, through the faults.
    EXPECT_GT(r["syncs"]["pages_sent_ahead"].get<std::uint64_t>(), 0U) << r["syncs"];
}

TEST(Sim, SeverePartitionOfHalfTheMembersConvergesWithin30Seconds) {
    const auto run = run_sim({"--members", "20", "--seed", "8675309", "--duration", "20", "--faults", "severe"}, 160);
    ASSERT_EQ(run.exit_code, 0) << explain(run);
    const auto& r = run.report;
    EXPECT_EQ(r["verdict"], "clean");
    // Half the members (10 of 20) are cut off from 10% to 85% of the drill.
    ASSERT_FALSE(r["partitions"].empty());
    EXPECT_EQ(r["partitions"][0].get<std::string>().rfind("10 members from 2.0", 0), 0U) << r["partitions"];
    EXPECT_GT(network(r, "partitioned"), 0U);
    ASSERT_TRUE(r["timings_s"]["heal_to_convergence"].is_number());
    EXPECT_LE(r["timings_s"]["heal_to_convergence"].get<double>(), 30.0);
    EXPECT_EQ(r["ops"]["on_server"], r["ops"]["made"]);
}

TEST(Sim, SameSeedGivesTheSameOpHistory) {
    const Scratch scratch;
    const std::vector<std::string> args{"--members", "10", "--seed", "31337", "--duration", "8", "--faults", "patchy",
                                        "--kill-server", "1"};
    auto first_args = args, second_args = args;
    first_args.insert(first_args.end(), {"--history", scratch.sub("first.json")});
    second_args.insert(second_args.end(), {"--history", scratch.sub("second.json")});
    const auto first = run_sim(first_args, 120);
    ASSERT_EQ(first.exit_code, 0) << explain(first);
    const auto second = run_sim(second_args, 120);
    ASSERT_EQ(second.exit_code, 0) << explain(second);

    const auto a = json::parse(slurp(scratch.sub("first.json")), nullptr, false);
    const auto b = json::parse(slurp(scratch.sub("second.json")), nullptr, false);
    ASSERT_TRUE(a.is_object() && b.is_object());
    ASSERT_EQ(a["members"].size(), 10U);
    std::size_t ops = 0;
    for (std::size_t m = 0; m < a["members"].size(); ++m) {
        EXPECT_EQ(a["members"][m], b["members"][m]) << "member " << m << " did something else the second time";
        ops += a["members"][m]["ops"].size();
    }
    EXPECT_GT(ops, 40U);
    EXPECT_EQ(first.report["history_digest"], second.report["history_digest"]);
    // Timing did differ: the network saw different traffic (retries, backoff) while the ops stayed the same.
    EXPECT_EQ(first.report["ops"]["made"], second.report["ops"]["made"]);
}

// Scale out (PostgreSQL): two instances on one database, members spread over
// both, each instance killed -9 once while the other serves its members.
// Runs as pg.SimOnPostgres.* against the test cluster.
TEST(SimOnPostgres, FiftyMembersOnTwoInstancesWithAKillNineOfEachIsClean) {
    if (!muster::test::testing_postgres()) GTEST_SKIP() << "needs PostgreSQL: runs as pg.SimOnPostgres.*";
    const auto run = run_sim({"--members", "50", "--seed", "20261130", "--duration", "20", "--faults", "patchy",
                              "--kill-server", "2", "--instances", "2", "--db", muster::test::fresh_test_db()},
                             170);
    ASSERT_EQ(run.exit_code, 0) << explain(run);
    const auto& r = run.report;
    EXPECT_EQ(r["verdict"], "clean");
    EXPECT_EQ(r["server_kills"]["done"], 2);
    EXPECT_NE(run.log.find("killed instance 0"), std::string::npos) << run.log;
    EXPECT_NE(run.log.find("killed instance 1"), std::string::npos) << run.log;
    EXPECT_EQ(r["ops"]["on_server"], r["ops"]["made"]) << "no op lost, none applied twice (applied_once)";
    EXPECT_TRUE(check(r, "applied_once")["passed"].get<bool>());
    EXPECT_TRUE(check(r, "views")["passed"].get<bool>()) << "every member's store equals a cold pull: no missed change";
    EXPECT_EQ(r["conflicts"]["recorded"], r["conflicts"]["expected"]);
}

TEST(Sim, CheckerCatchesATamperedMemberStore) {
    const auto run = run_sim({"--members", "6", "--seed", "5", "--duration", "5", "--faults", "none", "--tamper",
                              "store"},
                             100);
    ASSERT_EQ(run.exit_code, 1) << explain(run);
    EXPECT_EQ(run.report["verdict"], "violations");
    const auto views = check(run.report, "views");
    ASSERT_TRUE(views.is_object());
    EXPECT_FALSE(views["passed"].get<bool>());
    EXPECT_EQ(views["failure_count"], 1);
    EXPECT_NE(views["failures"][0].get<std::string>().find("differs"), std::string::npos) << views.dump(2);
    // Only the view check fails: the server side is intact.
    EXPECT_TRUE(check(run.report, "acked_on_server")["passed"].get<bool>());
}

TEST(Sim, CheckerCatchesAnAckedWriteTheServerLost) {
    const auto run = run_sim({"--members", "6", "--seed", "6", "--duration", "5", "--faults", "none", "--tamper",
                              "lost-write"},
                             100);
    ASSERT_EQ(run.exit_code, 1) << explain(run);
    const auto acked = check(run.report, "acked_on_server");
    ASSERT_TRUE(acked.is_object());
    EXPECT_FALSE(acked["passed"].get<bool>());
    EXPECT_NE(acked["failures"][0].get<std::string>().find("not in the server's op log"), std::string::npos);
    EXPECT_TRUE(check(run.report, "views")["passed"].get<bool>());
}

TEST(Sim, CheckerCatchesAMissingConflictRecord) {
    const auto run = run_sim({"--members", "8", "--seed", "7", "--duration", "6", "--faults", "none", "--contested",
                              "1", "--tamper", "lost-conflict"},
                             100);
    ASSERT_EQ(run.exit_code, 1) << explain(run);
    const auto conflicts = check(run.report, "conflicts_recorded");
    ASSERT_TRUE(conflicts.is_object());
    EXPECT_FALSE(conflicts["passed"].get<bool>());
    EXPECT_EQ(conflicts["failure_count"], 1);
    EXPECT_NE(conflicts["failures"][0].get<std::string>().find("expected but not recorded"), std::string::npos);
}

}  // namespace
