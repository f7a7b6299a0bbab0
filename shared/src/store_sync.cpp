// Store: applying a sync result (acks, changes, cursor) and clock-skew recovery.
#include <algorithm>
#include <set>

#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "store_impl.hpp"

namespace muster {

using nlohmann::json;
using detail::EntityRows;
using detail::Query;
using detail::RowCache;
using detail::RowKey;

Status detail::StoreImpl::recompute(EntityRows& rows, EntityType entity, const std::string& key) {
    if (auto s = load_all(rows, entity, key); !s) return s;
    EntityState visible = state_of(rows, entity, key, /*confirmed=*/true);
    auto stmt = query(Query::select_pending);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind_static(1, to_string(entity)).bind_static(2, key);
    while (true) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = op_from_row(s, 0, replica_id);
        if (!op) {
            s.reset();
            return op.error();
        }
        (void)apply_op(visible, *op, replica_id);
    }
    s.reset();
    assign(rows, visible, /*confirmed=*/false);
    return {};
}

Result<std::optional<Op>> detail::StoreImpl::outbox_op(std::uint64_t n) {
    auto stmt = query(Query::select_outbox_op);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind(1, static_cast<std::int64_t>(n));
    auto found = s.step();
    if (!found) return found.error();
    std::optional<Op> op;
    if (*found) {
        auto decoded = op_from_row(s, 0, replica_id);
        if (!decoded) {
            s.reset();
            return decoded.error();
        }
        op = std::move(*decoded);
    }
    s.reset();
    return op;
}

