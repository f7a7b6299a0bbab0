// `muster-server migrate`: a data folder's own SQLite database into a new
// PostgreSQL database, every value unchanged, in one PostgreSQL transaction
// that commits only once every table's row count and SHA-256 agree on both
// sides.
#include <sodium.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "muster/server/admin.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/store.hpp"
#include "pg.hpp"
#include "pg_store.hpp"
#include "sqlite.hpp"
#include "store_rows.hpp"

namespace muster::server::admin {
namespace {

namespace fs = std::filesystem;

static_assert(kStoreSchemaVersion == 5 && kPgSchemaVersion == 1,
              "migrate copies SQLite schema v5 into PostgreSQL schema v1: give it the tables of the new version");

constexpr std::int64_t kProgressEvery = 10'000;
constexpr int kFetchRows = 5'000;

enum class Kind : std::uint8_t { text, integer, bytes };

/// A table both schemas hold column for column. PostgreSQL's `entities` also
/// has the columns `pg_indexed_columns` derives, and `ops` its BIGSERIAL `n`,
/// which follows SQLite's rowid because rows are inserted in rowid order.
/// Both selects read the same columns in the same order: by primary key
/// (byte order on both sides: SQLite's BINARY collation, PostgreSQL's "C"),
/// `ops` in the order applied. PostgreSQL reads bytea as hex.
struct Table {
    const char* name;
    std::vector<Kind> columns;
    const char* sqlite_count;
    const char* sqlite_select;
    const char* pg_insert;
    const char* pg_cursor;  ///< declares the cursor `verify` over the same rows
};

using K = Kind;
const std::vector<Table>& tables() {
    static const std::vector<Table> all{
        {"entities",
         {K::text, K::text, K::text, K::text, K::integer, K::text, K::text},
         "SELECT count(*) FROM entities",
         "SELECT entity, key, fields, unit, changed_seq, parent, wire FROM entities ORDER BY entity, key",
         "INSERT INTO entities(entity, key, fields, unit, changed_seq, parent, wire, code, drill, release_offset_ms)"
         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT entity, key, fields, unit, changed_seq, parent, wire"
         " FROM entities ORDER BY entity COLLATE \"C\", key COLLATE \"C\""},
        {"departures",
         {K::integer, K::text, K::text, K::text},
         "SELECT count(*) FROM departures",
         "SELECT seq, entity, key, unit FROM departures ORDER BY seq",
         "INSERT INTO departures(seq, entity, key, unit) VALUES ($1, $2, $3, $4)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT seq, entity, key, unit FROM departures ORDER BY seq"},
        {"ops",
         {K::text, K::text, K::text, K::integer, K::text},
         "SELECT count(*) FROM ops",
         "SELECT id, replica_id, author, received_ms, op FROM ops ORDER BY rowid",
         "INSERT INTO ops(id, replica_id, author, received_ms, op) VALUES ($1, $2, $3, $4, $5)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT id, replica_id, author, received_ms, op FROM ops ORDER BY n"},
        {"credentials",
         {K::text, K::text, K::text, K::integer},
         "SELECT count(*) FROM credentials",
         "SELECT member_key, login, password_hash, disabled FROM credentials ORDER BY member_key",
         "INSERT INTO credentials(member_key, login, password_hash, disabled) VALUES ($1, $2, $3, $4)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT member_key, login, password_hash, disabled FROM credentials"
         " ORDER BY member_key COLLATE \"C\""},
        {"tokens",
         {K::bytes, K::text, K::integer, K::integer, K::integer, K::text, K::integer},
         "SELECT count(*) FROM tokens",
         "SELECT hash, member_key, created_ms, expires_ms, revoked, device_replica_id, last_used_ms FROM tokens"
         " ORDER BY hash",
         "INSERT INTO tokens(hash, member_key, created_ms, expires_ms, revoked, device_replica_id, last_used_ms)"
         " VALUES ($1, $2, $3, $4, $5, $6, $7)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT encode(hash, 'hex'), member_key, created_ms, expires_ms, revoked,"
         " device_replica_id, last_used_ms FROM tokens ORDER BY hash"},
        // No key: equal (login, at_ms) rows are equal rows, so their order cannot change the hash.
        {"login_failures",
         {K::text, K::integer},
         "SELECT count(*) FROM login_failures",
         "SELECT login, at_ms FROM login_failures ORDER BY login, at_ms",
         "INSERT INTO login_failures(login, at_ms) VALUES ($1, $2)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT login, at_ms FROM login_failures ORDER BY login COLLATE \"C\", at_ms"},
        {"attachments",
         {K::text, K::text},
         "SELECT count(*) FROM attachments",
         "SELECT hash, log FROM attachments ORDER BY hash, log",
         "INSERT INTO attachments(hash, log) VALUES ($1, $2)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT hash, log FROM attachments"
         " ORDER BY hash COLLATE \"C\", log COLLATE \"C\""},
        {"inject_releases",
         {K::text, K::integer, K::integer, K::integer},
         "SELECT count(*) FROM inject_releases",
         "SELECT task, offset_ms, started_at, released_ms FROM inject_releases ORDER BY task",
         "INSERT INTO inject_releases(task, offset_ms, started_at, released_ms) VALUES ($1, $2, $3, $4)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT task, offset_ms, started_at, released_ms FROM inject_releases"
         " ORDER BY task COLLATE \"C\""},
        {"device_wipes",
         {K::text, K::text, K::text, K::integer, K::integer},
         "SELECT count(*) FROM device_wipes",
         "SELECT replica_id, reason, ordered_by, ordered_ms, delivered_ms FROM device_wipes ORDER BY replica_id",
         "INSERT INTO device_wipes(replica_id, reason, ordered_by, ordered_ms, delivered_ms) VALUES ($1, $2, $3, $4, $5)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT replica_id, reason, ordered_by, ordered_ms, delivered_ms"
         " FROM device_wipes ORDER BY replica_id COLLATE \"C\""},
        {"deliveries",
         {K::text, K::text, K::text, K::integer},
         "SELECT count(*) FROM deliveries",
         "SELECT task, unit, replica_id, at_ms FROM deliveries ORDER BY task, unit",
         "INSERT INTO deliveries(task, unit, replica_id, at_ms) VALUES ($1, $2, $3, $4)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT task, unit, replica_id, at_ms FROM deliveries"
         " ORDER BY task COLLATE \"C\", unit COLLATE \"C\""},
        {"blob_uploads",
         {K::text, K::text, K::integer},
         "SELECT count(*) FROM blob_uploads",
         "SELECT hash, member_key, at_ms FROM blob_uploads ORDER BY hash, member_key",
         "INSERT INTO blob_uploads(hash, member_key, at_ms) VALUES ($1, $2, $3)",
         "DECLARE verify NO SCROLL CURSOR FOR SELECT hash, member_key, at_ms FROM blob_uploads"
         " ORDER BY hash COLLATE \"C\", member_key COLLATE \"C\""},
    };
    return all;
}

/// The server's own values, SQLite's `meta` rows; PostgreSQL keeps the seq
/// counter in `muster_seq` and the rest in `muster_meta`.
constexpr const char* kMetaKeys[] = {"replica_id", "hlc", "seq"};
/// Meta rows only some databases have (after a `restore`), copied when present.
constexpr const char* kOptionalMetaKeys[] = {kLostSeqsKey};

using Row = std::vector<std::optional<std::string>>;

/// Row count and SHA-256 of a table's rows in order. Every value is written
/// with its length (`<n>:<bytes>`) and NULL as `N;`, so no content can pass
/// for a separator or for NULL; integers as decimal text, bytes as lowercase
/// hex; each row ends with a newline.
class RowHash {
public:
    RowHash() { crypto_hash_sha256_init(&state_); }

