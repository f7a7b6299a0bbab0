// Store: opening, local writes and queries. Sync results: store_sync.cpp.
#include "muster/store.hpp"

#include <algorithm>
#include <random>

#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "store_impl.hpp"

namespace muster {

using nlohmann::json;
using detail::Row;
using detail::RowKey;

namespace {

Result<std::optional<EntityState>> parse_state(EntityType entity, std::string key, const std::string& text) {
    auto parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) return Error{ErrorCode::storage, "stored state of " + key + " is not JSON"};
    auto state = state_from_storage(entity, std::move(key), parsed);
    if (!state) return state.error();
    return std::optional<EntityState>(std::move(*state));
}

Result<Op> parse_op(const std::string& text) {
    auto parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) return Error{ErrorCode::storage, "stored op is not JSON"};
    auto op = decode_op(parsed);
    if (!op) return Error{ErrorCode::storage, "stored op is invalid: " + op.error().message};
    return op;
}

}  // namespace

Status detail::StoreImpl::prepare_statements() {
    struct Item {
        sql::Stmt* stmt;
        const char* text;
    };
    const Item items[] = {
        {&select_row, "SELECT state, confirmed FROM entities WHERE entity = ? AND key = ?"},
        {&upsert_row,
         "INSERT INTO entities(entity, key, state, confirmed, deleted) VALUES (?, ?, ?, ?, ?) "
         "ON CONFLICT(entity, key) DO UPDATE SET state = excluded.state, confirmed = excluded.confirmed, "
         "deleted = excluded.deleted"},
        {&delete_row, "DELETE FROM entities WHERE entity = ? AND key = ?"},
        {&insert_outbox, "INSERT INTO outbox(n, id, entity, key, op, created_ms) VALUES (?, ?, ?, ?, ?, ?)"},
        {&update_outbox, "UPDATE outbox SET op = ? WHERE n = ?"},
        {&delete_outbox, "DELETE FROM outbox WHERE n = ?"},
        {&select_outbox_op, "SELECT op FROM outbox WHERE n = ?"},
        {&select_pending, "SELECT op FROM outbox WHERE entity = ? AND key = ? ORDER BY n"},
        {&select_outbox_batch, "SELECT op FROM outbox ORDER BY n LIMIT ?"},
        {&count_outbox, "SELECT count(*) FROM outbox"},
        {&oldest_outbox, "SELECT min(created_ms) FROM outbox"},
        {&save_meta_stmt,
         "UPDATE meta SET next_op = ?, hlc_ms = ?, hlc_c = ?, seen_ms = ?, seen_c = ?, seen_r = ?, "
         "clock_offset_ms = ?, cursor = ?, last_sync_ms = ? WHERE id = 1"},
    };
    for (const auto& item : items) {
        auto stmt = db.prepare(item.text);
        if (!stmt) return stmt.error();
        *item.stmt = std::move(*stmt);
    }
    return {};
}

Status detail::StoreImpl::load_meta() {
    auto stmt = db.prepare(
        "SELECT next_op, hlc_ms, hlc_c, seen_ms, seen_c, seen_r, clock_offset_ms, cursor, last_sync_ms "
        "FROM meta WHERE id = 1");
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Error{ErrorCode::storage, "the database has no meta row"};
    next_op = static_cast<std::uint64_t>(stmt->int64(0));
    hlc.restore(Hlc{stmt->int64(1), static_cast<std::uint16_t>(stmt->int64(2)), replica_id});
    seen = Hlc{stmt->int64(3), static_cast<std::uint16_t>(stmt->int64(4)), stmt->text(5)};
    corrected.set_offset(stmt->int64(6));
    cursor = stmt->text(7);
    if (!stmt->is_null(8)) last_sync_ms = stmt->int64(8);
    return {};
}

