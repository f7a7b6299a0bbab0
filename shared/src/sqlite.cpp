#include "sqlite.hpp"

// The app's build (muster_core_cipher) links SQLCipher 3.4 (based on SQLite
// 3.15.2) instead of SQLite: everything here must work on both, and what does
// not exist on 3.15 is guarded by MUSTER_SQLCIPHER.
#ifdef MUSTER_SQLCIPHER
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <algorithm>
#include <cstring>
#include <utility>

namespace muster::sql {

namespace {
/// SQLITE_FULL (a full disk, as on a phone whose storage ran out) has a code of
/// its own: the app says what to do about it, and nothing was written.
ErrorCode code_of(sqlite3* db) {
    return db && (sqlite3_errcode(db) & 0xff) == SQLITE_FULL ? ErrorCode::storage_full : ErrorCode::storage;
}

Error storage_error(sqlite3* db, std::string_view what) {
    return Error{code_of(db), std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
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

Stmt& Stmt::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Stmt& Stmt::bind_static(int index, std::string_view value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    return *this;
}

Stmt& Stmt::bind_blob(int index, std::string_view bytes) {
    sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
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

void Stmt::reset() { sqlite3_reset(stmt_); }

std::int64_t Stmt::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Stmt::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

double Stmt::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::string_view Stmt::view(int column) const {
    const void* p = sqlite3_column_type(stmt_, column) == SQLITE_BLOB ? sqlite3_column_blob(stmt_, column)
                                                                      : sqlite3_column_text(stmt_, column);
    if (p == nullptr) return {};
    return {static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

Stmt::Type Stmt::type(int column) const {
    switch (sqlite3_column_type(stmt_, column)) {
        case SQLITE_INTEGER: return Type::integer;
        case SQLITE_FLOAT: return Type::real;
        case SQLITE_TEXT: return Type::text;
        case SQLITE_BLOB: return Type::blob;
        default: return Type::null;
    }
}

bool Stmt::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Db::~Db() {
    begin_ = Stmt();
    commit_ = Stmt();
    rollback_ = Stmt();
    if (db_) sqlite3_close_v2(db_);
}

Db::Db(Db&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), begin_(std::move(other.begin_)), commit_(std::move(other.commit_)),
      rollback_(std::move(other.rollback_)) {}

Db& Db::operator=(Db&& other) noexcept {
    if (this != &other) {
        begin_ = std::move(other.begin_);
        commit_ = std::move(other.commit_);
        rollback_ = std::move(other.rollback_);
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

Status Db::run_cached(Stmt& stmt, std::string_view sql) {
    if (!stmt.prepared()) {
        auto prepared = prepare(sql);
        if (!prepared) return prepared.error();
        stmt = std::move(*prepared);
    }
    return stmt.run();
}

bool Db::encryption_available() noexcept {
#ifdef MUSTER_SQLCIPHER
    return true;
#else
    return false;
#endif
}

Result<Db> Db::open(const std::string& path, std::string_view key_hex) {
    if (!key_hex.empty()) {
        const bool hex = key_hex.size() == 64 && std::all_of(key_hex.begin(), key_hex.end(), [](char c) {
                             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                         });
        if (!hex) return Error{ErrorCode::storage, "the database key is not 64 lowercase hex digits"};
        if (!encryption_available()) {
            return Error{ErrorCode::storage, "this build cannot open encrypted databases (no SQLCipher)"};
        }
    }
    Db db;
    const int rc = sqlite3_open_v2(path.c_str(), &db.db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) return storage_error(db.db_, "cannot open " + path);
    sqlite3_extended_result_codes(db.db_, 1);
    sqlite3_busy_timeout(db.db_, 5000);
    if (!key_hex.empty()) {
        // A raw 256-bit key ("x'…'"): SQLCipher skips its PBKDF2, so an open
        // costs no key derivation. Must be the first statement on the
        // connection. The key is checked hex above, so formatting it in is safe.
        std::string pragma = "PRAGMA key = \"x'";
        pragma.append(key_hex);  // sql-ok: PRAGMA key takes no parameter; hex checked above
        pragma += "'\"";  // sql-ok: the closing quotes
        const bool keyed = db.exec(pragma).ok();
        std::fill(pragma.begin(), pragma.end(), '\0');
        // The key is only tried when a page is read: a wrong key (or a file
        // that is not encrypted) fails here, before anything could be written.
        if (!keyed || !db.query_int("SELECT count(*) FROM sqlite_master")) {
            return Error{ErrorCode::storage, std::string(kLockedMessage)};
        }
    }
    return db;
}

Status Db::exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{code_of(db_), message ? message : "statement failed"};
        sqlite3_free(message);
        return error;
    }
    return {};
}

Result<Stmt> Db::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
#ifdef MUSTER_SQLCIPHER
    // SQLite 3.15 has no prepare_v3 (3.20); PERSISTENT is only a memory hint.
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
#else
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
#endif
    if (rc != SQLITE_OK) return storage_error(db_, "cannot prepare statement");
    return Stmt(db_, stmt);
}

#ifdef MUSTER_SQLCIPHER
// SQLite 3.15 has no serialize/deserialize (3.23); callers check
// `serialize_available()` and take a slower path.
Result<std::string> Db::serialize() { return Error{ErrorCode::storage, "serialize needs SQLite 3.23"}; }
Status Db::deserialize(const std::string&) { return Error{ErrorCode::storage, "deserialize needs SQLite 3.23"}; }
#else
Result<std::string> Db::serialize() {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db_, "main", &size, 0);
    if (bytes == nullptr) return storage_error(db_, "cannot serialize the database");
    std::string image(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    sqlite3_free(bytes);
    return image;
}

Status Db::deserialize(const std::string& image) {
    const auto size = static_cast<sqlite3_int64>(image.size());
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size)));
    if (copy == nullptr) return storage_error(nullptr, "cannot load the database");
    std::memcpy(copy, image.data(), image.size());
    // SQLite owns `copy` from here on, even when this fails.
    if (sqlite3_deserialize(db_, "main", copy, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
        return storage_error(db_, "cannot load the database");
    }
    return {};
}
#endif

Result<std::int64_t> Db::query_int(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Error{ErrorCode::storage, "query returned no row"};
    return stmt->int64(0);
}

std::int64_t Db::changes() const { return db_ ? sqlite3_changes(db_) : 0; }

std::string Db::last_error() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

Transaction::~Transaction() {
    if (open_) (void)db_.run_cached(db_.rollback_, "ROLLBACK");
}

Status Transaction::begin() {
    auto s = db_.run_cached(db_.begin_, "BEGIN IMMEDIATE");
    open_ = s.ok();
    return s;
}

Status Transaction::commit() {
    auto s = db_.run_cached(db_.commit_, "COMMIT");
    if (s.ok()) open_ = false;
    return s;
}

}  // namespace muster::sql
