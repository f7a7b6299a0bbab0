#pragma once
/// The server's storage interface. `SqliteStore` is the default backend; the
/// interface speaks in domain records (no SQL, no sqlite3 types) so a
/// PostgreSQL backend can implement it later.
///
/// Thread-safety: implementations are safe to call from any thread.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/hlc.hpp"
#include "muster/result.hpp"

namespace muster::server {

/// One entity's current state. `fields` is `{"field": {"v": value, "hlc": {...}}}`.
struct EntityRecord {
    std::string entity;
    std::string key;
    nlohmann::json fields = nlohmann::json::object();
    std::string unit;              ///< key of the unit whose scope holds it ("" = none)
    std::int64_t changed_seq = 0;  ///< assigned by the store on every write
};

struct CredentialRecord {
    std::string member_key;
    std::string login;
    std::string password_hash;  ///< libsodium crypto_pwhash_str string
    bool disabled = false;
};

struct TokenRecord {
    std::string member_key;
    std::int64_t created_ms = 0;
    std::int64_t expires_ms = 0;
    bool revoked = false;
    std::optional<std::string> device_replica_id;
};

class ServerStore {
public:
    virtual ~ServerStore() = default;

    /// This server's replica id (16 hex chars), made once at init.
    [[nodiscard]] virtual const std::string& replica_id() const = 0;
    /// The last hlc the server's clock issued, as persisted with the last write.
    [[nodiscard]] virtual Result<Hlc> last_hlc() = 0;

    /// Inserts or replaces an entity's state and gives it the next `changed_seq`
    /// (returned). `clock` is persisted in the same transaction. Fails with
    /// `bad_request` if a unique field (unit code) is taken.
    virtual Result<std::int64_t> put_entity(const EntityRecord& record, const Hlc& clock) = 0;
    [[nodiscard]] virtual Result<std::optional<EntityRecord>> get_entity(const std::string& entity,
                                                                         const std::string& key) = 0;
    /// All entities of one type ordered by `changed_seq`.
    [[nodiscard]] virtual Result<std::vector<EntityRecord>> list_entities(const std::string& entity) = 0;
    /// The unit whose `code` field is `code`.
    [[nodiscard]] virtual Result<std::optional<EntityRecord>> find_unit_by_code(const std::string& code) = 0;

    /// Writes the member entity and its credentials in one transaction; fails
    /// with `bad_request` if the login is taken.
    virtual Status create_member(const EntityRecord& member, const CredentialRecord& credentials,
                                 const Hlc& clock) = 0;
    [[nodiscard]] virtual Result<std::optional<CredentialRecord>> find_credentials(const std::string& login) = 0;
    [[nodiscard]] virtual Result<std::vector<CredentialRecord>> list_credentials() = 0;
    virtual Status set_password_hash(const std::string& login, const std::string& hash) = 0;
    virtual Status set_disabled(const std::string& login, bool disabled) = 0;

    /// Tokens are identified by the SHA-256 of the bearer string; the string itself is never stored.
    virtual Status insert_token(const std::string& token_hash, const TokenRecord& token) = 0;
    [[nodiscard]] virtual Result<std::optional<TokenRecord>> find_token(const std::string& token_hash) = 0;
    virtual Status revoke_token(const std::string& token_hash) = 0;
    /// Revokes every token of a member; returns how many were live.
    virtual Result<std::int64_t> revoke_member_tokens(const std::string& member_key) = 0;

    /// Login failures, for the rate limit (durable, so a restart does not reset it).
    virtual Status record_login_failure(const std::string& login, std::int64_t at_ms) = 0;
    [[nodiscard]] virtual Result<std::int64_t> count_login_failures(const std::string& login,
                                                                    std::int64_t since_ms) = 0;
    virtual Status clear_login_failures(const std::string& login) = 0;
};

/// The database file inside a data folder.
[[nodiscard]] std::string database_path(const std::string& data_dir);

/// Creates a new store at `data_dir` (the folder is created if missing);
/// refuses (bad_request naming --data) if a database already exists there.
[[nodiscard]] Result<std::unique_ptr<ServerStore>> create_sqlite_store(const std::string& data_dir);
/// Opens an existing store, migrating an older schema; refuses a newer one
/// (`version_too_new`) and a folder without a database (`bad_request`).
[[nodiscard]] Result<std::unique_ptr<ServerStore>> open_sqlite_store(const std::string& data_dir);

/// The schema version this build writes.
inline constexpr int kStoreSchemaVersion = 1;

}  // namespace muster::server
