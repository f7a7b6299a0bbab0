#include "muster/server/admin.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "muster/clock.hpp"
#include "muster/hlc.hpp"
#include "muster/server/scope.hpp"
#include "muster/text.hpp"
#include "pg.hpp"
#include "pg_change_relay.hpp"

namespace muster::server::admin {
namespace {

Result<std::unique_ptr<Directory>> open(const std::string& data_dir) {
    return Directory::open(data_dir, SystemClock::instance());
}

Result<std::string> member_key_of(Directory& directory, const std::string& login) {
    auto credentials = directory.store().find_credentials(login);
    if (!credentials) return credentials.error();
    if (!*credentials) return Error{ErrorCode::not_found, "--login: no member with login '" + login + "'"};
    return (*credentials)->member_key;
}

/// Every entity (of `types`) whose scope unit is one of `units`.
std::vector<ScopeItem> entities_in(StoreWriter& w, const std::set<std::string>& units,
                                   const std::vector<std::string>& types) {
    if (units.empty()) return {};
    ScopeQuery query;
    query.limit = std::numeric_limits<int>::max() - 1;
    for (const auto& unit : units) query.slices.push_back(ScopeSlice{unit, types, false});
    return w.scope_page(query).items;
}

std::set<std::string> minus(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::set<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

/// After `unit` moved from `old_parent` to `new_parent` (`before`: the tree
/// before), who sees what changes, and pulls must say so (protocol: what
/// leaves a caller's scope is sent once as `gone`, what enters it whole):
/// - every entity of the moved subtree departs from the old parent (readers
///   above it that no longer see it get `gone`), then gets a new seq (readers
///   above the new parent get it whole; a task's children with the task);
/// - units and drills of the ancestors the subtree lost depart from the moved
///   unit, whose readers (every member and coordinator in the subtree) drop
///   them; those of the ancestors it gained get a new seq.
void rescope_moved_unit(StoreWriter& w, const std::string& unit, const std::string& old_parent,
                        const std::string& new_parent, const UnitTree& before) {
    const UnitTree after(w.unit_parents());
    std::vector<std::string> every_type;
    for (const auto type : all_entity_types()) every_type.emplace_back(to_string(type));
    const auto moved = entities_in(w, after.subtree(unit), every_type);
    if (!old_parent.empty()) {
        for (const auto& item : moved) w.depart(item.record.entity, item.record.key, old_parent);
    }
    // New seqs, as `bump_seq` gives them: each task, then its logs and
    // conflicts. Those share its unit, so they are in `moved` too (in seq
    // order): no read per task.
    std::map<std::string, std::vector<const ScopeItem*>> children;
    for (const auto& item : moved) {
        if (!item.parent.empty()) children[item.parent].push_back(&item);
    }
    for (const auto& item : moved) {
        if (!item.parent.empty()) continue;
        w.reseq(item.record.entity, item.record.key);
        if (const auto kids = children.find(item.record.key); kids != children.end()) {
            for (const ScopeItem* kid : kids->second) w.reseq(kid->record.entity, kid->record.key);
        }
    }
    const auto old_up = before.path_to_root(old_parent);
    const auto new_up = after.path_to_root(new_parent);
    const std::vector<std::string> up_types{"unit", "drill"};
    for (const auto& item : entities_in(w, minus(old_up, new_up), up_types)) {
        w.depart(item.record.entity, item.record.key, unit);
    }
    for (const auto& item : entities_in(w, minus(new_up, old_up), up_types)) {
        w.bump_seq(item.record.entity, item.record.key);
    }
}

}  // namespace

Result<std::string> init(const std::string& data_dir, const std::string& db) {
    auto directory = Directory::create(data_dir, SystemClock::instance(), db);
    if (!directory) return directory.error();
    return (*directory)->store().replica_id();
}

Result<Unit> add_unit(const std::string& data_dir, const std::string& code, const std::string& name,
                      const std::string& parent_code) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    return (*directory)->add_unit(code, name, parent_code);
}

Result<std::vector<UnitRow>> list_units(const std::string& data_dir) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto units = (*directory)->units();
    if (!units) return units.error();
    std::vector<UnitRow> rows;
    for (const auto& unit : *units) {
        UnitRow row{unit, {}};
        for (const auto& other : *units) {
            if (other.key == unit.parent_key) row.parent_code = other.code;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Status announce_change(const std::string& data_dir) {
    auto db = resolve_database(data_dir);
    if (!db) return db.error();
    if (db->kind != DatabaseUrl::Kind::postgresql) return {};
    try {
        PgChangeRelay::announce_every_unit(db->url);
    } catch (const pg::PgError& e) {
        return Error{ErrorCode::storage, std::string("the running servers were not told (they learn of it at their "
                                                     "devices' next sync): ") + e.what()};
    }
    return {};
}

Result<Unit> move_unit(const std::string& data_dir, const std::string& code, const std::string& parent_code) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto& dir = **directory;
    auto unit = dir.unit_by_code(code);
    if (!unit) return unit.error();
    if (!*unit) return Error{ErrorCode::bad_request, "--code: no unit with code '" + code + "'"};
    auto parent = dir.unit_by_code(parent_code);
    if (!parent) return parent.error();
    if (!*parent) return Error{ErrorCode::bad_request, "--parent: no unit with code '" + parent_code + "'"};
    Unit moved = **unit;
    const std::string& new_parent = (*parent)->key;
    enum class Outcome : std::uint8_t { done, already_there, cycle, gone };
    Outcome outcome = Outcome::done;
    auto written = dir.store().write([&](StoreWriter& w) {
        // Checked on the tree this transaction sees, held against another move
        // (another process) until the commit: two moves at once cannot each
        // pass the check and together make a cycle.
        w.lock_unit_tree();
        const UnitTree before(w.unit_parents());
        auto record = w.get("unit", moved.key);
        if (!record) {
            outcome = Outcome::gone;
            return;
        }
        const std::string old_parent = stored_string(record->fields, "parent");
        if (old_parent == new_parent) {
            outcome = Outcome::already_there;
            return;
        }
        // The new parent inside the unit's subtree: it would become its own ancestor.
        if (before.is_ancestor_or_self(moved.key, new_parent)) {
            outcome = Outcome::cycle;
            return;  // nothing written
        }
        const Hlc stamp = dir.clock().now();
        record->fields["parent"] = {{"v", new_parent}, {"hlc", to_json(stamp)}};
        w.put(*record);
        w.set_clock(stamp);
        rescope_moved_unit(w, moved.key, old_parent, new_parent, before);
    });
    if (!written) return written.error();
    switch (outcome) {
    case Outcome::gone: return Error{ErrorCode::not_found, "--code: no unit with code '" + code + "'"};
    case Outcome::cycle:
        return Error{ErrorCode::bad_request,
                     "--parent: '" + parent_code + "' is '" + code + "' or inside it; the move would make a cycle"};
    case Outcome::already_there:
    case Outcome::done: break;
    }
    moved.parent_key = new_parent;
    return moved;
}

Status check_password(const std::string& password) {
    if (password.empty()) return Error{ErrorCode::bad_request, "--password-stdin: the password is empty"};
    if (password.size() > 1024) return Error{ErrorCode::bad_request, "--password-stdin: the password is longer than 1024 bytes"};
    if (password.find_first_of("\r\n") != std::string::npos) {
        return Error{ErrorCode::bad_request, "--password-stdin: the password must be one line"};
    }
    return {};
}

Result<Member> add_member(const std::string& data_dir, const std::string& login, const std::string& name,
                          const std::string& unit_code, const std::string& role, const std::string& password,
                          const HashCost& cost) {
    if (auto st = check_password(password); !st) return st.error();
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    // Check the cheap things before the deliberately slow hash.
    auto& dir = **directory;
    if (!is_login(login) || !check_display_name(EntityType::member, name) || !is_role(role)) {
        return dir.add_member(login, name, unit_code, role, "");  // its error, before the slow hash
    }
    auto unit = dir.unit_by_code(unit_code);
    if (!unit) return unit.error();
    if (!*unit) return Error{ErrorCode::bad_request, "--unit: no unit with code '" + unit_code + "'"};
    auto existing = dir.store().find_credentials(login);
    if (!existing) return existing.error();
    if (*existing) return Error{ErrorCode::bad_request, "--login: a member with login '" + login + "' already exists"};
    auto hash = hash_password(password, cost);
    if (!hash) return hash.error();
    return dir.add_member(login, name, unit_code, role, *hash);
}

Result<std::vector<MemberRow>> list_members(const std::string& data_dir) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto members = (*directory)->members();
    if (!members) return members.error();
    auto units = (*directory)->units();
    if (!units) return units.error();
    std::vector<MemberRow> rows;
    for (const auto& member : *members) {
        MemberRow row{member, {}};
        for (const auto& unit : *units) {
            if (unit.key == member.unit_key) row.unit_code = unit.code;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Status set_password(const std::string& data_dir, const std::string& login, const std::string& password,
                    const HashCost& cost) {
    if (auto st = check_password(password); !st) return st;
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    if (auto key = member_key_of(**directory, login); !key) return key.error();
    auto hash = hash_password(password, cost);
    if (!hash) return hash.error();
    return (*directory)->store().set_password_hash(login, *hash);
}

Result<std::int64_t> disable_member(const std::string& data_dir, const std::string& login) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto key = member_key_of(**directory, login);
    if (!key) return key.error();
    if (auto st = (*directory)->store().set_disabled(login, true); !st) return st.error();
    return (*directory)->store().revoke_member_tokens(*key);
}

Result<std::vector<DeviceRow>> list_devices(const std::string& data_dir) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto& store = (*directory)->store();
    auto devices = store.list_entities("device");
    if (!devices) return devices.error();
    auto members = (*directory)->members();
    if (!members) return members.error();
    std::map<std::string, std::string> logins;
    for (const auto& member : *members) logins[member.key] = member.login;
    auto wipes = store.list_wipes();  // one read, not one per device
    if (!wipes) return wipes.error();
    std::map<std::string, DeviceWipe> wipe_of;
    for (auto& wipe : *wipes) wipe_of.emplace(wipe.replica_id, std::move(wipe));
    const auto integer = [](const EntityRecord& record, const char* field) -> std::int64_t {
        const auto& v = stored_value(record.fields, field);
        return v.is_number_integer() ? v.get<std::int64_t>() : 0;
    };
    std::vector<DeviceRow> rows;
    for (const auto& device : *devices) {
        DeviceRow row;
        row.replica_id = device.key;
        if (const auto it = logins.find(stored_string(device.fields, "member")); it != logins.end()) {
            row.member_login = it->second;
        }
        row.last_sync_ms = integer(device, "last_sync_at");
        row.pending = integer(device, "pending");
        row.app_version = stored_string(device.fields, "app_version");
        if (const auto it = wipe_of.find(device.key); it != wipe_of.end()) row.wipe = it->second;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const DeviceRow& a, const DeviceRow& b) {
        return a.last_sync_ms != b.last_sync_ms ? a.last_sync_ms > b.last_sync_ms : a.replica_id < b.replica_id;
    });
    return rows;
}

Status wipe_device(const std::string& data_dir, const std::string& replica_id, const std::string& reason,
                   const std::string& by) {
    if (!is_replica_id(replica_id)) return Error{ErrorCode::bad_request, "--replica: expected 16 lowercase hex characters"};
    if (const auto problem = one_line_text_problem(reason, 500)) {
        return Error{ErrorCode::bad_request, "--reason: " + *problem + " (the device shows it)"};
    }
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto& store = (*directory)->store();
    auto device = store.get_entity("device", replica_id);
    if (!device) return device.error();
    if (!*device) {
        return Error{ErrorCode::not_found, "--replica: no device '" + replica_id + "' has synced (see `device list`)"};
    }
    return store.order_wipe(DeviceWipe{replica_id, reason, by, SystemClock::instance().now_ms(), 0});
}

Result<std::int64_t> revoke_tokens(const std::string& data_dir, const std::string& login) {
    auto directory = open(data_dir);
    if (!directory) return directory.error();
    auto key = member_key_of(**directory, login);
    if (!key) return key.error();
    return (*directory)->store().revoke_member_tokens(*key);
}

}  // namespace muster::server::admin
