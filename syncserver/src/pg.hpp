#pragma once
/// A thin RAII layer over libpq for the PostgreSQL server store, shaped like
/// `sql::Database` (sqlite.hpp). Internal to muster_server: it throws
/// `PgError`, which `PgStore` turns into `Result` errors at its boundary.
///
/// Every statement is prepared once per connection (named, cached by its
/// text) and executed with its values as parameters: no value is ever
/// spliced into SQL.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace muster::server::pg {

class PgError : public std::runtime_error {
public:
    PgError(std::string sqlstate, const std::string& what)
        : std::runtime_error(what), sqlstate_(std::move(sqlstate)) {}
    /// The five-character SQLSTATE ("" when the connection itself failed).
    [[nodiscard]] const std::string& sqlstate() const noexcept { return sqlstate_; }
    /// A UNIQUE / PRIMARY KEY violation (23505).
    [[nodiscard]] bool is_constraint() const noexcept { return sqlstate_ == "23505"; }

private:
    std::string sqlstate_;
};

class Connection;

/// One execution of a statement: bind by position (1-based, `$1`), then
/// `step` through the rows or `run` it. Executes on the first step/run.
class Query {
public:
    Query(Connection& connection, std::string_view sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, std::int64_t value);
    Query& bind(int index, std::string_view text);
    Query& bind_bytes(int index, std::string_view bytes);
    Query& bind_null(int index);
    Query& bind_optional(int index, const std::optional<std::string>& text);

    /// True while a row is available.
    bool step();
    /// Executes and discards any rows (INSERT/UPDATE/DDL).
    void run();
    /// Rows an INSERT/UPDATE/DELETE changed (after `run`).
    [[nodiscard]] std::int64_t changes() const;

    std::int64_t int64(int column) const;
    std::string text(int column) const;
    bool is_null(int column) const;

private:
    struct Param {
        std::optional<std::string> value;
        bool binary = false;
    };
    void execute();
    Param& slot(int index);

    Connection& connection_;
    std::string sql_;
    std::vector<Param> params_;
    pg_result* result_ = nullptr;
    int row_ = -1;
    int rows_ = 0;
};

/// An open connection with a cache of prepared statements. Not thread-safe:
/// the owner serialises access.
class Connection {
public:
    /// Connects to `url` (a libpq connection URI); throws PgError.
    explicit Connection(const std::string& url);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Query query(std::string_view sql) { return Query(*this, sql); }
    /// Runs one or more statements without parameters (schema, BEGIN/COMMIT).
    void execute(std::string_view sql);
    /// False once the server closed the connection (it cannot be used again).
    [[nodiscard]] bool ok() const noexcept;
    pg_conn* raw() noexcept { return conn_; }
    /// The server-side name of the prepared statement for `sql` (prepared now if new).
    const std::string& prepared(const std::string& sql, int params);

private:
    pg_conn* conn_ = nullptr;
    std::unordered_map<std::string, std::string> prepared_;
};

/// BEGIN ... COMMIT, rolled back if not committed.
class Transaction {
public:
    /// `begin` is the statement that opens it ("BEGIN", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").
    explicit Transaction(Connection& connection, const char* begin = "BEGIN");
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

/// SAVEPOINT ... RELEASE inside a transaction; rolled back to if not released.
class Savepoint {
public:
    explicit Savepoint(Connection& connection);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();

private:
    Connection& connection_;
    bool done_ = false;
};

/// A libpq connection URI with its password (if any) replaced by `***`, for messages and logs.
[[nodiscard]] std::string redact(const std::string& url);

}  // namespace muster::server::pg
