#include "sqlite_file.hpp"

#include <sqlite3.h>

namespace muster::sim {

Result<SqliteFile> SqliteFile::open(const std::string& path, bool writable) {
    sqlite3* db = nullptr;
    const int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_URI;
    const std::string uri = "file:" + path + (writable ? "" : "?mode=ro");
    if (sqlite3_open_v2(uri.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return Error{ErrorCode::storage, path + ": " + message};
    }
    sqlite3_busy_timeout(db, 10'000);
    return SqliteFile(db);
}

SqliteFile::SqliteFile(SqliteFile&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }

SqliteFile::~SqliteFile() { sqlite3_close(db_); }

Status SqliteFile::query(const std::string& sql, const std::vector<std::string>& params,
                         const std::function<void(const Row&)>& row) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        return Error{ErrorCode::storage, std::string(sqlite3_errmsg(db_)) + " in: " + sql};
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        sqlite3_bind_text(stmt, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
    }
    int rc;
    Row values;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        values.clear();
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = sqlite3_column_text(stmt, c);
            values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
        }
        if (row) row(values);
    }
    const bool ok = rc == SQLITE_DONE;
    std::string message = ok ? "" : sqlite3_errmsg(db_);
    sqlite3_finalize(stmt);
    if (!ok) return Error{ErrorCode::storage, message + " in: " + sql};
    return {};
}

}  // namespace muster::sim
