#pragma once
/// The entity schema: the single definition of every entity, its fields, their
/// types and allowed values, and which roles may write each field.
///
/// Codec validation, merge, the store, the server's permission checks and the
/// generated table in `docs/protocol.md` all read this table; nothing else
/// spells a field name list. All data here is static and immutable (thread-safe).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace muster {

enum class EntityType : std::uint8_t { unit, member, drill, task, log, conflict, device };

/// All entity types, in declaration order.
[[nodiscard]] std::span<const EntityType> all_entity_types() noexcept;
[[nodiscard]] std::string_view to_string(EntityType type) noexcept;
[[nodiscard]] std::optional<EntityType> entity_type_from_string(std::string_view text) noexcept;

/// Roles, as on the wire (`member.role`).
enum class Role : std::uint8_t { member, coordinator, evaluator, admin };
[[nodiscard]] std::string_view to_string(Role role) noexcept;
[[nodiscard]] std::optional<Role> role_from_string(std::string_view text) noexcept;

/// A set of roles as bits (`1 << Role`). Zero means "server-managed: no client op may write it".
using RoleMask = std::uint8_t;
[[nodiscard]] constexpr RoleMask role_bit(Role role) noexcept {
    return static_cast<RoleMask>(1U << static_cast<unsigned>(role));
}
inline constexpr RoleMask kServerOnly = 0;
inline constexpr RoleMask kCoordinators = role_bit(Role::coordinator) | role_bit(Role::admin);
inline constexpr RoleMask kAllRoles =
    role_bit(Role::member) | role_bit(Role::coordinator) | role_bit(Role::evaluator) | role_bit(Role::admin);

/// The JSON type of a field's value.
enum class FieldType : std::uint8_t {
    string,      ///< UTF-8 string of at most `max_length` bytes
    integer,     ///< int64 (times are unix ms, durations ms); never a float
    boolean,
    enumeration, ///< one of `allowed`
    key,         ///< another entity's key: a lowercase UUID (36 chars)
    replica_id,  ///< 16 lowercase hex chars
    location,    ///< `{"lat": number -90..90, "lon": number -180..180, "accuracy_m"?: number ≥ 0}`
    hash_list,   ///< array (≤ 20) of sha256 hex strings (64 lowercase hex chars)
    versioned,   ///< `{"v": any, "hlc": hlc, "author": string}` (a conflict side)
};

struct FieldSpec {
    std::string_view name;
    FieldType type = FieldType::string;
    std::span<const std::string_view> allowed{};  ///< enumeration values
    bool nullable = false;        ///< `null` is accepted (clears the field)
    bool required = false;        ///< must be present when the entity is created / appended
    std::size_t max_length = 0;   ///< strings: max bytes
    RoleMask writers = kServerOnly;  ///< roles whose ops may write this field (before scope checks)
    std::string_view doc;         ///< one-line meaning, for the generated docs
    bool non_negative = false;    ///< integers: at least 0 (durations, offsets, counts)
};

/// How an entity changes: versioned entities take `set`/`delete` (per-field LWW);
/// append-only entities take `append` and are immutable afterwards.
enum class EntityShape : std::uint8_t { versioned, append_only };

enum class OpKind : std::uint8_t { set, append, del };
[[nodiscard]] std::string_view to_string(OpKind kind) noexcept;  ///< "set", "append", "delete"
[[nodiscard]] std::optional<OpKind> op_kind_from_string(std::string_view text) noexcept;

/// Bits of OpKind (`1 << kind`).
using OpKindMask = std::uint8_t;
[[nodiscard]] constexpr OpKindMask op_bit(OpKind kind) noexcept {
    return static_cast<OpKindMask>(1U << static_cast<unsigned>(kind));
}

struct EntitySpec {
    EntityType type;
    EntityShape shape;
    bool key_is_replica_id = false;  ///< `device`: key is a replica id, not a UUID
    OpKindMask client_ops = 0;       ///< op kinds clients may send (0: server-managed entity)
    std::span<const FieldSpec> fields;
    std::string_view doc;
};

/// The hidden LWW tombstone field of versioned entities (a bool).
inline constexpr std::string_view kDeletedField = "_deleted";

[[nodiscard]] const EntitySpec& entity_spec(EntityType type) noexcept;
/// nullptr for a field the entity does not have (including `_deleted`).
[[nodiscard]] const FieldSpec* find_field(EntityType type, std::string_view field) noexcept;

/// Checks a value against a field's type. Returns nullopt when valid, otherwise
/// `"<suffix>: <message>"` or `": <message>"`, where the suffix extends the field's
/// path (e.g. `.lat` or `[2]`). Callers prefix the field path: see codec.
[[nodiscard]] std::optional<std::string> check_value(const FieldSpec& spec, const nlohmann::json& value);

/// True for a lowercase 8-4-4-4-12 hex UUID.
[[nodiscard]] bool is_uuid(std::string_view text) noexcept;
/// True for 64 lowercase hex characters.
[[nodiscard]] bool is_sha256_hex(std::string_view text) noexcept;
/// A valid key for that entity type (UUID, or replica id for `device`).
[[nodiscard]] bool is_valid_key(EntityType type, std::string_view key) noexcept;

/// The Markdown documentation of every entity's fields (the table in docs/protocol.md).
[[nodiscard]] std::string render_schema_markdown();

}  // namespace muster
