#pragma once
/// The merge rules of the protocol, as pure functions of (state, op).
///
/// - `set`: per field, last-writer-wins by hlc. Ties between different values
///   (impossible between distinct replicas) break by the value's JSON text, so
///   the result never depends on arrival order.
/// - `delete`: LWW write of the hidden `_deleted` = true (see `is_deleted`).
/// - `append`: creates the entity; the same key again with identical plain
///   values is applied and changes nothing; with other values it is rejected
///   `immutable`.
/// Applied to a state, merge is commutative, associative and idempotent for
/// `set`/`delete` (the state is a join-semilattice of per-field maxima).
///
/// Conflicts (`set` with `base` only): for each written field whose current
/// value has an hlc different from the one in `base` (absent: the writer saw
/// none), whose value differs from the incoming one, and which is not this same
/// write again, a conflict is reported with both sides and their authors,
/// winner chosen by hlc. Conflict records depend on arrival order by definition;
/// the server stores them as `conflict` entities.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "muster/op.hpp"
#include "muster/state.hpp"

namespace muster {

struct ConflictRecord {
    std::string field;
    FieldValue winner;  ///< with author
    FieldValue loser;   ///< with author

    friend bool operator==(const ConflictRecord&, const ConflictRecord&) = default;
};

struct MergeOutcome {
    bool changed = false;
    std::vector<ConflictRecord> conflicts;
    std::optional<Error> rejection;  ///< `immutable`; the state is left untouched
};

/// Applies `op` to `state` in place (an empty `fields` map means the entity does
/// not exist yet; `state.entity`/`key` are set from the op). `author` is stored
/// on every field the op writes.
MergeOutcome apply_op(EntityState& state, const Op& op, std::string_view author);

struct MergeResult {
    EntityState state;
    bool changed = false;
    std::vector<ConflictRecord> conflicts;
    std::optional<Error> rejection;
};

/// Pure form of `apply_op`: `current` is nullopt for an entity that does not exist.
[[nodiscard]] MergeResult merge(const std::optional<EntityState>& current, const Op& op, std::string_view author);

/// Merges a whole incoming state (a pull) field by field with the same LWW rule;
/// for append-only entities, an existing entity is kept as it is. Returns true
/// when `into` changed.
bool merge_state(EntityState& into, const EntityState& incoming);

/// True when `a` wins over `b` under LWW (hlc, then value text on a tie).
[[nodiscard]] bool wins(const FieldValue& a, const FieldValue& b);

/// The fields of a `conflict` entity for a record (`resolved` false), ready to
/// be written by the server with its own hlc.
[[nodiscard]] nlohmann::json conflict_entity_fields(EntityType entity, std::string_view key,
                                                    const ConflictRecord& record);

}  // namespace muster
