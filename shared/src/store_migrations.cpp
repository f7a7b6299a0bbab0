// Store schema versions. Each migration takes version N-1 to N; never edit a
// shipped one, add the next.
#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <string>

#include "muster/codec.hpp"

#include "store_impl.hpp"

namespace muster {
namespace {

// Schema 3, in words:
// - fields: one row per (entity, key, field). c_*: the confirmed value (as
//   acknowledged / sent by the server; c_ms NULL if none); `visible` says where
//   the visible value (confirmed + pending ops) is: 0 = the same as confirmed,
//   1 = in v_*, 2 = none. *_v holds a value in its SQLite type (TEXT string,
//   INTEGER, REAL) or as a BLOB of JSON (null, bool, array, object); *_author is
//   NULL when it is the stamp's replica.
// - outbox: n is the op's counter (its id is "<replica_id>-<n>"), so it orders
//   the queue and finds an acked op; the op's hlc replica is meta.replica_id;
//   `fields` and `base` are JSON objects (base NULL: no base). No other index:
//   the outbox stays small and is scanned by entity only when an op is rejected
//   or re-stamped.
#define MUSTER_FIELDS_TABLE                                          \
    "CREATE TABLE fields(\n"                                         \
    "  entity TEXT NOT NULL, key TEXT NOT NULL, field TEXT NOT NULL,\n" \
    "  c_v, c_ms INTEGER, c_c INTEGER, c_r TEXT, c_author TEXT,\n"   \
    "  visible INTEGER NOT NULL,\n"                                  \
    "  v_v, v_ms INTEGER, v_c INTEGER, v_r TEXT, v_author TEXT,\n"   \
    "  PRIMARY KEY (entity, key, field)) WITHOUT ROWID;\n"
#define MUSTER_OUTBOX_COLUMNS                                                                   \
    "(\n  n INTEGER PRIMARY KEY, id TEXT NOT NULL, entity TEXT NOT NULL, key TEXT NOT NULL,\n" \
    "  kind TEXT NOT NULL, hlc_ms INTEGER NOT NULL, hlc_c INTEGER NOT NULL,\n"                  \
    "  fields TEXT NOT NULL, base TEXT, created_ms INTEGER NOT NULL);\n"

/// The current schema for a new database in one step. It must equal the result
/// of every migration in turn (tests/core/migration_test.cpp checks it).
constexpr const char* kFreshSchema = R"sql(
CREATE TABLE meta(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  replica_id TEXT NOT NULL,
  next_op INTEGER NOT NULL,
  hlc_ms INTEGER NOT NULL, hlc_c INTEGER NOT NULL,
  seen_ms INTEGER NOT NULL, seen_c INTEGER NOT NULL, seen_r TEXT NOT NULL,
  clock_offset_ms INTEGER NOT NULL,
  cursor TEXT NOT NULL,
  last_sync_ms INTEGER);
CREATE TABLE rejected(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL, op TEXT NOT NULL,
  code TEXT NOT NULL, message TEXT NOT NULL, at_ms INTEGER NOT NULL);
)sql" MUSTER_FIELDS_TABLE "CREATE TABLE outbox" MUSTER_OUTBOX_COLUMNS;

struct Migration {
    const char* sql;
    /// Moves data after `sql` ran (nullptr: nothing to move), then `after` runs.
    Status (*convert)(sql::Db& db);
    const char* after;
};

Status convert_to_v3(sql::Db& db);

constexpr std::array<Migration, kStoreSchemaVersion> kMigrations{
    // 1: the first shipped schema.
    Migration{R"sql(
CREATE TABLE meta(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  replica_id TEXT NOT NULL,
  next_op INTEGER NOT NULL,
  hlc_ms INTEGER NOT NULL, hlc_c INTEGER NOT NULL,
  seen_ms INTEGER NOT NULL, seen_c INTEGER NOT NULL, seen_r TEXT NOT NULL,
  clock_offset_ms INTEGER NOT NULL,
  cursor TEXT NOT NULL);
CREATE TABLE entities(
  entity TEXT NOT NULL, key TEXT NOT NULL,
  state TEXT NOT NULL,       -- visible: confirmed + pending ops
  confirmed TEXT,            -- as acknowledged / sent by the server; NULL if never
  deleted INTEGER NOT NULL,
  PRIMARY KEY (entity, key)) WITHOUT ROWID;
-- n is the op's counter (its id is "<replica_id>-<n>"), so it orders the queue
-- and finds an acked op. No other index: the outbox stays small and is scanned
-- by entity only when an op is rejected or re-stamped.
CREATE TABLE outbox(
  n INTEGER PRIMARY KEY, id TEXT NOT NULL,
  entity TEXT NOT NULL, key TEXT NOT NULL, op TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE TABLE rejected(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL, op TEXT NOT NULL,
  code TEXT NOT NULL, message TEXT NOT NULL, at_ms INTEGER NOT NULL);
)sql",
              nullptr, nullptr},
    // 2: when the device last synced, for the UI.
    Migration{R"sql(
ALTER TABLE meta ADD COLUMN last_sync_ms INTEGER;
)sql",
              nullptr, nullptr},
    // 3: per-field state rows (a change to one field writes one row) and the
    // outbox as columns instead of JSON documents.
    Migration{MUSTER_FIELDS_TABLE "CREATE TABLE outbox_v3" MUSTER_OUTBOX_COLUMNS, convert_to_v3,
              "DROP TABLE entities; DROP TABLE outbox; ALTER TABLE outbox_v3 RENAME TO outbox;"},
};

