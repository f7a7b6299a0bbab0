#pragma once
/// Who may write what: the rules that depend only on the schema and on facts
/// the caller supplies. The server looks up the facts (the caller's role, whether
/// the target is in the caller's scope, ...) and calls these; the scope tree
/// itself is the server's business. Pure functions, thread-safe.
///
/// Protocol precedence: invalid_op (codec) → clock_skew (`check_clock_skew`) →
/// forbidden (`check_role`) → unknown_entity (server lookup) → forbidden
/// (`check_scope`) → immutable (merge).

#include <cstdint>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "muster/op.hpp"
#include "muster/result.hpp"

namespace muster {

/// How far ahead of the server an op's hlc may be before it is `clock_skew`.
inline constexpr std::int64_t kMaxClockAheadMs = 10 * 60 * 1000;

/// `clock_skew` when `op.hlc.ms` is more than 10 minutes ahead of `server_now_ms`.
[[nodiscard]] Status check_clock_skew(const Op& op, std::int64_t server_now_ms);

/// Role and schema rules (`forbidden`): server-managed entities and fields,
/// which fields a role may write, `log.author` must be the caller, observations
/// only by evaluators (and admins), evaluators write nothing but observations.
/// `caller_member` is the caller's member key.
[[nodiscard]] Status check_role(Role role, const Op& op, std::string_view caller_member);

/// What the server knows about the op's target, for `check_scope`.
struct ScopeFacts {
    /// Target (for a log: its task; for a task move: both old and new unit) is in
    /// the caller's unit subtree (coordinator / evaluator), or in the caller's
    /// own unit (member).
    bool target_in_scope = false;
    /// The target task is an inject still hidden from members.
    bool target_hidden = false;
    /// For evaluators: the log's task belongs to a drill in their subtree.
    bool task_in_scoped_drill = false;
};

/// Scope rules (`forbidden`), after the target was found to exist.
[[nodiscard]] Status check_scope(Role role, const Op& op, const ScopeFacts& facts);

/// Whether a role may read a field (`task.controller_note` never reaches members).
[[nodiscard]] bool may_read_field(Role role, EntityType entity, std::string_view field) noexcept;

}  // namespace muster
