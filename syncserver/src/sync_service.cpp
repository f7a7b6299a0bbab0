// SyncService: one sync = one durable write transaction (push + device) + one read snapshot (pull).
#include <charconv>

#include "muster/json.hpp"
#include "muster/server/sync.hpp"
#include "sync_steps.hpp"

namespace muster::server {
namespace {

/// Every op id of a request, valid or not (each gets an `op_seen`).
std::vector<std::string> op_ids_of(const DecodedSyncRequest& decoded) {
    std::vector<std::string> ids;
    ids.reserve(decoded.request.ops.size() + decoded.invalid.size());
    for (const auto& op : decoded.request.ops) ids.push_back(op.id);
    for (const auto& invalid : decoded.invalid) ids.push_back(invalid.id);
    return ids;
}

/// The entities a push looks up first: each op's own, and a log's task.
std::vector<std::pair<std::string, std::string>> entities_of(const std::vector<Op>& ops) {
    std::vector<std::pair<std::string, std::string>> keys;
    keys.reserve(ops.size() * 2);
    for (const auto& op : ops) {
        keys.emplace_back(std::string(to_string(op.entity)), op.key);
        if (op.entity != EntityType::log) continue;
        const auto task = op.fields.find("task");
        if (task != op.fields.end() && task->is_string()) keys.emplace_back("task", task->get<std::string>());
    }
    return keys;
}

}  // namespace

std::optional<std::int64_t> parse_cursor(const std::string& cursor) {
    if (cursor.empty()) return 0;
    std::int64_t seq = 0;
    const auto [end, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), seq);
    if (ec != std::errc{} || end != cursor.data() + cursor.size() || seq < 0) return std::nullopt;
    return seq;
}

std::string encode_sync_body(const std::vector<Ack>& acks, const PullPage& page, std::int64_t server_time_ms,
                             const std::string* wipe_reason) {
    // Written as text in core's key order (what encode_sync_response would
    // give): with 500 acks and 500 changes, building a JSON tree first cost
    // more than the merge itself.
    std::string text = "{\"acks\":[";
    for (std::size_t i = 0; i < acks.size(); ++i) {
        const auto& ack = acks[i];
        if (i > 0) text += ',';
        if (ack.error) {  // rare: let core encode the error body
            SyncResponse one;
            one.acks = {ack};
            text += encode_sync_response(one).at("acks").at(0).dump(-1, ' ', false,
                                                                     nlohmann::json::error_handler_t::replace);
            continue;
        }
        text += "{\"id\":";
        append_json_string(text, ack.id);
        text += ",\"status\":\"";
        text += to_string(ack.status);
        text += "\"}";
    }
    text += "],\"changes\":[";
    for (std::size_t i = 0; i < page.changes.size(); ++i) {
        const auto& c = page.changes[i];
        if (i > 0) text += ',';
        text += "{\"entity\":";
        append_json_string(text, c.entity);
        if (c.gone) {
            text += ",\"gone\":true";
        } else {
            text += ",\"fields\":";
            text += c.fields;
        }
        text += ",\"key\":";
        append_json_string(text, c.key);
        text += ",\"seq\":" + std::to_string(c.seq) + "}";
    }
    text += "],\"cursor\":\"" + std::to_string(page.last_seq) + "\",\"has_more\":";
    text += page.has_more ? "true" : "false";
    text += ",\"server_time_ms\":" + std::to_string(server_time_ms);
    if (wipe_reason != nullptr) {
        text += ",\"wipe\":{\"reason\":";
        append_json_string(text, *wipe_reason);
        text += '}';
    }
    text += '}';
    return text;
}

SyncService::SyncService(Directory& directory, const Clock& wall) : directory_(directory), wall_(wall) {}