    void add(const Row& row) {
        for (const auto& value : row) {
            if (!value) {
                update("N;");
                continue;
            }
            update(std::to_string(value->size()));
            update(":");
            update(*value);
        }
        update("\n");
        ++rows_;
    }
    [[nodiscard]] std::int64_t rows() const { return rows_; }
    [[nodiscard]] std::string hex() {
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&state_, digest);
        char out[sizeof digest * 2 + 1];
        sodium_bin2hex(out, sizeof out, digest, sizeof digest);
        return out;
    }

private:
    void update(std::string_view bytes) {
        crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    }
    crypto_hash_sha256_state state_{};
    std::int64_t rows_ = 0;
};

/// What differs between the two sides (the transaction is rolled back).
class Mismatch : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// A failure the user must fix (bad_request), raised inside the copy.
class Refused : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

Error renamed(const Error& error, const std::string& from, const std::string& to) {
    auto message = error.message;
    if (message.rfind(from, 0) == 0) message = to + message.substr(from.size());
    return Error{error.code, message};
}

bool is_sqlite_url(const std::string& from) { return from.rfind("sqlite:", 0) == 0 && from.size() > 7; }

/// The data folder `from` (`sqlite:DIR`) names, checked: its database is its own SQLite file.
Result<std::string> source_folder(const std::string& from) {
    const auto dir = from.substr(7);
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Error{ErrorCode::not_found, "--from: no data folder at " + dir};
    if (fs::exists(database_url_path(dir), ec)) {
        auto db = resolve_database(dir);
        const auto uses = db ? (db->kind == DatabaseUrl::Kind::postgresql ? pg::redact(db->url) : db->url)
                             : std::string("the database its database.url names");
        return Error{ErrorCode::bad_request, "--from: " + dir + " uses " + uses +
                                                 " (its database.url), not its own SQLite file; nothing to migrate"};
    }
    if (!fs::exists(database_path(dir), ec)) {
        return Error{ErrorCode::not_found, "--from: " + dir + " holds no Muster database (" + database_path(dir) + ")"};
    }
    return dir;
}

/// The source: one read transaction over the folder's SQLite file, so every
/// table comes from the same snapshot.
class Source {
public:
    explicit Source(const std::string& dir) : db_(database_path(dir), sql::Database::Mode::read_only) {
        db_.execute("BEGIN");
        auto version = db_.query("PRAGMA user_version");  // the first read fixes the snapshot
        const auto at = version.step() ? version.int64(0) : 0;
        if (at != kStoreSchemaVersion) {
            throw Refused("the database has schema version " + std::to_string(at) + ", expected " +
                          std::to_string(kStoreSchemaVersion));
        }
        check_tables();
    }
    ~Source() {
        try {
            db_.execute("ROLLBACK");  // read-only: nothing to keep
        } catch (const sql::SqliteError&) {
        }
    }
    Source(const Source&) = delete;
    Source& operator=(const Source&) = delete;

