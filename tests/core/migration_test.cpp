#include <fstream>
#include <iterator>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "muster/codec.hpp"
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

/// Every table's columns (name, type, not null, default, primary key) and
/// whether it has rowids, as text.
std::string schema_of(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    std::string out;
    sqlite3_stmt* tables = nullptr;
    sqlite3_prepare_v2(db, "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' ORDER BY name",
                       -1, &tables, nullptr);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(tables, 0));
        out += name + (sqlite3_column_int(tables, 1) ? " without rowid\n" : "\n");
        sqlite3_stmt* columns = nullptr;
        sqlite3_prepare_v2(db, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", -1, &columns,
                           nullptr);
        sqlite3_bind_text(columns, 1, name.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(columns) == SQLITE_ROW) {
            for (int i = 0; i < 5; ++i) {
                const auto* text = sqlite3_column_text(columns, i);
                out += std::string(" ") + (text ? reinterpret_cast<const char*>(text) : "NULL");
            }
            out += "\n";
        }
        sqlite3_finalize(columns);
    }
    sqlite3_finalize(tables);
    sqlite3_close(db);
    return out;
}

TEST(Migrations, ANewDatabaseGetsTheSchemaEveryMigrationLeadsTo) {
    test::TempDir dir;
    ASSERT_TRUE(create_store_at_version(dir.file("fresh.db"), kStoreSchemaVersion, 5).ok());
    ManualClock clock;
    ASSERT_TRUE(Store::open(dir.file("opened.db"), clock, StoreOptions{5, false}).ok());
    for (int version = 1; version < kStoreSchemaVersion; ++version) {
        const auto path = dir.file("v" + std::to_string(version) + ".db");
        ASSERT_TRUE(create_store_at_version(path, version, 5).ok());
        ASSERT_TRUE(Store::open(path, clock, StoreOptions{5, false}).ok());
        EXPECT_EQ(schema_of(path), schema_of(dir.file("fresh.db"))) << "from version " << version;
    }
    EXPECT_EQ(schema_of(dir.file("opened.db")), schema_of(dir.file("fresh.db")));
    EXPECT_NE(schema_of(dir.file("fresh.db")).find("fields without rowid"), std::string::npos);
}

TEST(Migrations, Version2PendingOpsAndConfirmedStateSurviveTheMoveToFieldRows) {
    test::TempDir dir;
    const auto path = dir.file("v2.db");
    ASSERT_TRUE(create_store_at_version(path, 2, 5).ok());
    const std::string replica = make_replica_id(5);
    const Hlc server{1000, 0, "00000000000000bb"};
    const Hlc mine{2000, 1, replica};
    const Op op{replica + "-7", mine, OpKind::set, EntityType::task, test::key(1), {{"title", "mine"}},
                std::map<std::string, Hlc>{{"title", server}}};
    const Op removal{replica + "-8", Hlc{2001, 0, replica}, OpKind::del, EntityType::task, test::key(2), nlohmann::json::object(),
                     std::nullopt};
    {
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_stmt* stmt = nullptr;
        ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET next_op = 9", nullptr, nullptr, nullptr), SQLITE_OK);
        // As a version-2 build stored them: whole entities as JSON, ops as JSON.
        ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO entities VALUES ('task', ?, ?, ?, ?)", -1, &stmt, nullptr), SQLITE_OK);
        const std::string visible = R"({"title":{"v":"mine","hlc":{"ms":2000,"c":1,"r":")" + replica +
                                    R"("}},"priority":{"v":"high","hlc":{"ms":1000,"c":0,"r":"00000000000000bb"},"a":"someone"}})";
        const std::string confirmed = R"({"title":{"v":"server","hlc":{"ms":1000,"c":0,"r":"00000000000000bb"}},)"
                                      R"("priority":{"v":"high","hlc":{"ms":1000,"c":0,"r":"00000000000000bb"},"a":"someone"}})";
        sqlite3_bind_text(stmt, 1, test::key(1).c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, visible.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, confirmed.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(stmt, 4, 0);
        ASSERT_EQ(sqlite3_step(stmt), SQLITE_DONE);
        sqlite3_finalize(stmt);
        ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO outbox VALUES (?, ?, 'task', ?, ?, 555)", -1, &stmt, nullptr), SQLITE_OK);
        for (const Op* o : {&op, &removal}) {
            const std::string text = encode_op(*o).dump();
            sqlite3_bind_int64(stmt, 1, static_cast<sqlite3_int64>(parse_op_id(o->id)->n));
            sqlite3_bind_text(stmt, 2, o->id.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(stmt, 3, o->key.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(stmt, 4, text.c_str(), -1, SQLITE_TRANSIENT);
            ASSERT_EQ(sqlite3_step(stmt), SQLITE_DONE);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    ManualClock clock;
    auto store = Store::open(path, clock, StoreOptions{9, false});
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(*store->outbox_batch(10), (std::vector<Op>{op, removal}));
    EXPECT_EQ(store->oldest_pending_ms().value_or(std::nullopt), 555);
    auto task = *store->get(EntityType::task, test::key(1));
    ASSERT_TRUE(task.has_value());
    EXPECT_EQ(task->fields.at("title").v, "mine");
    EXPECT_EQ(task->fields.at("priority").author, "someone");
    // Refusing the pending op brings back the confirmed value, which was migrated apart from the visible one.
    ASSERT_TRUE(store->apply_sync_result(SyncResponse{{{op.id, AckStatus::rejected, Error{ErrorCode::forbidden, "no"}}},
                                                      {}, "1", false, 3000},
                                         3000)
                    .ok());
    EXPECT_EQ((*store->get(EntityType::task, test::key(1)))->fields.at("title").v, "server");
    EXPECT_EQ(store->write_set(EntityType::task, test::key(3), {{"title", "next"}})->id, replica + "-9");
    EXPECT_TRUE(integrity_ok(path));
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
