#include "muster/permissions.hpp"

#include <string>

namespace muster {

namespace {
Error forbidden(std::string message) { return Error{ErrorCode::forbidden, std::move(message)}; }
}  // namespace

Status check_clock_skew(const Op& op, std::int64_t server_now_ms) {
    if (op.hlc.ms - server_now_ms > kMaxClockAheadMs) {
        return Error{ErrorCode::clock_skew, "the op's clock is " + std::to_string((op.hlc.ms - server_now_ms) / 1000) +
                                                " s ahead of the server; re-stamp it and send again"};
    }
    return {};
}

Status check_role(Role role, const Op& op, std::string_view caller_member) {
    const auto& spec = entity_spec(op.entity);
    const std::string entity(to_string(op.entity));
    if ((spec.client_ops & op_bit(op.kind)) == 0) {
        if (spec.client_ops == 0) return forbidden(entity + " is managed on the server; clients cannot change it");
        return forbidden(std::string(to_string(op.kind)) + " of a " + entity + " is not allowed");
    }
    if (op.kind == OpKind::del && role != Role::coordinator && role != Role::admin) {
        return forbidden("only coordinators may delete a " + entity);
    }
    for (const auto& [name, value] : op.fields.items()) {
        const FieldSpec* field = find_field(op.entity, name);
        if (field == nullptr || (field->writers & role_bit(role)) == 0) {
            return forbidden("a " + std::string(to_string(role)) + " may not write " + entity + "." + name);
        }
    }
    if (op.entity == EntityType::log) {
        if (op.fields.value("author", std::string()) != caller_member) {
            return forbidden("log.author must be the caller");
        }
        const bool observation = op.fields.value("kind", std::string()) == "observation";
        if (observation && role != Role::evaluator && role != Role::admin) {
            return forbidden("only evaluators may write observations");
        }
        if (!observation && role == Role::evaluator) return forbidden("evaluators may only write observations");
    } else if (role == Role::evaluator) {
        return forbidden("evaluators may only write observation logs");
    }
    return {};
}

Status check_scope(Role role, const Op& op, const ScopeFacts& facts) {
    if (role == Role::admin) return {};
    const std::string entity(to_string(op.entity));
    if (!facts.target_in_scope) return forbidden("this " + entity + " is outside your scope");
    if (role == Role::evaluator && op.entity == EntityType::log && !facts.task_in_scoped_drill) {
        return forbidden("observations are only for tasks of drills in your scope");
    }
    if (role == Role::member && facts.target_hidden) return forbidden("this task is not released yet");
    return {};
}

bool may_read_field(Role role, EntityType entity, std::string_view field) noexcept {
    return !(role == Role::member && entity == EntityType::task && field == "controller_note");
}

}  // namespace muster
