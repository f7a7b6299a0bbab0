// muster-server backup / restore, run as real processes (backup while serving).
#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "muster/server/admin.hpp"
#include "muster/server/blobs.hpp"
#include "muster/server/store.hpp"
#include "support/test_db.hpp"
#include "support/http_client.hpp"
#include "support/cli_checks.hpp"
#include "support/server_process.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

namespace fs = std::filesystem;

class Backup : public ::testing::Test {
protected:
    void SetUp() override {
        // `backup`/`restore` copy SQLite's file; a PostgreSQL deployment uses
        // pg_dump, and these commands refuse its folders (Backup.RefusesAFolderOnAnotherDatabase).
        if (testing_postgres()) GTEST_SKIP() << "SQLite's own backup; refused on PostgreSQL (tested below)";
        auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests(), fresh_test_db());
        ASSERT_TRUE(demo.ok()) << demo.error().message;
    }
    std::string data() const { return dir_.sub("data"); }
    std::string file() const { return dir_.sub("muster-backup.db"); }
    /// Makes a backup of the demo data (no server running).
    void make_backup() { ASSERT_EQ(run_cli({"backup", "--data", data(), "--to", file()}).exit_code, 0); }

    TempDir dir_;
};

TEST_F(Backup, WhileServingThenRestoredServesTheSameDataAndBlobs) {
    auto server = std::make_unique<ServerProcess>(data());
    ASSERT_NE(server->port(), 0) << server->log();
    const auto token = login_token(server->port(), "alice");
    ASSERT_FALSE(token.empty());
    const std::string photo = "a photo of the river gauge";
    const auto hash = server::BlobStore::hash_of(photo);
    ASSERT_EQ(http(server->port(), "PUT", "/v1/blobs/" + hash, photo, {{"Authorization", "Bearer " + token}}).status, 201);

    const auto made = run_cli({"backup", "--data", data(), "--to", file()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    EXPECT_NE(made.out.find("1 blob(s)"), std::string::npos) << made.out;
    EXPECT_EQ(http(server->port(), "GET", "/v1/health").status, 200) << "the server keeps serving";
    EXPECT_EQ(server->stop(), 0);
    EXPECT_TRUE(fs::is_regular_file(file()));
    EXPECT_FALSE(fs::exists(file() + "-wal")) << "one self-contained file";
    EXPECT_TRUE(fs::is_regular_file(file() + ".blobs/" + hash.substr(0, 2) + "/" + hash.substr(2)));

    const auto restored_dir = dir_.sub("restored");
    fs::create_directory(restored_dir);  // an empty folder made for it beforehand, as an admin would
    const auto restored = run_cli({"restore", "--data", restored_dir, "--from", file()});
    ASSERT_EQ(restored.exit_code, 0) << restored.err;
    auto units = server::admin::list_units(restored_dir);
    ASSERT_TRUE(units.ok());
    EXPECT_EQ(units->size(), 3u);

    ServerProcess again(restored_dir);
    ASSERT_NE(again.port(), 0) << again.log();
    const auto got = http(again.port(), "GET", "/v1/blobs/" + hash, "", {{"Authorization", "Bearer " + token}});
    EXPECT_EQ(got.status, 200) << "tokens and uploads came back too: " << got.body;
    EXPECT_EQ(got.body, photo);
}

TEST_F(Backup, BadArgumentsAreNamed) {
    expect_names(run_cli({"backup", "--data", dir_.sub("none"), "--to", file()}), "--data");
    expect_names(run_cli({"backup", "--data", data()}), "--to");
    expect_names(run_cli({"backup", "--data", data(), "--to", dir_.sub("no/such/folder/b.db")}), "--to");
    make_backup();
    expect_names(run_cli({"backup", "--data", data(), "--to", file()}), "--to");  // exists already
    expect_names(run_cli({"restore", "--data", dir_.sub("r")}), "--from");
    expect_names(run_cli({"restore", "--data", dir_.sub("r"), "--from", dir_.sub("missing.db")}), "--from");
    expect_names(run_cli({"restore", "--from", file()}), "--data");
    EXPECT_FALSE(fs::exists(dir_.sub("r"))) << "a refused restore creates nothing";
}

TEST_F(Backup, RestoreRefusesANonEmptyFolderUnlessForced) {
    make_backup();
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "west", "--name", "West"}).exit_code, 0);
    expect_names(run_cli({"restore", "--data", data(), "--from", file()}), "--data");
    EXPECT_EQ(server::admin::list_units(data())->size(), 4u) << "untouched";
    const auto forced = run_cli({"restore", "--data", data(), "--from", file(), "--force"});
    ASSERT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(server::admin::list_units(data())->size(), 3u) << "the backup's state again";
}

