// Store: opening, local writes and queries. Sync results: store_sync.cpp.
#include "muster/store.hpp"

#include <algorithm>
#include <limits>
#include <random>

#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "store_impl.hpp"

namespace muster {

using nlohmann::json;
using detail::EntityRows;
using detail::FieldSlot;
using detail::Query;
using detail::RowCache;

namespace {

/// Calls `emit` for each entity's visible state in a query whose columns are
/// [entity,] key, field and the 11 slot columns, ordered by [entity,] key.
/// Entities with rows but no visible field are emitted with empty fields.
template <typename Emit>
Status scan_rows(sql::Stmt& stmt, std::optional<EntityType> only, Emit emit);

/// `scan_rows`, leaving the statement reset.
template <typename Emit>
Status scan_states(sql::Stmt& stmt, std::optional<EntityType> only, Emit emit) {
    Status s = scan_rows(stmt, only, std::move(emit));
    stmt.reset();
    return s;
}

template <typename Emit>
Status scan_rows(sql::Stmt& stmt, std::optional<EntityType> only, Emit emit) {
    const int first = only ? 0 : 1;
    std::optional<EntityState> current;
    while (true) {
        auto more = stmt.step();
        if (!more) return more.error();
        if (!*more) break;
        EntityType entity = only.value_or(EntityType::task);
        if (!only) {
            const auto parsed = entity_type_from_string(stmt.view(0));
            if (!parsed) return Error{ErrorCode::storage, "unknown entity type in the database"};
            entity = *parsed;
        }
        const std::string_view key = stmt.view(first);
        if (!current || current->entity != entity || current->key != key) {
            if (current) emit(std::move(*current));
            current = EntityState{entity, std::string(key), {}};
        }
        auto slot = detail::read_slot(stmt, first + 2);
        if (!slot) return slot.error();
        if (slot->visible) current->fields.emplace(stmt.text(first + 1), std::move(*slot->visible));
    }
    if (current) emit(std::move(*current));
    return {};
}

}  // namespace

namespace {

/// The meta row as read when opening.
struct StoredMeta {
    std::string replica_id;
    std::uint64_t next_op = 1;
    Hlc last;
    Hlc seen;
    std::int64_t offset = 0;
    std::string cursor;
    std::optional<std::int64_t> last_sync_ms;
};

Result<StoredMeta> read_meta(sql::Db& db) {
    auto stmt = db.prepare(
        "SELECT replica_id, next_op, hlc_ms, hlc_c, seen_ms, seen_c, seen_r, clock_offset_ms, cursor, last_sync_ms "
        "FROM meta WHERE id = 1");
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return Error{ErrorCode::storage, "the database has no meta row"};
    StoredMeta m;
    m.replica_id = stmt->text(0);
    m.next_op = static_cast<std::uint64_t>(stmt->int64(1));
    m.last = Hlc{stmt->int64(2), static_cast<std::uint16_t>(stmt->int64(3)), m.replica_id};
    m.seen = Hlc{stmt->int64(4), static_cast<std::uint16_t>(stmt->int64(5)), stmt->text(6)};
    m.offset = stmt->int64(7);
    m.cursor = stmt->text(8);
    if (!stmt->is_null(9)) m.last_sync_ms = stmt->int64(9);
    return m;
}

}  // namespace

Status detail::StoreImpl::refresh_meta() {
    auto meta = read_meta(db);
    if (!meta) return meta.error();
    next_op = std::max(next_op, meta->next_op);
    hlc.restore(meta->last);
    if (seen < meta->seen) seen = std::move(meta->seen);
    corrected.set_offset(meta->offset);
    cursor = std::move(meta->cursor);
    last_sync_ms = meta->last_sync_ms;
    return {};
}

Status detail::StoreImpl::save_meta() {
    auto stmt = query(Query::save_meta);
    if (!stmt) return stmt.error();
    const Hlc last = hlc.last();
    auto& s = **stmt;
    s.bind(1, static_cast<std::int64_t>(next_op)).bind(2, last.ms).bind(3, std::int64_t{last.c});
    s.bind(4, seen.ms).bind(5, std::int64_t{seen.c}).bind(6, seen.r).bind(7, corrected.offset()).bind(8, cursor);
    if (last_sync_ms) s.bind(9, *last_sync_ms);
    else s.bind_null(9);
    return s.run();
}

Result<std::optional<Error>> detail::StoreImpl::apply(EntityRows& rows, const Op& op, bool confirmed) {
    if (op.kind == OpKind::append) {
        if (auto s = load_all(rows, op.entity, op.key); !s) return s.error();
        EntityState state = state_of(rows, op.entity, op.key, confirmed);
        auto outcome = apply_op(state, op, replica_id);
        if (outcome.rejection) return outcome.rejection;
        assign(rows, state, confirmed);
        return std::optional<Error>();
    }
    auto write = [&](std::string_view name, const json& value) -> Status {
        auto slot = field(rows, op.entity, op.key, name);
        if (!slot) return slot.error();
        auto& side = confirmed ? (*slot)->confirmed : (*slot)->visible;
        if (lww(side, FieldValue{value, op.hlc, replica_id})) (*slot)->dirty = true;
        return {};
    };
    if (op.kind == OpKind::del) {
        if (auto s = write(kDeletedField, json(true)); !s) return s.error();
    } else {
        for (const auto& [name, value] : op.fields.items()) {
            if (auto s = write(name, value); !s) return s.error();
        }
    }
    return std::optional<Error>();
}

Result<std::vector<Op>> detail::StoreImpl::write_locked(const std::vector<LocalWrite>& writes) {
    RowCache cache;
    std::vector<Op> ops;
    ops.reserve(writes.size());
    const std::int64_t now = wall.now_ms();
    // Outbox rows go in kBatchRows at a time; `ops` does not reallocate, so the
    // bound ops stay in place until their statement runs.
    std::array<OutboxText, kBatchRows> texts;
    std::size_t queued = 0;
    auto insert_outbox = [&](bool all) -> Status {
        while (queued > 0 && (all || queued == static_cast<std::size_t>(kBatchRows))) {
            const bool batch = queued >= static_cast<std::size_t>(kBatchRows);
            auto stmt = query(batch ? Query::insert_outboxes : Query::insert_outbox);
            if (!stmt) return stmt.error();
            const std::size_t rows = batch ? static_cast<std::size_t>(kBatchRows) : 1;
            const std::size_t first = ops.size() - queued;
            for (std::size_t r = 0; r < rows; ++r) {
                const Op& op = ops[first + r];
                bind_outbox(**stmt, static_cast<int>(r) * kOutboxParams + 1, parse_op_id(op.id)->n, op, now, texts[r]);
            }
            if (auto s = (*stmt)->run(); !s) return s;
            queued -= rows;
        }
        return {};
    };
    for (const auto& w : writes) {
        EntityRows& entity = rows(cache, w.entity, w.key);
        Op op{make_op_id(replica_id, next_op), hlc.now(), w.kind, w.entity, w.key, w.fields, std::nullopt};
        if (w.kind == OpKind::set) {
            op.base.emplace();
            for (const auto& [name, _] : w.fields.items()) {
                auto slot = field(entity, w.entity, w.key, name);
                if (!slot) return slot.error();
                if ((*slot)->visible) op.base->emplace(name, (*slot)->visible->hlc);
            }
        }
        if (auto valid = validate_op(op); !valid) return valid.error();
        auto rejection = apply(entity, op, /*confirmed=*/false);
        if (!rejection) return rejection.error();
        if (*rejection) return **rejection;
        ++next_op;
        ops.push_back(std::move(op));
        ++queued;
        if (auto s = insert_outbox(false); !s) return s.error();
    }
    if (auto s = insert_outbox(true); !s) return s.error();
    if (auto s = flush(cache); !s) return s.error();
    if (auto s = save_meta(); !s) return s.error();
    return ops;
}

Store::Store(std::unique_ptr<detail::StoreImpl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

static_assert(std::string_view(kStoreLockedMessage) == sql::Db::kLockedMessage);

/// WAL frames (pages) after which a commit checkpoints (SQLite's default: 1,000); ~32 MiB of 4 KiB pages.
constexpr int kWalCheckpointPages = 8000;
/// What the WAL file is cut back to once a checkpoint has emptied it (a phone keeps no 32 MiB file).
constexpr int kWalKeepBytes = 4 * 1024 * 1024;

bool store_encryption_available() noexcept { return sql::Db::encryption_available(); }

Result<Store> Store::open(const std::string& path, const Clock& wall, const StoreOptions& options) {
    auto db = sql::Db::open(path, path == ":memory:" ? std::string_view() : std::string_view(options.key_hex));
    if (!db) return db.error();
    auto version = db->query_int("PRAGMA user_version");
    if (!version) return Error{ErrorCode::storage, path + " is not a Muster database: " + version.error().message};
    if (*version > kStoreSchemaVersion) {
        return Error{ErrorCode::version_too_new,
                     "the database " + path + " was written by a newer version of Muster (schema " +
                         std::to_string(*version) + ", this build knows up to " + std::to_string(kStoreSchemaVersion) +
                         "); update the app to open it"};
    }
    if (path != ":memory:") {  // journal, sync and page cache mean nothing to an in-memory database
        // The cache size is an integer option, not user data: safe to format into the pragma.
        std::string pragmas = std::string("PRAGMA journal_mode = WAL; PRAGMA synchronous = ") +
                              (options.full_sync ? "FULL" : "NORMAL") + "; PRAGMA cache_size = -" +  // sql-ok: PRAGMAs take no parameters; an option and an integer
                              std::to_string(std::max(options.cache_kib, 256));
        // The checkpoint threshold: a first pull writes each 500-task round into
        // random leaves of `fields` (~1,300 WAL frames a round), so SQLite's
        // default of 1,000 frames checkpoints, and fsyncs the database file,
        // after every round; at kWalCheckpointPages a checkpoint comes every few
        // rounds and copies a page touched by several of them once. Commits stay
        // as durable as `synchronous` makes them: a checkpoint only moves
        // committed pages from the WAL into the database file.
        pragmas += "; PRAGMA wal_autocheckpoint = " + std::to_string(kWalCheckpointPages);  // sql-ok: a PRAGMA takes no parameter; a constant
        pragmas += "; PRAGMA journal_size_limit = " + std::to_string(kWalKeepBytes);  // sql-ok: a PRAGMA takes no parameter; a constant
        if (auto s = db->exec(pragmas); !s) return s.error();
    }
    if (*version < kStoreSchemaVersion) {
        const std::uint64_t seed = options.seed ? *options.seed : (std::uint64_t{std::random_device{}()} << 32) ^
                                                                      std::random_device{}();
        Status created = *version == 0 && path == ":memory:"
                             ? create_in_memory(*db, seed)
                             : migrate_store(*db, static_cast<int>(*version), kStoreSchemaVersion, seed);
        if (!created) return created.error();
        if (*version == 0 && options.replica_id) {
            if (!is_replica_id(*options.replica_id)) {
                return Error{ErrorCode::storage, "replica id \"" + *options.replica_id +
                                                     "\" is not 16 lowercase hex characters"};
            }
            auto set_id = db->prepare("UPDATE meta SET replica_id = ?1 WHERE id = 1");
            if (!set_id) return set_id.error();
            if (auto s = set_id->bind(1, std::string_view(*options.replica_id)).run(); !s) return s.error();
        }
    }
    auto meta = read_meta(*db);
    if (!meta) return meta.error();
    auto impl = std::make_unique<detail::StoreImpl>(std::move(*db), wall, meta->replica_id);
    impl->next_op = meta->next_op;
    impl->hlc.restore(meta->last);
    impl->seen = std::move(meta->seen);
    impl->corrected.set_offset(meta->offset);
    impl->cursor = std::move(meta->cursor);
    impl->last_sync_ms = meta->last_sync_ms;
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
    if (auto s = impl_->refresh_meta(); !s) return s.error();
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
    auto stmt = impl_->query(detail::Query::select_outbox_batch);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind(1, static_cast<std::int64_t>(std::min<std::size_t>(max, std::numeric_limits<std::int64_t>::max())));
    std::vector<Op> ops;
    while (true) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = detail::op_from_row(s, 0, impl_->replica_id);
        if (!op) {
            s.reset();
            return op.error();
        }
        ops.push_back(std::move(*op));
    }
    s.reset();
    return ops;
}

Result<std::optional<EntityState>> Store::get_raw(EntityType entity, const std::string& key) {
    auto stmt = impl_->query(detail::Query::select_entity);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind_static(1, to_string(entity)).bind_static(2, key);
    std::optional<EntityState> state;
    while (true) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        if (!state) state = EntityState{entity, key, {}};
        auto slot = detail::read_slot(s, 1);
        if (!slot) {
            s.reset();
            return slot.error();
        }
        if (slot->visible) state->fields.emplace(s.text(0), std::move(*slot->visible));
    }
    s.reset();
    return state;
}

