#include "muster/schema.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <nlohmann/json.hpp>

#include "muster/hlc.hpp"

namespace muster {
namespace {

using FT = FieldType;
constexpr RoleMask kTaskStatusWriters = role_bit(Role::member) | kCoordinators;

constexpr std::array<std::string_view, 4> kRoles{"member", "coordinator", "evaluator", "admin"};
constexpr std::array<std::string_view, 4> kPriorities{"low", "normal", "high", "critical"};
constexpr std::array<std::string_view, 6> kTaskStatuses{"open", "acknowledged", "in_progress",
                                                        "done", "blocked", "cancelled"};
constexpr std::array<std::string_view, 4> kDrillStates{"planned", "running", "paused", "ended"};
constexpr std::array<std::string_view, 5> kLogKinds{"action", "note", "status", "observation", "opened"};
constexpr std::array<std::string_view, 4> kRatings{"P", "S", "M", "U"};
constexpr std::array<std::string_view, 7> kEntityNames{"unit", "member", "drill", "task",
                                                       "log", "conflict", "device"};
constexpr std::array<std::string_view, 3> kOpKinds{"set", "append", "delete"};

constexpr std::size_t kName = 200;
constexpr std::size_t kText = 10000;
constexpr std::size_t kLong = 60000;

// clang-format off
constexpr std::array kUnitFields{
    FieldSpec{"code", FT::string, {}, false, true, 32, kServerOnly, "unique code `[a-z0-9-]{1,32}`"},
    FieldSpec{"name", FT::string, {}, false, true, kName, kServerOnly, "display name"},
    FieldSpec{"parent", FT::key, {}, true, false, 0, kServerOnly, "parent unit; null for a root"},
};
constexpr std::array kMemberFields{
    FieldSpec{"login", FT::string, {}, false, true, 64, kServerOnly, "login name"},
    FieldSpec{"name", FT::string, {}, false, true, kName, kServerOnly, "display name"},
    FieldSpec{"unit", FT::key, {}, false, true, 0, kServerOnly, "the member's unit"},
    FieldSpec{"role", FT::enumeration, kRoles, false, true, 0, kServerOnly, "role"},
};
constexpr std::array kDrillFields{
    FieldSpec{"unit", FT::key, {}, false, true, 0, kCoordinators, "owning unit"},
    FieldSpec{"title", FT::string, {}, false, true, kName, kCoordinators, "title"},
    FieldSpec{"scenario", FT::string, {}, true, false, kLong, kCoordinators, "scenario text"},
    FieldSpec{"state", FT::enumeration, kDrillStates, false, true, 0, kCoordinators, "drill state"},
    FieldSpec{"started_at", FT::integer, {}, true, false, 0, kCoordinators, "start time, unix ms"},
    FieldSpec{"paused_ms", FT::integer, {}, false, false, 0, kCoordinators, "total of finished pauses, ms", true},
    FieldSpec{"paused_at", FT::integer, {}, true, false, 0, kCoordinators, "start of the current pause, unix ms"},
    FieldSpec{"ended_at", FT::integer, {}, true, false, 0, kCoordinators, "end time, unix ms"},
    FieldSpec{"prestage", FT::boolean, {}, false, false, 0, kCoordinators, "injects reach members' devices before release"},
    FieldSpec{"comms_check_at", FT::integer, {}, true, false, 0, kCoordinators, "when a coordinator last asked every device to answer a comms check, unix ms"},
};
constexpr std::array kTaskFields{
    FieldSpec{"title", FT::string, {}, false, true, kName, kCoordinators, "title"},
    FieldSpec{"instructions", FT::string, {}, true, false, kText, kCoordinators, "instructions"},
    FieldSpec{"unit", FT::key, {}, false, true, 0, kCoordinators, "target unit"},
    FieldSpec{"assignee", FT::key, {}, true, false, 0, kCoordinators, "assigned member, of the task's `unit`"},
    FieldSpec{"priority", FT::enumeration, kPriorities, false, false, 0, kCoordinators, "priority"},
    FieldSpec{"due_at", FT::integer, {}, true, false, 0, kCoordinators, "due time, unix ms"},
    FieldSpec{"status", FT::enumeration, kTaskStatuses, false, false, 0, kTaskStatusWriters, "status"},
    FieldSpec{"drill", FT::key, {}, true, false, 0, kCoordinators, "drill this task is an inject of"},
    FieldSpec{"inject", FT::integer, {}, true, false, 0, kCoordinators, "inject number in the scenario", true},
    FieldSpec{"release_offset_ms", FT::integer, {}, true, false, 0, kCoordinators, "drill-clock time of release, ms", true},
    FieldSpec{"deadline_ms", FT::integer, {}, true, false, 0, kCoordinators, "time allowed after release, ms", true},
    FieldSpec{"expected_action", FT::string, {}, true, false, kText, kCoordinators, "expected action (for evaluators)"},
    FieldSpec{"controller_note", FT::string, {}, true, false, kText, kCoordinators, "never sent to members"},
};
constexpr std::array kLogFields{
    FieldSpec{"task", FT::key, {}, false, true, 0, kAllRoles, "the task"},
    FieldSpec{"author", FT::key, {}, false, true, 0, kAllRoles, "writing member (must be the caller)"},
    FieldSpec{"kind", FT::enumeration, kLogKinds, false, true, 0, kAllRoles, "`observation` only by evaluators; `opened`: the author first opened the task"},
    FieldSpec{"text", FT::string, {}, true, false, kText, kAllRoles, "text"},
    FieldSpec{"at", FT::integer, {}, false, true, 0, kAllRoles, "device time, unix ms"},
    FieldSpec{"drill_ms", FT::integer, {}, true, false, 0, kAllRoles, "drill clock at writing, ms"},
    FieldSpec{"location", FT::location, {}, true, false, 0, kAllRoles, "`{lat, lon, accuracy_m?}`"},
    FieldSpec{"attachments", FT::hash_list, {}, true, false, 0, kAllRoles, "blob hashes"},
    FieldSpec{"rating", FT::enumeration, kRatings, true, false, 0, kAllRoles, "only on observations"},
};
constexpr std::array kConflictFields{
    FieldSpec{"entity", FT::enumeration, kEntityNames, false, true, 0, kServerOnly, "entity type"},
    FieldSpec{"key", FT::key, {}, false, true, 0, kServerOnly, "entity key"},
    FieldSpec{"field", FT::string, {}, false, true, 64, kServerOnly, "field name"},
    FieldSpec{"winner", FT::versioned, {}, false, true, 0, kServerOnly, "`{v, hlc, author}` kept by LWW"},
    FieldSpec{"loser", FT::versioned, {}, false, true, 0, kServerOnly, "`{v, hlc, author}` overwritten"},
    FieldSpec{"resolved", FT::boolean, {}, false, false, 0, kCoordinators, "a coordinator resolved it"},
};
constexpr std::array kDeviceFields{
    FieldSpec{"member", FT::key, {}, false, true, 0, kServerOnly, "member using the device"},
    FieldSpec{"replica_id", FT::replica_id, {}, false, true, 0, kServerOnly, "equals the key"},
    FieldSpec{"last_sync_at", FT::integer, {}, true, false, 0, kServerOnly, "server time of last sync, unix ms"},
    FieldSpec{"pending", FT::integer, {}, false, false, 0, kServerOnly, "ops not yet sent", true},
    FieldSpec{"oldest_pending_ms", FT::integer, {}, true, false, 0, kServerOnly, "time of oldest unsent op, unix ms"},
    FieldSpec{"clock_offset_ms", FT::integer, {}, false, false, 0, kServerOnly, "device clock minus server clock, ms"},
    FieldSpec{"app_version", FT::string, {}, true, false, 64, kServerOnly, "app version"},
    FieldSpec{"comms_drill", FT::key, {}, true, false, 0, kServerOnly, "drill of the latest comms check the device answered"},
    FieldSpec{"comms_check_at", FT::integer, {}, true, false, 0, kServerOnly, "that check's `comms_check_at`"},
    FieldSpec{"comms_answered_at", FT::integer, {}, true, false, 0, kServerOnly, "server time of the device's first answer to it, unix ms"},
};

constexpr OpKindMask kSetDelete = op_bit(OpKind::set) | op_bit(OpKind::del);
constexpr std::array kEntities{
    EntitySpec{EntityType::unit, EntityShape::versioned, false, 0, kUnitFields, "A node of the unit tree (admin-managed)"},
    EntitySpec{EntityType::member, EntityShape::versioned, false, 0, kMemberFields, "A person with a login (admin-managed)"},
    EntitySpec{EntityType::drill, EntityShape::versioned, false, op_bit(OpKind::set), kDrillFields, "An exercise"},
    EntitySpec{EntityType::task, EntityShape::versioned, false, kSetDelete, kTaskFields, "A task or inject"},
    EntitySpec{EntityType::log, EntityShape::append_only, false, op_bit(OpKind::append), kLogFields, "An immutable action-log entry"},
    EntitySpec{EntityType::conflict, EntityShape::versioned, false, op_bit(OpKind::set), kConflictFields, "A recorded concurrent edit (server-made)"},
    EntitySpec{EntityType::device, EntityShape::versioned, true, 0, kDeviceFields, "One account store on a device (each has its own replica id), keyed by replica id (server-made)"},
};
// clang-format on

constexpr std::array kTypes{EntityType::unit, EntityType::member,   EntityType::drill, EntityType::task,
                            EntityType::log,  EntityType::conflict, EntityType::device};

bool is_lower_hex(char ch) noexcept { return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'); }

std::string join(std::span<const std::string_view> values, std::string_view sep) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty()) out += sep;
        out += v;
    }
    return out;
}

