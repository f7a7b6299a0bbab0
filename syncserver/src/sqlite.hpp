#pragma once
/// A thin RAII layer over sqlite3 for the server store. Internal to
/// muster_server: it throws `SqliteError`, which `SqliteStore` turns into
/// `Result` errors at its public boundary.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace muster::server::sql {

class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
    [[nodiscard]] int code() const noexcept { return code_; }
    /// True for a UNIQUE / PRIMARY KEY violation.
    [[nodiscard]] bool is_constraint() const noexcept;
    /// True when another connection held the lock past the busy timeout
    /// (SQLITE_BUSY, SQLITE_LOCKED): nothing is wrong, the write may be retried.
    [[nodiscard]] bool is_busy() const noexcept;

private:
    int code_;
};

/// A prepared statement; reset automatically when the `Query` that uses it ends.
class Stmt {
public:
    Stmt(sqlite3* db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    sqlite3_stmt* raw() noexcept { return stmt_; }

private:
    sqlite3_stmt* stmt_ = nullptr;
};

/// One execution of a cached statement: bind by position (1-based), step, read columns.
class Query {
public:
    Query(sqlite3* db, Stmt& stmt);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, std::int64_t value);
    Query& bind(int index, std::string_view text);
    Query& bind_blob(int index, const void* data, std::size_t size);
    Query& bind_null(int index);
    Query& bind_optional(int index, const std::optional<std::string>& text);

    /// True while a row is available.
    bool step();
    /// Steps once and expects no row (INSERT/UPDATE/DDL).
    void run();

    std::int64_t int64(int column);
    std::string text(int column);
    bool is_null(int column);

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

/// An open database with a cache of prepared statements. Not thread-safe: the
/// owner serialises access.
class Database {
public:
    enum class Mode : std::uint8_t { read_write, create, read_only };
    /// Opens the file (`create` makes it if missing); throws SqliteError.
    Database(const std::string& path, Mode mode);
    /// Opens read-write (`create`: make the file if missing).
    Database(const std::string& path, bool create) : Database(path, create ? Mode::create : Mode::read_write) {}
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// A query on the statement for `sql`, prepared on first use and kept.
    Query query(std::string_view sql);
    /// Runs a statement once (prepared, not cached): schema and pragmas.
    void execute(std::string_view sql);
    sqlite3* raw() noexcept { return db_; }
    /// Rows changed by the last statement.
    [[nodiscard]] std::int64_t changes() const;

private:
    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Stmt>> cache_;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

/// SAVEPOINT ... RELEASE inside a transaction: `release` keeps the work; the
/// destructor otherwise rolls back to the savepoint (the transaction goes on).
class Savepoint {
public:
    explicit Savepoint(Database& db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace muster::server::sql