#undef MUSTER_FIELDS_TABLE
#undef MUSTER_OUTBOX_COLUMNS

Result<std::optional<EntityState>> stored_state(EntityType entity, const std::string& key, const sql::Stmt& stmt,
                                                int column) {
    if (stmt.is_null(column)) return std::optional<EntityState>();
    const auto parsed = nlohmann::json::parse(stmt.view(column), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) return Error{ErrorCode::storage, "stored state of " + key + " is not JSON"};
    auto state = state_from_storage(entity, key, parsed);
    if (!state) return state.error();
    return std::optional<EntityState>(std::move(*state));
}

Status convert_to_v3(sql::Db& db) {
    auto entities = db.prepare("SELECT entity, key, state, confirmed FROM entities ORDER BY entity, key");
    auto insert = db.prepare(
        "INSERT INTO fields(entity, key, field, c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!entities) return entities.error();
    if (!insert) return insert.error();
    while (true) {
        auto more = entities->step();
        if (!more) return more.error();
        if (!*more) break;
        const auto type = entity_type_from_string(entities->view(0));
        if (!type) return Error{ErrorCode::storage, "unknown entity type in the database"};
        const std::string key = entities->text(1);
        auto visible = stored_state(*type, key, *entities, 2);
        if (!visible) return visible.error();
        auto confirmed = stored_state(*type, key, *entities, 3);
        if (!confirmed) return confirmed.error();
        detail::EntityRows rows;
        rows.complete = true;
        if (*confirmed) detail::assign(rows, **confirmed, /*confirmed=*/true);
        if (*visible) detail::assign(rows, **visible, /*confirmed=*/false);
        for (const auto& [name, slot] : rows.fields) {
            if (!slot.confirmed && !slot.visible) continue;
            insert->bind_static(1, to_string(*type)).bind_static(2, key).bind_static(3, name);
            detail::bind_slot(*insert, 4, slot);
            if (auto s = insert->run(); !s) return s;
        }
    }
    auto ops = db.prepare("SELECT n, op, created_ms FROM outbox ORDER BY n");
    auto append = db.prepare(
        "INSERT INTO outbox_v3(n, id, entity, key, kind, hlc_ms, hlc_c, fields, base, created_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ops) return ops.error();
    if (!append) return append.error();
    detail::OutboxText text;
    while (true) {
        auto more = ops->step();
        if (!more) return more.error();
        if (!*more) break;
        const auto parsed = nlohmann::json::parse(ops->view(1), nullptr, /*allow_exceptions=*/false);
        auto op = decode_op(parsed);
        if (!op) return Error{ErrorCode::storage, "stored op is invalid: " + op.error().message};
        detail::bind_outbox(*append, 1, static_cast<std::uint64_t>(ops->int64(0)), *op, ops->int64(2), text);
        if (auto s = append->run(); !s) return s;
    }
    return {};
}

}  // namespace

std::string make_replica_id(std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    static constexpr char kHex[] = "0123456789abcdef";
    const std::uint64_t bits = rng();
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[static_cast<std::size_t>(i)] = kHex[(bits >> (60 - 4 * i)) & 0xF];
    return out;
}

namespace {

std::string format_uuid(std::uint64_t hi, std::uint64_t lo) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 32; ++i) {
        const std::uint64_t word = i < 16 ? hi : lo;
        out += kHex[(word >> (60 - 4 * (i % 16))) & 0xF];
        if (i == 7 || i == 11 || i == 15 || i == 19) out += '-';
    }
    return out;
}