    sql::Database& db() { return db_; }

    std::int64_t count(const Table& table) {
        auto q = db_.query(table.sqlite_count);
        return q.step() ? q.int64(0) : 0;
    }

    /// The meta rows in `kMetaKeys` order; refuses a missing or unknown key.
    std::vector<Row> meta() {
        std::vector<Row> out;
        for (const char* key : kMetaKeys) {
            auto q = db_.query("SELECT value FROM meta WHERE key = ?1");
            q.bind(1, std::string_view(key));
            if (!q.step()) throw Refused(std::string("the database has no ") + key + " in meta");
            out.push_back({std::string(key), q.text(0)});
        }
        for (const char* key : kOptionalMetaKeys) {
            auto q = db_.query("SELECT value FROM meta WHERE key = ?1");
            q.bind(1, std::string_view(key));
            if (q.step()) out.push_back({std::string(key), q.text(0)});
        }
        auto all = db_.query("SELECT count(*) FROM meta");
        if (all.step() && all.int64(0) != static_cast<std::int64_t>(out.size())) {
            throw Refused("meta holds values this build does not know; use the muster-server that wrote it");
        }
        return out;
    }

private:
    /// Every table of the file must be one `migrate` copies: a table it did
    /// not know would be left behind.
    void check_tables() {
        std::set<std::string> known{"meta"};
        for (const auto& t : tables()) known.insert(t.name);
        auto q = db_.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
        while (q.step()) {
            const auto name = q.text(0);
            if (!known.contains(name)) throw Refused("the database has a table migrate does not know: " + name);
        }
    }

