#include "pg_file.hpp"

#include <libpq-fe.h>

#include <memory>

namespace muster::sim {

Result<PgFile> PgFile::open(const std::string& url) {
    pg_conn* conn = PQconnectdb(url.c_str());
    if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
        std::string message = conn ? PQerrorMessage(conn) : "out of memory";
        PQfinish(conn);
        return Error{ErrorCode::storage, "cannot connect to the server's PostgreSQL database: " + message};
    }
    return PgFile(conn);
}

PgFile::PgFile(PgFile&& other) noexcept : conn_(other.conn_) { other.conn_ = nullptr; }

PgFile::~PgFile() { PQfinish(conn_); }

Status PgFile::query(const std::string& sql, const std::vector<std::string>& params,
                     const std::function<void(const Row&)>& row) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p.c_str());
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
        &PQclear);
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        return Error{ErrorCode::storage, std::string(PQresultErrorMessage(result.get())) + " in: " + sql};
    }
    Row values_of_row;
    for (int r = 0; r < PQntuples(result.get()); ++r) {
        values_of_row.clear();
        for (int c = 0; c < PQnfields(result.get()); ++c) values_of_row.emplace_back(PQgetvalue(result.get(), r, c));
        if (row) row(values_of_row);
    }
    return {};
}

}  // namespace muster::sim