namespace {

struct ApplyContext {
    detail::StoreImpl& m;
    RowCache rows;
    std::set<RowKey> recompute;
    ApplyReport report;
    std::vector<Op> skewed;
};

Status apply_ack(ApplyContext& ctx, const Ack& ack, std::int64_t now_ms) {
    auto& m = ctx.m;
    const auto parts = parse_op_id(ack.id);
    if (!parts || parts->replica_id != m.replica_id) return {};
    auto found = m.outbox_op(parts->n);
    if (!found) return found.error();
    if (!*found) return {};  // not ours any more (an earlier answer already settled it)
    Op& op = **found;
    if (ack.status == AckStatus::rejected && ack.error && ack.error->code == ErrorCode::clock_skew) {
        ctx.skewed.push_back(std::move(op));
        return {};
    }
    auto remove = m.query(Query::delete_outbox);
    if (!remove) return remove.error();
    if (auto s = (*remove)->bind(1, static_cast<std::int64_t>(parts->n)).run(); !s) return s;
    EntityRows& rows = m.rows(ctx.rows, op.entity, op.key);
    ctx.report.touched.emplace_back(op.entity, op.key);
    if (ack.status == AckStatus::rejected) {
        const Error error = ack.error.value_or(Error{ErrorCode::internal, "rejected without a reason"});
        auto insert = m.query(Query::insert_rejected);
        if (!insert) return insert.error();
        auto& stmt = **insert;
        stmt.bind(1, op.id).bind(2, encode_op_text(op)).bind(3, to_string(error.code)).bind(4, error.message);
        if (auto s = stmt.bind(5, now_ms).run(); !s) return s;
        ctx.recompute.emplace(op.entity, op.key);
        ++ctx.report.rejected;
        return {};
    }
    // Applied (now or before): the server's state includes it.
    if (auto applied = m.apply(rows, op, /*confirmed=*/true); !applied) return applied.error();
    m.seen = std::max(m.seen, op.hlc);
    ++ctx.report.applied;
    return {};
}

/// A `gone` change, or one of an append-only entity (whose rule is about the
/// whole record: an existing one is kept as it is).
Status apply_whole_change(ApplyContext& ctx, const Change& change) {
    auto& m = ctx.m;
    EntityRows& rows = m.rows(ctx.rows, change.entity, change.key);
    if (auto s = m.load_all(rows, change.entity, change.key); !s) return s;
    if (change.gone) {
        for (auto& [_, slot] : rows.fields) {
            if (slot.confirmed) slot.dirty = true;
            slot.confirmed.reset();
        }
        ctx.recompute.emplace(change.entity, change.key);
        return {};
    }
    const EntityState incoming = state_from_change(change);
    for (const bool confirmed : {true, false}) {
        EntityState state = detail::state_of(rows, change.entity, change.key, confirmed);
        if (merge_state(state, incoming)) detail::assign(rows, state, confirmed);
    }
    return {};
}

Status apply_change(ApplyContext& ctx, const Change& change) {
    auto& m = ctx.m;
    ++ctx.report.changes;
    ctx.report.touched.emplace_back(change.entity, change.key);
    if (change.gone || entity_spec(change.entity).shape == EntityShape::append_only) {
        return apply_whole_change(ctx, change);
    }
    // Versioned: per-field LWW into both sides (`merge_state`, one field at a time).
    EntityRows* rows = m.find_rows(ctx.rows, change.entity, change.key);
    for (const auto& [name, entry] : change.fields.items()) {
        FieldValue incoming{entry.at("v"), {}, {}};
        if (auto hlc = hlc_from_json(entry.at("hlc"))) incoming.hlc = std::move(*hlc);
        m.hlc.observe(incoming.hlc);
        m.seen = std::max(m.seen, incoming.hlc);
        if (rows == nullptr || (!rows->complete && rows->fields.find(name) == rows->fields.end())) {
            // Not loaded: a field new to the store (a first pull) is written at once.
            auto inserted = m.insert_if_new(change.entity, change.key, name, incoming);
            if (!inserted) return inserted.error();
            if (*inserted) continue;
            if (rows == nullptr) rows = &m.rows(ctx.rows, change.entity, change.key);
        }
        auto slot = m.field(*rows, change.entity, change.key, name);
        if (!slot) return slot.error();
        const bool confirmed_changed = detail::lww((*slot)->confirmed, incoming);
        const bool visible_changed = detail::lww((*slot)->visible, std::move(incoming));
        if (confirmed_changed || visible_changed) (*slot)->dirty = true;
    }
    return {};
}

/// Re-stamps every outbox op at or after the oldest one refused with
/// `clock_skew` (stamps only grow along the outbox, so none of those reached
/// the server) from the corrected clock, keeping ids; base entries that pointed
/// at a re-stamped op's old stamp follow it.
Status restamp(ApplyContext& ctx, std::int64_t server_time_ms) {
    auto& m = ctx.m;
    Hlc oldest = ctx.skewed.front().hlc;
    for (const auto& op : ctx.skewed) oldest = std::min(oldest, op.hlc);
    auto stmt = m.db.prepare("SELECT id, entity, key, kind, hlc_ms, hlc_c, fields, base FROM outbox ORDER BY n");
    if (!stmt) return stmt.error();
    std::vector<Op> all;
    while (true) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = detail::op_from_row(*stmt, 0, m.replica_id);
        if (!op) return op.error();
        all.push_back(std::move(*op));
    }
    Hlc floor = std::max(m.seen, Hlc{server_time_ms, 0, m.replica_id});
    for (const auto& op : all) {
        if (op.hlc < oldest) floor = std::max(floor, op.hlc);
    }
    m.hlc.rewind_to(floor);
    auto update = m.query(Query::restamp_outbox);
    if (!update) return update.error();
    std::map<Hlc, Hlc> moved;
    for (auto& op : all) {
        if (op.hlc < oldest) continue;
        const Hlc fresh = m.hlc.now();
        moved.emplace(op.hlc, fresh);
        op.hlc = fresh;
        if (op.base) {
            for (auto& [_, seen] : *op.base) {
                if (auto it = moved.find(seen); it != moved.end()) seen = it->second;
            }
        }
        auto& u = **update;
        u.bind(1, op.hlc.ms).bind(2, std::int64_t{op.hlc.c});
        if (op.base) u.bind(3, detail::encode_base(*op.base));
        else u.bind_null(3);
        if (auto s = u.bind(4, static_cast<std::int64_t>(parse_op_id(op.id)->n)).run(); !s) return s;
        ctx.recompute.emplace(op.entity, op.key);
        ctx.report.touched.emplace_back(op.entity, op.key);
        ++ctx.report.restamped;
    }
    return {};
}

