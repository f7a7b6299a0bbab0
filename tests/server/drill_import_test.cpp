// `muster-server drill import FILE`: the shipped sample scenarios import as a
// planned drill with one hidden inject task each; a bad file is refused with
// every problem located and nothing written. Real binary, real database.
#include <gtest/gtest.h>

#include <fstream>


#include "muster/server/directory.hpp"
#include "support/server_process.hpp"
#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

const std::string kExamples = MUSTER_EXAMPLES_DIR;

/// How many entities of a type the data folder's store holds (-1: it cannot be read).
int count_entities(const std::string& data_dir, const std::string& entity) {
    auto directory = server::Directory::open(data_dir, SystemClock::instance());
    if (!directory) return -1;
    auto rows = (*directory)->store().list_entities(entity);
    return rows ? static_cast<int>(rows->size()) : -1;
}

class DrillImport : public SyncFixture {
protected:
    std::string write(const std::string& name, const std::string& text) {
        const auto path = dir_.sub(name);
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
    ProcessResult import(std::vector<std::string> extra) {
        std::vector<std::string> args{"drill", "import", "--data", data()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cli(args);
    }
};

TEST_F(DrillImport, TheSampleCsvBecomesAPlannedDrillWhoseInjectsCoordinatorsSeeAndMembersDoNot) {
    server_->stop();
    const int drills = count_entities(data(), "drill");
    const auto r = import({kExamples + "/flood-drill.csv"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("imported drill \"Riverside flood response drill\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("hq/north"), std::string::npos) << r.out;
    EXPECT_EQ(count_entities(data(), "drill"), drills + 1);
    const auto key_at = r.out.find("drill key ");
    ASSERT_NE(key_at, std::string::npos);
    const auto drill_key = r.out.substr(key_at + 10, 36);

    start();
    auto coord = client("coord");
    std::string cursor;
    const auto changes = pull_all(coord, cursor);
    const auto drill = find_change(changes, "drill", drill_key);
    ASSERT_TRUE(drill.is_object()) << "the coordinator receives the drill";
    EXPECT_EQ(drill["fields"]["state"]["v"], "planned");
    EXPECT_EQ(drill["fields"]["prestage"]["v"], false);
    int injects = 0;
    bool controller_note = false;
    for (const auto& c : changes) {
        if (c["entity"] != "task" || c["fields"]["drill"]["v"] != drill_key) continue;
        ++injects;
        EXPECT_TRUE(c["fields"].contains("release_offset_ms"));
        controller_note = controller_note || c["fields"].contains("controller_note");
    }
    EXPECT_GE(injects, 6);
    EXPECT_TRUE(controller_note) << "controllers see their notes";

    auto alice = client("alice");
    std::string member_cursor;
    for (const auto& c : pull_all(alice, member_cursor)) {
        if (c["entity"] != "task") continue;
        EXPECT_NE(c["fields"]["drill"]["v"], drill_key) << "planned, not pre-staged: hidden";
    }
}

TEST_F(DrillImport, TheSampleJsonImportsTheSameInjectsWithOverrides) {
    server_->stop();
    const auto csv = import({kExamples + "/flood-drill.csv", "--dry-run"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_NE(csv.out.find("would import"), std::string::npos);
    const int drills = count_entities(data(), "drill");
    EXPECT_EQ(count_entities(data(), "drill"), drills) << "a dry run writes nothing";
    const auto json = import({kExamples + "/flood-drill.json", "--title", "Night exercise", "--prestage", "yes"});
    ASSERT_EQ(json.exit_code, 0) << json.err;
    EXPECT_NE(json.out.find("imported drill \"Night exercise\" (planned, injects pre-staged)"), std::string::npos)
        << json.out;
    const auto count_line = [](const std::string& out) { return out.substr(out.find(" with "), 20); };
    EXPECT_EQ(count_line(json.out), count_line(csv.out)) << "both samples hold the same injects";
    EXPECT_EQ(count_entities(data(), "drill"), drills + 1);
}

TEST_F(DrillImport, EveryBadRowIsReportedWithItsLineAndNothingIsWritten) {
    server_->stop();
    const int tasks = count_entities(data(), "task");
    const auto file = write("broken.csv",
                            "# title: Broken\n"
                            "# unit: hq\n"
                            "inject,offset,unit,title,priority\n"
                            "1,+00:10,north,Fine row,normal\n"
                            "2,1h9x,north,Bad offset,normal\n"
                            "3,20m,atlantis,Unknown unit,urgent\n");
    const auto r = import({file});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("line 5"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("1h9x"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("line 6"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("urgent"), std::string::npos) << r.err;
    EXPECT_EQ(count_entities(data(), "task"), tasks);

    const auto unknown = import({write("unknown.csv", "# title: T\n# unit: hq\ninject,offset,unit,title\n1,5m,atlantis,X\n")});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("line 4"), std::string::npos) << unknown.err;
    EXPECT_NE(unknown.err.find("atlantis"), std::string::npos) << unknown.err;
    EXPECT_EQ(count_entities(data(), "task"), tasks);
}

TEST_F(DrillImport, ADeliveryNoteFollowsThePrefixGivenInTheUnitsLanguage) {
    server_->stop();
    const auto file = write("delivery.csv",
                            "# title: Delivery\n# unit: hq\n"
                            "inject,offset,unit,title,instructions,delivery note\n"
                            "1,0,north,Check the pumps,Both pumps.,Radio\n");
    const auto r = import({file, "--delivery-prefix", "Entrega: "});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto key_at = r.out.find("drill key ");
    ASSERT_NE(key_at, std::string::npos) << r.out;
    const auto drill_key = r.out.substr(key_at + 10, 36);
    start();
    auto coord = client("coord");
    std::string cursor;
    std::vector<std::string> instructions;
    for (const auto& c : pull_all(coord, cursor)) {
        if (c["entity"] == "task" && c["fields"]["drill"]["v"] == drill_key)
            instructions.push_back(c["fields"]["instructions"]["v"].get<std::string>());
    }
    EXPECT_EQ(instructions, std::vector<std::string>{"Both pumps.\n\nEntrega: Radio"});
}

TEST_F(DrillImport, BadArgumentsAreNamed) {
    server_->stop();
    const auto missing = import({dir_.sub("nope.csv")});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("FILE"), std::string::npos) << missing.err;
    const auto prestage = import({kExamples + "/flood-drill.csv", "--prestage", "maybe"});
    EXPECT_NE(prestage.exit_code, 0);
    EXPECT_NE(prestage.err.find("--prestage"), std::string::npos) << prestage.err;
    for (const std::string& bad : {std::string(), std::string(41, 'x'), std::string("two\nlines")}) {
        const auto prefix = import({kExamples + "/flood-drill.csv", "--delivery-prefix", bad});
        EXPECT_NE(prefix.exit_code, 0) << bad;
        EXPECT_NE(prefix.err.find("--delivery-prefix"), std::string::npos) << prefix.err;
    }
    const auto owner = import({kExamples + "/flood-drill.csv", "--unit", "atlantis"});
    EXPECT_EQ(owner.exit_code, 2);
    EXPECT_NE(owner.err.find("atlantis"), std::string::npos) << owner.err;
}

}  // namespace
}  // namespace muster::test
