#include "muster/server/scope.hpp"

#include "muster/drill_clock.hpp"

namespace muster::server {

UnitTree::UnitTree(const std::vector<UnitParent>& units) {
    for (const auto& [unit, parent] : units) {
        parent_[unit] = parent;
        if (!parent.empty()) children_.emplace(parent, unit);
    }
}

std::set<std::string> UnitTree::subtree(const std::string& unit) const {
    std::set<std::string> out;
    if (!contains(unit)) return out;
    std::vector<std::string> todo{unit};
    while (!todo.empty()) {
        auto next = std::move(todo.back());
        todo.pop_back();
        if (!out.insert(next).second) continue;
        const auto [first, last] = children_.equal_range(next);
        for (auto it = first; it != last; ++it) todo.push_back(it->second);
    }
    return out;
}

std::set<std::string> UnitTree::path_to_root(const std::string& unit) const {
    std::set<std::string> out;
    std::string current = unit;
    while (!current.empty() && contains(current) && out.insert(current).second) current = parent_.at(current);
    return out;
}

bool UnitTree::is_ancestor_or_self(const std::string& ancestor, const std::string& unit) const {
    const std::string* current = &unit;
    for (std::size_t steps = 0; steps <= parent_.size(); ++steps) {
        if (*current == ancestor) return true;
        const auto it = parent_.find(*current);
        if (it == parent_.end() || it->second.empty()) return false;
        current = &it->second;
    }
    return false;
}

CallerScope CallerScope::make(Role role, std::string member_key, std::string unit_key, const UnitTree& tree) {
    CallerScope scope;
    scope.role = role;
    scope.member_key = std::move(member_key);
    scope.unit_key = std::move(unit_key);
    if (role == Role::member) {
        scope.down = {scope.unit_key};
    } else {
        scope.down = tree.subtree(scope.unit_key);
        scope.down.insert(scope.unit_key);
    }
    scope.up = tree.path_to_root(scope.unit_key);
    return scope;
}

bool members_may_see(EntityType type) noexcept {
    return type != EntityType::conflict && type != EntityType::device;
}

bool CallerScope::may_see(EntityType type, const std::string& unit) const {
    if (role == Role::admin) return true;
    if (role == Role::member && !members_may_see(type)) return false;
    switch (type) {
        case EntityType::unit:
        case EntityType::drill: return in_down_or_up(unit);
        case EntityType::conflict:
        case EntityType::device:
        case EntityType::member:
        case EntityType::task:
        case EntityType::log: return in_down(unit);
    }
    return false;
}

std::vector<std::string> CallerScope::down_types() const {
    std::vector<std::string> out;
    for (const auto type : all_entity_types()) {
        if (role == Role::member && !members_may_see(type)) continue;
        out.emplace_back(to_string(type));
    }
    return out;
}

std::vector<ScopeSlice> CallerScope::slices() const {
    std::vector<ScopeSlice> out;
    if (role == Role::admin) return out;
    const auto types = down_types();
    for (const auto& unit : down) out.push_back(ScopeSlice{unit, types, true});
    for (const auto& unit : up) {
        if (down.count(unit) == 0) out.push_back(ScopeSlice{unit, {"unit", "drill"}, true});
    }
    return out;
}

const nlohmann::json& stored_value(const nlohmann::json& fields, const char* name) {
    static const nlohmann::json kNull;
    const auto it = fields.find(name);
    if (it == fields.end() || !it->is_object()) return kNull;
    const auto v = it->find("v");
    return v != it->end() ? *v : kNull;
}

std::string stored_string(const nlohmann::json& fields, const char* name) {
    const auto& v = stored_value(fields, name);
    return v.is_string() ? v.get<std::string>() : std::string{};
}

namespace {

std::optional<std::int64_t> stored_int(const nlohmann::json& fields, const char* name) {
    const auto& v = stored_value(fields, name);
    if (!v.is_number_integer()) return std::nullopt;
    return v.get<std::int64_t>();
}

}  // namespace

InjectState inject_state(const nlohmann::json& task, const nlohmann::json* drill, std::int64_t now_ms) {
    const auto offset = stored_int(task, "release_offset_ms");
    if (stored_string(task, "drill").empty() || !offset) return InjectState::released;
    if (drill == nullptr) return InjectState::hidden;
    if (inject_released(drill_times_from_canonical(*drill), *offset, now_ms)) return InjectState::released;
    return stored_value(*drill, "prestage") == true ? InjectState::prestaged : InjectState::hidden;
}

}  // namespace muster::server
