// muster-server migrate: a SQLite data folder, filled through a real server,
// moved into PostgreSQL and served from there with every cursor, token and
// blob still good.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>

#include "muster/server/admin.hpp"
#include "muster/server/blobs.hpp"
#include "muster/server/store.hpp"
#include "support/cli_checks.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/sync_client.hpp"
#include "support/test_db.hpp"

namespace muster::test {
namespace {

namespace fs = std::filesystem;

/// Runs `sql` on a folder's own SQLite file (to plant what the API never writes).
void sqlite_exec(const std::string& dir, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(server::database_path(dir).c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
}

/// What a store holds, read through the ServerStore interface (any backend).
struct Snapshot {
    std::string replica_id;
    Hlc hlc;
    std::size_t tasks = 0, logs = 0, units = 0, injects = 0, credentials = 0;
};

Snapshot snapshot(const std::string& data_dir) {
    Snapshot s;
    auto store = server::open_store(data_dir);
    EXPECT_TRUE(store.ok()) << store.error().message;
    if (!store) return s;
    s.replica_id = (*store)->replica_id();
    s.hlc = *(*store)->last_hlc();
    s.credentials = (*store)->list_credentials()->size();
    EXPECT_TRUE((*store)->read([&](server::StoreReader& r) {
        s.tasks = r.list("task").size();
        s.logs = r.list("log").size();
        s.units = r.list("unit").size();
        s.injects = r.injects().size();
    }).ok());
    return s;
}

class Migrate : public ::testing::Test {
protected:
    void SetUp() override {
        if (!testing_postgres()) GTEST_SKIP() << "needs the test cluster; runs as pg.Migrate.*";
        // "": the folder's own SQLite file, even in a run against PostgreSQL.
        auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests(), "");
        ASSERT_TRUE(demo.ok()) << demo.error().message;
        ASSERT_FALSE(fs::exists(server::database_url_path(data())));
        auto units = server::admin::list_units(data());
        ASSERT_TRUE(units.ok());
        for (const auto& u : *units) units_[u.unit.code] = u.unit.key;
    }
    std::string data() const { return dir_.sub("data"); }
    std::string from() const { return "sqlite:" + data(); }
    ProcessResult migrate(const std::string& to) { return run_cli({"migrate", "--from", from(), "--to", to}); }

    /// POST /v1/sync; expects 200.
    json sync(std::uint16_t port, SyncClient& c, const std::vector<json>& ops, const std::string& cursor = "") {
        const json body = {{"replica_id", c.replica}, {"ops", ops}, {"cursor", cursor}, {"limit", 5000}};
        const auto r = http(port, "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + c.token}});
        EXPECT_EQ(r.status, 200) << r.body;
        for (const auto& ack : r.json().value("acks", json::array())) EXPECT_EQ(ack["status"], "applied") << r.body;
        return r.json();
    }
    /// Pulls from `cursor` to the end; every change, and `cursor` moved on.
    json pull_all(std::uint16_t port, SyncClient& c, std::string& cursor) {
        json all = json::array();
        for (int round = 0; round < 100; ++round) {
            const auto answer = sync(port, c, {}, cursor);
            if (!answer.contains("changes")) break;
            for (const auto& change : answer["changes"]) all.push_back(change);
            cursor = answer["cursor"];
            if (!answer["has_more"].get<bool>()) break;
        }
        return all;
    }

    TempDir dir_;
    std::map<std::string, std::string> units_;
};

TEST_F(Migrate, MovesEveryRowAndTheServerCarriesOnWithTheSameCursorsTokensAndBlobs) {
    const std::string photo = "a photo of the levee";
    const auto photo_hash = server::BlobStore::hash_of(photo);
    const auto kept = uuid(), moved = uuid(), note = uuid(), later = uuid();
    SyncClient coord, alice;
    std::string alice_cursor;
    {
        ServerProcess server(data());
        ASSERT_NE(server.port(), 0) << server.log();
        const auto port = server.port();
        coord = log_in(port, "coord").client;
        alice = log_in(port, "alice").client;
        ASSERT_FALSE(coord.token.empty());
        ASSERT_FALSE(alice.token.empty());
        EXPECT_EQ(log_in(port, "bob", "not his password").response.status, 401) << "a login failure to carry over";
        sync(port, coord, {coord.set("task", kept, {{"title", "Sandbags"}, {"unit", units_["north"]}, {"status", "open"}}),
                           coord.set("task", moved, {{"title", "Pumps"}, {"unit", units_["north"]}, {"status", "open"}})});
        ASSERT_EQ(http(port, "PUT", "/v1/blobs/" + photo_hash, photo, {{"Authorization", "Bearer " + alice.token}}).status,
                  201);
        auto log = alice.log(note, kept, "action", "photo attached");
        log["fields"]["attachments"] = json::array({photo_hash});
        sync(port, alice, {log});
        const auto seen = change_ids(pull_all(port, alice, alice_cursor));
        ASSERT_EQ(seen.count("task/" + kept), 1u);
        ASSERT_EQ(seen.count("task/" + moved), 1u);
        sync(port, coord, {coord.set("task", moved, {{"unit", units_["south"]}})});  // a departure from north
        EXPECT_EQ(change_ids(pull_all(port, alice, alice_cursor)), std::set<std::string>{"gone:task/" + moved});
        EXPECT_EQ(server.stop(), 0);
    }
    const auto before = snapshot(data());
    const auto members_before = run_cli({"member", "list", "--data", data()});
    ASSERT_EQ(members_before.exit_code, 0) << members_before.err;
    const auto sqlite_bytes = read_file(server::database_path(data()));

    const auto url = fresh_test_db();
    const auto done = migrate(url);
    ASSERT_EQ(done.exit_code, 0) << done.err << done.out;
    for (const char* table : {"meta", "entities", "departures", "ops", "credentials", "tokens", "login_failures",
                              "attachments", "inject_releases", "device_wipes", "deliveries", "blob_uploads"}) {
        EXPECT_NE(done.out.find(std::string("\n") + table + " "), std::string::npos) << table << " in:\n" << done.out;
    }
    EXPECT_NE(done.out.find("now uses " + url), std::string::npos) << done.out;
    EXPECT_NE(done.out.find("kept unchanged as the fallback"), std::string::npos) << done.out;

    // The folder names the new database; the SQLite file is as it was.
    auto db = server::resolve_database(data());
    ASSERT_TRUE(db.ok()) << db.error().message;
    EXPECT_EQ(db->kind, server::DatabaseUrl::Kind::postgresql);
    EXPECT_EQ(db->url, url);
    EXPECT_EQ(read_file(server::database_path(data())), sqlite_bytes) << "the fallback is untouched";
    EXPECT_EQ(store_integrity(data()), "ok");
    const auto after = snapshot(data());
    EXPECT_EQ(after.replica_id, before.replica_id);
    EXPECT_EQ(after.hlc, before.hlc);
    EXPECT_EQ(after.tasks, before.tasks);
    EXPECT_EQ(after.logs, before.logs);
    EXPECT_EQ(after.units, before.units);
    EXPECT_EQ(after.injects, before.injects) << "the inject columns PostgreSQL derives were filled";
    EXPECT_EQ(after.credentials, before.credentials);
    EXPECT_EQ(run_cli({"member", "list", "--data", data()}).out, members_before.out);
    EXPECT_EQ(run_cli({"unit", "add", "--data", data(), "--code", "north", "--name", "Again"}).exit_code, 2)
        << "unit codes are still unique (PostgreSQL's code column)";

    ServerProcess server(data());
    ASSERT_NE(server.port(), 0) << server.log();
    const auto port = server.port();
    // Alice's token and cursor from before: nothing she already had comes again...
    EXPECT_TRUE(pull_all(port, alice, alice_cursor).empty()) << "seqs are kept: her cursor is still exact";
    // ...and what is new after the move comes once.
    sync(port, coord, {coord.set("task", later, {{"title", "Generator"}, {"unit", units_["north"]}, {"status", "open"}})});
    EXPECT_EQ(change_ids(pull_all(port, alice, alice_cursor)), std::set<std::string>{"task/" + later});
    const auto got = http(port, "GET", "/v1/blobs/" + photo_hash, "", {{"Authorization", "Bearer " + alice.token}});
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.body, photo);
    // Bob's unit got the moved task; a fresh pull of his sees it whole.
    auto bob = log_in(port, "bob").client;
    std::string bob_cursor;
    EXPECT_EQ(change_ids(pull_all(port, bob, bob_cursor)).count("task/" + moved), 1u);
    EXPECT_EQ(server.stop(), 0);
    EXPECT_EQ(store_integrity(data()), "ok");
}

// A restored SQLite database knows the seqs its restore left behind
// (`stale_cursor`); moved into PostgreSQL, it still does.
TEST_F(Migrate, ARestoredDatabaseKeepsTheCursorsItsRestoreLeftBehind) {
    SyncClient coord;
    std::string ahead;
    const auto backup = dir_.sub("backup.db");
    {
        ServerProcess server(data());
        ASSERT_NE(server.port(), 0) << server.log();
        coord = log_in(server.port(), "coord").client;
        ASSERT_EQ(run_cli({"backup", "--data", data(), "--to", backup}).exit_code, 0);
        sync(server.port(), coord, {coord.set("task", uuid(), {{"title", "Lost"}, {"unit", units_["north"]}})});
        pull_all(server.port(), coord, ahead);
        EXPECT_EQ(server.stop(), 0);
    }
    const auto restored = run_cli({"restore", "--data", data(), "--from", backup, "--force"});
    ASSERT_EQ(restored.exit_code, 0) << restored.err;
    const auto done = migrate(fresh_test_db());
    ASSERT_EQ(done.exit_code, 0) << done.err << done.out;

    ServerProcess server(data());
    ASSERT_NE(server.port(), 0) << server.log();
    const json body = {{"replica_id", coord.replica}, {"ops", json::array()}, {"cursor", ahead}, {"limit", 5000}};
    const auto r = http(server.port(), "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + coord.token}});
    EXPECT_EQ(r.status, 409) << r.body;
    EXPECT_EQ(r.error_code(), "stale_cursor");
    std::string cursor;
    pull_all(server.port(), coord, cursor);
    EXPECT_GT(std::stoll(cursor), std::stoll(ahead)) << "the counter went on past the restore's gap";
}

TEST_F(Migrate, RefusesADatabaseThatAlreadyHoldsMustersSchemaAndChangesNothing) {
    const auto url = fresh_test_db();
    std::string replica;
    {
        auto existing = server::create_pg_store(url);
        ASSERT_TRUE(existing.ok()) << existing.error().message;
        replica = (*existing)->replica_id();
    }
    const auto r = migrate(url);
    expect_names(r, "--to");
    EXPECT_NE(r.err.find("already holds a Muster schema"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(server::database_url_path(data())));
    auto still = server::open_pg_store(url);
    ASSERT_TRUE(still.ok()) << still.error().message;
    EXPECT_EQ((*still)->replica_id(), replica);
}

// A server still writing the SQLite file after the copy would lose those
// writes when the folder switches: refused while one serves the folder.
TEST_F(Migrate, RefusesAFolderAServerIsServingAndChangesNothing) {
    ServerProcess serving(data());
    ASSERT_NE(serving.port(), 0) << serving.log();
    const auto url = fresh_test_db();
    const auto r = migrate(url);
    expect_names(r, "--from");
    EXPECT_NE(r.err.find("stop it first"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(server::database_url_path(data())));
    auto untouched = server::create_pg_store(url);
    EXPECT_TRUE(untouched.ok()) << "no schema was made: " << untouched.error().message;
    EXPECT_EQ(http(serving.port(), "GET", "/v1/health").status, 200);
}

TEST_F(Migrate, RefusesAFolderThatDoesNotUseItsOwnSqliteFile) {
    const auto shared = dir_.sub("shared");
    ASSERT_EQ(run_cli({"init", "--data", shared, "--db", fresh_test_db()}).exit_code, 0);
    const auto r = run_cli({"migrate", "--from", "sqlite:" + shared, "--to", fresh_test_db()});
    expect_names(r, "--from");
    EXPECT_NE(r.err.find("database.url"), std::string::npos) << r.err;

    const auto empty = dir_.sub("empty");
    fs::create_directories(empty);
    expect_names(run_cli({"migrate", "--from", "sqlite:" + empty, "--to", fresh_test_db()}), "--from");
}

TEST_F(Migrate, AValuePostgresCannotHoldStopsTheCopyByNameAndNothingIsKept) {
    // PostgreSQL's text cannot hold a NUL (and libpq would cut a parameter
    // there): the copy stops on that row, naming it, rather than store a cut
    // value (the hashes compared before COMMIT would catch one that slipped by).
    sqlite_exec(data(), "INSERT INTO login_failures(login, at_ms) VALUES (CAST(x'61006200' AS TEXT), 1)");
    const auto url = fresh_test_db();
    const auto r = migrate(url);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("login_failures row 1"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("NUL"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("rolled back"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(server::database_url_path(data())));
    auto none = server::open_pg_store(url);
    ASSERT_FALSE(none.ok()) << "the schema made for the copy was dropped again";
    EXPECT_NE(none.error().message.find("holds no Muster schema"), std::string::npos) << none.error().message;

    // Rolled back and cleaned up: the same database takes the copy once the row is fixed.
    sqlite_exec(data(), "DELETE FROM login_failures WHERE at_ms = 1");
    const auto again = migrate(url);
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(server::resolve_database(data())->url, url);
}

// Argument checks need no database: they run in both passes.
TEST(MigrateCli, NamesTheOptionAtFault) {
    TempDir dir;
    expect_names(run_cli({"migrate", "--from", dir.path(), "--to", "postgresql://u@localhost/x"}), "--from");
    expect_names(run_cli({"migrate", "--from", "postgresql://u:secret@localhost/x", "--to", "postgresql://u@localhost/x"}),
                 "--from");
    expect_names(run_cli({"migrate", "--from", "sqlite:" + dir.sub("missing"), "--to", "postgresql://u@localhost/x"}),
                 "--from");
    expect_names(run_cli({"migrate", "--from", "sqlite:" + dir.path(), "--to", "sqlite:" + dir.path()}), "--to");
    expect_names(run_cli({"migrate", "--from", "sqlite:" + dir.path()}), "--to");
    expect_names(run_cli({"migrate", "--to", "postgresql://u@localhost/x"}), "--from");
    const auto secret = run_cli({"migrate", "--from", "postgresql://u:secret@localhost/x", "--to", "x"});
    EXPECT_EQ(secret.err.find("secret"), std::string::npos) << "passwords are redacted: " << secret.err;
    // A database that cannot be reached: one line (libpq's message has several), password redacted.
    ASSERT_TRUE(server::admin::seed_demo(dir.sub("data"), server::HashCost::insecure_for_tests(), "").ok());
    const auto unreachable =
        run_cli({"migrate", "--from", "sqlite:" + dir.sub("data"), "--to", "postgresql://u:secret@127.0.0.1:1/x"});
    expect_names(unreachable, "--to");
    EXPECT_EQ(unreachable.err.find("secret"), std::string::npos) << unreachable.err;
    EXPECT_FALSE(fs::exists(server::database_url_path(dir.sub("data"))));
    const auto help = run_cli({"migrate", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("Refused while a server serves the folder"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace muster::test