Status detail::StoreImpl::save_meta() {
    const Hlc last = hlc.last();
    auto& s = save_meta_stmt;
    s.bind(1, static_cast<std::int64_t>(next_op)).bind(2, last.ms).bind(3, std::int64_t{last.c});
    s.bind(4, seen.ms).bind(5, std::int64_t{seen.c}).bind(6, seen.r).bind(7, corrected.offset()).bind(8, cursor);
    if (last_sync_ms) s.bind(9, *last_sync_ms);
    else s.bind_null(9);
    return s.run();
}

Result<Row*> detail::StoreImpl::load(std::map<RowKey, Row>& rows, EntityType entity, const std::string& key) {
    auto [it, inserted] = rows.try_emplace(RowKey{entity, key});
    Row& row = it->second;
    if (!inserted) return &row;
    row.visible = EntityState{entity, key, {}};
    select_row.bind(1, to_string(entity)).bind(2, key);
    auto found = select_row.step();
    if (!found) return found.error();
    if (*found) {
        auto visible = parse_state(entity, key, select_row.text(0));
        if (!visible) return visible.error();
        row.visible = std::move(**visible);
        if (!select_row.is_null(1)) {
            auto confirmed = parse_state(entity, key, select_row.text(1));
            if (!confirmed) return confirmed.error();
            row.confirmed = std::move(*confirmed);
        }
    }
    select_row.reset();
    return &row;
}

Status detail::StoreImpl::flush(std::map<RowKey, Row>& rows) {
    for (auto& [id, row] : rows) {
        if (!row.dirty) continue;
        const std::string entity(to_string(id.first));
        if (row.visible.fields.empty() && !row.confirmed) {
            if (auto s = delete_row.bind(1, entity).bind(2, id.second).run(); !s) return s;
            continue;
        }
        upsert_row.bind(1, entity).bind(2, id.second).bind(3, storage_json(row.visible).dump());
        if (row.confirmed) upsert_row.bind(4, storage_json(*row.confirmed).dump());
        else upsert_row.bind_null(4);
        upsert_row.bind(5, std::int64_t{is_deleted(row.visible) ? 1 : 0});
        if (auto s = upsert_row.run(); !s) return s;
        row.dirty = false;
    }
    return {};
}

Status detail::StoreImpl::recompute(Row& row, EntityType entity, const std::string& key) {
    row.visible = row.confirmed ? *row.confirmed : EntityState{entity, key, {}};
    select_pending.bind(1, to_string(entity)).bind(2, key);
    while (true) {
        auto more = select_pending.step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = parse_op(select_pending.text(0));
        if (!op) {
            select_pending.reset();
            return op.error();
        }
        (void)apply_op(row.visible, *op, replica_id);
    }
    select_pending.reset();
    row.dirty = true;
    return {};
}

Result<std::vector<Op>> detail::StoreImpl::write_locked(const std::vector<LocalWrite>& writes) {
    std::map<RowKey, Row> rows;
    std::vector<Op> ops;
    ops.reserve(writes.size());
    const std::int64_t now = wall.now_ms();
    for (const auto& w : writes) {
        auto row = load(rows, w.entity, w.key);
        if (!row) return row.error();
        Op op{make_op_id(replica_id, next_op), hlc.now(), w.kind, w.entity, w.key, w.fields, std::nullopt};
        if (w.kind == OpKind::set) {
            op.base.emplace();
            for (const auto& [name, _] : w.fields.items()) {
                const auto seen_value = (*row)->visible.fields.find(name);
                if (seen_value != (*row)->visible.fields.end()) op.base->emplace(name, seen_value->second.hlc);
            }
        }
        if (auto valid = validate_op(op); !valid) return valid.error();
        auto outcome = apply_op((*row)->visible, op, replica_id);
        if (outcome.rejection) return *outcome.rejection;
        (*row)->dirty = true;
        insert_outbox.bind(1, static_cast<std::int64_t>(next_op)).bind(2, op.id).bind(3, to_string(op.entity));
        insert_outbox.bind(4, op.key).bind(5, encode_op(op).dump()).bind(6, now);
        if (auto s = insert_outbox.run(); !s) return s.error();
        ++next_op;
        ops.push_back(std::move(op));
    }
    if (auto s = flush(rows); !s) return s.error();
    if (auto s = save_meta(); !s) return s.error();
    return ops;
}

