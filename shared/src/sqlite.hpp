#pragma once
// Internal RAII wrappers over the SQLite C API (never exposed in public headers).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "muster/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace muster::sql {

/// A prepared statement. Bind indexes start at 1; columns at 0.
class Stmt {
public:
    Stmt() = default;
    Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    ~Stmt();
    Stmt(Stmt&& other) noexcept;
    Stmt& operator=(Stmt&& other) noexcept;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int index, std::int64_t value);
    Stmt& bind(int index, double value);
    /// Text, copied by SQLite.
    Stmt& bind(int index, std::string_view value);
    /// Text that stays alive and unchanged until the statement is reset (not copied).
    Stmt& bind_static(int index, std::string_view value);
    Stmt& bind_blob(int index, std::string_view bytes);
    Stmt& bind_null(int index);
    /// true: a row is ready; false: done. Errors become `storage` results.
    Result<bool> step();
    [[nodiscard]] bool prepared() const noexcept { return stmt_ != nullptr; }
    /// Steps to completion (for statements without rows) and resets.
    Status run();
    /// Makes the statement ready to run again. Bindings are kept: callers bind
    /// every parameter before each run.
    void reset();

    /// The storage class of a column in the current row.
    enum class Type : std::uint8_t { integer, real, text, blob, null };

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    /// Text or blob bytes, valid until the next step or reset.
    [[nodiscard]] std::string_view view(int column) const;
    [[nodiscard]] Type type(int column) const;
    [[nodiscard]] bool is_null(int column) const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

/// One connection. Not thread-safe: use one per thread.
class Db {
public:
    Db() = default;
    ~Db();
    Db(Db&& other) noexcept;
    Db& operator=(Db&& other) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    /// What a wrong key (or a file that is not an encrypted database) gives.
    static constexpr std::string_view kLockedMessage = "the device database could not be unlocked";

    /// Opens (creating if missing) a database file, or ":memory:". `key_hex`
    /// (64 lowercase hex digits, SQLCipher builds only) keys the connection and
    /// proves the key by reading the schema: a wrong one is `kLockedMessage`
    /// and the file is left untouched.
    static Result<Db> open(const std::string& path, std::string_view key_hex = {});
    /// True in the SQLCipher build (MUSTER_SQLCIPHER).
    [[nodiscard]] static bool encryption_available() noexcept;
    /// serialize/deserialize exist (not in the SQLCipher build: SQLite 3.15).
    [[nodiscard]] static bool serialize_available() noexcept { return !encryption_available(); }

    Status exec(const std::string& sql);
    Result<Stmt> prepare(std::string_view sql);
    /// A copy of the whole "main" database (an in-memory one included).
    Result<std::string> serialize();
    /// Replaces the "main" database by a copy of `image` (from `serialize`),
    /// held in memory.
    Status deserialize(const std::string& image);
    /// The single integer a query like `PRAGMA user_version` returns.
    Result<std::int64_t> query_int(std::string_view sql);
    [[nodiscard]] std::string last_error() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] std::int64_t changes() const;
    [[nodiscard]] sqlite3* handle() const noexcept { return db_; }

private:
    friend class Transaction;
    /// Runs one of the transaction statements, prepared once per connection.
    Status run_cached(Stmt& stmt, std::string_view sql);

    sqlite3* db_ = nullptr;
    Stmt begin_, commit_, rollback_;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Db& db) : db_(db) {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status begin();
    Status commit();

private:
    Db& db_;
    bool open_ = false;
};

}  // namespace muster::sql
