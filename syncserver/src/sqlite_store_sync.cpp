// SqliteStore: the scope index (schema v2) and the read/write sessions /v1/sync uses.
//
// Scope index: every entity row carries `unit` (the unit whose scope holds it)
// and `changed_seq` (from one counter shared with departures); the index
// `entities_by_scope(unit, entity, changed_seq)` lets a pull read "what changed
// after seq S in unit U of type T" as one range scan. When an entity leaves a
// unit (a task moves, with its logs and conflicts), a `departures` row with its
// own seq from the same counter tells that unit's readers to drop it.
#include <algorithm>

#include "muster/json.hpp"
#include "muster/server/scope.hpp"
#include "sqlite_store.hpp"
#include "store_rows.hpp"

namespace muster::server {
namespace {

constexpr const char* kSchemaV2[] = {
    "ALTER TABLE entities ADD COLUMN parent TEXT NOT NULL DEFAULT ''",
    "DROP INDEX entities_by_unit",
    "CREATE INDEX entities_by_scope ON entities(unit, entity, changed_seq)",
    "CREATE INDEX entities_by_parent ON entities(parent)",
    "UPDATE entities SET parent = coalesce(json_extract(fields, '$.task.v'), '') WHERE entity = 'log'",
    ("UPDATE entities SET parent = json_extract(fields, '$.key.v')"
     " WHERE entity = 'conflict' AND json_extract(fields, '$.entity.v') = 'task'"),
    // the fields as pulls send them (JSON text), kept with every write so pulls need not re-encode
    "ALTER TABLE entities ADD COLUMN wire TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE departures(seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, key TEXT NOT NULL, unit TEXT NOT NULL)",
    "CREATE INDEX departures_by_scope ON departures(unit, entity, seq)",
};

/// v3: the inject scheduler's releases, an index of injects, and which logs
/// attach which blobs (logs are immutable: written once, with their log).
constexpr const char* kSchemaV3[] = {
    "CREATE TABLE attachments(hash TEXT NOT NULL, log TEXT NOT NULL, PRIMARY KEY(hash, log)) WITHOUT ROWID",
    "INSERT OR IGNORE INTO attachments(hash, log) SELECT a.value, e.key"
    " FROM entities e, json_each(json_extract(e.fields, '$.attachments.v')) a"
    " WHERE e.entity = 'log' AND json_type(e.fields, '$.attachments.v') = 'array'",
    "CREATE TABLE inject_releases(task TEXT PRIMARY KEY, offset_ms INTEGER NOT NULL, started_at INTEGER NOT NULL,"
    " released_ms INTEGER NOT NULL)",
    "CREATE INDEX tasks_with_offset ON entities(key)"
    " WHERE entity = 'task' AND json_extract(fields, '$.release_offset_ms.v') IS NOT NULL",
};

/// BEGIN (deferred) ... COMMIT for a read snapshot, rolled back if not committed.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sql::Database& db) : db_(db) { db_.query("BEGIN").run(); }
    ~ReadSnapshot() {
        if (done_) return;
        try {
            db_.query("ROLLBACK").run();
        } catch (const sql::SqliteError&) {  // nothing more to do while unwinding
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    void commit() {
        db_.query("COMMIT").run();
        done_ = true;
    }

private:
    sql::Database& db_;
    bool done_ = false;
};

}  // namespace

/// Reads over `db` (a reader's snapshot, or the writer's transaction); the
/// writes, only handed out by `write`, go through the store's write connection.
class SqliteTxn final : public StoreWriter {
public:
    SqliteTxn(SqliteStore& store, sql::Database& db) : store_(store), db_(db) {}

    std::optional<EntityRecord> get(const std::string& entity, const std::string& key) override {
        auto q = db_.query("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = ?1 AND key = ?2");
        q.bind(1, entity).bind(2, key);
        if (!q.step()) return std::nullopt;
        return read_entity_row(q);
    }

    std::vector<EntityRecord> list(const std::string& entity) override {
        return rows("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = ?1 ORDER BY changed_seq",
                    entity);
    }

    std::vector<UnitParent> unit_parents() override {
        auto q = db_.query("SELECT key, coalesce(json_extract(fields, '$.parent.v'), '') FROM entities"
                           " WHERE entity = 'unit'");
        std::vector<UnitParent> out;
        while (q.step()) out.push_back({q.text(0), q.text(1)});
        return out;
    }

    std::vector<EntityRecord> children(const std::string& task_key) override {
        return rows("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE parent = ?1 ORDER BY changed_seq",
                    task_key);
    }

    ScopePage scope_page(const ScopeQuery& query) override;

