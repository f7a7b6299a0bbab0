#include "tamper.hpp"

#include "sqlite_file.hpp"

namespace muster::sim {

Result<std::string> tamper_member_store(const Members& members, const Scenario& scenario) {
    for (const auto& task : scenario.tasks) {
        const auto& member = *members[static_cast<std::size_t>(task.owner)];
        auto db = SqliteFile::open(member.store_path(), true);
        if (!db) return db.error();
        bool found = false;
        (void)db->query("SELECT 1 FROM fields WHERE entity = 'task' AND key = ?1 AND field = 'status'", {task.key},
                        [&](const auto&) { found = true; });
        if (!found) continue;
        auto st = db->query("UPDATE fields SET c_v = 'cancelled', v_v = 'cancelled' "
                            "WHERE entity = 'task' AND key = ?1 AND field = 'status'",
                            {task.key});
        if (!st) return st.error();
        return "set task " + task.key + "'s status to cancelled in " + member.spec().login + "'s store file";
    }
    return Error{ErrorCode::not_found, "no member holds a task to tamper with"};
}

Result<std::string> tamper_server_db(const std::string& db_path, Tamper tamper, const Members& members,
                                     const Scenario& scenario) {
    auto db = SqliteFile::open(db_path, true);
    if (!db) return db.error();
    if (tamper == Tamper::lost_write) {
        for (const auto& member : members) {
            for (const auto& [id, rec] : member->transport().acks()) {
                if (rec.applied + rec.duplicate == 0 || rec.op.value("entity", "") != "log") continue;
                const std::string key = rec.op.value("key", "");
                if (auto st = db->query("DELETE FROM ops WHERE id = ?1", {id}); !st) return st.error();
                if (auto st = db->query("DELETE FROM entities WHERE entity = 'log' AND key = ?1", {key}); !st) {
                    return st.error();
                }
                return "deleted acked op " + id + " (log " + key + ") from the server's database";
            }
        }
        return Error{ErrorCode::not_found, "no acked log append to delete"};
    }
    if (tamper == Tamper::lost_conflict) {
        std::string victim;
        for (const auto& task : scenario.tasks) {
            (void)db->query("SELECT key FROM entities WHERE entity = 'conflict' AND "
                            "json_extract(fields, '$.key.v') = ?1 LIMIT 1",
                            {task.key}, [&](const auto& row) { victim = row[0]; });
            if (!victim.empty()) break;
        }
        if (victim.empty()) return Error{ErrorCode::not_found, "no conflict record to delete"};
        if (auto st = db->query("DELETE FROM entities WHERE entity = 'conflict' AND key = ?1", {victim}); !st) {
            return st.error();
        }
        return "deleted conflict record " + victim + " from the server's database";
    }
    return Error{ErrorCode::bad_request, "not a server tamper"};
}

}  // namespace muster::sim