void SyncService::record_deliveries(const Caller& caller, const std::string& device_key,
                                    const std::vector<WireChange>& changes) {
    std::vector<std::string> fresh;
    {
        std::lock_guard lock(delivered_mutex_);
        for (const auto& change : changes) {
            if (change.gone || change.entity != "task" || change.unit != caller.unit_key) continue;
            if (!delivered_.contains(change.key + ' ' + change.unit)) fresh.push_back(change.key);
        }
    }
    if (fresh.empty()) return;
    const std::int64_t now = wall_.now_ms();
    auto written = directory_.store().write(
        [&](StoreWriter& writer) { writer.record_deliveries(fresh, caller.unit_key, device_key, now); });
    if (!written) return;  // not recorded: the next pull of these tasks tries again
    std::lock_guard lock(delivered_mutex_);
    if (delivered_.size() + fresh.size() > kDeliveredCacheMax) delivered_.clear();
    for (const auto& task : fresh) delivered_.insert(task + ' ' + caller.unit_key);
}

std::optional<Result<SyncOutcome>> SyncService::try_pull_only(const Caller& caller, Role role, const DecodedSyncRequest& decoded,
                                                              std::int64_t after_seq, std::int64_t received_ms) {
    const auto& request = decoded.request;
    if (!decoded.order.empty() || (request.device && request.device->comms)) return std::nullopt;
    const std::int64_t now = wall_.now_ms();  // one reading serves the checks, the page and the answer
    if (now - caller.token_used_ms >= kTokenRenewAfterMs) return std::nullopt;
    const std::string& device_key = request.replica_id;
    const auto values = device_values(caller.member_key, device_key, request.device, received_ms);
    bool pull_only = false;
    CallerScope scope;
    PullPage page;
    auto read = directory_.store().read([&](StoreReader& reader) {
        if (caller.device_replica_id && reader.device_wipe(*caller.device_replica_id)) return;
        const auto device = reader.get("device", device_key);
        if (!device || stored_string(device->fields, "member") != caller.member_key) return;
        if (!device_up_to_date(*device, values, caller.unit_key, now)) return;
        pull_only = true;
        scope = CallerScope::make(role, caller.member_key, caller.unit_key, UnitTree(reader.unit_parents()));
        page = pull_page(reader, scope, after_seq, request.limit, now);
    });
    if (!read) return Result<SyncOutcome>(read.error());
    if (!pull_only) return std::nullopt;
    record_deliveries(caller, device_key, page.changes);
    SyncOutcome out;
    out.body = encode_sync_body({}, page, now);
    return Result<SyncOutcome>(std::move(out));
}