std::optional<std::string> check_number(const nlohmann::json& obj, const char* name, double lo, double hi,
                                        bool required) {
    const auto it = obj.find(name);
    if (it == obj.end()) {
        if (required) return std::string(".") + name + ": required";
        return std::nullopt;
    }
    if (!it->is_number()) return std::string(".") + name + ": expected a number";
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < lo || v > hi) {
        return std::string(".") + name + ": expected a number from " + std::to_string(static_cast<int>(lo)) +
               " to " + std::to_string(static_cast<int>(hi));
    }
    return std::nullopt;
}

std::optional<std::string> check_location(const nlohmann::json& value) {
    if (!value.is_object()) return std::string(": expected an object {lat, lon, accuracy_m?}");
    for (const auto& [k, _] : value.items()) {
        if (k != "lat" && k != "lon" && k != "accuracy_m") return "." + k + ": unknown field";
    }
    if (auto e = check_number(value, "lat", -90, 90, true)) return e;
    if (auto e = check_number(value, "lon", -180, 180, true)) return e;
    return check_number(value, "accuracy_m", 0, 1e9, false);
}

std::optional<std::string> check_versioned(const nlohmann::json& value) {
    if (!value.is_object()) return std::string(": expected an object {v, hlc, author}");
    for (const auto& [k, _] : value.items()) {
        if (k != "v" && k != "hlc" && k != "author") return "." + k + ": unknown field";
    }
    if (!value.contains("v")) return std::string(".v: required");
    const auto hlc = value.find("hlc");
    if (hlc == value.end()) return std::string(".hlc: required");
    if (auto decoded = hlc_from_json(*hlc); !decoded) {
        return "." + decoded.error().message;  // "hlc.ms: ..."
    }
    const auto author = value.find("author");
    if (author == value.end() || !author->is_string() || author->get_ref<const std::string&>().size() > 64) {
        return std::string(".author: expected a member key or replica id");
    }
    return std::nullopt;
}

