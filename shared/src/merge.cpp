#include "muster/merge.hpp"

namespace muster {

using nlohmann::json;

bool wins(const FieldValue& a, const FieldValue& b) {
    if (a.hlc != b.hlc) return a.hlc > b.hlc;
    if (a.v == b.v) return false;
    return a.v.dump() > b.v.dump();
}

namespace {

/// Sets `name` to `incoming` if it wins; true when something changed.
bool lww_write(EntityState& state, const std::string& name, FieldValue incoming) {
    auto [it, inserted] = state.fields.try_emplace(name);
    if (inserted) {
        it->second = std::move(incoming);
        return true;
    }
    if (!wins(incoming, it->second)) return false;
    it->second = std::move(incoming);
    return true;
}

void find_conflicts(const EntityState& state, const Op& op, std::string_view author, MergeOutcome& out) {
    for (const auto& [name, value] : op.fields.items()) {
        const auto current = state.fields.find(name);
        if (current == state.fields.end()) continue;
        const FieldValue& cur = current->second;
        if (cur.hlc == op.hlc || cur.v == value) continue;  // this same write again, or no real difference
        const auto seen = op.base->find(name);
        if (seen != op.base->end() && seen->second == cur.hlc) continue;  // the writer saw it
        FieldValue incoming{value, op.hlc, std::string(author)};
        const bool incoming_wins = wins(incoming, cur);
        out.conflicts.push_back(ConflictRecord{name, incoming_wins ? incoming : cur, incoming_wins ? cur : incoming});
    }
}

bool same_plain_values(const EntityState& state, const json& fields) {
    if (state.fields.size() != fields.size()) return false;
    for (const auto& [name, value] : fields.items()) {
        const auto it = state.fields.find(name);
        if (it == state.fields.end() || it->second.v != value) return false;
    }
    return true;
}

}  // namespace

MergeOutcome apply_op(EntityState& state, const Op& op, std::string_view author) {
    MergeOutcome out;
    state.entity = op.entity;
    state.key = op.key;
    switch (op.kind) {
        case OpKind::set:
            if (op.base) find_conflicts(state, op, author, out);
            for (const auto& [name, value] : op.fields.items()) {
                out.changed |= lww_write(state, name, FieldValue{value, op.hlc, std::string(author)});
            }
            break;
        case OpKind::del:
            out.changed = lww_write(state, std::string(kDeletedField), FieldValue{true, op.hlc, std::string(author)});
            break;
        case OpKind::append:
            if (!state.fields.empty()) {
                if (!same_plain_values(state, op.fields)) {
                    out.rejection = Error{ErrorCode::immutable, std::string(to_string(op.entity)) + " " + op.key +
                                                                    " already exists with other content; it cannot be changed"};
                }
                break;
            }
            for (const auto& [name, value] : op.fields.items()) {
                state.fields.emplace(name, FieldValue{value, op.hlc, std::string(author)});
            }
            out.changed = true;
            break;
    }
    return out;
}

MergeResult merge(const std::optional<EntityState>& current, const Op& op, std::string_view author) {
    MergeResult result;
    if (current) result.state = *current;
    auto outcome = apply_op(result.state, op, author);
    result.changed = outcome.changed;
    result.conflicts = std::move(outcome.conflicts);
    result.rejection = std::move(outcome.rejection);
    return result;
}

bool merge_state(EntityState& into, const EntityState& incoming) {
    into.entity = incoming.entity;
    into.key = incoming.key;
    if (entity_spec(incoming.entity).shape == EntityShape::append_only) {
        if (!into.fields.empty()) return false;
        into.fields = incoming.fields;
        return !incoming.fields.empty();
    }
    bool changed = false;
    for (const auto& [name, value] : incoming.fields) changed |= lww_write(into, name, value);
    return changed;
}

nlohmann::json conflict_entity_fields(EntityType entity, std::string_view key, const ConflictRecord& record) {
    auto side = [](const FieldValue& f) {
        return json{{"v", f.v}, {"hlc", to_json(f.hlc)}, {"author", f.author.empty() ? f.hlc.r : f.author}};
    };
    return {{"entity", std::string(to_string(entity))},
            {"key", std::string(key)},
            {"field", record.field},
            {"winner", side(record.winner)},
            {"loser", side(record.loser)},
            {"resolved", false}};
}

}  // namespace muster
