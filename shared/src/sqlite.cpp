#include "sqlite.hpp"

#include <sqlite3.h>

#include <utility>

namespace muster::sql {

namespace {
Error storage_error(sqlite3* db, std::string_view what) {
    return Error{ErrorCode::storage, std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
}
}  // namespace

Stmt::~Stmt() {
    if (stmt_) sqlite3_finalize(stmt_);
}

Stmt::Stmt(Stmt&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Stmt& Stmt::operator=(Stmt&& other) noexcept {
    if (this != &other) {
        if (stmt_) sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Stmt& Stmt::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Stmt& Stmt::bind(int index, std::string_view value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind_null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Result<bool> Stmt::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error error = storage_error(db_, "query failed");
    sqlite3_reset(stmt_);
    return error;
}

Status Stmt::run() {
    auto r = step();
    reset();
    if (!r) return r.error();
    return {};
}

void Stmt::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Stmt::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Stmt::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

bool Stmt::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Db::~Db() {
    if (db_) sqlite3_close_v2(db_);
}

Db::Db(Db&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Db& Db::operator=(Db&& other) noexcept {
    if (this != &other) {
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

Result<Db> Db::open(const std::string& path) {
    Db db;
    const int rc = sqlite3_open_v2(path.c_str(), &db.db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) return storage_error(db.db_, "cannot open " + path);
    sqlite3_extended_result_codes(db.db_, 1);
    sqlite3_busy_timeout(db.db_, 5000);
    return db;
}

Status Db::exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{ErrorCode::storage, message ? message : "statement failed"};
        sqlite3_free(message);
        return error;
    }
    return {};
}

Result<Stmt> Db::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
        return storage_error(db_, "cannot prepare statement");
    }
    return Stmt(db_, stmt);
}

Result<std::int64_t> Db::query_int(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Error{ErrorCode::storage, "query returned no row"};
    return stmt->int64(0);
}

std::string Db::last_error() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

Transaction::~Transaction() {
    if (open_) (void)db_.exec("ROLLBACK");
}

Status Transaction::begin() {
    auto s = db_.exec("BEGIN IMMEDIATE");
    open_ = s.ok();
    return s;
}

Status Transaction::commit() {
    auto s = db_.exec("COMMIT");
    if (s.ok()) open_ = false;
    return s;
}

}  // namespace muster::sql
