// Store: applying a sync result (acks, changes, cursor) and clock-skew recovery.
#include <algorithm>
#include <set>

#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "store_impl.hpp"

namespace muster {

using nlohmann::json;
using detail::Row;
using detail::RowKey;

namespace {

struct ApplyContext {
    detail::StoreImpl& m;
    std::map<RowKey, Row> rows;
    std::set<RowKey> recompute;
    ApplyReport report;
    std::vector<Op> skewed;
};

Result<std::optional<Op>> outbox_op(detail::StoreImpl& m, const std::string& id) {
    const auto parts = parse_op_id(id);
    if (!parts || parts->replica_id != m.replica_id) return std::optional<Op>();
    m.select_outbox_op.bind(1, static_cast<std::int64_t>(parts->n));
    auto found = m.select_outbox_op.step();
    if (!found) return found.error();
    std::optional<Op> op;
    if (*found) {
        auto parsed = json::parse(m.select_outbox_op.text(0), nullptr, false);
        auto decoded = decode_op(parsed);
        if (!decoded) {
            m.select_outbox_op.reset();
            return Error{ErrorCode::storage, "stored op is invalid: " + decoded.error().message};
        }
        op = std::move(*decoded);
    }
    m.select_outbox_op.reset();
    return op;
}

Status apply_ack(ApplyContext& ctx, const Ack& ack, std::int64_t now_ms) {
    auto& m = ctx.m;
    auto found = outbox_op(m, ack.id);
    if (!found) return found.error();
    if (!*found) return {};  // not ours any more (an earlier answer already settled it)
    Op& op = **found;
    if (ack.status == AckStatus::rejected && ack.error && ack.error->code == ErrorCode::clock_skew) {
        ctx.skewed.push_back(std::move(op));
        return {};
    }
    if (auto s = m.delete_outbox.bind(1, static_cast<std::int64_t>(parse_op_id(op.id)->n)).run(); !s) return s;
    auto row = m.load(ctx.rows, op.entity, op.key);
    if (!row) return row.error();
    ctx.report.touched.emplace_back(op.entity, op.key);
    if (ack.status == AckStatus::rejected) {
        const Error error = ack.error.value_or(Error{ErrorCode::internal, "rejected without a reason"});
        auto insert = m.db.prepare("INSERT INTO rejected(id, op, code, message, at_ms) VALUES (?, ?, ?, ?, ?)");
        if (!insert) return insert.error();
        insert->bind(1, op.id).bind(2, encode_op(op).dump()).bind(3, to_string(error.code)).bind(4, error.message);
        if (auto s = insert->bind(5, now_ms).run(); !s) return s;
        ctx.recompute.emplace(op.entity, op.key);
        ++ctx.report.rejected;
        return {};
    }
    // Applied (now or before): the server's state includes it.
    if (!(*row)->confirmed) (*row)->confirmed = EntityState{op.entity, op.key, {}};
    (void)apply_op(*(*row)->confirmed, op, m.replica_id);
    (*row)->dirty = true;
    m.seen = std::max(m.seen, op.hlc);
    ++ctx.report.applied;
    return {};
}

Status apply_change(ApplyContext& ctx, const Change& change) {
    auto& m = ctx.m;
    auto row = m.load(ctx.rows, change.entity, change.key);
    if (!row) return row.error();
    ++ctx.report.changes;
    ctx.report.touched.emplace_back(change.entity, change.key);
    if (change.gone) {
        (*row)->confirmed.reset();
        ctx.recompute.emplace(change.entity, change.key);
        return {};
    }
    const EntityState incoming = state_from_change(change);
    if (entity_spec(change.entity).shape == EntityShape::versioned) {
        for (const auto& [_, field] : incoming.fields) {
            m.hlc.observe(field.hlc);
            m.seen = std::max(m.seen, field.hlc);
        }
    }
    if (!(*row)->confirmed) (*row)->confirmed = EntityState{change.entity, change.key, {}};
    merge_state(*(*row)->confirmed, incoming);
    merge_state((*row)->visible, incoming);
    (*row)->dirty = true;
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
    auto stmt = m.db.prepare("SELECT op FROM outbox ORDER BY n");
    if (!stmt) return stmt.error();
    std::vector<Op> all;
    while (true) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) break;
        auto op = decode_op(json::parse(stmt->text(0), nullptr, false));
        if (!op) return Error{ErrorCode::storage, "stored op is invalid: " + op.error().message};
        all.push_back(std::move(*op));
    }
    Hlc floor = std::max(m.seen, Hlc{server_time_ms, 0, m.replica_id});
    for (const auto& op : all) {
        if (op.hlc < oldest) floor = std::max(floor, op.hlc);
    }
    m.hlc.rewind_to(floor);
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
        const auto n = static_cast<std::int64_t>(parse_op_id(op.id)->n);
        if (auto s = m.update_outbox.bind(1, encode_op(op).dump()).bind(2, n).run(); !s) return s;
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
        auto row = m.load(ctx.rows, entity, key);
        if (!row) return row.error();
        if (auto s = m.recompute(**row, entity, key); !s) return s.error();
    }
    if (auto s = m.flush(ctx.rows); !s) return s.error();
    if (auto s = m.save_meta(); !s) return s.error();
    return std::move(ctx.report);
}

}  // namespace

Result<ApplyReport> Store::apply_sync_result(const SyncResponse& response, std::int64_t received_wall_ms) {
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
    result = apply_locked(m, response, received_wall_ms);
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
