#pragma once
// Internal state of muster::Store, shared by store*.cpp.
//
// Storage (schema 3): one `fields` row per (entity, key, field) holding the
// confirmed value and, when it differs, the visible one; the outbox holds each
// op as columns. A transaction works on a `RowCache`: the fields it touches are
// loaded once (one field by primary key, or a whole entity when it needs all of
// it), merged in memory, and only the changed rows are written at the end.

#include <array>
#include <atomic>
#include <map>
#include <optional>
#include <utility>

#include "muster/store.hpp"
#include "sqlite.hpp"

namespace muster {
namespace detail {

/// One field of one entity: its confirmed and visible values (either may be
/// absent; a row with neither is deleted).
struct FieldSlot {
    std::optional<FieldValue> confirmed;
    std::optional<FieldValue> visible;
    bool in_db = false;  ///< a row exists for it (UPDATE/DELETE rather than INSERT)
    bool dirty = false;
};

/// The loaded fields of one entity during a transaction.
struct EntityRows {
    std::map<std::string, FieldSlot, std::less<>> fields;
    bool complete = false;  ///< every stored field is in `fields`
    int point_loads = 0;    ///< fields loaded one by one (the second one loads the rest at once)
};

using RowKey = std::pair<EntityType, std::string>;
using RowRef = std::pair<EntityType, std::string_view>;

/// Orders RowKeys, and finds them by RowRef without copying the key.
struct RowKeyLess {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
        if (a.first != b.first) return a.first < b.first;
        return std::string_view(a.second) < std::string_view(b.second);
    }
};
using RowCache = std::map<RowKey, EntityRows, RowKeyLess>;

/// Prepared statements, prepared on first use (opening a store stays cheap).
enum class Query : std::uint8_t {
    select_field,
    select_entity,
    insert_field,
    insert_fields,  ///< kBatchRows rows
    insert_new_field,
    update_field,
    delete_field,
    insert_outbox,
    insert_outboxes,  ///< kBatchRows rows
    restamp_outbox,
    delete_outbox,
    select_outbox_op,
    select_pending,
    select_outbox_batch,
    count_outbox,
    oldest_outbox,
    insert_rejected,
    save_meta,
    list_entities,
    all_entities,
    latest_keys,
    count_,
};

/// Rows per multi-row INSERT (a statement's fixed cost is shared by the rows).
inline constexpr int kBatchRows = 16;
inline constexpr int kFieldParams = 14;   ///< per `fields` row: entity, key, field, 11 slot columns
inline constexpr int kOutboxParams = 10;  ///< per outbox row

struct StoreImpl {
    StoreImpl(sql::Db database, const Clock& wall_clock, std::string replica)
        : db(std::move(database)), wall(wall_clock), corrected(wall_clock), replica_id(std::move(replica)),
          hlc(replica_id, corrected) {}

    sql::Db db;
    const Clock& wall;
    OffsetClock corrected;
    std::string replica_id;
    HlcClock hlc;
    std::uint64_t next_op = 1;
    Hlc seen;  ///< max stamp observed from the server or accepted by it (the rewind floor)
    std::string cursor;
    std::optional<std::int64_t> last_sync_ms;
    std::array<sql::Stmt, static_cast<std::size_t>(Query::count_)> statements;

    /// The prepared statement for `q` (reset, no bindings).
    Result<sql::Stmt*> query(Query q);
    Status save_meta();
    /// Re-reads the meta row written by any connection (call inside the write transaction).
    Status refresh_meta();