    std::vector<EntityRecord> logs_with_attachment(const std::string& hash) override {
        return rows("SELECT e.entity, e.key, e.fields, e.unit, e.changed_seq FROM attachments a"
                    " JOIN entities e ON e.entity = 'log' AND e.key = a.log WHERE a.hash = ?1",
                    hash);
    }

    std::vector<InjectRow> injects() override {
        // INDEXED BY: left to itself, the planner scans every task by the primary
        // key and parses each one's fields (the inject scheduler asks every tick:
        // with 100,000 tasks that was about half the server's CPU); the partial
        // index holds exactly the rows the WHERE clause selects.
        auto q = db_.query(
            "SELECT t.key, t.unit, json_extract(t.fields, '$.drill.v'), json_extract(t.fields, '$.release_offset_ms.v'),"
            " r.offset_ms, r.started_at, d.at_ms"
            " FROM entities t INDEXED BY tasks_with_offset LEFT JOIN inject_releases r ON r.task = t.key"
            " LEFT JOIN deliveries d ON d.task = t.key AND d.unit = t.unit"
            " WHERE t.entity = 'task' AND json_extract(t.fields, '$.release_offset_ms.v') IS NOT NULL");
        std::vector<InjectRow> out;
        while (q.step()) {
            if (q.is_null(2) || q.is_null(3)) continue;  // an offset without a drill is not an inject
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
        auto q = db_.query(
            "SELECT json_extract(op, '$.key'), json_extract(op, '$.fields'), json_extract(op, '$.hlc.ms'),"
            " json_extract(op, '$.hlc.c') FROM ops"
            " WHERE json_extract(op, '$.entity') = ?1 AND json_extract(op, '$.kind') = 'set' ORDER BY rowid");
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
        auto q = db_.query("SELECT 1 FROM ops WHERE id = ?1");
        q.bind(1, op_id);
        return q.step();
    }

    void record_op(const std::string& op_id, const std::string& replica_id, const std::string& author,
                   std::int64_t received_ms, const std::string& op_json) override {
        db_.query("INSERT INTO ops(id, replica_id, author, received_ms, op) VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, op_id)
            .bind(2, replica_id)
            .bind(3, author)
            .bind(4, received_ms)
            .bind(5, op_json)
            .run();
    }

    std::int64_t put(const EntityRecord& record) override { return store_.write_row(record); }

    std::int64_t depart(const std::string& entity, const std::string& key, const std::string& from_unit) override {
        const auto seq = store_.next_seq();
        db_.query("INSERT INTO departures(seq, entity, key, unit) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, seq)
            .bind(2, entity)
            .bind(3, key)
            .bind(4, from_unit)
            .run();
        return seq;
    }

    std::int64_t reseq(const std::string& entity, const std::string& key) override {
        const auto seq = store_.next_seq();
        db_.query("UPDATE entities SET changed_seq = ?1 WHERE entity = ?2 AND key = ?3")
            .bind(1, seq)
            .bind(2, entity)
            .bind(3, key)
            .run();
        return seq;
    }

    void record_release(const std::string& task, std::int64_t offset_ms, std::int64_t started_at,
                        std::int64_t at_ms) override {
        db_.query("INSERT INTO inject_releases(task, offset_ms, started_at, released_ms) VALUES (?1, ?2, ?3, ?4)"
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
        auto q = db_.query("SELECT value FROM meta WHERE key = 'hlc'");
        return q.step() ? parse_saved_clock(q.text(0)) : std::nullopt;
    }
    void record_deliveries(const std::vector<std::string>& tasks, const std::string& unit,
                           const std::string& replica_id, std::int64_t at_ms) override {
        for (const auto& task : tasks) {
            db_.query("INSERT OR IGNORE INTO deliveries(task, unit, replica_id, at_ms) VALUES (?1, ?2, ?3, ?4)")
                .bind(1, task)
                .bind(2, unit)
                .bind(3, replica_id)
                .bind(4, at_ms)
                .run();
        }
    }
    void touch_token(const std::string& token_hash, std::int64_t at_ms) override {
        store_.touch_token_in(token_hash, at_ms);
    }
    std::optional<DeviceWipe> device_wipe(const std::string& replica_id) override {
        return SqliteStore::find_wipe_in(db_, replica_id);
    }
    std::int64_t deliver_wipe(const std::string& replica_id, std::int64_t at_ms) override {
        return store_.deliver_wipe_in(replica_id, at_ms);
    }

private:
    /// Entity rows of a query selecting (entity, key, fields, unit, changed_seq) with one text parameter.
    std::vector<EntityRecord> rows(const char* sql, const std::string& param) {
        auto q = db_.query(sql);
        q.bind(1, param);
        std::vector<EntityRecord> out;
        while (q.step()) out.push_back(read_entity_row(q));
        return out;
    }

    SqliteStore& store_;
    sql::Database& db_;
};

ScopePage SqliteTxn::scope_page(const ScopeQuery& query) {
    std::vector<ScopeCandidate> found;
    const std::int64_t fetch = static_cast<std::int64_t>(query.limit) + 1;
    if (query.everything) {
        auto q = db_.query("SELECT changed_seq, rowid FROM entities WHERE changed_seq > ?1 ORDER BY changed_seq LIMIT ?2");
        q.bind(1, query.after).bind(2, fetch);
        while (q.step()) found.push_back({q.int64(0), false, q.int64(1), {}, {}});
    } else {
        for (const auto& slice : query.slices) {
            for (const auto& entity : slice.entities) {
                auto q = db_.query("SELECT changed_seq, rowid FROM entities WHERE unit = ?1 AND entity = ?2"
                                   " AND changed_seq > ?3 ORDER BY changed_seq LIMIT ?4");
                q.bind(1, slice.unit).bind(2, entity).bind(3, query.after).bind(4, fetch);
                while (q.step()) found.push_back({q.int64(0), false, q.int64(1), {}, {}});
                if (!slice.departures) continue;
                auto d = db_.query("SELECT seq, key FROM departures WHERE unit = ?1 AND entity = ?2 AND seq > ?3"
                                   " ORDER BY seq LIMIT ?4");
                d.bind(1, slice.unit).bind(2, entity).bind(3, query.after).bind(4, fetch);
                while (d.step()) found.push_back({d.int64(0), true, 0, entity, d.text(1)});
            }
        }
    }
    return pick_scope_page(found, query.limit, [&](ScopeCandidate& c, ScopeItem& item) {
        if (!c.gone) {
            auto q = db_.query("SELECT entity, key, unit, changed_seq, wire, parent FROM entities WHERE rowid = ?1");
            q.bind(1, c.row);
            if (!q.step()) return false;
            item.record.entity = q.text(0);
            item.record.key = q.text(1);
            item.record.unit = q.text(2);
            item.record.changed_seq = q.int64(3);
            item.wire = q.text(4);
            item.parent = q.text(5);
            return true;
        }
        item.record.entity = std::move(c.entity);
        item.record.key = std::move(c.key);
        auto q = db_.query("SELECT unit FROM entities WHERE entity = ?1 AND key = ?2");
        q.bind(1, item.record.entity).bind(2, item.record.key);
        if (q.step()) item.record.unit = q.text(0);
        return true;
    });
}

void SqliteStore::migrate_to_v2() {
    for (const char* statement : kSchemaV2) db_.execute(statement);
    std::vector<EntityRecord> rows;
    {
        auto q = db_.query("SELECT entity, key, fields, unit, changed_seq FROM entities");
        while (q.step()) rows.push_back(read_entity_row(q));
    }
    for (const auto& row : rows) {
        db_.query("UPDATE entities SET wire = ?1 WHERE entity = ?2 AND key = ?3")
            .bind(1, wire_text(row))
            .bind(2, row.entity)
            .bind(3, row.key)
            .run();
    }
}

std::int64_t SqliteStore::write_row(const EntityRecord& record) {
    const std::int64_t seq = next_seq();
    db_.query("INSERT INTO entities(entity, key, fields, unit, changed_seq, parent, wire)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
              " ON CONFLICT(entity, key) DO UPDATE SET fields = excluded.fields, unit = excluded.unit,"
              " changed_seq = excluded.changed_seq, parent = excluded.parent, wire = excluded.wire")
        .bind(1, record.entity)
        .bind(2, record.key)
        .bind(3, json_text(record.fields))
        .bind(4, record.unit)
        .bind(5, seq)
        .bind(6, parent_of(record))
        .bind(7, wire_text(record))
        .run();
    for (const auto& hash : attachment_hashes(record)) {
        db_.query("INSERT OR IGNORE INTO attachments(hash, log) VALUES (?1, ?2)").bind(1, hash).bind(2, record.key).run();
    }
    return seq;
}

void SqliteStore::save_clock(const Hlc& clock) {
    db_.query("UPDATE meta SET value = ?1 WHERE key = 'hlc'").bind(1, to_json(clock).dump()).run();
}

Status SqliteStore::read(const std::function<void(StoreReader&)>& body) {
    return with_reader<Status>([&](sql::Database& db) -> Status {
        ReadSnapshot snapshot(db);
        SqliteTxn txn(*this, db);
        body(txn);
        snapshot.commit();
        return {};
    });
}

Status SqliteStore::write(const std::function<void(StoreWriter&)>& body) {
    return commit_job([&] {
        SqliteTxn txn(*this, db_);
        body(txn);
    });
}

void SqliteStore::migrate_to_v3() {
    for (const char* statement : kSchemaV3) db_.execute(statement);
}

}  // namespace muster::server
