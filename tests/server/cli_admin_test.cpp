// `unit move` and the other admin commands added with issue 4.
#include <gtest/gtest.h>

#include "muster/server/admin.hpp"
#include "support/cli_checks.hpp"
#include "support/server_process.hpp"

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

TEST_F(UnitMove, BadArgumentsAreNamed) {
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "zz", "--parent", "b"}), "--code");
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "a", "--parent", "zz"}), "--parent");
    expect_names(run_cli({"unit", "move", "--data", data(), "--code", "a"}), "--parent");
    expect_names(run_cli({"unit", "move", "--data", data(), "--parent", "b"}), "--code");
    expect_names(run_cli({"unit", "move", "--data", dir_.sub("none"), "--code", "a", "--parent", "b"}), "--data");
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
