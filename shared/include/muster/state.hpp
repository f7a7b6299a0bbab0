#pragma once
/// Entity state: the one representation used by the device store, the server
/// and merge. Each field carries the hlc of the write that set it and its author.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/hlc.hpp"
#include "muster/op.hpp"
#include "muster/result.hpp"
#include "muster/schema.hpp"

namespace muster {

/// One field's current value. `author` is who wrote it (member key on the server,
/// replica id on a device; may be empty when unknown) and is not part of the
/// canonical form: it only feeds conflict records.
struct FieldValue {
    nlohmann::json v;
    Hlc hlc;
    std::string author;

    friend bool operator==(const FieldValue&, const FieldValue&) = default;
};

/// An entity's state. Versioned entities may hold the hidden `_deleted` field.
/// Append-only entities (`log`) hold their op's hlc on every field (or a zero hlc
/// when received from a pull, which carries plain values).
/// An empty `fields` map means "does not exist".
struct EntityState {
    EntityType entity = EntityType::task;
    std::string key;
    std::map<std::string, FieldValue> fields;

    friend bool operator==(const EntityState&, const EntityState&) = default;
};

/// True when the entity is tombstoned: `_deleted` is true and newer than every
/// other field (a later `set` of any field revives it).
[[nodiscard]] bool is_deleted(const EntityState& state);

/// Canonical JSON of the fields: versioned `{"f": {"v": .., "hlc": {..}}}`,
/// append-only `{"f": value}`. Keys sorted; this is `changes[].fields` on the wire.
[[nodiscard]] nlohmann::json canonical_fields(const EntityState& state);

/// Plain values `{"f": value}` without `_deleted` (what a UI shows).
[[nodiscard]] nlohmann::json plain_values(const EntityState& state);

/// The state a pull `Change` carries (not for `gone` changes). Field authors are
/// left empty. The change must have been decoded (validated) already.
[[nodiscard]] EntityState state_from_change(const Change& change);
/// The pull `Change` for a state (server side).
[[nodiscard]] Change change_from_state(const EntityState& state, std::int64_t seq);

/// Storage form: canonical fields plus `"a": author` per field when it is not
/// `hlc.r` (the default when reading back).
[[nodiscard]] nlohmann::json storage_json(const EntityState& state);
[[nodiscard]] Result<EntityState> state_from_storage(EntityType entity, std::string key, const nlohmann::json& json);

/// Hashes states in the order given (callers sort by entity, key): SHA-256 over
/// `entity \n key \n canonical-json \n` per state, lowercase hex.
class StateHasher {
public:
    StateHasher();
    ~StateHasher();
    StateHasher(const StateHasher&) = delete;
    StateHasher& operator=(const StateHasher&) = delete;
    void add(const EntityState& state);
    [[nodiscard]] std::string finish_hex();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The canonical hash of a whole set of states (any order; sorted internally).
[[nodiscard]] std::string canonical_hash(std::vector<EntityState> states);

}  // namespace muster
