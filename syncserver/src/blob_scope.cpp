// ScopedBlobAccess: which logs let a caller read a blob they did not upload.
#include "muster/server/blobs.hpp"
#include "muster/server/scope.hpp"
#include "muster/server/store.hpp"

namespace muster::server {

Result<bool> ScopedBlobAccess::referenced_in_scope(const Caller& caller, const std::string& hash) {
    const auto role = role_from_string(caller.role);
    if (!role) return false;
    std::vector<EntityRecord> readable;
    auto read = store_.read([&](StoreReader& reader) {
        const UnitTree tree(reader.unit_parents());
        const auto scope = CallerScope::make(*role, caller.member_key, caller.unit_key, tree);
        const auto now = wall_.now_ms();
        for (auto& log : reader.logs_with_attachment(hash)) {
            if (!scope.may_see(EntityType::log, log.unit)) continue;
            if (scope.role == Role::member) {
                const auto task = reader.get("task", stored_string(log.fields, "task"));
                if (!task) continue;
                const auto drill = reader.get("drill", stored_string(task->fields, "drill"));
                if (inject_state(task->fields, drill ? &drill->fields : nullptr, now) == InjectState::hidden) continue;
            }
            readable.push_back(std::move(log));
        }
    });
    if (!read) return read.error();
    for (const auto& log : readable) {
        auto uploaded = blobs_.is_uploader(hash, stored_string(log.fields, "author"));
        if (!uploaded) return uploaded.error();
        if (*uploaded) return true;
    }
    return false;
}

}  // namespace muster::server
