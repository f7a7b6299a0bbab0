#include "unit_hierarchy.hpp"

#include "muster/server/log.hpp"

namespace muster::server {

namespace {

std::vector<UnitParent> parents_of(const std::vector<Unit>& units) {
    std::vector<UnitParent> out;
    out.reserve(units.size());
    for (const auto& unit : units) out.push_back({unit.key, unit.parent_key});
    return out;
}

}  // namespace

UnitHierarchy::UnitHierarchy(const std::vector<Unit>& units) : tree_(parents_of(units)) {}

bool UnitHierarchy::concerns(const std::string& role, const std::string& caller_unit,
                        const std::vector<std::string>& unit_keys) const {
    if (unit_keys.empty() || role == "admin") return true;
    if (!contains(caller_unit)) return true;
    const bool sees_subtree = role == "coordinator" || role == "evaluator";
    for (const auto& unit : unit_keys) {
        if (!contains(unit)) return true;
        if (tree_.is_ancestor_or_self(unit, caller_unit)) return true;
        if (sees_subtree && tree_.is_ancestor_or_self(caller_unit, unit)) return true;
    }
    return false;
}

UnitHierarchyCache::UnitHierarchyCache(Loader loader, std::chrono::milliseconds max_age)
    : loader_(std::move(loader)), max_age_(max_age) {}

Status UnitHierarchyCache::load() {
    auto units = loader_();
    if (!units) return units.error();
    auto tree = std::make_shared<const UnitHierarchy>(*units);
    std::lock_guard lock(mutex_);
    tree_ = std::move(tree);
    loaded_at_ = std::chrono::steady_clock::now();
    return {};
}

std::shared_ptr<const UnitHierarchy> UnitHierarchyCache::get() const {
    std::lock_guard lock(mutex_);
    return tree_;
}

void UnitHierarchyCache::set_poster(Poster poster) {
    std::lock_guard lock(mutex_);
    poster_ = std::move(poster);
}

void UnitHierarchyCache::request_reload() {
    Poster poster;
    {
        std::lock_guard lock(mutex_);
        poster = poster_;
    }
    if (!poster || reload_queued_.exchange(true)) return;
    poster([this] {
        reload_queued_ = false;
        if (auto st = load(); !st) log::warn("cannot reload the unit tree", {{"error", st.error().message}});
    });
}

void UnitHierarchyCache::note_change(const std::vector<std::string>& unit_keys) {
    bool stale = unit_keys.empty();
    {
        std::lock_guard lock(mutex_);
        if (std::chrono::steady_clock::now() - loaded_at_ > max_age_) stale = true;
        for (const auto& unit : unit_keys) {
            if (!tree_->contains(unit)) stale = true;
        }
    }
    if (stale) request_reload();
}

}  // namespace muster::server