Result<std::optional<EntityState>> Store::get(EntityType entity, const std::string& key) {
    auto state = get_raw(entity, key);
    if (state && *state && ((*state)->fields.empty() || is_deleted(**state))) return std::optional<EntityState>();
    return state;
}

Result<std::vector<EntityState>> Store::list(EntityType entity, const Filter& filter) {
    auto stmt = impl_->query(Query::list_entities);
    if (!stmt) return stmt.error();
    (*stmt)->bind_static(1, to_string(entity));
    std::vector<EntityState> out;
    auto scanned = scan_states(**stmt, entity, [&](EntityState&& s) {
        if (s.fields.empty() || is_deleted(s)) return;  // confirmed-only rows, tombstones
        const bool match = std::all_of(filter.begin(), filter.end(), [&](const auto& f) {
            const auto it = s.fields.find(f.first);
            return it != s.fields.end() ? it->second.v == f.second : f.second.is_null();
        });
        if (match) out.push_back(std::move(s));
    });
    if (!scanned) return scanned.error();
    return out;
}

Result<std::vector<EntityState>> Store::latest(EntityType entity, const std::string& field, std::size_t limit,
                                               const std::optional<LatestAfter>& after) {
    std::vector<EntityState> out;
    std::optional<LatestAfter> cursor = after;
    while (out.size() < limit) {
        // Candidates first (tombstones and confirmed-only rows are skipped below), then each entity.
        const std::size_t want = limit - out.size();
        std::vector<LatestAfter> page;
        {
            auto stmt = impl_->query(Query::latest_keys);
            if (!stmt) return stmt.error();
            sql::Stmt& q = **stmt;
            q.bind_static(1, to_string(entity)).bind_static(2, field);
            if (cursor) {
                detail::bind_value(q, 3, cursor->value);
                q.bind_static(4, cursor->key);
            } else {
                q.bind_null(3);
                q.bind_null(4);
            }
            q.bind(5, static_cast<std::int64_t>(want));
            while (true) {
                auto more = q.step();
                if (!more) {
                    q.reset();
                    return more.error();
                }
                if (!*more) break;
                auto value = detail::read_value(q, 1);
                if (!value) {
                    q.reset();
                    return value.error();
                }
                page.push_back(LatestAfter{std::move(*value), q.text(0)});
            }
            q.reset();
        }
        for (const LatestAfter& candidate : page) {
            auto state = get(entity, candidate.key);
            if (!state) return state.error();
            if (*state) out.push_back(std::move(**state));
        }
        if (page.size() < want) break;  // nothing older
        cursor = std::move(page.back());
    }
    return out;
}

