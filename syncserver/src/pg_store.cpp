#include "pg_store.hpp"

#include <sodium.h>

#include <array>
#include <map>
#include <set>

#include "muster/server/crypto.hpp"
#include "muster/server/log.hpp"
#include "muster/server/scope.hpp"
#include "store_rows.hpp"

namespace muster::server {
namespace {

/// Schema version 1 (SQLite's v5 in PostgreSQL's types). Plain columns hold
/// what SQLite's expression indexes read out of `fields` (unit code, an
/// inject's drill and offset); `fields`, `wire` and `op` are JSON text.
constexpr const char* kSchemaV1[] = {
    "CREATE TABLE muster_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // the change counter: the row every write transaction locks first (see pg_store.hpp)
    "CREATE TABLE muster_seq(id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL)",
    "CREATE TABLE entities(entity TEXT NOT NULL, key TEXT NOT NULL, fields TEXT NOT NULL,"
    " unit TEXT NOT NULL DEFAULT '', changed_seq BIGINT NOT NULL, parent TEXT NOT NULL DEFAULT '',"
    " wire TEXT NOT NULL DEFAULT '', code TEXT, drill TEXT, release_offset_ms BIGINT, PRIMARY KEY(entity, key))",
    "CREATE UNIQUE INDEX entities_by_seq ON entities(changed_seq)",
    "CREATE INDEX entities_by_scope ON entities(unit, entity, changed_seq)",
    "CREATE INDEX entities_by_parent ON entities(parent)",
    "CREATE UNIQUE INDEX units_by_code ON entities(code) WHERE entity = 'unit'",
    "CREATE INDEX tasks_with_offset ON entities(key) WHERE release_offset_ms IS NOT NULL",
    "CREATE TABLE departures(seq BIGINT PRIMARY KEY, entity TEXT NOT NULL, key TEXT NOT NULL, unit TEXT NOT NULL)",
    "CREATE INDEX departures_by_scope ON departures(unit, entity, seq)",
    // the op log: dedupe by exact op id; `n` keeps the order ops were applied in
    "CREATE TABLE ops(n BIGSERIAL UNIQUE, id TEXT PRIMARY KEY, replica_id TEXT NOT NULL, author TEXT NOT NULL,"
    " received_ms BIGINT NOT NULL, op TEXT NOT NULL)",
    "CREATE TABLE credentials(member_key TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE,"
    " password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE tokens(hash BYTEA PRIMARY KEY, member_key TEXT NOT NULL, created_ms BIGINT NOT NULL,"
    " expires_ms BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, device_replica_id TEXT,"
    " last_used_ms BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX tokens_by_member ON tokens(member_key)",
    "CREATE INDEX tokens_by_device ON tokens(device_replica_id) WHERE device_replica_id IS NOT NULL",
    "CREATE TABLE login_failures(login TEXT NOT NULL, at_ms BIGINT NOT NULL)",
    "CREATE INDEX login_failures_by_login ON login_failures(login, at_ms)",
    "CREATE TABLE attachments(hash TEXT NOT NULL, log TEXT NOT NULL, PRIMARY KEY(hash, log))",
    "CREATE TABLE inject_releases(task TEXT PRIMARY KEY, offset_ms BIGINT NOT NULL, started_at BIGINT NOT NULL,"
    " released_ms BIGINT NOT NULL)",
    "CREATE TABLE device_wipes(replica_id TEXT PRIMARY KEY, reason TEXT NOT NULL, ordered_by TEXT NOT NULL,"
    " ordered_ms BIGINT NOT NULL, delivered_ms BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE deliveries(task TEXT NOT NULL, unit TEXT NOT NULL, replica_id TEXT NOT NULL,"
    " at_ms BIGINT NOT NULL, PRIMARY KEY(task, unit))",
    "CREATE TABLE blob_uploads(hash TEXT NOT NULL, member_key TEXT NOT NULL, at_ms BIGINT NOT NULL,"
    " PRIMARY KEY(hash, member_key))",
};

/// Held (per transaction) while a schema is made or migrated, so instances
/// starting together do it once.
constexpr std::int64_t kMigrationLock = 0x6d75737465720001;  // "muster" 1
constexpr std::int64_t kUnitTreeLock = 0x6d75737465720002;   // "muster" 2


/// A schema newer than this build (open_pg_store reports `version_too_new`).
class SchemaTooNew : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// An entity row of a query selecting (entity, key, fields, unit, changed_seq) from column `first` on.
EntityRecord read_entity(const pg::Query& q, int first = 0) {
    EntityRecord record;
    record.entity = q.text(first);
    record.key = q.text(first + 1);
    record.fields = nlohmann::json::parse(q.text(first + 2));
    record.unit = q.text(first + 3);
    record.changed_seq = q.int64(first + 4);
    return record;
}

CredentialRecord read_credentials(const pg::Query& q) {
    return CredentialRecord{q.text(0), q.text(1), q.text(2), q.int64(3) != 0};
}

DeviceWipe read_wipe(const pg::Query& q) { return DeviceWipe{q.text(0), q.text(1), q.text(2), q.int64(3), q.int64(4)}; }

std::optional<std::string> text_or_null(const nlohmann::json& value) {
    if (!value.is_string()) return std::nullopt;
    return value.get<std::string>();
}

std::optional<std::string> integer_or_null(const nlohmann::json& value) {
    if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
    if (value.is_number()) return std::to_string(static_cast<std::int64_t>(value.get<double>()));
    return std::nullopt;
}

}  // namespace

PgIndexedColumns pg_indexed_columns(const EntityRecord& record) {
    const bool task = record.entity == "task";
    PgIndexedColumns out;
    if (record.entity == "unit") out.code = text_or_null(stored_value(record.fields, "code"));
    if (task) {
        out.drill = text_or_null(stored_value(record.fields, "drill"));
        out.release_offset_ms = integer_or_null(stored_value(record.fields, "release_offset_ms"));
    }
    return out;
}

void drop_pg_schema(pg::Connection& db) {
    // Every table kSchemaV1 creates (their indexes go with them).
    db.execute("DROP TABLE IF EXISTS muster_meta, muster_seq, entities, departures, ops, credentials, tokens,"
               " login_failures, attachments, inject_releases, device_wipes, deliveries, blob_uploads");
}

namespace {

/// How long a write waits for a lock (the change counter's, `run_group`)
/// before it is answered `unavailable` (503, retry): the same bound as SQLite's
/// busy timeout. Another writer, such as `unit move` of a big unit, can hold
/// it longer. Set once on the write connection; `migrate` lifts it.
constexpr const char* kLockTimeout = "SET lock_timeout = '5s'";

/// A PostgreSQL failure as an Error: `unavailable` when a lock wait ran out
/// (55P03: another writer held the lock past kLockTimeout), else `storage`.
Error database_error(const pg::PgError& e) {
    if (e.sqlstate() == "55P03") return database_locked(e.what());
    return Error{ErrorCode::storage, std::string("database error: ") + e.what()};
}

/// Runs `body`, turning a PostgreSQL failure into an Error (`database_error`,
/// or `bad_request` with `conflict_message` for a uniqueness violation).
template <class R, class F>
R guarded(F&& body, const char* conflict_message = nullptr) {
    try {
        return body();
    } catch (const pg::PgError& e) {
        if (conflict_message && e.is_constraint()) return Error{ErrorCode::bad_request, conflict_message};
        return database_error(e);
    } catch (const std::exception& e) {
        return Error{ErrorCode::internal, std::string("unexpected error: ") + e.what()};
    }
}

/// A PostgreSQL array literal (`{"a","b",NULL}`) for one `$n::text[]` (or
/// `bigint[]`) parameter: every element quoted and escaped, so a value is
/// data, never syntax.
std::string array_literal(const std::vector<std::optional<std::string>>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ',';
        if (!values[i]) {
            out += "NULL";
            continue;
        }
        out += '"';
        for (const char c : *values[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

/// Runs `sql`, an INSERT or UPDATE from `unnest($1::type[], $2::type[], …)`,
/// with the buffered `rows` bound column by column: one statement for all of
/// them instead of a round trip per row. Empties `rows`.
template <std::size_t N>
void run_unnest(pg::Connection& db, const char* sql, std::vector<std::array<std::string, N>>& rows) {
    std::array<std::vector<std::optional<std::string>>, N> columns;
    for (auto& row : rows) {
        for (std::size_t c = 0; c < N; ++c) columns[c].emplace_back(std::move(row[c]));
    }
    auto q = db.query(sql);
    for (std::size_t c = 0; c < N; ++c) q.bind(static_cast<int>(c) + 1, array_literal(columns[c]));
    q.run();
    rows.clear();
}

std::optional<DeviceWipe> find_wipe_in(pg::Connection& db, const std::string& replica_id) {
    auto q = db.query("SELECT replica_id, reason, ordered_by, ordered_ms, delivered_ms FROM device_wipes"
                      " WHERE replica_id = $1");
    q.bind(1, replica_id);
    if (!q.step()) return std::nullopt;
    return read_wipe(q);
}

}  // namespace

/// Reads over `db` (a reader's snapshot, or the writer's transaction); the
/// writes, only handed out by `write`, go through the store's write connection.
class PgTxn final : public StoreWriter {
public:
    PgTxn(PgStore& store, pg::Connection& db) : store_(store), db_(db) {}

    std::optional<EntityRecord> get(const std::string& entity, const std::string& key) override {
        if (const auto cached = rows_.find({entity, key}); cached != rows_.end()) return cached->second;
        flush();
        auto q = db_.query("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = $1 AND key = $2");
        q.bind(1, entity).bind(2, key);
        if (!q.step()) return std::nullopt;
        return read_entity(q);
    }

    std::vector<EntityRecord> list(const std::string& entity) override {
        flush();
        return rows("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = $1 ORDER BY changed_seq",
                    entity);
    }

    void lock_unit_tree() override {
        flush();
        db_.query("SELECT pg_advisory_xact_lock($1)").bind(1, kUnitTreeLock).run();
    }

    std::vector<UnitParent> unit_parents() override {
        std::vector<UnitParent> out;
        for (const auto& unit : list("unit")) out.push_back({unit.key, stored_string(unit.fields, "parent")});
        return out;
    }

    std::vector<EntityRecord> children(const std::string& task_key) override {
        flush();
        return rows("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE parent = $1 ORDER BY changed_seq",
                    task_key);
    }

    ScopePage scope_page(const ScopeQuery& query) override;

    std::vector<EntityRecord> logs_with_attachment(const std::string& hash) override {
        flush();
        return rows("SELECT e.entity, e.key, e.fields, e.unit, e.changed_seq FROM attachments a"
                    " JOIN entities e ON e.entity = 'log' AND e.key = a.log WHERE a.hash = $1 ORDER BY e.changed_seq",
                    hash);
    }

    std::vector<InjectRow> injects() override {
        flush();
        auto q = db_.query(
            "SELECT t.key, t.unit, t.drill, t.release_offset_ms, r.offset_ms, r.started_at, d.at_ms"
            " FROM entities t LEFT JOIN inject_releases r ON r.task = t.key"
            " LEFT JOIN deliveries d ON d.task = t.key AND d.unit = t.unit"
            " WHERE t.entity = 'task' AND t.release_offset_ms IS NOT NULL AND t.drill IS NOT NULL");
        std::vector<InjectRow> out;
        while (q.step()) {
            InjectRow row{q.text(0), q.text(1), q.text(2), q.int64(3), std::nullopt, std::nullopt, std::nullopt};
            if (!q.is_null(4)) {
                row.released_offset_ms = q.int64(4);
                row.released_started_at = q.int64(5);
            }
            if (!q.is_null(6)) row.delivered_ms = q.int64(6);
            out.push_back(std::move(row));
        }
        return out;
    }

    std::vector<FieldChange> set_history(const std::string& entity, const std::set<std::string>& keys) override {
        flush();
        auto q = db_.query(
            "SELECT op::json->>'key', op::json->'fields', op::json->'hlc'->>'ms', op::json->'hlc'->>'c' FROM ops"
            " WHERE op::json->>'entity' = $1 AND op::json->>'kind' = 'set' ORDER BY n");
        q.bind(1, entity);
        std::vector<FieldChange> out;
        while (q.step()) {
            std::string key = q.text(0);
            if (!keys.contains(key)) continue;
            auto fields = nlohmann::json::parse(q.text(1), nullptr, false);
            if (!fields.is_object()) continue;
            out.push_back(FieldChange{std::move(key), std::move(fields), q.int64(2), q.int64(3)});
        }
        return out;
    }

    bool op_seen(const std::string& op_id) override {
        if (known_ops_.contains(op_id)) return seen_ops_.contains(op_id);
        flush();
        auto q = db_.query("SELECT 1 FROM ops WHERE id = $1");
        q.bind(1, op_id);
        return q.step();
    }

    void record_op(const std::string& op_id, const std::string& replica_id, const std::string& author,
                   std::int64_t received_ms, const std::string& op_json) override {
        // Written with the next flush: one statement for the whole batch.
        ops_.push_back({op_id, replica_id, author, std::to_string(received_ms), op_json});
        known_ops_.insert(op_id);
        seen_ops_.insert(op_id);
    }

    std::int64_t put(const EntityRecord& record) override {
        if (!reseqs_.empty()) flush();  // a put after a reseq wins: its row goes in after the update
        const std::int64_t seq = store_.next_seq();
        const auto indexed = pg_indexed_columns(record);
        PendingRow row{record.entity, record.key, json_text(record.fields), record.unit, std::to_string(seq),
                       parent_of(record), wire_text(record), indexed.code, indexed.drill, indexed.release_offset_ms};
        pending_index_[{record.entity, record.key}] = entities_.size();  // a later put of the same row wins
        entities_.push_back(std::move(row));
        for (auto& hash : attachment_hashes(record)) attachments_.push_back({std::move(hash), record.key});
        EntityRecord stored = record;
        stored.changed_seq = seq;
        rows_[{record.entity, record.key}] = std::move(stored);
        return seq;
    }

    void prefetch(const std::vector<std::string>& op_ids,
                  const std::vector<std::pair<std::string, std::string>>& entities) override {
        flush();
        std::vector<std::optional<std::string>> ids;
        for (const auto& id : op_ids) {
            if (known_ops_.insert(id).second) ids.emplace_back(id);
        }
        if (!ids.empty()) {
            auto q = db_.query("SELECT id FROM ops WHERE id = ANY($1::text[])");
            q.bind(1, array_literal(ids));
            while (q.step()) seen_ops_.insert(q.text(0));
        }
        std::vector<std::optional<std::string>> types;
        std::vector<std::optional<std::string>> keys;
        for (const auto& [entity, key] : entities) {
            if (!rows_.try_emplace(EntityKey{entity, key}, std::nullopt).second) continue;  // known (absent until found)
            types.emplace_back(entity);
            keys.emplace_back(key);
        }
        if (types.empty()) return;
        auto q = db_.query("SELECT e.entity, e.key, e.fields, e.unit, e.changed_seq FROM entities e"
                           " JOIN unnest($1::text[], $2::text[]) AS w(entity, key) ON e.entity = w.entity AND e.key = w.key");
        q.bind(1, array_literal(types)).bind(2, array_literal(keys));
        while (q.step()) {
            auto record = read_entity(q);
            auto at = std::pair{record.entity, record.key};
            rows_[std::move(at)] = std::move(record);
        }
    }

    /// Writes what `put` and `record_op` buffered: a few statements for a
    /// whole batch instead of one round trip per row. Runs before any read the
    /// buffer could change and at the end of every write.
    void flush() {
        if (!entities_.empty()) {
            std::array<std::vector<std::optional<std::string>>, 10> columns;
            for (std::size_t i = 0; i < entities_.size(); ++i) {
                const auto& row = entities_[i];
                if (pending_index_.at({row.entity, row.key}) != i) continue;  // put again later in the batch
                const std::optional<std::string> values[] = {row.entity, row.key,  row.fields, row.unit, row.seq,
                                                             row.parent, row.wire, row.code,   row.drill, row.offset};
                for (std::size_t c = 0; c < columns.size(); ++c) columns[c].push_back(values[c]);
            }
            auto q = db_.query(
                "INSERT INTO entities(entity, key, fields, unit, changed_seq, parent, wire, code, drill, release_offset_ms)"
                " SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[],"
                " $7::text[], $8::text[], $9::text[], $10::bigint[])"
                " ON CONFLICT(entity, key) DO UPDATE SET fields = excluded.fields, unit = excluded.unit,"
                " changed_seq = excluded.changed_seq, parent = excluded.parent, wire = excluded.wire,"
                " code = excluded.code, drill = excluded.drill, release_offset_ms = excluded.release_offset_ms");
            for (std::size_t c = 0; c < columns.size(); ++c) q.bind(static_cast<int>(c) + 1, array_literal(columns[c]));
            q.run();
            entities_.clear();
            pending_index_.clear();
        }
        if (!attachments_.empty()) {
            std::vector<std::optional<std::string>> hashes;
            std::vector<std::optional<std::string>> logs;
            for (auto& [hash, log] : attachments_) {
                hashes.emplace_back(std::move(hash));
                logs.emplace_back(std::move(log));
            }
            db_.query("INSERT INTO attachments(hash, log) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING")
                .bind(1, array_literal(hashes))
                .bind(2, array_literal(logs))
                .run();
            attachments_.clear();
        }
        if (!ops_.empty()) {
            run_unnest(db_,
                       "INSERT INTO ops(id, replica_id, author, received_ms, op)"
                       " SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[])",
                       ops_);
        }
        if (!departures_.empty()) {
            run_unnest(db_,
                       "INSERT INTO departures(seq, entity, key, unit)"
                       " SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])",
                       departures_);
        }
        if (!reseqs_.empty()) {  // after the entities: a reseq buffered after a put wins
            run_unnest(db_,
                       "UPDATE entities e SET changed_seq = r.seq FROM unnest($1::bigint[], $2::text[], $3::text[])"
                       " AS r(seq, entity, key) WHERE e.entity = r.entity AND e.key = r.key",
                       reseqs_);
            reseq_index_.clear();
        }
    }

    std::int64_t depart(const std::string& entity, const std::string& key, const std::string& from_unit) override {
        const auto seq = store_.next_seq();
        departures_.push_back({std::to_string(seq), entity, key, from_unit});  // written with the next flush
        return seq;
    }

    std::int64_t reseq(const std::string& entity, const std::string& key) override {
        const auto seq = store_.next_seq();
        // Written with the next flush, one row per entity: an UPDATE … FROM
        // that joins a row twice applies one of the two, unpredictably.
        const auto [at, added] = reseq_index_.try_emplace({entity, key}, reseqs_.size());
        if (added) {
            reseqs_.push_back({std::to_string(seq), entity, key});
        } else {
            reseqs_[at->second][0] = std::to_string(seq);
        }
        if (const auto cached = rows_.find({entity, key}); cached != rows_.end() && cached->second) {
            cached->second->changed_seq = seq;
        }
        return seq;
    }

    void record_release(const std::string& task, std::int64_t offset_ms, std::int64_t started_at,
                        std::int64_t at_ms) override {
        db_.query("INSERT INTO inject_releases(task, offset_ms, started_at, released_ms) VALUES ($1, $2, $3, $4)"
                  " ON CONFLICT(task) DO UPDATE SET offset_ms = excluded.offset_ms,"
                  " started_at = excluded.started_at, released_ms = excluded.released_ms")
            .bind(1, task)
            .bind(2, offset_ms)
            .bind(3, started_at)
            .bind(4, at_ms)
            .run();
    }

    void set_clock(const Hlc& clock) override { store_.save_clock(clock); }
    std::optional<Hlc> saved_clock() override {
        auto q = db_.query("SELECT value FROM muster_meta WHERE key = 'hlc'");
        return q.step() ? parse_saved_clock(q.text(0)) : std::nullopt;
    }

    void record_deliveries(const std::vector<std::string>& tasks, const std::string& unit,
                           const std::string& replica_id, std::int64_t at_ms) override {
        for (const auto& task : tasks) {
            db_.query("INSERT INTO deliveries(task, unit, replica_id, at_ms) VALUES ($1, $2, $3, $4)"
                      " ON CONFLICT DO NOTHING")
                .bind(1, task)
                .bind(2, unit)
                .bind(3, replica_id)
                .bind(4, at_ms)
                .run();
        }
    }

    void touch_token(const std::string& token_hash, std::int64_t at_ms) override {
        db_.query("UPDATE tokens SET last_used_ms = $2 WHERE hash = $1").bind_bytes(1, token_hash).bind(2, at_ms).run();
    }

    std::optional<DeviceWipe> device_wipe(const std::string& replica_id) override {
        return find_wipe_in(db_, replica_id);
    }

    std::int64_t deliver_wipe(const std::string& replica_id, std::int64_t at_ms) override {
        db_.query("UPDATE device_wipes SET delivered_ms = $2 WHERE replica_id = $1 AND delivered_ms = 0")
            .bind(1, replica_id)
            .bind(2, at_ms)
            .run();
        auto q = db_.query("UPDATE tokens SET revoked = 1 WHERE device_replica_id = $1 AND revoked = 0");
        q.bind(1, replica_id).run();
        return q.changes();
    }

private:
    std::vector<EntityRecord> rows(const char* sql, const std::string& param) {
        auto q = db_.query(sql);
        q.bind(1, param);
        std::vector<EntityRecord> out;
        while (q.step()) out.push_back(read_entity(q));
        return out;
    }

    /// An entity row `put` buffered (text as PostgreSQL takes it).
    struct PendingRow {
        std::string entity, key, fields, unit, seq, parent, wire;
        std::optional<std::string> code, drill, offset;
    };
    using EntityKey = std::pair<std::string, std::string>;

    PgStore& store_;
    pg::Connection& db_;
    /// Rows this write looked up or wrote (nullopt: known to be absent).
    std::map<EntityKey, std::optional<EntityRecord>> rows_;
    std::set<std::string> known_ops_;  ///< op ids whose presence `seen_ops_` answers
    std::set<std::string> seen_ops_;
    std::vector<PendingRow> entities_;
    std::map<EntityKey, std::size_t> pending_index_;  ///< the last buffered put of each row
    std::vector<std::pair<std::string, std::string>> attachments_;
    std::vector<std::array<std::string, 5>> ops_;
    std::vector<std::array<std::string, 4>> departures_;  ///< seq, entity, key, unit
    std::vector<std::array<std::string, 3>> reseqs_;      ///< seq, entity, key
    std::map<EntityKey, std::size_t> reseq_index_;        ///< each buffered reseq's row in `reseqs_`
};

ScopePage PgTxn::scope_page(const ScopeQuery& query) {
    flush();
    // Each range scan returns whole items (one round trip per slice, not per
    // row); a candidate's `row` indexes `loaded`.
    std::vector<ScopeCandidate> found;
    std::vector<ScopeItem> loaded;
    const std::int64_t fetch = static_cast<std::int64_t>(query.limit) + 1;
    auto take_rows = [&](pg::Query& q) {
        while (q.step()) {
            ScopeItem item;
            item.seq = q.int64(0);
            item.record.entity = q.text(1);
            item.record.key = q.text(2);
            item.record.unit = q.text(3);
            item.record.changed_seq = item.seq;
            item.wire = q.text(4);
            item.parent = q.text(5);
            found.push_back({item.seq, false, static_cast<std::int64_t>(loaded.size()), {}, {}});
            loaded.push_back(std::move(item));
        }
    };
    if (query.everything) {
        auto q = db_.query("SELECT changed_seq, entity, key, unit, wire, parent FROM entities WHERE changed_seq > $1"
                           " ORDER BY changed_seq LIMIT $2");
        q.bind(1, query.after).bind(2, fetch);
        take_rows(q);
    } else {
        for (const auto& slice : query.slices) {
            for (const auto& entity : slice.entities) {
                auto q = db_.query("SELECT changed_seq, entity, key, unit, wire, parent FROM entities"
                                   " WHERE unit = $1 AND entity = $2 AND changed_seq > $3 ORDER BY changed_seq LIMIT $4");
                q.bind(1, slice.unit).bind(2, entity).bind(3, query.after).bind(4, fetch);
                take_rows(q);
                if (!slice.departures) continue;
                auto d = db_.query("SELECT d.seq, d.key, coalesce(e.unit, '') FROM departures d"
                                   " LEFT JOIN entities e ON e.entity = d.entity AND e.key = d.key"
                                   " WHERE d.unit = $1 AND d.entity = $2 AND d.seq > $3 ORDER BY d.seq LIMIT $4");
                d.bind(1, slice.unit).bind(2, entity).bind(3, query.after).bind(4, fetch);
                while (d.step()) {
                    ScopeItem item;
                    item.seq = d.int64(0);
                    item.gone = true;
                    item.record.entity = entity;
                    item.record.key = d.text(1);
                    item.record.unit = d.text(2);
                    found.push_back({item.seq, true, static_cast<std::int64_t>(loaded.size()), {}, {}});
                    loaded.push_back(std::move(item));
                }
            }
        }
    }
    return pick_scope_page(found, query.limit, [&](ScopeCandidate& c, ScopeItem& item) {
        item = std::move(loaded[static_cast<std::size_t>(c.row)]);
        return true;
    });
}

PgStore::PgStore(std::string url, bool create) : url_(std::move(url)) {
    std::lock_guard lock(mutex_);
    migrate(create);
    auto q = writer().query("SELECT value FROM muster_meta WHERE key = 'replica_id'");
    if (!q.step()) throw pg::PgError("", "the database has no replica id");
    replica_id_ = q.text(0);
    auto lost = writer().query("SELECT value FROM muster_meta WHERE key = $1");
    lost.bind(1, std::string_view(kLostSeqsKey));
    if (lost.step()) {
        auto parsed = LostSeqs::parse(lost.text(0));
        if (!parsed) throw pg::PgError("", std::string("muster_meta '") + kLostSeqsKey + "' is not readable");
        lost_ = std::move(*parsed);
    }
}

Result<bool> PgStore::cursor_known(std::int64_t after) {
    if (lost_.contains(after)) return false;
    if (after <= published_seq_) return true;
    // Given out by another instance, or not at all: the counter as committed.
    return with_reader<Result<bool>>([&](pg::Connection& db) -> Result<bool> {
        auto q = db.query("SELECT seq FROM muster_seq WHERE id = 1");
        if (!q.step()) return Error{ErrorCode::storage, "the database has no change counter"};
        const std::int64_t counter = q.int64(0);
        std::int64_t seen = published_seq_;
        while (seen < counter && !published_seq_.compare_exchange_weak(seen, counter)) {
        }
        return after <= counter;
    });
}

PgStore::~PgStore() = default;

pg::Connection& PgStore::writer() {
    if (db_ && db_->ok()) return *db_;
    db_.reset();
    auto db = std::make_unique<pg::Connection>(url_);
    // An ack must mean "committed durably": never less than `on` (a stronger
    // setting, such as remote_apply for a synchronous standby, is kept).
    auto setting = db->query("SELECT current_setting('synchronous_commit')");
    if (setting.step() && (setting.text(0) == "off" || setting.text(0) == "local")) {
        db->execute("SET synchronous_commit = on");
    }
    db->execute(kLockTimeout);
    db_ = std::move(db);
    return *db_;
}

void PgStore::migrate(bool create) {
    auto& db = writer();
    pg::Transaction tx(db);
    db.execute("SET LOCAL lock_timeout = 0");  // another instance's migration may take longer
    db.query("SELECT pg_advisory_xact_lock($1)").bind(1, kMigrationLock).run();
    auto exists = db.query("SELECT to_regclass('muster_meta') IS NOT NULL");
    const bool has_schema = exists.step() && exists.text(0) == "t";
    if (create) {
        if (has_schema) throw pg::PgError("MUSTR", "the database already holds a Muster schema; refusing to overwrite it");
        for (const char* statement : kSchemaV1) db.execute(statement);
        db.query("INSERT INTO muster_meta(key, value) VALUES ('replica_id', $1), ('hlc', ''), ('schema_version', $2)")
            .bind(1, random_hex(8))  // 16 hex chars
            .bind(2, std::to_string(kPgSchemaVersion))
            .run();
        db.execute("INSERT INTO muster_seq(id, seq) VALUES (1, 0)");
        tx.commit();
        return;
    }
    if (!has_schema) throw pg::PgError("MUSTR", "the database holds no Muster schema (run `muster-server init --db` first)");
    auto version = db.query("SELECT value FROM muster_meta WHERE key = 'schema_version'");
    const int at = version.step() ? std::stoi(version.text(0)) : 0;
    if (at > kPgSchemaVersion) {
        throw SchemaTooNew("the database has schema version " + std::to_string(at) +
                           ", newer than this server understands (" + std::to_string(kPgSchemaVersion) +
                           "); upgrade muster-server");
    }
    // Later versions: `if (at < 2) { ...statements...; UPDATE muster_meta SET value = '2' ... }`.
    tx.commit();
}

Status PgStore::commit_job(const std::function<void()>& body, const char* conflict_message) {
    return group_.submit(body, conflict_message, [this](const std::vector<GroupCommit::Job*>& batch) { run_group(batch); });
}

void PgStore::run_group(const std::vector<GroupCommit::Job*>& batch) {
    std::lock_guard lock(mutex_);
    try {
        auto& db = writer();
        pg::Transaction tx(db);
        // The counter row's lock, held to COMMIT: see pg_store.hpp. Waited for
        // at most kLockTimeout.
        auto counter = db.query("SELECT seq FROM muster_seq WHERE id = 1 FOR UPDATE");
        if (!counter.step()) throw pg::PgError("", "the database has no change counter");
        seq_ = counter.int64(0);
        const std::int64_t seq_at_start = seq_;
        GroupCommit::run_each(
            batch, seq_,
            [&](GroupCommit::Job& job) {
                return guarded<Status>(
                    [&]() -> Status {
                        pg::Savepoint savepoint(db);
                        (*job.body)();
                        savepoint.release();
                        return {};
                    },
                    job.conflict_message);
            },
            [&] { return db.ok(); },
            [](const std::string& message) { return pg::PgError("", "the connection was lost: " + message); });
        if (seq_ != seq_at_start) db.query("UPDATE muster_seq SET seq = $1 WHERE id = 1").bind(1, seq_).run();
        tx.commit();
        published_seq_ = seq_;
    } catch (const std::exception& e) {
        const auto* pg_error = dynamic_cast<const pg::PgError*>(&e);
        const Error error = pg_error != nullptr ? database_error(*pg_error)
                                                : Error{ErrorCode::storage, std::string("database error: ") + e.what()};
        for (auto* job : batch) {
            if (job->result) job->result = error;
        }
    }
}

template <class R, class F>
R PgStore::with_reader(F&& body) {
    return guarded<R>([&]() -> R { return readers_.with(body); });
}

std::int64_t PgStore::write_row(const EntityRecord& record) {
    const std::int64_t seq = next_seq();
    const auto indexed = pg_indexed_columns(record);
    db_->query("INSERT INTO entities(entity, key, fields, unit, changed_seq, parent, wire, code, drill, release_offset_ms)"
               " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
               " ON CONFLICT(entity, key) DO UPDATE SET fields = excluded.fields, unit = excluded.unit,"
               " changed_seq = excluded.changed_seq, parent = excluded.parent, wire = excluded.wire,"
               " code = excluded.code, drill = excluded.drill, release_offset_ms = excluded.release_offset_ms")
        .bind(1, record.entity)
        .bind(2, record.key)
        .bind(3, json_text(record.fields))
        .bind(4, record.unit)
        .bind(5, seq)
        .bind(6, parent_of(record))
        .bind(7, wire_text(record))
        .bind_optional(8, indexed.code)
        .bind_optional(9, indexed.drill)
        .bind_optional(10, indexed.release_offset_ms)
        .run();
    for (const auto& hash : attachment_hashes(record)) {
        db_->query("INSERT INTO attachments(hash, log) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(1, hash)
            .bind(2, record.key)
            .run();
    }
    return seq;
}

void PgStore::save_clock(const Hlc& clock) {
    db_->query("UPDATE muster_meta SET value = $1 WHERE key = 'hlc'").bind(1, to_json(clock).dump()).run();
}

std::int64_t PgStore::write_entity(const EntityRecord& record, const Hlc& clock) {
    const std::int64_t seq = write_row(record);
    save_clock(clock);
    return seq;
}

Result<Hlc> PgStore::last_hlc() {
    return with_reader<Result<Hlc>>([&](pg::Connection& db) -> Result<Hlc> {
        auto q = db.query("SELECT value FROM muster_meta WHERE key = 'hlc'");
        if (!q.step() || q.text(0).empty()) return Hlc{0, 0, replica_id_};
        auto parsed = nlohmann::json::parse(q.text(0), nullptr, false);
        if (parsed.is_discarded()) return Error{ErrorCode::storage, "the stored server clock is corrupt"};
        return hlc_from_json(parsed);
    });
}

Result<std::int64_t> PgStore::put_entity(const EntityRecord& record, const Hlc& clock) {
    std::int64_t seq = 0;
    auto done = commit_job([&] { seq = write_entity(record, clock); },
                           "an entity with the same unique field (unit code) already exists");
    if (!done) return done.error();
    return seq;
}

Result<std::optional<EntityRecord>> PgStore::get_entity(const std::string& entity, const std::string& key) {
    using R = Result<std::optional<EntityRecord>>;
    return with_reader<R>([&](pg::Connection& db) -> R { return PgTxn(*this, db).get(entity, key); });
}

Result<std::vector<EntityRecord>> PgStore::list_entities(const std::string& entity) {
    using R = Result<std::vector<EntityRecord>>;
    return with_reader<R>([&](pg::Connection& db) -> R { return PgTxn(*this, db).list(entity); });
}

Result<std::optional<EntityRecord>> PgStore::find_unit_by_code(const std::string& code) {
    using R = Result<std::optional<EntityRecord>>;
    return with_reader<R>([&](pg::Connection& db) -> R {
        auto q = db.query("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = 'unit' AND code = $1");
        q.bind(1, code);
        if (!q.step()) return std::optional<EntityRecord>{};
        return std::optional<EntityRecord>{read_entity(q)};
    });
}

Status PgStore::create_member(const EntityRecord& member, const CredentialRecord& credentials, const Hlc& clock) {
    return commit_job(
        [&] {
            db_->query("INSERT INTO credentials(member_key, login, password_hash, disabled) VALUES ($1, $2, $3, $4)")
                .bind(1, credentials.member_key)
                .bind(2, credentials.login)
                .bind(3, credentials.password_hash)
                .bind(4, std::int64_t{credentials.disabled ? 1 : 0})
                .run();
            write_entity(member, clock);
        },
        "a member with this login already exists");
}

Result<std::optional<CredentialRecord>> PgStore::find_credentials(const std::string& login) {
    using R = Result<std::optional<CredentialRecord>>;
    return with_reader<R>([&](pg::Connection& db) -> R {
        auto q = db.query("SELECT member_key, login, password_hash, disabled FROM credentials WHERE login = $1");
        q.bind(1, login);
        if (!q.step()) return std::optional<CredentialRecord>{};
        return std::optional<CredentialRecord>{read_credentials(q)};
    });
}

Result<std::vector<CredentialRecord>> PgStore::list_credentials() {
    using R = Result<std::vector<CredentialRecord>>;
    return with_reader<R>([&](pg::Connection& db) -> R {
        auto q = db.query("SELECT member_key, login, password_hash, disabled FROM credentials ORDER BY login COLLATE \"C\"");
        std::vector<CredentialRecord> out;
        while (q.step()) out.push_back(read_credentials(q));
        return out;
    });
}

Status PgStore::set_password_hash(const std::string& login, const std::string& hash) {
    std::int64_t changed = 0;
    auto done = commit_job([&] {
        auto q = db_->query("UPDATE credentials SET password_hash = $2 WHERE login = $1");
        q.bind(1, login).bind(2, hash).run();
        changed = q.changes();
    });
    if (done && changed == 0) return no_such_login(login);
    return done;
}

Status PgStore::set_disabled(const std::string& login, bool disabled) {
    std::int64_t changed = 0;
    auto done = commit_job([&] {
        auto q = db_->query("UPDATE credentials SET disabled = $2 WHERE login = $1");
        q.bind(1, login).bind(2, std::int64_t{disabled ? 1 : 0}).run();
        changed = q.changes();
    });
    if (done && changed == 0) return no_such_login(login);
    return done;
}

Status PgStore::insert_token(const std::string& token_hash, const TokenRecord& token) {
    return commit_job([&] {
        db_->query("INSERT INTO tokens(hash, member_key, created_ms, expires_ms, revoked, device_replica_id)"
                   " VALUES ($1, $2, $3, $4, $5, $6)")
            .bind_bytes(1, token_hash)
            .bind(2, token.member_key)
            .bind(3, token.created_ms)
            .bind(4, token.expires_ms)
            .bind(5, std::int64_t{token.revoked ? 1 : 0})
            .bind_optional(6, token.device_replica_id)
            .run();
    });
}

Result<std::optional<TokenSession>> PgStore::find_session(const std::string& token_hash) {
    using R = Result<std::optional<TokenSession>>;
    return with_reader<R>([&](pg::Connection& db) -> R {
        auto q = db.query(
            "SELECT t.member_key, t.created_ms, t.expires_ms, t.revoked, t.device_replica_id, t.last_used_ms,"
            " c.disabled, e.entity, e.key, e.fields, e.unit, e.changed_seq"
            " FROM tokens t LEFT JOIN credentials c ON c.member_key = t.member_key"
            " LEFT JOIN entities e ON e.entity = 'member' AND e.key = t.member_key WHERE t.hash = $1");
        q.bind_bytes(1, token_hash);
        if (!q.step()) return std::optional<TokenSession>{};
        TokenSession session{{q.text(0), q.int64(1), q.int64(2), q.int64(3) != 0, std::nullopt, q.int64(5)},
                             std::nullopt, std::nullopt};
        if (!q.is_null(4)) session.token.device_replica_id = q.text(4);
        if (!q.is_null(6)) session.disabled = q.int64(6) != 0;
        if (!q.is_null(7)) session.member = read_entity(q, 7);
        return std::optional<TokenSession>{std::move(session)};
    });
}

Status PgStore::revoke_token(const std::string& token_hash) {
    return commit_job([&] { db_->query("UPDATE tokens SET revoked = 1 WHERE hash = $1").bind_bytes(1, token_hash).run(); });
}

Result<std::int64_t> PgStore::revoke_member_tokens(const std::string& member_key) {
    std::int64_t revoked = 0;
    auto done = commit_job([&] {
        auto q = db_->query("UPDATE tokens SET revoked = 1 WHERE member_key = $1 AND revoked = 0");
        q.bind(1, member_key).run();
        revoked = q.changes();
    });
    if (!done) return done.error();
    return revoked;
}

Status PgStore::order_wipe(const DeviceWipe& wipe) {
    return commit_job([&] {
        db_->query("INSERT INTO device_wipes(replica_id, reason, ordered_by, ordered_ms, delivered_ms)"
                   " VALUES ($1, $2, $3, $4, 0) ON CONFLICT(replica_id) DO UPDATE SET reason = excluded.reason,"
                   " ordered_by = excluded.ordered_by, ordered_ms = excluded.ordered_ms, delivered_ms = 0")
            .bind(1, wipe.replica_id)
            .bind(2, wipe.reason)
            .bind(3, wipe.by)
            .bind(4, wipe.ordered_ms)
            .run();
    });
}

Result<std::vector<DeviceWipe>> PgStore::list_wipes() {
    using R = Result<std::vector<DeviceWipe>>;
    return with_reader<R>([&](pg::Connection& db) -> R {
        auto q = db.query("SELECT replica_id, reason, ordered_by, ordered_ms, delivered_ms FROM device_wipes"
                          " ORDER BY ordered_ms DESC, replica_id COLLATE \"C\"");
        std::vector<DeviceWipe> out;
        while (q.step()) out.push_back(read_wipe(q));
        return out;
    });
}

Result<std::optional<DeviceWipe>> PgStore::find_wipe(const std::string& replica_id) {
    using R = Result<std::optional<DeviceWipe>>;
    return with_reader<R>([&](pg::Connection& db) -> R { return find_wipe_in(db, replica_id); });
}

Status PgStore::record_login_failure(const std::string& login, std::int64_t at_ms) {
    return commit_job([&] {
        db_->query("DELETE FROM login_failures WHERE login = $1 AND at_ms < $2")
            .bind(1, login)
            .bind(2, at_ms - kLoginFailureRetentionMs)
            .run();
        db_->query("INSERT INTO login_failures(login, at_ms) VALUES ($1, $2)").bind(1, login).bind(2, at_ms).run();
    });
}

Result<std::int64_t> PgStore::count_login_failures(const std::string& login, std::int64_t since_ms) {
    return with_reader<Result<std::int64_t>>([&](pg::Connection& db) -> Result<std::int64_t> {
        auto q = db.query("SELECT count(*) FROM login_failures WHERE login = $1 AND at_ms >= $2");
        q.bind(1, login).bind(2, since_ms);
        return q.step() ? q.int64(0) : 0;
    });
}

Status PgStore::clear_login_failures(const std::string& login) {
    return commit_job([&] { db_->query("DELETE FROM login_failures WHERE login = $1").bind(1, login).run(); });
}

Status PgStore::record_blob_upload(const std::string& hash, const std::string& member_key, std::int64_t at_ms) {
    return commit_job([&] {
        db_->query("INSERT INTO blob_uploads(hash, member_key, at_ms) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(1, hash)
            .bind(2, member_key)
            .bind(3, at_ms)
            .run();
    });
}

Result<bool> PgStore::is_blob_uploader(const std::string& hash, const std::string& member_key) {
    return with_reader<Result<bool>>([&](pg::Connection& db) -> Result<bool> {
        auto q = db.query("SELECT 1 FROM blob_uploads WHERE hash = $1 AND member_key = $2");
        q.bind(1, hash).bind(2, member_key);
        return q.step();
    });
}

Status PgStore::read(const std::function<void(StoreReader&)>& body) {
    return with_reader<Status>([&](pg::Connection& db) -> Status {
        pg::Transaction snapshot(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        PgTxn txn(*this, db);
        body(txn);
        snapshot.commit();
        return {};
    });
}

Status PgStore::write(const std::function<void(StoreWriter&)>& body) {
    return commit_job([&] {
        PgTxn txn(*this, *db_);
        body(txn);
        txn.flush();  // inside the job's savepoint: a failing row fails this job alone
    });
}

Result<std::unique_ptr<ServerStore>> create_pg_store(const std::string& url) {
    using R = Result<std::unique_ptr<ServerStore>>;
    if (sodium_init() < 0) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    try {
        return std::unique_ptr<ServerStore>(new PgStore(url, true));
    } catch (const pg::PgError& e) {
        const auto code = e.sqlstate() == "MUSTR" ? ErrorCode::bad_request : ErrorCode::storage;
        return R(Error{code, "--db: " + pg::redact(url) + ": " + e.what()});
    }
}

Result<std::unique_ptr<ServerStore>> open_pg_store(const std::string& url) {
    if (sodium_init() < 0) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    try {
        return std::unique_ptr<ServerStore>(new PgStore(url, false));
    } catch (const SchemaTooNew& e) {
        return Error{ErrorCode::version_too_new, "--db: " + pg::redact(url) + ": " + e.what()};
    } catch (const pg::PgError& e) {
        const auto code = e.sqlstate() == "MUSTR" ? ErrorCode::bad_request : ErrorCode::storage;
        return Error{code, "--db: " + pg::redact(url) + ": " + e.what()};
    }
}

}  // namespace muster::server