Store::Store(std::unique_ptr<detail::StoreImpl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Result<Store> Store::open(const std::string& path, const Clock& wall, const StoreOptions& options) {
    auto db = sql::Db::open(path);
    if (!db) return db.error();
    auto version = db->query_int("PRAGMA user_version");
    if (!version) return Error{ErrorCode::storage, path + " is not a Muster database: " + version.error().message};
    if (*version > kStoreSchemaVersion) {
        return Error{ErrorCode::version_too_new,
                     "the database " + path + " was written by a newer version of Muster (schema " +
                         std::to_string(*version) + ", this build knows up to " + std::to_string(kStoreSchemaVersion) +
                         "); update the app to open it"};
    }
    if (auto s = db->exec("PRAGMA journal_mode = WAL"); !s) return s.error();
    if (auto s = db->exec(options.full_sync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"); !s) {
        return s.error();
    }
    // An integer option, not user data: safe to format into the pragma.
    if (auto s = db->exec("PRAGMA cache_size = -" + std::to_string(std::max(options.cache_kib, 256))); !s) {
        return s.error();
    }
    if (*version < kStoreSchemaVersion) {
        const std::uint64_t seed = options.seed ? *options.seed : (std::uint64_t{std::random_device{}()} << 32) ^
                                                                      std::random_device{}();
        if (auto s = migrate_store(*db, static_cast<int>(*version), kStoreSchemaVersion, seed); !s) return s.error();
    }
    std::string replica_id;
    {  // the statement is finalized before the connection moves
        auto replica = db->prepare("SELECT replica_id FROM meta WHERE id = 1");
        if (!replica) return replica.error();
        auto has = replica->step();
        if (!has || !*has) return Error{ErrorCode::storage, "the database has no replica id"};
        replica_id = replica->text(0);
    }
    auto impl = std::make_unique<detail::StoreImpl>(std::move(*db), wall, std::move(replica_id));
    if (auto s = impl->prepare_statements(); !s) return s.error();
    if (auto s = impl->load_meta(); !s) return s.error();
    return Store(std::move(impl));
}

const std::string& Store::replica_id() const { return impl_->replica_id; }
HlcClock& Store::clock() { return impl_->hlc; }
std::int64_t Store::clock_offset_ms() const { return impl_->corrected.offset(); }
std::string Store::cursor() const { return impl_->cursor; }
std::optional<std::int64_t> Store::last_sync_ms() const { return impl_->last_sync_ms; }

Result<std::vector<Op>> Store::write_batch(const std::vector<LocalWrite>& writes) {
    sql::Transaction tx(impl_->db);
    if (auto s = tx.begin(); !s) return s.error();
    const std::uint64_t next_before = impl_->next_op;
    auto ops = impl_->write_locked(writes);
    if (ops) {
        if (auto s = tx.commit(); !s) ops = s.error();
    }
    if (!ops) impl_->next_op = next_before;
    return ops;
}

Result<Op> Store::write_set(EntityType entity, const std::string& key, json fields) {
    auto ops = write_batch({LocalWrite{OpKind::set, entity, key, std::move(fields)}});
    if (!ops) return ops.error();
    return std::move(ops->front());
}

Result<Op> Store::write_append(EntityType entity, const std::string& key, json fields) {
    auto ops = write_batch({LocalWrite{OpKind::append, entity, key, std::move(fields)}});
    if (!ops) return ops.error();
    return std::move(ops->front());
}

Result<Op> Store::write_delete(EntityType entity, const std::string& key) {
    auto ops = write_batch({LocalWrite{OpKind::del, entity, key, json::object()}});
    if (!ops) return ops.error();
    return std::move(ops->front());
}

Result<std::vector<Op>> Store::outbox_batch(std::size_t max) {
    auto& stmt = impl_->select_outbox_batch;
    stmt.bind(1, static_cast<std::int64_t>(max));
    std::vector<Op> ops;
    while (true) {
        auto more = stmt.step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = parse_op(stmt.text(0));
        if (!op) {
            stmt.reset();
            return op.error();
        }
        ops.push_back(std::move(*op));
    }
    stmt.reset();
    return ops;
}

Result<std::optional<EntityState>> Store::get_raw(EntityType entity, const std::string& key) {
    auto& s = impl_->select_row;
    s.bind(1, to_string(entity)).bind(2, key);
    auto found = s.step();
    if (!found) return found.error();
    if (!*found) {
        s.reset();
        return std::optional<EntityState>();
    }
    auto state = parse_state(entity, key, s.text(0));
    s.reset();
    return state;
}

Result<std::optional<EntityState>> Store::get(EntityType entity, const std::string& key) {
    auto state = get_raw(entity, key);
    if (state && *state && ((*state)->fields.empty() || is_deleted(**state))) return std::optional<EntityState>();
    return state;
}

Result<std::vector<EntityState>> Store::list(EntityType entity, const Filter& filter) {
    auto stmt = impl_->db.prepare("SELECT key, state FROM entities WHERE entity = ? AND deleted = 0 ORDER BY key");
    if (!stmt) return stmt.error();
    stmt->bind(1, to_string(entity));
    std::vector<EntityState> out;
    while (true) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) break;
        auto state = parse_state(entity, stmt->text(0), stmt->text(1));
        if (!state) return state.error();
        auto& s = **state;
        if (s.fields.empty()) continue;  // confirmed-only rows with nothing visible
        const bool match = std::all_of(filter.begin(), filter.end(), [&](const auto& f) {
            const auto it = s.fields.find(f.first);
            return it != s.fields.end() ? it->second.v == f.second : f.second.is_null();
        });
        if (match) out.push_back(std::move(s));
    }
    return out;
}

