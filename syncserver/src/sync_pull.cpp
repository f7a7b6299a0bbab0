// The pull half of /v1/sync: one page of the caller's scope, filtered for the role.
#include <map>

#include "muster/permissions.hpp"
#include "sync_steps.hpp"

namespace muster::server {
namespace {

/// Inject states of tasks and their drills, looked up once per page.
class InjectCache {
public:
    InjectCache(StoreReader& reader, std::int64_t now_ms) : reader_(reader), now_ms_(now_ms) {}

    /// `fields`: the task's stored fields when at hand (else it is read).
    InjectState task(const std::string& key, const nlohmann::json* fields = nullptr) {
        if (const auto it = tasks_.find(key); it != tasks_.end()) return it->second;
        std::optional<EntityRecord> row;
        if (fields == nullptr) {
            row = reader_.get("task", key);
            if (!row) return tasks_[key] = InjectState::released;  // an orphan log: nothing to hide it behind
            fields = &row->fields;
        }
        const auto* drill = this->drill(stored_string(*fields, "drill"));
        return tasks_[key] = inject_state(*fields, drill, now_ms_);
    }

private:
    const nlohmann::json* drill(const std::string& key) {
        if (key.empty()) return nullptr;
        auto it = drills_.find(key);
        if (it == drills_.end()) {
            auto row = reader_.get("drill", key);
            it = drills_.emplace(key, row ? std::optional<nlohmann::json>(std::move(row->fields)) : std::nullopt).first;
        }
        return it->second ? &*it->second : nullptr;
    }

    StoreReader& reader_;
    std::int64_t now_ms_;
    std::map<std::string, InjectState> tasks_;
    std::map<std::string, std::optional<nlohmann::json>> drills_;
};

/// True when `role` may not read some field of `type` (so its fields must be filtered).
bool needs_filter(Role role, EntityType type) {
    for (const auto& field : entity_spec(type).fields) {
        if (!may_read_field(role, type, field.name)) return true;
    }
    return false;
}

}  // namespace

PullPage pull_page(StoreReader& reader, const CallerScope& scope, std::int64_t after, int limit, std::int64_t now_ms) {
    ScopeQuery query;
    query.everything = scope.role == Role::admin;
    query.slices = scope.slices();
    query.after = after;
    query.limit = limit;
    auto page = reader.scope_page(query);

    PullPage out;
    out.has_more = page.has_more;
    out.last_seq = after;
    out.changes.reserve(page.items.size());
    InjectCache injects(reader, now_ms);
    const bool member = scope.role == Role::member;
    std::map<EntityType, bool> filtered;
    for (auto& item : page.items) {
        out.last_seq = item.seq;
        const auto type = entity_type_from_string(item.record.entity);
        if (!type) continue;
        auto& record = item.record;
        const auto gone = [&] { out.changes.push_back(WireChange{item.seq, record.entity, record.key, true, {}, {}}); };
        if (item.gone) {
            // Still in scope elsewhere: its row has a later seq and is sent whole. A cold pull has nothing to drop.
            if (after > 0 && !(!record.unit.empty() && scope.may_see(*type, record.unit))) gone();
            continue;
        }
        if (!scope.may_see(*type, record.unit)) continue;
        std::optional<nlohmann::json> parsed;
        const auto parse = [&]() -> nlohmann::json& {
            if (!parsed) parsed = nlohmann::json::parse(item.wire);
            return *parsed;
        };
        if (member && (*type == EntityType::task || *type == EntityType::log)) {
            const auto state = *type == EntityType::task ? injects.task(record.key, &parse()) : injects.task(item.parent);
            if (state == InjectState::hidden) {
                if (after > 0) gone();  // hidden again (or changed while hidden): the device drops it
                continue;
            }
        }
        auto [it, fresh] = filtered.try_emplace(*type, false);
        if (fresh) it->second = needs_filter(scope.role, *type);
        if (it->second) {
            auto& fields = parse();
            for (auto f = fields.begin(); f != fields.end();) {
                f = may_read_field(scope.role, *type, f.key()) ? std::next(f) : fields.erase(f);
            }
            item.wire = fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        out.changes.push_back(WireChange{item.seq, std::move(record.entity), std::move(record.key), false,
                                         std::move(item.wire), std::move(record.unit)});
    }
    return out;
}

}  // namespace muster::server