Result<SyncOutcome> SyncService::run(const Caller& caller, const DecodedSyncRequest& decoded, std::int64_t after_seq,
                                     std::int64_t received_ms) {
    const auto role = role_from_string(caller.role);
    if (!role) return Error{ErrorCode::internal, "the caller has an unknown role"};
    const auto& request = decoded.request;
    // Who is acting comes from the token alone: a token issued to a device
    // syncs as that device, and a device (its op ids, its record) belongs to
    // the member it first synced for. Otherwise one member could push under
    // another's replica id, and that member's own ops with those ids would
    // later be acked `duplicate` and dropped unapplied.
    if (caller.device_replica_id && *caller.device_replica_id != request.replica_id) {
        return Error{ErrorCode::forbidden, "replica_id: this token was issued to the device " +
                                               *caller.device_replica_id + "; sync with that replica_id"};
    }
    if (after_seq > 0) {
        // Before any op is applied: the device starts over from "" and sends them again.
        auto known = directory_.store().cursor_known(after_seq);
        if (!known) return known.error();
        if (!*known) {
            return Error{ErrorCode::stale_cursor,
                         "cursor: " + std::to_string(after_seq) +
                             " is not in this server's history (its database was restored from a backup, or this is"
                             " another server); nothing was applied: pull again from \"\""};
        }
    }
    if (auto answered = try_pull_only(caller, *role, decoded, after_seq, received_ms)) return std::move(*answered);
    const std::string& device_key = request.replica_id;
    HlcClock& clock = directory_.clock();

    const auto op_texts = encode_ops(request.ops);  // outside the transaction: other syncs are waiting for it
    std::vector<Ack> acks;
    WriteEffects effects;
    CallerScope scope;
    std::optional<DeviceWipe> wipe;
    std::string comms_denied;
    std::string device_owner;  ///< another member's, when the request's replica_id is their device
    auto written = directory_.store().write([&](StoreWriter& writer) {
        // Another instance on the same database may have stamped later than this clock.
        if (const auto saved = writer.saved_clock()) clock.observe(*saved);
        const UnitTree tree(writer.unit_parents());
        writer.prefetch(op_ids_of(decoded), entities_of(request.ops));
        scope = CallerScope::make(*role, caller.member_key, caller.unit_key, tree);
        PushBatch batch(writer, scope, tree, clock, wall_.now_ms(), request.replica_id);
        // Read once: `write_device` below reuses the batch's copy of the record.
        if (const auto owner = batch.device_member(device_key); !owner.empty() && owner != caller.member_key) {
            device_owner = owner;
            return;  // nothing is written
        }
        acks.clear();
        acks.reserve(decoded.order.size());
        for (std::size_t i = 0; i < decoded.order.size(); ++i) {
            const long slot = decoded.order[i];
            if (slot >= 0) {
                const auto op = static_cast<std::size_t>(slot);
                acks.push_back(batch.apply(request.ops[op], op_texts[op], i));
                continue;
            }
            const auto& invalid = decoded.invalid[static_cast<std::size_t>(-1 - slot)];
            if (writer.op_seen(invalid.id)) {
                acks.push_back(Ack{invalid.id, AckStatus::duplicate, std::nullopt});
            } else {
                acks.push_back(Ack{invalid.id, AckStatus::rejected, invalid.error});
            }
        }
        batch.write_device(device_key, request.device, received_ms);
        comms_denied = batch.comms_denied();
        if (batch.effects().max_seq > 0) writer.set_clock(clock.last());
        effects = batch.effects();
        const std::int64_t now = wall_.now_ms();
        // The push above is kept: a wiped device is told after what it sent is
        // saved. Only a token issued to that device learns of its wipe (not
        // one that names the device in `replica_id`).
        if (caller.device_replica_id) wipe = writer.device_wipe(*caller.device_replica_id);
        if (wipe) {
            writer.deliver_wipe(*caller.device_replica_id, now);
        } else if (now - caller.token_used_ms >= kTokenRenewAfterMs) {
            writer.touch_token(caller.token_hash, now);  // renews the idle timer
        }
    });
    if (!written) return written.error();
    if (!device_owner.empty()) {
        return Error{ErrorCode::forbidden, "replica_id: " + device_key +
                                               " is another member's device; each app install syncs one account"};
    }

    SyncOutcome out;
    for (const auto& ack : acks) {
        switch (ack.status) {
            case AckStatus::applied: ++out.applied; break;
            case AckStatus::duplicate: ++out.duplicate; break;
            case AckStatus::rejected:
                ++out.rejected;
                if (ack.error && ack.error->code == ErrorCode::forbidden) ++out.forbidden;
                break;
        }
    }
    if (!comms_denied.empty()) out.comms_denied_drill = std::move(comms_denied);
    if (effects.max_seq > 0) {
        out.event = ChangeEvent{effects.max_seq, std::vector<std::string>(effects.units.begin(), effects.units.end()),
                                effects.members_see};
    }

    if (wipe) {
        out.body = encode_sync_body(acks, PullPage{{}, after_seq, false}, wall_.now_ms(), &wipe->reason);
        out.wipe_reason = std::move(wipe->reason);
        return out;
    }
    PullPage page;
    auto read = directory_.store().read([&](StoreReader& reader) {
        page = pull_page(reader, scope, after_seq, request.limit, wall_.now_ms());
    });
    if (!read) {
        // The push is committed: answer its acks with an empty pull rather than failing the round.
        page = PullPage{{}, after_seq, true};
    }
    record_deliveries(caller, device_key, page.changes);
    out.body = encode_sync_body(acks, page, wall_.now_ms());
    return out;
}

}  // namespace muster::server
