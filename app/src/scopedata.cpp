#include "scopedata.h"

#include <algorithm>
#include <functional>
#include <map>

#include "muster/state.hpp"
#include "muster/store.hpp"
#include "taskdata.h"

namespace muster::app {

bool isCoordinatorRole(const QString& role) {
    return role == QLatin1String("coordinator") || role == QLatin1String("admin");
}

std::vector<UnitEntry> unitTree(Store& store) {
    std::vector<UnitEntry> all;
    if (auto units = store.list(EntityType::unit)) {
        for (const EntityState& state : *units) {
            const nlohmann::json values = plain_values(state);
            all.push_back({QString::fromStdString(state.key), stringField(values, "name"), stringField(values, "parent"), 0});
        }
    }
    QSet<QString> known;
    for (const UnitEntry& u : all) known.insert(u.key);
    std::map<QString, std::vector<const UnitEntry*>> children;  // parent key ("" = root) → units
    for (const UnitEntry& u : all) children[known.contains(u.parent) ? u.parent : QString()].push_back(&u);
    for (auto& [parent, list] : children) {
        std::sort(list.begin(), list.end(), [](const UnitEntry* a, const UnitEntry* b) {
            if (const int c = a->name.localeAwareCompare(b->name); c != 0) return c < 0;
            return a->key < b->key;
        });
    }
    std::vector<UnitEntry> out;
    QSet<QString> placed;  // guards against a parent cycle in bad data
    std::function<void(const QString&, int)> walk = [&](const QString& parent, int depth) {
        const auto it = children.find(parent);
        if (it == children.end()) return;
        for (const UnitEntry* u : it->second) {
            if (placed.contains(u->key)) continue;
            placed.insert(u->key);
            UnitEntry entry = *u;
            entry.depth = depth;
            out.push_back(entry);
            walk(u->key, depth + 1);
        }
    };
    walk({}, 0);
    return out;
}

QSet<QString> unitSubtree(Store& store, const QString& root) {
    QSet<QString> out;
    const std::vector<UnitEntry> tree = unitTree(store);
    if (root.isEmpty()) {
        for (const UnitEntry& u : tree) out.insert(u.key);
        return out;
    }
    out.insert(root);
    // Tree order puts parents first, so one pass collects every descendant.
    for (const UnitEntry& u : tree) {
        if (out.contains(u.parent)) out.insert(u.key);
    }
    return out;
}

std::vector<UnitEntry> writableUnits(Store& store, const QString& role, const QString& ownUnit) {
    std::vector<UnitEntry> out;
    if (!isCoordinatorRole(role)) return out;
    if (ownUnit.isEmpty() && role != QLatin1String("admin")) return out;
    const QSet<QString> scope = unitSubtree(store, ownUnit);
    int rootDepth = -1;
    for (const UnitEntry& u : unitTree(store)) {
        if (!scope.contains(u.key)) continue;
        if (rootDepth < 0) rootDepth = u.depth;
        UnitEntry entry = u;
        entry.depth = std::max(0, u.depth - rootDepth);
        out.push_back(entry);
    }
    return out;
}

std::vector<MemberEntry> unitMembers(Store& store, const QString& unit) {
    std::vector<MemberEntry> out;
    if (unit.isEmpty()) return out;
    if (auto members = store.list(EntityType::member, {{"unit", unit.toStdString()}})) {
        for (const EntityState& state : *members) {
            const nlohmann::json values = plain_values(state);
            out.push_back({QString::fromStdString(state.key), stringField(values, "name"), unit, stringField(values, "role")});
        }
    }
    std::sort(out.begin(), out.end(), [](const MemberEntry& a, const MemberEntry& b) {
        if (const int c = a.name.localeAwareCompare(b.name); c != 0) return c < 0;
        return a.key < b.key;
    });
    return out;
}

}  // namespace muster::app

namespace muster::app {

DashboardScope DashboardScope::make(Store& store, const QString& ownUnit, const QString& unitKey,
                                    const QString& drillKey) {
    DashboardScope scope;
    scope.drillKey = drillKey;
    const QSet<QString> own = unitSubtree(store, ownUnit);
    if (unitKey.isEmpty()) {
        scope.units = own;
    } else if (own.contains(unitKey)) {
        scope.units = unitSubtree(store, unitKey);
    }
    return scope;
}

bool DashboardScope::accepts(const TaskRow& row) const {
    if (!units.contains(row.unitKey)) return false;
    return drillKey.isEmpty() || row.drillKey == drillKey;
}

}  // namespace muster::app
