#pragma once
/// Units and members: server-managed entities stored as entity rows with
/// per-field hlcs stamped by the server's clock. Owns the store and the clock.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/clock.hpp"
#include "muster/hlc.hpp"
#include "muster/result.hpp"
#include "muster/schema.hpp"
#include "muster/server/store.hpp"

namespace muster::server {

struct Unit {
    std::string key;
    std::string code;
    std::string name;
    std::string parent_key;  ///< "" for a root unit
};

struct Member {
    std::string key;
    std::string login;
    std::string name;
    std::string unit_key;
    std::string role;  ///< member | coordinator | evaluator | admin
    bool disabled = false;
};

/// A member record's fields (`disabled` is the credentials', not read here).
[[nodiscard]] Member to_member(const EntityRecord& record);

/// `[a-z0-9-]{1,32}`.
[[nodiscard]] bool is_unit_code(std::string_view code) noexcept;
/// 1..64 characters from `[A-Za-z0-9._@-]`.
[[nodiscard]] bool is_login(std::string_view login) noexcept;
[[nodiscard]] bool is_role(std::string_view role) noexcept;
/// A unit's or member's display name (`--name`): one line of valid UTF-8, at
/// most the schema's length. The error names `--name` and what is wrong.
[[nodiscard]] Status check_display_name(EntityType type, std::string_view name);

/// An entity to create with `Directory::put_new_entities`.
struct NewEntity {
    std::string entity;
    std::string key;  ///< "" → a new UUID
    nlohmann::json values;  ///< plain `{"field": value}`
    std::string unit_key;
};

class Directory {
public:
    /// Opens an existing data folder / creates a new one (see store.hpp for the refusals).
    static Result<std::unique_ptr<Directory>> open(const std::string& data_dir, const Clock& wall);
    /// `db`: a `--db` value (empty: the folder's own SQLite file).
    static Result<std::unique_ptr<Directory>> create(const std::string& data_dir, const Clock& wall,
                                                     const std::string& db = {});

    Directory(std::unique_ptr<ServerStore> store, const Clock& wall, const Hlc& restored);

    /// Errors name the CLI option at fault (`--code`, `--parent`, ...).
    Result<Unit> add_unit(const std::string& code, const std::string& name, const std::string& parent_code);
    [[nodiscard]] Result<std::vector<Unit>> units();
    [[nodiscard]] Result<std::optional<Unit>> unit_by_code(const std::string& code);
    [[nodiscard]] Result<std::optional<Unit>> unit_by_key(const std::string& key);

    Result<Member> add_member(const std::string& login, const std::string& name, const std::string& unit_code,
                              const std::string& role, const std::string& password_hash);
    [[nodiscard]] Result<std::vector<Member>> members();
    [[nodiscard]] Result<std::optional<Member>> member_by_key(const std::string& key);
    [[nodiscard]] Result<std::optional<Member>> member_by_login(const std::string& login);

    /// Writes a new entity whose plain `values` ({"field": value}) are all
    /// stamped now; returns its new key. For seeding (demo, drill import).
    Result<std::string> put_new_entity(const std::string& entity, const nlohmann::json& values,
                                       const std::string& unit_key);

    /// The same for several entities in ONE transaction (all or nothing); returns their keys in order.
    Result<std::vector<std::string>> put_new_entities(const std::vector<NewEntity>& items);
    [[nodiscard]] ServerStore& store() noexcept { return *store_; }
    [[nodiscard]] HlcClock& clock() noexcept { return hlc_; }
    [[nodiscard]] const Clock& wall() const noexcept { return wall_; }

private:
    /// `{"f": {"v": value, "hlc": ...}}` for every value, all with one fresh stamp.
    nlohmann::json stamp(const nlohmann::json& values, Hlc& used);

    std::unique_ptr<ServerStore> store_;
    const Clock& wall_;
    HlcClock hlc_;
};

}  // namespace muster::server