constexpr std::uint64_t kVariantMask = 0xC000ULL << 48;
constexpr std::uint64_t kVariant10 = 0x8000ULL << 48;

}  // namespace

std::string make_uuid(std::uint64_t hi, std::uint64_t lo) {
    hi = (hi & ~0xF000ULL) | 0x4000ULL;  // version 4
    return format_uuid(hi, (lo & ~kVariantMask) | kVariant10);
}

std::string make_uuid_v7(std::int64_t unix_ms, std::uint64_t hi, std::uint64_t lo) {
    constexpr std::int64_t kMaxMs = (std::int64_t{1} << 48) - 1;
    const auto ms = static_cast<std::uint64_t>(std::clamp<std::int64_t>(unix_ms, 0, kMaxMs));
    hi = (ms << 16) | 0x7000ULL | (hi & 0x0FFFULL);  // unix_ts_ms, version 7, rand_a
    return format_uuid(hi, (lo & ~kVariantMask) | kVariant10);
}

Status migrate_store(sql::Db& db, int from, int to, std::uint64_t seed) {
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s) return s;
    if (from == 0 && to == kStoreSchemaVersion) {
        // A new database: the current schema at once (cheaper than replaying history).
        if (auto s = db.exec(kFreshSchema); !s) {
            return Error{ErrorCode::storage, "creating the schema failed: " + s.error().message};
        }
    } else {
        for (int v = from + 1; v <= to; ++v) {
            const Migration& m = kMigrations[static_cast<std::size_t>(v - 1)];
            Status s = db.exec(m.sql);
            if (s && m.convert) s = m.convert(db);
            if (s && m.after) s = db.exec(m.after);
            if (!s) {
                return Error{ErrorCode::storage,
                             "migration to version " + std::to_string(v) + " failed: " + s.error().message};
            }
        }
    }
    if (from == 0 && to >= 1) {
        auto insert = db.prepare(
            "INSERT INTO meta(id, replica_id, next_op, hlc_ms, hlc_c, seen_ms, seen_c, seen_r, clock_offset_ms, "
            "cursor) VALUES (1, ?, 1, 0, 0, 0, 0, '', 0, '')");
        if (!insert) return insert.error();
        if (auto s = insert->bind(1, make_replica_id(seed)).run(); !s) return s;
    }
    if (auto s = db.exec("PRAGMA user_version = " + std::to_string(to)); !s) return s;  // sql-ok: a PRAGMA takes no parameter; an integer
    return tx.commit();
}

Status create_in_memory(sql::Db& db, std::uint64_t seed) {
    // Without serialize (the SQLCipher build), the schema is made in place.
    if (!sql::Db::serialize_available()) return migrate_store(db, 0, kStoreSchemaVersion, seed);
    struct Template {
        std::string image;
        std::optional<Error> error;
    };
    static const Template kTemplate = [] {
        Template t;
        auto scratch = sql::Db::open(":memory:");
        if (!scratch) {
            t.error = scratch.error();
            return t;
        }
        Status made = migrate_store(*scratch, 0, kStoreSchemaVersion, 0);
        auto image = made ? scratch->serialize() : Result<std::string>(made.error());
        if (image) t.image = std::move(*image);
        else t.error = image.error();
        return t;
    }();
    if (kTemplate.error) return *kTemplate.error;
    if (auto s = db.deserialize(kTemplate.image); !s) return s;
    auto identity = db.prepare("UPDATE meta SET replica_id = ? WHERE id = 1");
    if (!identity) return identity.error();
    return identity->bind(1, make_replica_id(seed)).run();
}

Status create_store_at_version(const std::string& path, int version, std::uint64_t seed) {
    if (version < 0 || version > kStoreSchemaVersion) return Error{ErrorCode::bad_request, "no such schema version"};
    auto db = sql::Db::open(path);
    if (!db) return db.error();
    auto current = db->query_int("PRAGMA user_version");
    if (!current) return current.error();
    if (*current > version) return Error{ErrorCode::bad_request, "database is already newer"};
    return migrate_store(*db, static_cast<int>(*current), version, seed);
}

}  // namespace muster
