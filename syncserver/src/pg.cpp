#include "pg.hpp"

#include <libpq-fe.h>

#include <cstdlib>

namespace muster::server::pg {
namespace {

std::string message_of(pg_conn* conn) {
    std::string text = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

/// Throws PgError unless `result` is a success; frees it on failure.
void check(pg_conn* conn, pg_result* result) {
    const auto status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    std::string sqlstate;
    std::string text;
    if (result != nullptr) {
        if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE)) sqlstate = state;
        if (const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) text = primary;
        PQclear(result);
    }
    if (text.empty()) text = message_of(conn);
    throw PgError(sqlstate, text);
}

}  // namespace

Connection::Connection(const std::string& url) {
    // Defaults first: anything the URL says overrides them (expand_dbname).
    const char* keywords[] = {"connect_timeout", "application_name", "keepalives_idle", "tcp_user_timeout",
                              "options", "dbname", nullptr};
    // A statement, or a transaction left idle by a stuck instance, cannot hold
    // the change counter's lock (and so every other instance's writes) forever.
    const char* values[] = {"10", "muster-server", "30", "30000",
                            "-c statement_timeout=120000 -c idle_in_transaction_session_timeout=60000",
                            url.c_str(), nullptr};
    conn_ = PQconnectdbParams(keywords, values, 1);
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
        const auto text = message_of(conn_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw PgError("", "cannot connect to " + redact(url) + ": " + text);
    }
    // Notices (e.g. "relation already exists, skipping") are not errors; keep them off stderr.
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() { PQfinish(conn_); }

bool Connection::ok() const noexcept { return conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK; }

void Connection::execute(std::string_view sql) {
    const std::string text(sql);
    check(conn_, PQexec(conn_, text.c_str()));
}

const std::string& Connection::prepared(const std::string& sql, int params) {
    const auto found = prepared_.find(sql);
    if (found != prepared_.end()) return found->second;
    std::string name = "m" + std::to_string(prepared_.size() + 1);
    auto* result = PQprepare(conn_, name.c_str(), sql.c_str(), params, nullptr);
    check(conn_, result);
    PQclear(result);
    return prepared_.emplace(sql, std::move(name)).first->second;
}

Query::Query(Connection& connection, std::string_view sql) : connection_(connection), sql_(sql) {}

Query::~Query() { PQclear(result_); }

Query::Param& Query::slot(int index) {
    if (index < 1) throw PgError("", "parameter index must be 1 or more");
    if (params_.size() < static_cast<std::size_t>(index)) params_.resize(static_cast<std::size_t>(index));
    return params_[static_cast<std::size_t>(index - 1)];
}

Query& Query::bind(int index, std::int64_t value) {
    slot(index) = {std::to_string(value), false};
    return *this;
}

Query& Query::bind(int index, std::string_view text) {
    // libpq reads a text parameter up to its first NUL, and PostgreSQL's text
    // cannot hold one: refuse rather than store a cut value.
    if (text.find('\0') != std::string_view::npos) {
        throw PgError("22021", "a text value holds a NUL byte, which PostgreSQL cannot store");
    }
    slot(index) = {std::string(text), false};
    return *this;
}

Query& Query::bind_bytes(int index, std::string_view bytes) {
    slot(index) = {std::string(bytes), true};
    return *this;
}

Query& Query::bind_null(int index) {
    slot(index) = {std::nullopt, false};
    return *this;
}

Query& Query::bind_optional(int index, const std::optional<std::string>& text) {
    return text ? bind(index, *text) : bind_null(index);
}

void Query::execute() {
    const auto& name = connection_.prepared(sql_, static_cast<int>(params_.size()));
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const auto& param : params_) {
        values.push_back(param.value ? param.value->data() : nullptr);
        lengths.push_back(param.value ? static_cast<int>(param.value->size()) : 0);
        formats.push_back(param.binary ? 1 : 0);
    }
    auto* result = PQexecPrepared(connection_.raw(), name.c_str(), static_cast<int>(params_.size()), values.data(),
                                  lengths.data(), formats.data(), 0);
    check(connection_.raw(), result);
    result_ = result;
    rows_ = PQntuples(result_);
}

bool Query::step() {
    if (result_ == nullptr) execute();
    ++row_;
    return row_ < rows_;
}

void Query::run() {
    if (result_ == nullptr) execute();
}

std::int64_t Query::changes() const {
    if (result_ == nullptr) return 0;
    const char* affected = PQcmdTuples(result_);
    return affected != nullptr && *affected != '\0' ? std::strtoll(affected, nullptr, 10) : 0;
}

std::int64_t Query::int64(int column) const {
    return std::strtoll(PQgetvalue(result_, row_, column), nullptr, 10);
}

std::string Query::text(int column) const {
    return {PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column))};
}

bool Query::is_null(int column) const { return PQgetisnull(result_, row_, column) != 0; }

Transaction::Transaction(Connection& connection, const char* begin) : connection_(connection) {
    connection_.execute(begin);
}

Transaction::~Transaction() {
    if (done_ || !connection_.ok()) return;
    try {
        connection_.execute("ROLLBACK");
    } catch (const PgError&) {  // nothing more to do while unwinding
    }
}

void Transaction::commit() {
    done_ = true;  // a failed COMMIT ends the transaction too
    connection_.execute("COMMIT");
}

Savepoint::Savepoint(Connection& connection) : connection_(connection) { connection_.execute("SAVEPOINT job"); }

Savepoint::~Savepoint() {
    if (done_ || !connection_.ok()) return;
    try {
        connection_.execute("ROLLBACK TO SAVEPOINT job");
        connection_.execute("RELEASE SAVEPOINT job");
    } catch (const PgError&) {  // the transaction is failing anyway
    }
}

void Savepoint::release() {
    connection_.execute("RELEASE SAVEPOINT job");
    done_ = true;
}

std::string redact(const std::string& url) {
    std::string out = url;
    // postgresql://user:password@host/... → postgresql://user:***@host/...
    const auto scheme = out.find("://");
    if (scheme != std::string::npos) {
        const auto at = out.find('@', scheme + 3);
        const auto colon = out.find(':', scheme + 3);
        if (at != std::string::npos && colon != std::string::npos && colon < at) {
            out = out.substr(0, colon + 1) + "***" + out.substr(at);
        }
    }
    // ...?password=secret&... → ...?password=***&...
    for (auto at = out.find("password="); at != std::string::npos; at = out.find("password=", at + 1)) {
        const auto value = at + 9;
        const auto end = out.find_first_of("& ", value);
        out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
    }
    return out;
}

}  // namespace muster::server::pg