Result<ApplyReport> apply_locked(detail::StoreImpl& m, const SyncResponse& response, std::int64_t received_wall_ms) {
    ApplyContext ctx{m, {}, {}, {}, {}};
    for (const auto& ack : response.acks) {
        if (auto s = apply_ack(ctx, ack, received_wall_ms); !s) return s.error();
    }
    for (const auto& change : response.changes) {
        if (auto s = apply_change(ctx, change); !s) return s.error();
    }
    m.cursor = response.cursor;
    m.hlc.observe_ms(response.server_time_ms);
    m.corrected.set_offset(response.server_time_ms - received_wall_ms);
    m.last_sync_ms = received_wall_ms;
    if (!ctx.skewed.empty()) {
        if (auto s = restamp(ctx, response.server_time_ms); !s) return s.error();
    }
    for (const auto& [entity, key] : ctx.recompute) {
        if (auto s = m.recompute(m.rows(ctx.rows, entity, key), entity, key); !s) return s.error();
    }
    if (auto s = m.flush(ctx.rows); !s) return s.error();
    if (auto s = m.save_meta(); !s) return s.error();
    return std::move(ctx.report);
}

/// The (entity, key) pairs `sql` selects.
Result<std::vector<std::pair<EntityType, std::string>>> entity_keys(detail::StoreImpl& m, const char* sql) {
    auto stmt = m.db.prepare(sql);
    if (!stmt) return stmt.error();
    std::vector<std::pair<EntityType, std::string>> out;
    while (true) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) break;
        const auto entity = entity_type_from_string(stmt->view(0));
        if (!entity) return Error{ErrorCode::storage, "stored entity type is unknown: " + stmt->text(0)};
        out.emplace_back(*entity, stmt->text(1));
    }
    return out;
}

/// Forgets every confirmed value and the cursor; the visible values of queued
/// ops are made again from the outbox. Returns the entities that were stored.
Result<std::vector<std::pair<EntityType, std::string>>> forget_locked(detail::StoreImpl& m) {
    auto stored = entity_keys(m, "SELECT DISTINCT entity, key FROM fields");
    if (!stored) return stored.error();
    auto pending = entity_keys(m, "SELECT DISTINCT entity, key FROM outbox");
    if (!pending) return pending.error();
    if (auto s = m.db.exec("DELETE FROM fields"); !s) return s.error();
    detail::RowCache rows;
    for (const auto& [entity, key] : *pending) {
        if (auto s = m.recompute(m.rows(rows, entity, key), entity, key); !s) return s.error();
    }
    if (auto s = m.flush(rows); !s) return s.error();
    m.cursor.clear();
    return stored;
}

}  // namespace

Result<ApplyReport> Store::apply_sync_result(const SyncResponse& response, std::int64_t received_wall_ms) {
    return apply_answer(response, received_wall_ms, false);
}

Result<ApplyReport> Store::replace_with_sync_result(const SyncResponse& response, std::int64_t received_wall_ms) {
    return apply_answer(response, received_wall_ms, true);
}

Result<ApplyReport> Store::apply_answer(const SyncResponse& response, std::int64_t received_wall_ms, bool replace) {
    detail::StoreImpl& m = *impl_;
    // In-memory copies to restore if the transaction fails.
    const Hlc seen = m.seen;
    const std::string cursor = m.cursor;
    const auto last_sync = m.last_sync_ms;
    const std::int64_t offset = m.corrected.offset();
    const Hlc clock = m.hlc.last();

    sql::Transaction tx(m.db);
    Result<ApplyReport> result = ApplyReport{};
    if (auto s = tx.begin(); !s) return s.error();
    if (auto s = m.refresh_meta(); !s) return s.error();
    std::vector<std::pair<EntityType, std::string>> forgotten;
    if (replace) {
        auto stored = forget_locked(m);
        if (stored) {
            forgotten = std::move(*stored);
        } else {
            result = stored.error();
        }
    }
    if (result) result = apply_locked(m, response, received_wall_ms);
    if (result) result->touched.insert(result->touched.end(), forgotten.begin(), forgotten.end());
    if (result) {
        if (auto s = tx.commit(); !s) result = s.error();
    }
    if (!result) {
        m.seen = seen;
        m.cursor = cursor;
        m.last_sync_ms = last_sync;
        m.corrected.set_offset(offset);
        m.hlc.restore(clock);  // undoes a rewind; never moves the clock back
    }
    return result;
}

}  // namespace muster
