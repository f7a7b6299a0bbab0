#include <fstream>
#include <iterator>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "muster/store.hpp"
#include "test_util.hpp"

namespace muster {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int integrity_ok(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    int ok = sqlite3_step(stmt) == SQLITE_ROW &&
             std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) == "ok";
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

void set_user_version(const std::string& path, int version) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const std::string sql = "PRAGMA user_version = " + std::to_string(version);
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

TEST(Migrations, OpensAnEmptyV0File) {
    test::TempDir dir;
    const auto path = dir.file("empty.db");
    std::ofstream(path).close();  // zero bytes: SQLite treats it as a new database
    ManualClock clock;
    auto store = Store::open(path, clock, StoreOptions{1, false});
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_TRUE(store->write_set(EntityType::task, test::key(1), {{"title", "a"}}).ok());
    EXPECT_TRUE(integrity_ok(path));
}

TEST(Migrations, OpensEveryEarlierVersionKeepingItsData) {
    for (int version = 0; version < kStoreSchemaVersion; ++version) {
        test::TempDir dir;
        const auto path = dir.file("old.db");
        ASSERT_TRUE(create_store_at_version(path, version, 5).ok()) << version;
        if (version >= 1) {
            // Data as a version-1 build wrote it.
            sqlite3* db = nullptr;
            sqlite3_open(path.c_str(), &db);
            ASSERT_EQ(sqlite3_exec(db,
                                   "UPDATE meta SET cursor = '42', next_op = 3;"
                                   "INSERT INTO entities VALUES ('task', '00000000-0000-4000-8000-000000000001', "
                                   "'{\"title\":{\"v\":\"kept\",\"hlc\":{\"ms\":5,\"c\":0,\"r\":\"00000000000000bb\"}}}', "
                                   "NULL, 0);",
                                   nullptr, nullptr, nullptr),
                      SQLITE_OK);
            sqlite3_close(db);
        }
        ManualClock clock;
        auto store = Store::open(path, clock, StoreOptions{9, false});
        ASSERT_TRUE(store.ok()) << "version " << version << ": " << store.error().message;
        EXPECT_EQ(store->replica_id(), make_replica_id(version == 0 ? 9 : 5)) << "identity survives migration";
        if (version >= 1) {
            EXPECT_EQ(store->cursor(), "42");
            auto task = store->get(EntityType::task, test::key(1));
            ASSERT_TRUE(task.ok() && task->has_value());
            EXPECT_EQ((*task)->fields.at("title").v, "kept");
            EXPECT_EQ(store->write_set(EntityType::task, test::key(1), {{"title", "b"}})->id,
                      store->replica_id() + "-3");
        }
        EXPECT_FALSE(store->last_sync_ms());
        EXPECT_TRUE(integrity_ok(path));
    }
}

TEST(Migrations, RefusesANewerDatabaseWithoutTouchingIt) {
    test::TempDir dir;
    const auto path = dir.file("newer.db");
    ASSERT_TRUE(create_store_at_version(path, kStoreSchemaVersion, 5).ok());
    set_user_version(path, kStoreSchemaVersion + 1);
    const std::string before = read_file(path);
    ManualClock clock;
    auto store = Store::open(path, clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::version_too_new);
    EXPECT_NE(store.error().message.find("newer version of Muster"), std::string::npos) << store.error().message;
    EXPECT_NE(store.error().message.find("schema " + std::to_string(kStoreSchemaVersion + 1)), std::string::npos);
    EXPECT_EQ(read_file(path), before);
    EXPECT_TRUE(integrity_ok(path));
}

TEST(Migrations, RefusesAFileThatIsNotADatabase) {
    test::TempDir dir;
    const auto path = dir.file("junk.db");
    std::ofstream(path) << std::string(4096, 'x');
    ManualClock clock;
    auto store = Store::open(path, clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::storage);
    EXPECT_EQ(read_file(path), std::string(4096, 'x'));
}

}  // namespace
}  // namespace muster
