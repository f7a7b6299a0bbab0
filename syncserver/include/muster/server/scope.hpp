#pragma once
/// Who sees what: the unit tree, a caller's scope, the drill clock and inject
/// visibility. Pure functions over stored records; the sync endpoint uses them
/// to check writes and to build the scope slices a pull reads.
///
/// A caller at unit U has two unit sets:
/// - `down`: U's subtree (coordinator, evaluator) or U alone (member); every
///   entity type the role may read is visible there;
/// - `up`: U and its ancestors; only `unit` and `drill` entities are visible there.
/// Admins see everything.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/schema.hpp"
#include "muster/server/store.hpp"

namespace muster::server {

/// The unit tree (unit key → parent key, "" for a root).
class UnitTree {
public:
    UnitTree() = default;
    /// From (unit key, parent key) pairs, as `StoreReader::unit_parents` reads them.
    explicit UnitTree(const std::vector<UnitParent>& units);

    [[nodiscard]] bool contains(const std::string& unit) const { return parent_.count(unit) != 0; }
    /// `unit` and every unit below it (empty for an unknown unit).
    [[nodiscard]] std::set<std::string> subtree(const std::string& unit) const;
    /// `unit` and every unit above it, up to the root (cycles are cut).
    [[nodiscard]] std::set<std::string> path_to_root(const std::string& unit) const;
    /// True if `ancestor` is `unit` itself or one of its ancestors. A corrupt
    /// tree with a cycle cannot loop: the walk is bounded by the unit count.
    [[nodiscard]] bool is_ancestor_or_self(const std::string& ancestor, const std::string& unit) const;

private:
    std::map<std::string, std::string> parent_;
    std::multimap<std::string, std::string> children_;
};

/// False for the entity types a member never reads, in any unit: conflict
/// records and device records (coordinators and evaluators read them).
[[nodiscard]] bool members_may_see(EntityType type) noexcept;

/// A caller's readable and writable area.
struct CallerScope {
    Role role = Role::member;
    std::string member_key;
    std::string unit_key;
    std::set<std::string> down;  ///< see the file comment
    std::set<std::string> up;

    [[nodiscard]] static CallerScope make(Role role, std::string member_key, std::string unit_key,
                                          const UnitTree& tree);

    /// True for admins and for units in `down`.
    [[nodiscard]] bool in_down(const std::string& unit) const { return role == Role::admin || down.count(unit) != 0; }
    /// True for admins and for units in `down` or `up`.
    [[nodiscard]] bool in_down_or_up(const std::string& unit) const { return in_down(unit) || up.count(unit) != 0; }
    /// Whether an entity of `type` whose scope unit is `unit` is visible (injects aside).
    [[nodiscard]] bool may_see(EntityType type, const std::string& unit) const;
    /// The entity types this role reads in `down` units.
    [[nodiscard]] std::vector<std::string> down_types() const;
    /// The slices of the scope index a pull reads (empty for admins: everything).
    [[nodiscard]] std::vector<ScopeSlice> slices() const;
};

/// The plain value of a stored field (`{"f": {"v": ...}}`), or null.
[[nodiscard]] const nlohmann::json& stored_value(const nlohmann::json& fields, const char* name);
/// The string value of a stored field, or "".
[[nodiscard]] std::string stored_string(const nlohmann::json& fields, const char* name);

/// Inject visibility of a task for members.
enum class InjectState : std::uint8_t {
    released,   ///< not an inject, or its drill clock reached the offset
    prestaged,  ///< not released, but the drill pre-stages injects (members receive, cannot write)
    hidden,     ///< not released: members neither receive nor write it
};

/// Released per core's drill clock (`muster/drill_clock.hpp`).
/// `drill_fields` is the task's drill's stored fields (nullptr if it has none or it is missing).
[[nodiscard]] InjectState inject_state(const nlohmann::json& task_fields, const nlohmann::json* drill_fields,
                                       std::int64_t now_ms);

}  // namespace muster::server
