#pragma once
/// A minimal read-only PostgreSQL handle, shaped like SqliteFile: the checker
/// reads the server's database through it when the simulation runs on
/// PostgreSQL (`muster-sim --db`).

#include <functional>
#include <string>
#include <vector>

#include "muster/result.hpp"

struct pg_conn;

namespace muster::sim {

class PgFile {
public:
    /// Connects to `url` (a libpq URI).
    static Result<PgFile> open(const std::string& url);
    PgFile(PgFile&& other) noexcept;
    PgFile& operator=(PgFile&&) = delete;
    PgFile(const PgFile&) = delete;
    ~PgFile();

    using Row = std::vector<std::string>;  ///< every column as text ("" for NULL)
    /// Runs `sql` (`$1`… parameters, as text), calling `row` for each result row.
    Status query(const std::string& sql, const std::vector<std::string>& params,
                 const std::function<void(const Row&)>& row = {});

private:
    explicit PgFile(pg_conn* conn) : conn_(conn) {}
    pg_conn* conn_ = nullptr;
};

}  // namespace muster::sim
