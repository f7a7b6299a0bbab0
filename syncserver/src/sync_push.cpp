// The push half of /v1/sync: one op at a time, inside the request's transaction.
#include <cstdlib>
#include <stdexcept>

#include "muster/merge.hpp"
#include "muster/permissions.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/sync.hpp"
#include "sync_steps.hpp"

namespace muster::server {
namespace {

Ack rejected(const Op& op, ErrorCode code, std::string message) {
    return Ack{op.id, AckStatus::rejected, Error{code, std::move(message)}};
}

/// Prefixes a core error (which names no op) with the op's path.
Ack rejected(const Op& op, const std::string& path, const Error& error) {
    return rejected(op, error.code, path + ": " + error.message);
}

/// `invalid_op` when a set creating a versioned entity lacks a required field.
std::optional<Ack> missing_required(const Op& op, const std::string& path) {
    for (const auto& spec : entity_spec(op.entity).fields) {
        if (!spec.required) continue;
        const auto it = op.fields.find(spec.name);
        if (it == op.fields.end() || it->is_null()) {
            return rejected(op, ErrorCode::invalid_op,
                            path + ".fields." + std::string(spec.name) + ": required to create a " +
                                std::string(to_string(op.entity)));
        }
    }
    return std::nullopt;
}

/// The op's string value for `field`, or "" (absent or null).
std::string op_string(const Op& op, const char* field) {
    const auto it = op.fields.find(field);
    return it != op.fields.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

}  // namespace

std::vector<std::string> encode_ops(const std::vector<Op>& ops) {
    std::vector<std::string> out;
    out.reserve(ops.size());
    for (const auto& op : ops) out.push_back(encode_op_text(op));
    return out;
}

PushBatch::PushBatch(StoreWriter& writer, const CallerScope& scope, const UnitTree& tree, HlcClock& clock,
                     std::int64_t now_ms, std::string replica_id)
    : w_(writer), scope_(scope), tree_(tree), clock_(clock), now_ms_(now_ms), replica_id_(std::move(replica_id)) {}

Ack PushBatch::apply(const Op& op, const std::string& op_text, std::size_t index) {
    op_text_ = &op_text;
    const std::string path = "ops[" + std::to_string(index) + "]";
    if (w_.op_seen(op.id)) return Ack{op.id, AckStatus::duplicate, std::nullopt};
    if (auto st = check_clock_skew(op, now_ms_); !st) return rejected(op, path, st.error());
    if (auto st = check_role(scope_.role, op, scope_.member_key); !st) return rejected(op, path, st.error());
    return check_and_apply(op, path);
}

Ack PushBatch::check_and_apply(const Op& op, const std::string& path) {
    switch (op.entity) {
        case EntityType::task: return apply_task(op, path);
        case EntityType::drill: return apply_drill(op, path);
        case EntityType::log: return apply_log(op, path);
        case EntityType::conflict: return apply_conflict(op, path);
        case EntityType::unit:
        case EntityType::member:
        case EntityType::device: break;  // check_role refuses server-managed entities
    }
    return rejected(op, ErrorCode::forbidden, path + ": " + std::string(to_string(op.entity)) +
                                                  " is managed on the server; clients cannot change it");
}

PushBatch::Row PushBatch::get(const std::string& entity, const std::string& key) {
    auto [it, inserted] = rows_.try_emplace(entity + '\0' + key);
    if (inserted) {
        if (auto found = w_.get(entity, key)) it->second = std::make_shared<const EntityRecord>(std::move(*found));
    }
    return it->second;
}

PushBatch::Row PushBatch::put(EntityRecord record) {
    record.changed_seq = w_.put(record);
    auto cache_key = record.entity + '\0' + record.key;
    auto row = std::make_shared<const EntityRecord>(std::move(record));
    rows_[std::move(cache_key)] = row;
    effects_.note(row->changed_seq, row->unit, row->entity);
    return row;
}

std::optional<nlohmann::json> PushBatch::drill_fields(const std::string& drill_key) {
    if (drill_key.empty()) return std::nullopt;
    const auto drill = get("drill", drill_key);
    if (!drill) return std::nullopt;
    return drill->fields;
}

InjectState PushBatch::task_inject_state(const EntityRecord& task) {
    const auto drill = drill_fields(stored_string(task.fields, "drill"));
    return inject_state(task.fields, drill ? &*drill : nullptr, now_ms_);
}

Ack PushBatch::apply_task(const Op& op, const std::string& path) {
    const auto current = get("task", op.key);
    if (!current) {
        if (op.kind == OpKind::del || scope_.role == Role::member) {
            return rejected(op, ErrorCode::unknown_entity, path + ".key: task " + op.key + " does not exist");
        }
        if (auto missing = missing_required(op, path)) return *missing;
    }
    const std::string unit_ref = op_string(op, "unit");
    if (!unit_ref.empty() && !tree_.contains(unit_ref)) {
        return rejected(op, ErrorCode::unknown_entity, path + ".fields.unit: unit " + unit_ref + " does not exist");
    }
    const std::string drill_ref = op_string(op, "drill");
    const auto drill = drill_fields(drill_ref);
    if (!drill_ref.empty() && !drill) {
        return rejected(op, ErrorCode::unknown_entity, path + ".fields.drill: drill " + drill_ref + " does not exist");
    }
    const std::string assignee = op_string(op, "assignee");
    const auto assignee_row = assignee.empty() ? Row{} : get("member", assignee);
    if (!assignee.empty() && !assignee_row) {
        return rejected(op, ErrorCode::unknown_entity,
                        path + ".fields.assignee: member " + assignee + " does not exist");
    }

    const std::string old_unit = current ? current->unit : std::string{};
    const std::string new_unit = unit_ref.empty() ? old_unit : unit_ref;
    ScopeFacts facts;
    facts.target_in_scope = (!current || scope_.in_down(old_unit)) && scope_.in_down(new_unit);
    if (current && scope_.role == Role::member) facts.target_hidden = task_inject_state(*current) != InjectState::released;
    if (auto st = check_scope(scope_.role, op, facts); !st) return rejected(op, path, st.error());
    if (drill && !scope_.in_down_or_up(stored_string(*drill, "unit"))) {
        return rejected(op, ErrorCode::forbidden,
                        path + ".fields.drill: the drill belongs to a unit outside your unit's subtree and ancestors");
    }
    if (auto refused = check_assignee(op, path, current.get(), assignee_row.get(), new_unit)) return *refused;
    return merge_and_write(op, path, current.get(), new_unit);
}

// A member sees the tasks of their own unit only, so a task assigned to a
// member of another unit would never reach them: the assignee must be a member
// of the task's unit, after this op. An op that moves a task away from its
// assignee's unit must clear or change the assignee in the same op.
std::optional<Ack> PushBatch::check_assignee(const Op& op, const std::string& path, const EntityRecord* current,
                                             const EntityRecord* assignee, const std::string& unit) {
    if (assignee) {
        if (assignee->unit == unit) return std::nullopt;
        return rejected(op, ErrorCode::forbidden,
                        path + ".fields.assignee: member " + assignee->key + " is not a member of the task's unit " +
                            unit + "; assign a member of that unit");
    }
    if (!current || current->unit == unit || op.fields.contains("assignee")) return std::nullopt;
    const std::string kept = stored_string(current->fields, "assignee");
    if (kept.empty()) return std::nullopt;
    const auto kept_row = get("member", kept);
    if (!kept_row || kept_row->unit == unit) return std::nullopt;
    return rejected(op, ErrorCode::forbidden,
                    path + ".fields.unit: the task's assignee " + kept + " is not a member of unit " + unit +
                        "; clear or change the assignee in the same op");
}

std::optional<Ack> PushBatch::check_merged_assignee(const Op& op, const std::string& path,
                                                    const EntityRecord* current, const nlohmann::json& merged) {
    const std::string unit = stored_string(merged, "unit");
    const std::string assignee = stored_string(merged, "assignee");
    if (assignee.empty()) return std::nullopt;
    if (current && stored_string(current->fields, "unit") == unit &&
        stored_string(current->fields, "assignee") == assignee) {
        return std::nullopt;  // neither changed: not this op's doing
    }
    const auto member = get("member", assignee);
    if (!member || member->unit == unit) return std::nullopt;
    return rejected(op, ErrorCode::forbidden,
                    path + ": merged with the task's newer values, its assignee " + assignee +
                        " would not be a member of its unit " + unit +
                        "; sync first, then change the unit and the assignee in one op");
}

Ack PushBatch::apply_drill(const Op& op, const std::string& path) {
    const auto current = get("drill", op.key);
    if (!current) {
        if (auto missing = missing_required(op, path)) return *missing;
    }
    const std::string unit_ref = op_string(op, "unit");
    if (!unit_ref.empty() && !tree_.contains(unit_ref)) {
        return rejected(op, ErrorCode::unknown_entity, path + ".fields.unit: unit " + unit_ref + " does not exist");
    }
    const std::string old_unit = current ? current->unit : std::string{};
    const std::string new_unit = unit_ref.empty() ? old_unit : unit_ref;
    ScopeFacts facts;
    facts.target_in_scope = (!current || scope_.in_down(old_unit)) && scope_.in_down(new_unit);
    if (auto st = check_scope(scope_.role, op, facts); !st) return rejected(op, path, st.error());
    return merge_and_write(op, path, current.get(), new_unit);
}

Ack PushBatch::apply_log(const Op& op, const std::string& path) {
    const std::string task_key = op_string(op, "task");
    const auto task = get("task", task_key);
    if (!task) {
        return rejected(op, ErrorCode::unknown_entity, path + ".fields.task: task " + task_key + " does not exist");
    }
    ScopeFacts facts;
    facts.target_in_scope = scope_.in_down(task->unit);
    if (scope_.role == Role::evaluator) {
        const auto drill = drill_fields(stored_string(task->fields, "drill"));
        facts.task_in_scoped_drill = drill && scope_.in_down(stored_string(*drill, "unit"));
    }
    if (scope_.role == Role::member) facts.target_hidden = task_inject_state(*task) != InjectState::released;
    if (auto st = check_scope(scope_.role, op, facts); !st) return rejected(op, path, st.error());
    // A key already taken by a log the caller cannot read is a scope refusal
    // (it comes before `immutable`), and says nothing about that log.
    const auto existing = get("log", op.key);
    if (existing && !scope_.may_see(EntityType::log, existing->unit)) {
        return rejected(op, ErrorCode::forbidden,
                        path + ".key: log " + op.key + " is outside your scope; write the entry under a new key");
    }
    return merge_and_write(op, path, existing.get(), task->unit);
}

Ack PushBatch::apply_conflict(const Op& op, const std::string& path) {
    const auto current = get("conflict", op.key);
    if (!current) {
        return rejected(op, ErrorCode::unknown_entity, path + ".key: conflict " + op.key + " does not exist");
    }
    ScopeFacts facts;
    facts.target_in_scope = scope_.in_down(current->unit);
    if (auto st = check_scope(scope_.role, op, facts); !st) return rejected(op, path, st.error());
    return merge_and_write(op, path, current.get(), current->unit);
}

Ack PushBatch::merge_and_write(const Op& op, const std::string& path, const EntityRecord* current,
                                const std::string& unit) {
    std::optional<EntityState> state;
    if (current) {
        auto stored = state_from_storage(op.entity, op.key, current->fields);
        if (!stored) throw std::runtime_error(stored.error().message);
        state = std::move(*stored);
    }
    auto result = merge(state, op, scope_.member_key);
    if (result.rejection) return rejected(op, path, *result.rejection);

    const std::string entity(to_string(op.entity));
    std::string scope_unit = current ? current->unit : unit;
    if (result.changed) {
        EntityRecord record{entity, op.key, storage_json(result.state), unit, 0};
        if (op.entity == EntityType::task) {
            if (auto refused = check_merged_assignee(op, path, current, record.fields)) return *refused;
        }
        if (op.entity == EntityType::task || op.entity == EntityType::drill) {
            const auto effective = stored_string(record.fields, "unit");  // LWW may keep the old unit
            if (!effective.empty()) record.unit = effective;
        } else if (current) {
            record.unit = current->unit;
        }
        const auto written = put(std::move(record));
        scope_unit = written->unit;
        if (current && current->unit != written->unit) {
            effects_.note(w_.depart(entity, op.key, current->unit), current->unit, entity);
        }
        if (op.entity == EntityType::task && current) {
            const bool inject_changed =
                stored_value(current->fields, "drill") != stored_value(written->fields, "drill") ||
                stored_value(current->fields, "release_offset_ms") != stored_value(written->fields, "release_offset_ms");
            if (current->unit != written->unit || inject_changed) move_children(op.key, current->unit, written->unit);
        }
        if (op.entity == EntityType::drill && current) reseq_injects(op.key, current->fields, written->fields);
    }
    for (const auto& conflict : result.conflicts) {
        put_server_entity("conflict", new_uuid(), conflict_entity_fields(op.entity, op.key, conflict), scope_unit);
    }
    w_.record_op(op.id, replica_id_, scope_.member_key, now_ms_, *op_text_);
    clock_.observe(op.hlc);
    return Ack{op.id, AckStatus::applied, std::nullopt};
}

void PushBatch::move_children(const std::string& task_key, const std::string& from_unit, const std::string& to_unit) {
    for (auto child : w_.children(task_key)) {
        if (child.unit != to_unit) {
            const std::string old = child.unit;
            effects_.note(w_.depart(child.entity, child.key, old), old, child.entity);
        }
        child.unit = to_unit;
        put(std::move(child));
    }
    if (from_unit != to_unit) effects_.note(0, from_unit, "task");
}

void PushBatch::reseq_injects(const std::string& drill_key, const nlohmann::json& before, const nlohmann::json& after) {
    for (const auto& row : w_.injects()) {
        if (row.drill != drill_key) continue;
        const auto task = get("task", row.task);
        if (!task) continue;
        if (inject_state(task->fields, &before, now_ms_) == inject_state(task->fields, &after, now_ms_)) continue;
        effects_.note(w_.bump_seq("task", row.task), task->unit, "task");
    }
}

void PushBatch::put_server_entity(const std::string& entity, const std::string& key, const nlohmann::json& values,
                                  const std::string& unit) {
    const auto stamp = to_json(clock_.now());
    auto fields = nlohmann::json::object();
    for (const auto& [name, value] : values.items()) fields[name] = {{"v", value}, {"hlc", stamp}};
    put(EntityRecord{entity, key, std::move(fields), unit, 0});
}

std::string PushBatch::device_member(const std::string& device_key) {
    const auto device = get("device", device_key);
    return device ? stored_string(device->fields, "member") : std::string{};
}

nlohmann::json device_values(const std::string& member_key, const std::string& device_key,
                             const std::optional<DeviceReport>& report, std::int64_t received_ms) {
    auto values = nlohmann::json::object();
    values["member"] = member_key;
    values["replica_id"] = device_key;
    if (report) {
        values["pending"] = report->pending;
        values["oldest_pending_ms"] =
            report->oldest_pending_ms ? nlohmann::json(*report->oldest_pending_ms) : nlohmann::json(nullptr);
        values["app_version"] = report->app_version;
        // device clock minus server clock; a report without `clock_ms` (0) says nothing of it
        if (report->clock_ms > 0) values["clock_offset_ms"] = report->clock_ms - received_ms;
    }
    return values;
}

bool device_up_to_date(const EntityRecord& current, const nlohmann::json& values, const std::string& unit_key,
                       std::int64_t now_ms) {
    if (current.unit != unit_key) return false;
    for (const auto& [name, value] : values.items()) {
        const auto& old = stored_value(current.fields, name.c_str());
        if (name == "clock_offset_ms" && old.is_number_integer()) {
            if (std::llabs(old.get<std::int64_t>() - value.get<std::int64_t>()) > kDeviceOffsetSlackMs) return false;
        } else if (old != value) {
            return false;
        }
    }
    const auto& last = stored_value(current.fields, "last_sync_at");
    return last.is_number_integer() && now_ms - last.get<std::int64_t>() < kDeviceRefreshMs;
}

void PushBatch::write_device(const std::string& device_key, const std::optional<DeviceReport>& report,
                             std::int64_t received_ms) {
    auto values = device_values(scope_.member_key, device_key, report, received_ms);
    const auto current = get("device", device_key);
    if (report && report->comms) {
        // The device answers the comms check it holds; a drill that has just
        // left its scope (or never existed) is not recorded, and the sync goes on.
        const auto& comms = *report->comms;
        const auto drill = get("drill", comms.drill);
        if (!drill || !scope_.may_see(EntityType::drill, drill->unit)) {
            comms_denied_ = comms.drill;
        } else if (!current || stored_string(current->fields, "comms_drill") != comms.drill ||
                   stored_value(current->fields, "comms_check_at") != nlohmann::json(comms.check_at)) {
            values["comms_drill"] = comms.drill;
            values["comms_check_at"] = comms.check_at;
            values["comms_answered_at"] = now_ms_;
        }
    }
    if (current && device_up_to_date(*current, values, scope_.unit_key, now_ms_)) return;
    values["last_sync_at"] = now_ms_;
    const auto stamp = to_json(clock_.now());
    auto fields = current ? current->fields : nlohmann::json::object();
    for (const auto& [name, value] : values.items()) fields[name] = {{"v", value}, {"hlc", stamp}};
    put(EntityRecord{"device", device_key, std::move(fields), scope_.unit_key, 0});
    if (current && !current->unit.empty() && current->unit != scope_.unit_key) {
        effects_.note(w_.depart("device", device_key, current->unit), current->unit, "device");
    }
}

}  // namespace muster::server