Result<std::int64_t> Store::pending_count() {
    auto stmt = impl_->query(detail::Query::count_outbox);
    if (!stmt) return stmt.error();
    auto row = (*stmt)->step();
    if (!row) return row.error();
    const std::int64_t n = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return n;
}

Result<std::optional<std::int64_t>> Store::oldest_pending_ms(std::uint64_t after_n) {
    auto stmt = impl_->query(detail::Query::oldest_outbox);
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, static_cast<std::int64_t>(std::min<std::uint64_t>(after_n, std::numeric_limits<std::int64_t>::max())));
    auto row = (*stmt)->step();
    if (!row) return row.error();
    std::optional<std::int64_t> oldest;
    if (*row && !(*stmt)->is_null(0)) oldest = (*stmt)->int64(0);
    (*stmt)->reset();
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
        auto parsed = json::parse(stmt->view(0), nullptr, /*allow_exceptions=*/false);
        if (parsed.is_discarded()) return Error{ErrorCode::storage, "stored op is not JSON"};
        auto op = decode_op(parsed);
        if (!op) return Error{ErrorCode::storage, "stored op is invalid: " + op.error().message};
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
    auto stmt = impl_->query(Query::all_entities);
    if (!stmt) return stmt.error();
    std::vector<EntityState> out;
    auto scanned = scan_states(**stmt, std::nullopt, [&](EntityState&& s) {
        if (!s.fields.empty()) out.push_back(std::move(s));
    });
    if (!scanned) return scanned.error();
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