    sql::Database db_;
};

/// One row of a SQLite select, read as `kinds` says: integers as SQLite's
/// decimal text (a value that is not an integer reaches PostgreSQL as is and
/// is refused there, never silently converted), bytes raw.
Row read_row(sql::Query& q, const std::vector<Kind>& kinds) {
    Row row(kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const int column = static_cast<int>(i);
        if (!q.is_null(column)) row[i] = q.text(column);
    }
    return row;
}

/// The row as hashed: bytes hex-encoded, as PostgreSQL reads them back.
Row hashed(Row row, const std::vector<Kind>& kinds) {
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (kinds[i] == Kind::bytes && row[i]) row[i] = to_hex(*row[i]);
    }
    return row;
}

struct Side {
    std::int64_t rows = 0;
    std::string sha256;
};

void report_progress(std::ostream* progress, const std::string& what, std::int64_t done, std::int64_t total) {
    if (progress != nullptr && total >= kProgressEvery && (done % kProgressEvery == 0 || done == total)) {
        *progress << what << ": " << done << '/' << total << '\n' << std::flush;
    }
}

/// One row into PostgreSQL (with the columns `entities` derives from its fields).
void insert_row(pg::Connection& pg, const Table& table, const Row& row, bool entities) {
    auto insert = pg.query(table.pg_insert);
    for (std::size_t i = 0; i < row.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (!row[i]) {
            insert.bind_null(index);
        } else if (table.columns[i] == Kind::bytes) {
            insert.bind_bytes(index, *row[i]);
        } else {
            insert.bind(index, *row[i]);
        }
    }
    if (entities) {
        // The columns PgStore::write_row derives from the fields, derived the same way.
        EntityRecord record;
        record.entity = row[0].value_or("");
        record.key = row[1].value_or("");
        record.fields = nlohmann::json::parse(row[2].value_or("{}"), nullptr, false);
        if (record.fields.is_discarded()) {
            throw Refused("entities: " + record.entity + "/" + record.key + " has fields that are not JSON");
        }
        const auto indexed = pg_indexed_columns(record);
        insert.bind_optional(8, indexed.code).bind_optional(9, indexed.drill).bind_optional(10, indexed.release_offset_ms);
    }
    insert.run();
}

/// Copies one table in the source's order; returns the source side's count and hash.
Side copy_table(Source& source, pg::Connection& pg, const Table& table, std::ostream* progress) {
    const auto total = source.count(table);
    const bool entities = std::string_view(table.name) == "entities";
    RowHash hash;
    auto q = source.db().query(table.sqlite_select);
    while (q.step()) {
        const auto row = read_row(q, table.columns);
        try {
            insert_row(pg, table, row, entities);
        } catch (const pg::PgError& e) {  // name the table (and row) at fault
            throw pg::PgError(e.sqlstate(), std::string(table.name) + " row " + std::to_string(hash.rows() + 1) + ": " +
                                                e.what());
        }
        hash.add(hashed(row, table.columns));
        report_progress(progress, table.name, hash.rows(), total);
    }
    return {hash.rows(), hash.hex()};
}

/// The table's count and hash as PostgreSQL holds it now (inside the copy's transaction).
Side pg_side(pg::Connection& pg, const Table& table) {
    RowHash hash;
    pg.execute(table.pg_cursor);
    for (;;) {
        auto q = pg.query("FETCH 5000 FROM verify");  // kFetchRows
        int fetched = 0;
        while (q.step()) {
            Row row(table.columns.size());
            for (std::size_t i = 0; i < row.size(); ++i) {
                const int column = static_cast<int>(i);
                if (!q.is_null(column)) row[i] = q.text(column);
            }
            hash.add(row);
            ++fetched;
        }
        if (fetched < kFetchRows) break;
    }
    pg.execute("CLOSE verify");
    return {hash.rows(), hash.hex()};
}

