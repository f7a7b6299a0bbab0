#include "sqlite.hpp"

#include <sqlite3.h>

namespace muster::server::sql {
namespace {

[[noreturn]] void raise(sqlite3* db, int rc, std::string_view context) {
    std::string what(context);
    what += ": ";
    what += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw SqliteError(rc, what);
}

}  // namespace

bool SqliteError::is_constraint() const noexcept {
    return (code_ & 0xff) == SQLITE_CONSTRAINT;
}

bool SqliteError::is_busy() const noexcept {
    return (code_ & 0xff) == SQLITE_BUSY || (code_ & 0xff) == SQLITE_LOCKED;
}

Stmt::Stmt(sqlite3* db, std::string_view sql) {
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt_, nullptr);
    if (rc != SQLITE_OK) raise(db, rc, "prepare");
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Query::Query(sqlite3* db, Stmt& stmt) : db_(db), stmt_(stmt.raw()) {}

Query::~Query() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

Query& Query::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) raise(db_, rc, "bind");
    return *this;
}

Query& Query::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) raise(db_, rc, "bind");
    return *this;
}

Query& Query::bind_blob(int index, const void* data, std::size_t size) {
    if (const int rc = sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT); rc != SQLITE_OK) {
        raise(db_, rc, "bind");
    }
    return *this;
}

Query& Query::bind_null(int index) {
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) raise(db_, rc, "bind");
    return *this;
}

Query& Query::bind_optional(int index, const std::optional<std::string>& text) {
    return text ? bind(index, *text) : bind_null(index);
}

bool Query::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    raise(db_, rc, "step");
}

void Query::run() {
    while (step()) {
    }
}

std::int64_t Query::int64(int column) { return sqlite3_column_int64(stmt_, column); }

std::string Query::text(int column) {
    const auto* p = sqlite3_column_text(stmt_, column);
    if (!p) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Query::is_null(int column) { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Database::Database(const std::string& path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
        case Mode::read_write: flags |= SQLITE_OPEN_READWRITE; break;
        case Mode::create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
        case Mode::read_only: flags |= SQLITE_OPEN_READONLY; break;
    }
    if (const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr); rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError(rc, "cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    // Plans do not depend on bound values. Without this, a parameter compared
    // with a column a partial index filters on (`entity = ?`) makes SQLite
    // recompile the cached statement whenever that value changes: every
    // alternation of task/log lookups re-ran the parser.
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_QPSG, 1, nullptr);
}

Database::~Database() {
    cache_.clear();  // statements must be finalized before the connection closes
    sqlite3_close(db_);
}

Query Database::query(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it == cache_.end()) {
        it = cache_.emplace(std::string(sql), std::make_unique<Stmt>(db_, sql)).first;
    }
    return Query(db_, *it->second);
}

void Database::execute(std::string_view sql) {
    Stmt stmt(db_, sql);
    Query(db_, stmt).run();
}

std::int64_t Database::changes() const { return sqlite3_changes64(db_); }

Transaction::Transaction(Database& db) : db_(db) { db_.query("BEGIN IMMEDIATE").run(); }

Transaction::~Transaction() {
    if (!done_) {
        try {
            db_.query("ROLLBACK").run();
        } catch (const SqliteError&) {  // nothing more to do while unwinding
        }
    }
}

void Transaction::commit() {
    db_.query("COMMIT").run();
    done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.query("SAVEPOINT job").run(); }

Savepoint::~Savepoint() {
    if (done_) return;
    try {
        db_.query("ROLLBACK TO job").run();
        db_.query("RELEASE job").run();
    } catch (const SqliteError&) {  // the transaction itself is gone; its owner finds out
    }
}

void Savepoint::release() {
    db_.query("RELEASE job").run();
    done_ = true;
}

}  // namespace muster::server::sql