std::optional<std::string> check_non_null(const FieldSpec& spec, const nlohmann::json& value) {
    switch (spec.type) {
        case FT::string:
            if (!value.is_string()) return std::string(": expected a string");
            if (value.get_ref<const std::string&>().size() > spec.max_length) {
                return ": expected at most " + std::to_string(spec.max_length) + " bytes";
            }
            return std::nullopt;
        case FT::integer:
            if (!value.is_number_integer()) return std::string(": expected an integer");
            if (value.is_number_unsigned() &&
                value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
                return std::string(": integer out of range");
            }
            if (spec.non_negative && value.get<std::int64_t>() < 0) return std::string(": expected 0 or more");
            return std::nullopt;
        case FT::boolean:
            if (!value.is_boolean()) return std::string(": expected true or false");
            return std::nullopt;
        case FT::enumeration: {
            const bool ok = value.is_string() &&
                            std::find(spec.allowed.begin(), spec.allowed.end(),
                                      value.get_ref<const std::string&>()) != spec.allowed.end();
            if (!ok) return ": expected one of " + join(spec.allowed, ", ");
            return std::nullopt;
        }
        case FT::key:
            if (!value.is_string() || !is_uuid(value.get_ref<const std::string&>())) {
                return std::string(": expected a key (lowercase UUID)");
            }
            return std::nullopt;
        case FT::replica_id:
            if (!value.is_string() || !is_replica_id(value.get_ref<const std::string&>())) {
                return std::string(": expected a replica id (16 lowercase hex characters)");
            }
            return std::nullopt;
        case FT::location:
            return check_location(value);
        case FT::hash_list: {
            if (!value.is_array()) return std::string(": expected an array of sha256 hex strings");
            if (value.size() > 20) return std::string(": expected at most 20 attachments");
            for (std::size_t i = 0; i < value.size(); ++i) {
                const auto& item = value[i];
                if (!item.is_string() || !is_sha256_hex(item.get_ref<const std::string&>())) {
                    return "[" + std::to_string(i) + "]: expected a sha256 hex string (64 lowercase hex characters)";
                }
            }
            return std::nullopt;
        }
        case FT::versioned:
            return check_versioned(value);
    }
    return std::string(": unsupported type");
}