// `restore --force` under a running server would replace its database while
// it holds the old one open (a correct password then got 500). Refused while
// it serves; a server killed with -9 holds nothing any more.
TEST_F(Backup, RestoreRefusesAFolderAServerIsServing) {
    auto server = std::make_unique<ServerProcess>(data());
    ASSERT_NE(server->port(), 0) << server->log();
    const auto made = run_cli({"backup", "--data", data(), "--to", file()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    ASSERT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "west", "--name", "West"}).exit_code, 0);

    const auto refused = run_cli({"restore", "--data", data(), "--from", file(), "--force"});
    expect_names(refused, "--data");
    EXPECT_NE(refused.err.find("stop it first"), std::string::npos) << refused.err;
    EXPECT_EQ(server::admin::list_units(data())->size(), 4u) << "untouched";
    EXPECT_FALSE(login_token(server->port(), "alice").empty()) << "the server still signs members in";

    EXPECT_EQ(server->stop(SIGKILL), SIGKILL + 128);
    server.reset();
    const auto forced = run_cli({"restore", "--data", data(), "--from", file(), "--force"});
    ASSERT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(server::admin::list_units(data())->size(), 3u) << "the backup's state again";
    ServerProcess again(data());
    ASSERT_NE(again.port(), 0) << again.log();
    EXPECT_FALSE(login_token(again.port(), "alice").empty());
}

// The other way round: while a restore holds the folder, a server does not
// start on the half-replaced database; two servers may share it as before.
TEST_F(Backup, AServerDoesNotStartWhileARestoreWritesItsFolder) {
    {
        auto restoring = server::DataFolderLock::take(data(), server::DataFolderLock::Mode::restore);
        ASSERT_TRUE(restoring.ok()) << restoring.error().message;
        ServerProcess refused(data());
        EXPECT_EQ(refused.port(), 0);
        EXPECT_EQ(refused.stop(), 2) << refused.log();
        EXPECT_NE(refused.log().find("--data: a restore or migration is changing"), std::string::npos) << refused.log();
    }
    ServerProcess one(data());
    ASSERT_NE(one.port(), 0) << one.log();
    ServerProcess two(data());
    ASSERT_NE(two.port(), 0) << two.log();
}

TEST_F(Backup, RestoreRefusesDamagedOrForeignFiles) {
    make_backup();
    const auto damaged = dir_.sub("damaged.db");
    fs::copy_file(file(), damaged);
    {
        std::fstream f(damaged, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(fs::file_size(damaged) / 2));
        const std::string junk(8192, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    expect_names(run_cli({"restore", "--data", dir_.sub("r1"), "--from", damaged}), "--from");
    const auto text = dir_.sub("notes.txt");
    std::ofstream(text) << "not a database\n";
    expect_names(run_cli({"restore", "--data", dir_.sub("r2"), "--from", text}), "--from");
}

TEST(BackupOtherDatabase, RefusesAFolderWhoseDatabaseIsNotItsOwnSqliteFile) {
    TempDir dir;
    const auto data = dir.sub("data");
    fs::create_directories(data);
    {
        std::ofstream url(server::database_url_path(data));
        url << "postgresql://muster:secret@db.example:5432/muster\n";  // never connected to: refused before
    }
    const auto backup = run_cli({"backup", "--data", data, "--to", dir.sub("b.db")});
    expect_names(backup, "--data");
    EXPECT_NE(backup.err.find("pg_dump"), std::string::npos) << backup.err;
    EXPECT_EQ(backup.err.find("secret"), std::string::npos) << "no password in messages";
    EXPECT_FALSE(fs::exists(dir.sub("b.db")));
    expect_names(run_cli({"restore", "--data", data, "--from", server::database_url_path(data), "--force"}), "--data");
    EXPECT_FALSE(fs::exists(server::database_path(data))) << "nothing restored beside it";
}

TEST(BackupHelp, SaysWhereBlobsGo) {
    const auto r = run_cli({"backup", "--help"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find(".blobs"), std::string::npos) << r.out;
    EXPECT_NE(run_cli({"restore", "--help"}).out.find("--force"), std::string::npos);
}

}  // namespace
}  // namespace muster::test
