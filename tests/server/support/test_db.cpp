#include "support/test_db.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "muster/server/directory.hpp"
#include "muster/server/store.hpp"

namespace muster::test {
namespace {

/// The cluster's admin URL ("" when not testing PostgreSQL).
const std::string& admin_url() {
    static const std::string url = [] {
        const char* folder = std::getenv("MUSTER_TEST_POSTGRES");
        if (folder == nullptr || *folder == '\0') return std::string{};
        std::ifstream file(std::string(folder) + "/url");
        std::string line;
        if (!std::getline(file, line) || line.empty()) {
            throw std::runtime_error(std::string("MUSTER_TEST_POSTGRES=") + folder +
                                     " holds no url file: start the cluster with scripts/pg-cluster.sh start");
        }
        return line;
    }();
    return url;
}

/// Runs `sql` on a data folder's SQLite file; the first column of the first row.
std::string sqlite_scalar(const std::string& dir, const char* sql, bool write) {
    sqlite3* db = nullptr;
    std::string out = "cannot open";
    const int flags = write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(server::database_path(dir).c_str(), &db, flags, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            const int rc = sqlite3_step(stmt);
            out = rc == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))
                                   : (rc == SQLITE_DONE ? "" : sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

server::DatabaseUrl database_of(const std::string& data_dir) {
    auto db = server::resolve_database(data_dir);
    if (!db) throw std::runtime_error(db.error().message);
    return *db;
}

}  // namespace

PgConnection pg_connect(const std::string& url) {
    PgConnection conn(PQconnectdb(url.c_str()), &PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        throw std::runtime_error("cannot reach PostgreSQL at " + url + ": " + PQerrorMessage(conn.get()));
    }
    PQsetNoticeProcessor(conn.get(), [](void*, const char*) {}, nullptr);
    return conn;
}

std::string pg_scalar(PGconn* conn, const std::string& sql) {
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn, sql.c_str()), &PQclear);
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        throw std::runtime_error(sql + ": " + PQresultErrorMessage(result.get()));
    }
    return status == PGRES_TUPLES_OK && PQntuples(result.get()) > 0 ? PQgetvalue(result.get(), 0, 0) : "";
}

std::string pg_create_database(const std::string& admin_url, const std::string& name) {
    auto conn = pg_connect(admin_url);
    pg_scalar(conn.get(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");  // sql-ok: a name the caller made
    pg_scalar(conn.get(), "CREATE DATABASE " + name);                           // sql-ok: a name the caller made
    return admin_url.substr(0, admin_url.rfind('/') + 1) + name;
}

std::unique_ptr<server::Directory> fresh_directory(const std::string& data_dir, const Clock& clock) {
    auto created = server::Directory::create(data_dir, clock, fresh_test_db());
    if (!created) throw std::runtime_error("cannot create " + data_dir + ": " + created.error().message);
    return std::move(*created);
}

std::string store_integrity(const std::string& data_dir) {
    const auto db = database_of(data_dir);
    if (db.kind == server::DatabaseUrl::Kind::sqlite) return sqlite_scalar(db.sqlite_dir, "PRAGMA integrity_check", false);
    try {
        auto conn = pg_connect(db.url);
        pg_scalar(conn.get(), "CREATE EXTENSION IF NOT EXISTS amcheck");
        // Throws (bt_index_check raises an error) on a damaged index.
        pg_scalar(conn.get(), "SELECT count(bt_index_check(c.oid)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                           " JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree'"
                           " AND c.relnamespace = 'public'::regnamespace");
        const auto beyond = pg_scalar(conn.get(),
                                   "SELECT (SELECT count(*) FROM entities WHERE changed_seq > s.seq)"
                                   " + (SELECT count(*) FROM departures WHERE seq > s.seq) FROM muster_seq s");
        if (beyond != "0") return beyond + " seq(s) beyond the change counter";
        const auto twice = pg_scalar(conn.get(), "SELECT count(*) FROM entities e JOIN departures d ON d.seq = e.changed_seq");
        if (twice != "0") return twice + " seq(s) handed out twice";
        return "ok";
    } catch (const std::exception& e) {
        return e.what();
    }
}

struct ForeignWriteLock::Held {
    sqlite3* sqlite = nullptr;
    PgConnection pg{nullptr, &PQfinish};
};

ForeignWriteLock::ForeignWriteLock(const std::string& data_dir) : held_(std::make_unique<Held>()) {
    const auto db = database_of(data_dir);
    if (db.kind == server::DatabaseUrl::Kind::sqlite) {
        if (sqlite3_open(server::database_path(db.sqlite_dir).c_str(), &held_->sqlite) != SQLITE_OK ||
            sqlite3_exec(held_->sqlite, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            const std::string message = sqlite3_errmsg(held_->sqlite);
            sqlite3_close(held_->sqlite);
            throw std::runtime_error("cannot take SQLite's write lock: " + message);
        }
        return;
    }
    held_->pg = pg_connect(db.url);
    pg_scalar(held_->pg.get(), "BEGIN");
    pg_scalar(held_->pg.get(), "SELECT seq FROM muster_seq WHERE id = 1 FOR UPDATE");
}

ForeignWriteLock::~ForeignWriteLock() { release(); }

void ForeignWriteLock::release() {
    if (held_->sqlite != nullptr) {
        sqlite3_exec(held_->sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(held_->sqlite);
        held_->sqlite = nullptr;
    }
    if (held_->pg) {
        pg_scalar(held_->pg.get(), "ROLLBACK");
        held_->pg.reset();
    }
}

void set_schema_version(const std::string& data_dir, int version) {
    const auto db = database_of(data_dir);
    const auto text = std::to_string(version);
    if (db.kind == server::DatabaseUrl::Kind::sqlite) {
        const auto pragma = "PRAGMA user_version = " + text;  // sql-ok: a number made here; PRAGMA takes no parameters
        if (const auto r = sqlite_scalar(db.sqlite_dir, pragma.c_str(), true); !r.empty()) throw std::runtime_error(r);
        return;
    }
    auto conn = pg_connect(db.url);
    pg_scalar(conn.get(), "UPDATE muster_meta SET value = '" + text + "' WHERE key = 'schema_version'");  // sql-ok: a number made here
}

bool testing_postgres() { return !admin_url().empty(); }

std::string fresh_test_db() {
    const auto& admin = admin_url();
    if (admin.empty()) return {};
    static std::atomic<int> counter{0};
    // A name of digits and letters made here: nothing from outside reaches the statements.
    return pg_create_database(admin, "t" + std::to_string(getpid()) + "_" + std::to_string(counter++));
}

}  // namespace muster::test
