#pragma once
/// A minimal SQLite handle for reading (and, for the checker self-tests,
/// tampering with) the server's and the members' database files from outside
/// the code that owns them.

#include <functional>
#include <string>
#include <vector>

#include "muster/result.hpp"

struct sqlite3;

namespace muster::sim {

class SqliteFile {
public:
    /// Opens `path`; read-only unless `writable`.
    static Result<SqliteFile> open(const std::string& path, bool writable);
    SqliteFile(SqliteFile&& other) noexcept;
    SqliteFile& operator=(SqliteFile&&) = delete;
    SqliteFile(const SqliteFile&) = delete;
    ~SqliteFile();

    using Row = std::vector<std::string>;  ///< every column as text ("" for NULL)
    /// Runs `sql` with text parameters, calling `row` for each result row.
    Status query(const std::string& sql, const std::vector<std::string>& params,
                 const std::function<void(const Row&)>& row = {});

private:
    explicit SqliteFile(sqlite3* db) : db_(db) {}
    sqlite3* db_ = nullptr;
};

}  // namespace muster::sim