    /// The cache entry for (entity, key), created empty (nothing loaded yet).
    EntityRows& rows(RowCache& cache, EntityType entity, const std::string& key);
    /// The cache entry for (entity, key) if there is one.
    EntityRows* find_rows(RowCache& cache, EntityType entity, std::string_view key);
    /// Stores `value` as the confirmed and visible value of a field that has no
    /// row yet, in one statement (the merge of a value into nothing is that
    /// value). False, changing nothing, when the row exists. Must not be used
    /// for a field in the cache, nor for an entity loaded whole.
    Result<bool> insert_if_new(EntityType entity, const std::string& key, std::string_view name,
                               const FieldValue& value);
    /// One field, loaded unless already known: by primary key the first time,
    /// with all the entity's other fields the next (an entity touched twice in
    /// a transaction is likely touched more).
    Result<FieldSlot*> field(EntityRows& rows, EntityType entity, const std::string& key, std::string_view name);
    /// Loads every stored field of the entity not loaded yet.
    Status load_all(EntityRows& rows, EntityType entity, const std::string& key);
    /// Writes every dirty field (deleting rows with no value left).
    Status flush(RowCache& cache);
    /// Applies an op to the confirmed or the visible side of an entity (the merge
    /// of `apply_op`, field by field for set/delete). Returns the rejection of an
    /// `append` that conflicts with what exists (`immutable`), leaving it untouched.
    Result<std::optional<Error>> apply(EntityRows& rows, const Op& op, bool confirmed);
    /// visible = confirmed ⊔ pending outbox ops of the entity.
    Status recompute(EntityRows& rows, EntityType entity, const std::string& key);
    /// Applies writes (one transaction must be open).
    Result<std::vector<Op>> write_locked(const std::vector<LocalWrite>& writes);
    /// The outbox op numbered `n`, if still queued.
    Result<std::optional<Op>> outbox_op(std::uint64_t n);
};

// ---- row encoding (store_rows.cpp) ----

/// Binds a JSON value in its native SQLite type: strings as TEXT, integers as
/// INTEGER, floats as REAL, anything else (null, bools, arrays, objects) as a
/// BLOB of its JSON text.
void bind_value(sql::Stmt& stmt, int index, const nlohmann::json& value);
/// Reads back what `bind_value` wrote (integers ≥ 0 as unsigned, as the JSON parser makes them).
Result<nlohmann::json> read_value(const sql::Stmt& stmt, int column);

/// Reads the 11 columns after (entity, key, field) of a `fields` row —
/// c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author —
/// starting at `first`.
Result<FieldSlot> read_slot(const sql::Stmt& stmt, int first);
/// Binds the 11 slot columns starting at `first`.
void bind_slot(sql::Stmt& stmt, int first, const FieldSlot& slot);

/// The confirmed or visible fields of loaded rows as an entity state.
[[nodiscard]] EntityState state_of(const EntityRows& rows, EntityType entity, const std::string& key, bool confirmed);
/// Replaces the confirmed or visible side of every field by `state` (rows must be complete).
void assign(EntityRows& rows, const EntityState& state, bool confirmed);
/// Last-writer-wins of one field (the rule of `merge_state`); true when it changed.
bool lww(std::optional<FieldValue>& slot, const FieldValue& incoming);
bool lww(std::optional<FieldValue>& slot, FieldValue&& incoming);

/// The JSON text columns of an outbox row, kept alive until the insert ran.
struct OutboxText {
    std::string fields;
    std::string base;
};
/// Binds n, id, entity, key, kind, hlc_ms, hlc_c, fields, base, created_ms
/// at first..first+9; `op` and `text` must outlive the run.
void bind_outbox(sql::Stmt& stmt, int first, std::uint64_t n, const Op& op, std::int64_t created_ms,
                 OutboxText& text);
/// The `base` column text of an op (a JSON object of hlcs).
[[nodiscard]] std::string encode_base(const std::map<std::string, Hlc>& base);
/// An op from the outbox columns id, entity, key, kind, hlc_ms, hlc_c, fields,
/// base starting at `first`; its hlc's replica is `replica_id`.
Result<Op> op_from_row(const sql::Stmt& stmt, int first, const std::string& replica_id);

}  // namespace detail

/// Creates the current schema in an empty database, or migrates an older one
/// (store_migrations.cpp).
Status migrate_store(sql::Db& db, int from, int to, std::uint64_t seed);
/// Gives an empty in-memory database the current schema by copying a template
/// made once per process (cheaper than creating the tables each time).
Status create_in_memory(sql::Db& db, std::uint64_t seed);

}  // namespace muster
