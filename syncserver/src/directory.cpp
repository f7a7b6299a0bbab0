#include "muster/server/directory.hpp"

#include <algorithm>
#include <cctype>

#include "muster/schema.hpp"
#include "muster/server/crypto.hpp"
#include "muster/text.hpp"

namespace muster::server {
namespace {

std::string field_string(const nlohmann::json& fields, const char* name) {
    const auto it = fields.find(name);
    if (it == fields.end() || !it->is_object()) return {};
    const auto v = it->find("v");
    return v != it->end() && v->is_string() ? v->get<std::string>() : std::string{};
}

Unit to_unit(const EntityRecord& r) {
    return Unit{r.key, field_string(r.fields, "code"), field_string(r.fields, "name"), field_string(r.fields, "parent")};
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

Member to_member(const EntityRecord& r) {
    return Member{r.key, field_string(r.fields, "login"), field_string(r.fields, "name"),
                  field_string(r.fields, "unit"), field_string(r.fields, "role"), false};
}

bool is_unit_code(std::string_view code) noexcept {
    return !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool is_login(std::string_view login) noexcept {
    return !login.empty() && login.size() <= 64 && std::all_of(login.begin(), login.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '@' || c == '-';
    });
}

bool is_role(std::string_view role) noexcept {
    return role == "member" || role == "coordinator" || role == "evaluator" || role == "admin";
}

Status check_display_name(EntityType type, std::string_view name) {
    const FieldSpec* spec = find_field(type, "name");
    if (const auto problem = one_line_text_problem(name, spec != nullptr ? spec->max_length : 200)) {
        return Error{ErrorCode::bad_request, "--name: " + *problem};
    }
    return {};
}

Result<std::unique_ptr<Directory>> Directory::open(const std::string& data_dir, const Clock& wall) {
    auto store = open_store(data_dir);
    if (!store) return store.error();
    auto last = (*store)->last_hlc();
    if (!last) return last.error();
    return std::make_unique<Directory>(std::move(*store), wall, *last);
}

Result<std::unique_ptr<Directory>> Directory::create(const std::string& data_dir, const Clock& wall,
                                                     const std::string& db) {
    auto store = create_store(data_dir, db);
    if (!store) return store.error();
    return std::make_unique<Directory>(std::move(*store), wall, Hlc{});
}

Directory::Directory(std::unique_ptr<ServerStore> store, const Clock& wall, const Hlc& restored)
    : store_(std::move(store)), wall_(wall), hlc_(store_->replica_id(), wall) {
    hlc_.restore(restored);
}

nlohmann::json Directory::stamp(const nlohmann::json& values, Hlc& used) {
    used = hlc_.now();
    auto fields = nlohmann::json::object();
    for (const auto& [name, value] : values.items()) fields[name] = {{"v", value}, {"hlc", to_json(used)}};
    return fields;
}

Result<Unit> Directory::add_unit(const std::string& code, const std::string& name, const std::string& parent_code) {
    if (!is_unit_code(code)) {
        return Error{ErrorCode::bad_request, "--code: '" + code + "' is not a unit code (1-32 of a-z, 0-9, -)"};
    }
    if (auto st = check_display_name(EntityType::unit, name); !st) return st.error();
    std::string parent_key;
    if (!parent_code.empty()) {
        auto parent = unit_by_code(parent_code);
        if (!parent) return parent.error();
        if (!*parent) return Error{ErrorCode::bad_request, "--parent: no unit with code '" + parent_code + "'"};
        parent_key = (*parent)->key;
    }
    auto existing = unit_by_code(code);
    if (!existing) return existing.error();
    if (*existing) return Error{ErrorCode::bad_request, "--code: a unit with code '" + code + "' already exists"};

    Unit unit{new_uuid(), code, name, parent_key};
    nlohmann::json values = {{"code", code}, {"name", name}, {"parent", nullptr}};
    if (!parent_key.empty()) values["parent"] = parent_key;
    Hlc used;
    EntityRecord record{"unit", unit.key, stamp(values, used), unit.key, 0};
    if (auto put = store_->put_entity(record, used); !put) {
        if (put.error().code == ErrorCode::bad_request) {
            return Error{ErrorCode::bad_request, "--code: a unit with code '" + code + "' already exists"};
        }
        return put.error();
    }
    return unit;
}

Result<std::vector<Unit>> Directory::units() {
    auto rows = store_->list_entities("unit");
    if (!rows) return rows.error();
    std::vector<Unit> out;
    for (const auto& r : *rows) out.push_back(to_unit(r));
    return out;
}

Result<std::optional<Unit>> Directory::unit_by_code(const std::string& code) {
    auto row = store_->find_unit_by_code(code);
    if (!row) return row.error();
    if (!*row) return std::optional<Unit>{};
    return std::optional<Unit>{to_unit(**row)};
}

Result<std::optional<Unit>> Directory::unit_by_key(const std::string& key) {
    auto row = store_->get_entity("unit", key);
    if (!row) return row.error();
    if (!*row) return std::optional<Unit>{};
    return std::optional<Unit>{to_unit(**row)};
}

Result<Member> Directory::add_member(const std::string& login, const std::string& name, const std::string& unit_code,
                                     const std::string& role, const std::string& password_hash) {
    if (!is_login(login)) {
        return Error{ErrorCode::bad_request, "--login: '" + login + "' is not a login (1-64 of A-Z, a-z, 0-9, . _ @ -)"};
    }
    if (auto st = check_display_name(EntityType::member, name); !st) return st.error();
    if (!is_role(role)) {
        return Error{ErrorCode::bad_request, "--role: '" + role + "' is not one of member, coordinator, evaluator, admin"};
    }
    auto unit = unit_by_code(unit_code);
    if (!unit) return unit.error();
    if (!*unit) return Error{ErrorCode::bad_request, "--unit: no unit with code '" + unit_code + "'"};
    // Logins are matched exactly at sign-in; two that differ only in case
    // would be two accounts people take for one.
    auto others = members();
    if (!others) return others.error();
    for (const auto& other : *others) {
        if (other.login != login && same_ignoring_case(other.login, login)) {
            return Error{ErrorCode::bad_request, "--login: '" + login + "' differs from the login '" + other.login +
                                                     "' only in case; choose another"};
        }
    }

    Member member{new_uuid(), login, name, (*unit)->key, role, false};
    Hlc used;
    const nlohmann::json values = {{"login", login}, {"name", name}, {"unit", member.unit_key}, {"role", role}};
    EntityRecord record{"member", member.key, stamp(values, used), member.unit_key, 0};
    CredentialRecord credentials{member.key, login, password_hash, false};
    if (auto st = store_->create_member(record, credentials, used); !st) {
        if (st.error().code == ErrorCode::bad_request) {
            return Error{ErrorCode::bad_request, "--login: a member with login '" + login + "' already exists"};
        }
        return st.error();
    }
    return member;
}

Result<std::vector<Member>> Directory::members() {
    auto rows = store_->list_entities("member");
    if (!rows) return rows.error();
    auto creds = store_->list_credentials();
    if (!creds) return creds.error();
    std::vector<Member> out;
    for (const auto& r : *rows) {
        Member m = to_member(r);
        for (const auto& c : *creds) {
            if (c.member_key == m.key) m.disabled = c.disabled;
        }
        out.push_back(std::move(m));
    }
    return out;
}

Result<std::optional<Member>> Directory::member_by_key(const std::string& key) {
    auto row = store_->get_entity("member", key);
    if (!row) return row.error();
    if (!*row) return std::optional<Member>{};
    return std::optional<Member>{to_member(**row)};
}

Result<std::optional<Member>> Directory::member_by_login(const std::string& login) {
    auto creds = store_->find_credentials(login);
    if (!creds) return creds.error();
    if (!*creds) return std::optional<Member>{};
    auto member = member_by_key((*creds)->member_key);
    if (member && *member) (*member)->disabled = (*creds)->disabled;
    return member;
}

Result<std::vector<std::string>> Directory::put_new_entities(const std::vector<NewEntity>& items) {
    std::vector<EntityRecord> records;
    records.reserve(items.size());
    Hlc last;
    for (const auto& item : items) {
        records.push_back(EntityRecord{item.entity, item.key.empty() ? new_uuid() : item.key,
                                       stamp(item.values, last), item.unit_key, 0});
    }
    auto written = store_->write([&](StoreWriter& writer) {
        for (const auto& record : records) writer.put(record);
        if (!records.empty()) writer.set_clock(last);
    });
    if (!written) return written.error();
    std::vector<std::string> keys;
    keys.reserve(records.size());
    for (auto& record : records) keys.push_back(std::move(record.key));
    return keys;
}

Result<std::string> Directory::put_new_entity(const std::string& entity, const nlohmann::json& values,
                                              const std::string& unit_key) {
    Hlc used;
    EntityRecord record{entity, new_uuid(), stamp(values, used), unit_key, 0};
    auto put = store_->put_entity(record, used);
    if (!put) return put.error();
    return record.key;
}

}  // namespace muster::server