void copy_meta(pg::Connection& pg, const std::vector<Row>& meta) {
    for (const auto& row : meta) {
        const auto& key = *row[0];
        const auto& value = *row[1];
        if (key == "seq") {
            pg.query("UPDATE muster_seq SET seq = $1 WHERE id = 1").bind(1, value).run();
        } else {
            pg.query("INSERT INTO muster_meta(key, value) VALUES ($1, $2)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                .bind(1, key)
                .bind(2, value)
                .run();
        }
    }
}

Side pg_meta(pg::Connection& pg) {
    RowHash hash;
    for (const char* key : kMetaKeys) {
        std::optional<std::string> value;
        if (std::string_view(key) == "seq") {
            auto q = pg.query("SELECT seq FROM muster_seq WHERE id = 1");
            if (q.step()) value = q.text(0);
        } else {
            auto q = pg.query("SELECT value FROM muster_meta WHERE key = $1");
            q.bind(1, std::string_view(key));
            if (q.step()) value = q.text(0);
        }
        hash.add({std::string(key), value});
    }
    for (const char* key : kOptionalMetaKeys) {
        auto q = pg.query("SELECT value FROM muster_meta WHERE key = $1");
        q.bind(1, std::string_view(key));
        if (q.step()) hash.add({std::string(key), q.text(0)});
    }
    return {hash.rows(), hash.hex()};
}

Side source_meta(const std::vector<Row>& meta) {
    RowHash hash;
    for (const auto& row : meta) hash.add(row);
    return {hash.rows(), hash.hex()};
}

void compare(const std::string& name, const Side& source, const Side& target, std::vector<MigratedTable>& out) {
    if (source.rows != target.rows || source.sha256 != target.sha256) {
        throw Mismatch(name + ": SQLite has " + std::to_string(source.rows) + " row(s), SHA-256 " +
                       source.sha256.substr(0, 16) + "; PostgreSQL " + std::to_string(target.rows) +
                       " row(s), SHA-256 " + target.sha256.substr(0, 16));
    }
    out.push_back({name, source.rows, source.sha256});
}

/// Locks the counter row and checks that nothing has written to the schema
/// `create_pg_store` just made (a server started on it meanwhile).
void check_untouched(pg::Connection& pg, const std::string& replica_id) {
    auto seq = pg.query("SELECT seq FROM muster_seq WHERE id = 1 FOR UPDATE");
    auto replica = pg.query("SELECT value FROM muster_meta WHERE key = 'replica_id'");
    if (!seq.step() || seq.int64(0) != 0 || !replica.step() || replica.text(0) != replica_id) {
        throw pg::PgError("", "something wrote to the new database while migrate ran (is a server using it?)");
    }
}

/// Removes the schema made for a migration that failed, so the database is
/// as it was and the command can be run again. False if that failed too.
bool undo_schema(const std::string& url, const std::string& replica_id) {
    try {
        pg::Connection pg(url);
        pg::Transaction tx(pg);
        check_untouched(pg, replica_id);
        drop_pg_schema(pg);
        tx.commit();
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

/// The error on one line (libpq's connection messages span several).
Error one_line(Error error) {
    std::string flat;
    for (const char c : error.message) {
        if (c == '\n' || c == '\t') {
            if (!flat.empty() && flat.back() != ' ') flat += ' ';
        } else {
            flat += c;
        }
    }
    while (!flat.empty() && flat.back() == ' ') flat.pop_back();
    return Error{error.code, flat};
}

Result<MigrateSummary> run(const std::string& from, const std::string& to, std::ostream* progress) {
    const auto started = std::chrono::steady_clock::now();
    if (!is_sqlite_url(from)) {
        return Error{ErrorCode::bad_request,
                     "--from: expected sqlite:DIR (a data folder with its own SQLite database), got '" +
                         pg::redact(from) + "'"};
    }
    auto target = parse_database_url(to);
    if (!target || target->kind != DatabaseUrl::Kind::postgresql) {
        return Error{ErrorCode::bad_request,
                     "--to: expected postgresql://USER@HOST:PORT/DATABASE, got '" + pg::redact(to) + "'"};
    }
    auto dir = source_folder(from);
    if (!dir) return dir.error();
    // Held to the end: a server still writing the SQLite file after the copy
    // would lose those writes when the folder switches to PostgreSQL.
    auto alone = DataFolderLock::take(*dir, DataFolderLock::Mode::migrate);
    if (!alone) return renamed(alone.error(), "--data: ", "--from: ");
    const auto shown = pg::redact(to);
    if (sodium_init() < 0) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    // Opening it the usual way checks it is a Muster database this build
    // reads, and brings an older schema up to date as a server would.
    if (auto store = open_sqlite_store(*dir); !store) return renamed(store.error(), "--data: ", "--from: ");

    MigrateSummary summary{*dir, shown, {}, 0};
    std::unique_ptr<Source> source;
    try {
        source = std::make_unique<Source>(*dir);
    } catch (const Refused& e) {
        return Error{ErrorCode::bad_request, "--from: " + database_path(*dir) + ": " + e.what()};
    } catch (const sql::SqliteError& e) {
        return Error{ErrorCode::storage, "--from: " + database_path(*dir) + ": " + e.what()};
    }

    std::string replica_id;
    {
        auto store = create_pg_store(to);  // refuses a database that holds Muster's schema
        if (!store) return renamed(store.error(), "--db: ", "--to: ");
        replica_id = (*store)->replica_id();
    }  // closed: the copy uses a connection of its own

    const auto failed = [&](ErrorCode code, const std::string& what) -> Error {
        const bool undone = undo_schema(to, replica_id);
        return Error{code, what + (undone ? "; rolled back: " + shown + " is as it was"
                                          : "; rolled back, but the empty Muster schema made in " + shown +
                                                " is left: drop its tables or use another database")};
    };
    try {
        pg::Connection pg(to);
        pg::Transaction tx(pg);
        check_untouched(pg, replica_id);
        const auto meta = source->meta();
        copy_meta(pg, meta);
        std::vector<Side> copied;
        for (const auto& table : tables()) copied.push_back(copy_table(*source, pg, table, progress));
        if (progress != nullptr) *progress << "verifying counts and hashes\n" << std::flush;
        compare("meta", source_meta(meta), pg_meta(pg), summary.tables);
        for (std::size_t i = 0; i < tables().size(); ++i) {
            compare(tables()[i].name, copied[i], pg_side(pg, tables()[i]), summary.tables);
        }
        tx.commit();
    } catch (const Mismatch& e) {
        return failed(ErrorCode::hash_mismatch, std::string("verify: the copy differs from the source: ") + e.what());
    } catch (const Refused& e) {
        return failed(ErrorCode::bad_request, std::string("--from: ") + e.what());
    } catch (const sql::SqliteError& e) {
        return failed(ErrorCode::storage, "--from: " + database_path(*dir) + ": " + e.what());
    } catch (const pg::PgError& e) {
        return failed(ErrorCode::storage, "--to: " + shown + ": " + e.what());
    } catch (const std::exception& e) {
        return failed(ErrorCode::internal, std::string("unexpected error: ") + e.what());
    }
    source.reset();

    if (auto st = record_database_url(*dir, to); !st) {
        return Error{st.error().code, "the copy in " + shown + " is complete and verified, but " + st.error().message +
                                          ": write the URL into " + database_url_path(*dir) + " by hand"};
    }
    summary.elapsed_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace

Result<MigrateSummary> migrate(const std::string& from, const std::string& to, std::ostream* progress) {
    auto done = run(from, to, progress);
    if (!done) return one_line(done.error());
    return done;
}

}  // namespace muster::server::admin