std::int64_t Store::pending_count() {
    auto& stmt = impl_->count_outbox;
    auto row = stmt.step();
    const std::int64_t n = row && *row ? stmt.int64(0) : 0;
    stmt.reset();
    return n;
}

std::optional<std::int64_t> Store::oldest_pending_ms() {
    auto& stmt = impl_->oldest_outbox;
    auto row = stmt.step();
    std::optional<std::int64_t> oldest;
    if (row && *row && !stmt.is_null(0)) oldest = stmt.int64(0);
    stmt.reset();
    return oldest;
}

Result<std::vector<RejectedOp>> Store::rejected() {
    auto stmt = impl_->db.prepare("SELECT op, code, message, at_ms FROM rejected ORDER BY seq");
    if (!stmt) return stmt.error();
    std::vector<RejectedOp> out;
    while (true) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = parse_op(stmt->text(0));
        if (!op) return op.error();
        const auto code = error_code_from_string(stmt->text(1)).value_or(ErrorCode::internal);
        out.push_back(RejectedOp{std::move(*op), Error{code, stmt->text(2)}, stmt->int64(3)});
    }
    return out;
}

Status Store::dismiss_rejected(const std::string& op_id) {
    auto stmt = impl_->db.prepare("DELETE FROM rejected WHERE id = ?");
    if (!stmt) return stmt.error();
    return stmt->bind(1, op_id).run();
}

Result<std::vector<EntityState>> Store::all_states() {
    auto stmt = impl_->db.prepare("SELECT entity, key, state FROM entities ORDER BY entity, key");
    if (!stmt) return stmt.error();
    std::vector<EntityState> out;
    while (true) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) break;
        const auto entity = entity_type_from_string(stmt->text(0));
        if (!entity) return Error{ErrorCode::storage, "unknown entity type in the database"};
        auto state = parse_state(*entity, stmt->text(1), stmt->text(2));
        if (!state) return state.error();
        if (!(*state)->fields.empty()) out.push_back(std::move(**state));
    }
    return out;
}

Result<std::string> Store::canonical_hash() {
    auto states = all_states();
    if (!states) return states.error();
    StateHasher hasher;
    for (const auto& s : *states) hasher.add(s);
    return hasher.finish_hex();
}

}  // namespace muster