std::string_view type_doc(const FieldSpec& f) {
    switch (f.type) {
        case FT::string: return "string";
        case FT::integer: return "int64";
        case FT::boolean: return "bool";
        case FT::enumeration: return "enum";
        case FT::key: return "key (UUID)";
        case FT::replica_id: return "replica id";
        case FT::location: return "location";
        case FT::hash_list: return "array of sha256";
        case FT::versioned: return "conflict side";
    }
    return "?";
}

std::string writers_doc(RoleMask mask) {
    if (mask == kServerOnly) return "server";
    std::string out;
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        if ((mask & (1U << i)) == 0) continue;
        if (!out.empty()) out += ", ";
        out += kRoles[i];
    }
    return out;
}

std::string ops_doc(OpKindMask mask) {
    if (mask == 0) return "none (server-managed)";
    std::string out;
    for (std::size_t i = 0; i < kOpKinds.size(); ++i) {
        if ((mask & (1U << i)) == 0) continue;
        if (!out.empty()) out += ", ";
        out += "`" + std::string(kOpKinds[i]) + "`";
    }
    return out;
}

}  // namespace

std::span<const EntityType> all_entity_types() noexcept { return kTypes; }

std::string_view to_string(EntityType type) noexcept { return kEntityNames[static_cast<std::size_t>(type)]; }

std::optional<EntityType> entity_type_from_string(std::string_view text) noexcept {
    for (std::size_t i = 0; i < kEntityNames.size(); ++i) {
        if (kEntityNames[i] == text) return kTypes[i];
    }
    return std::nullopt;
}

std::string_view to_string(Role role) noexcept { return kRoles[static_cast<std::size_t>(role)]; }

std::optional<Role> role_from_string(std::string_view text) noexcept {
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        if (kRoles[i] == text) return static_cast<Role>(i);
    }
    return std::nullopt;
}

std::string_view to_string(OpKind kind) noexcept { return kOpKinds[static_cast<std::size_t>(kind)]; }

std::optional<OpKind> op_kind_from_string(std::string_view text) noexcept {
    for (std::size_t i = 0; i < kOpKinds.size(); ++i) {
        if (kOpKinds[i] == text) return static_cast<OpKind>(i);
    }
    return std::nullopt;
}

const EntitySpec& entity_spec(EntityType type) noexcept { return kEntities[static_cast<std::size_t>(type)]; }

const FieldSpec* find_field(EntityType type, std::string_view field) noexcept {
    for (const auto& spec : entity_spec(type).fields) {
        if (spec.name == field) return &spec;
    }
    return nullptr;
}

std::optional<std::string> check_value(const FieldSpec& spec, const nlohmann::json& value) {
    if (value.is_null()) {
        if (spec.nullable) return std::nullopt;
        auto inner = check_non_null(spec, value);
        return inner ? std::optional<std::string>(*inner) : std::string(": must not be null");
    }
    return check_non_null(spec, value);
}

bool is_uuid(std::string_view text) noexcept {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !is_lower_hex(text[i])) return false;
    }
    return true;
}

bool is_sha256_hex(std::string_view text) noexcept {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), is_lower_hex);
}

bool is_valid_key(EntityType type, std::string_view key) noexcept {
    return entity_spec(type).key_is_replica_id ? is_replica_id(key) : is_uuid(key);
}

std::string render_schema_markdown() {
    std::string out;
    for (const auto type : kTypes) {
        const auto& spec = entity_spec(type);
        out += "### `" + std::string(to_string(type)) + "`\n\n";
        out += std::string(spec.doc) + ". Key: " + (spec.key_is_replica_id ? "replica id" : "UUID") +
               ". Shape: " + (spec.shape == EntityShape::versioned ? "versioned (per-field LWW)" : "append-only") +
               ". Client ops: " + ops_doc(spec.client_ops) + ".\n\n";
        out += "| field | type | values / limits | null | required | written by | meaning |\n";
        out += "|---|---|---|---|---|---|---|\n";
        for (const auto& f : spec.fields) {
            std::string limits;
            if (f.type == FT::enumeration) {
                limits = "`" + join(f.allowed, "`, `") + "`";
            } else if (f.type == FT::string) {
                limits = "≤ " + std::to_string(f.max_length) + " bytes";
            } else if (f.type == FT::hash_list) {
                limits = "≤ 20 items";
            } else if (f.non_negative) {
                limits = "≥ 0";
            }
            out += "| `" + std::string(f.name) + "` | " + std::string(type_doc(f)) + " | " + limits + " | " +
                   (f.nullable ? "yes" : "no") + " | " + (f.required ? "yes" : "no") + " | " +
                   writers_doc(f.writers) + " | " + std::string(f.doc) + " |\n";
        }
        out += "\n";
    }
    return out;
}

}  // namespace muster
