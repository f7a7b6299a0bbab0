#pragma once
/// Which database the server tests run on. The same tests run twice under
/// CTest: on SQLite (the default), and as `pg.*` with MUSTER_TEST_POSTGRES
/// naming the folder of a throwaway PostgreSQL cluster
/// (scripts/pg-cluster.sh), whose `url` file holds its admin URL.

#include <memory>
#include <string>

struct pg_conn;  // libpq's PGconn

namespace muster {
class Clock;
namespace server {
class Directory;
}
}  // namespace muster

namespace muster::test {

// ---- libpq, for the tests' and the bench's own statements on a cluster ----
/// A connection, closed when it goes.
using PgConnection = std::unique_ptr<pg_conn, void (*)(pg_conn*)>;
/// Connects to `url` (notices dropped); throws std::runtime_error naming the URL when it cannot.
[[nodiscard]] PgConnection pg_connect(const std::string& url);
/// Runs `sql`: the first column of the first row ("" if none); throws
/// std::runtime_error with the statement and PostgreSQL's message.
std::string pg_scalar(pg_conn* conn, const std::string& sql);
/// Creates the empty database `name` (letters, digits and '_' the caller
/// made: it is formatted into the statement) on the cluster at `admin_url`,
/// dropping one of that name first, and returns its URL.
[[nodiscard]] std::string pg_create_database(const std::string& admin_url, const std::string& name);

/// True when this run targets PostgreSQL.
[[nodiscard]] bool testing_postgres();
/// The `--db` value for a data folder a test creates: "" on SQLite, else a
/// new empty database in the test cluster. Throws when MUSTER_TEST_POSTGRES
/// is set but the cluster cannot be reached (never falls back to SQLite).
[[nodiscard]] std::string fresh_test_db();

/// A new data folder at `data_dir` (on `fresh_test_db()`), open on `clock`;
/// throws std::runtime_error with the reason when it cannot be created.
[[nodiscard]] std::unique_ptr<server::Directory> fresh_directory(const std::string& data_dir, const Clock& clock);

/// "ok" when the data folder's database is sound, else what is wrong. SQLite:
/// `PRAGMA integrity_check`. PostgreSQL: amcheck's `bt_index_check` on every
/// index, and the change counter covering every seq handed out, none twice.
[[nodiscard]] std::string store_integrity(const std::string& data_dir);
/// Holds the data folder's write lock from a connection of its own, as another
/// process (an admin command) would, until `release` or destruction: SQLite's
/// `BEGIN IMMEDIATE`; on PostgreSQL the change counter row, `FOR UPDATE`.
class ForeignWriteLock {
public:
    explicit ForeignWriteLock(const std::string& data_dir);
    ~ForeignWriteLock();
    ForeignWriteLock(const ForeignWriteLock&) = delete;
    ForeignWriteLock& operator=(const ForeignWriteLock&) = delete;
    /// Rolls the holding transaction back and closes its connection.
    void release();

private:
    struct Held;
    std::unique_ptr<Held> held_;
};

/// Overwrites the schema version a data folder's database records.
void set_schema_version(const std::string& data_dir, int version);

}  // namespace muster::test
