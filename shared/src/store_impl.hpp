#pragma once
// Internal state of muster::Store, shared by store*.cpp.

#include <atomic>
#include <map>
#include <utility>

#include "muster/store.hpp"
#include "sqlite.hpp"

namespace muster {
namespace detail {

/// The wall clock corrected by the server offset; feeds the store's HlcClock.
class OffsetClock final : public Clock {
public:
    explicit OffsetClock(const Clock& wall) : wall_(wall) {}
    [[nodiscard]] std::int64_t now_ms() const override { return wall_.now_ms() + offset_.load(); }
    void set_offset(std::int64_t offset) { offset_.store(offset); }
    [[nodiscard]] std::int64_t offset() const { return offset_.load(); }

private:
    const Clock& wall_;
    std::atomic<std::int64_t> offset_{0};
};

using RowKey = std::pair<EntityType, std::string>;

/// One `entities` row loaded for a transaction.
struct Row {
    EntityState visible;
    std::optional<EntityState> confirmed;
    bool dirty = false;
};

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

    sql::Stmt select_row, upsert_row, delete_row, insert_outbox, update_outbox, delete_outbox, select_outbox_op,
        select_pending, save_meta_stmt, select_outbox_batch, count_outbox, oldest_outbox;

    Status prepare_statements();
    Status load_meta();
    Status save_meta();

    /// Loads (or creates empty) the row for (entity, key) into `rows`.
    Result<Row*> load(std::map<RowKey, Row>& rows, EntityType entity, const std::string& key);
    /// Writes every dirty row (deleting rows with no state left).
    Status flush(std::map<RowKey, Row>& rows);
    /// visible = confirmed ⊔ pending outbox ops of the entity.
    Status recompute(Row& row, EntityType entity, const std::string& key);
    /// Applies writes (one transaction must be open).
    Result<std::vector<Op>> write_locked(const std::vector<LocalWrite>& writes);
};

}  // namespace detail

/// Store schema migrations (store_migrations.cpp).
Status migrate_store(sql::Db& db, int from, int to, std::uint64_t seed);

}  // namespace muster
