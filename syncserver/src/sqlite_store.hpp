#pragma once
/// SQLite implementation of ServerStore (internal). One connection guarded by
/// a mutex: SQLite serialises writers anyway, and reads here are point lookups.

#include <mutex>

#include "muster/server/store.hpp"
#include "sqlite.hpp"

namespace muster::server {

class SqliteStore final : public ServerStore {
public:
    /// Opens `path`; `create` makes a new file. Throws sql::SqliteError; use
    /// the factory functions in store.hpp instead.
    SqliteStore(const std::string& path, bool create);

    [[nodiscard]] const std::string& replica_id() const override { return replica_id_; }
    [[nodiscard]] Result<Hlc> last_hlc() override;

    Result<std::int64_t> put_entity(const EntityRecord& record, const Hlc& clock) override;
    [[nodiscard]] Result<std::optional<EntityRecord>> get_entity(const std::string& entity,
                                                                 const std::string& key) override;
    [[nodiscard]] Result<std::vector<EntityRecord>> list_entities(const std::string& entity) override;
    [[nodiscard]] Result<std::optional<EntityRecord>> find_unit_by_code(const std::string& code) override;

    Status create_member(const EntityRecord& member, const CredentialRecord& credentials,
                         const Hlc& clock) override;
    [[nodiscard]] Result<std::optional<CredentialRecord>> find_credentials(const std::string& login) override;
    [[nodiscard]] Result<std::vector<CredentialRecord>> list_credentials() override;
    Status set_password_hash(const std::string& login, const std::string& hash) override;
    Status set_disabled(const std::string& login, bool disabled) override;

    Status insert_token(const std::string& token_hash, const TokenRecord& token) override;
    [[nodiscard]] Result<std::optional<TokenRecord>> find_token(const std::string& token_hash) override;
    Status revoke_token(const std::string& token_hash) override;
    Result<std::int64_t> revoke_member_tokens(const std::string& member_key) override;

    Status record_login_failure(const std::string& login, std::int64_t at_ms) override;
    [[nodiscard]] Result<std::int64_t> count_login_failures(const std::string& login,
                                                            std::int64_t since_ms) override;
    Status clear_login_failures(const std::string& login) override;

    Status read(const std::function<void(StoreReader&)>& body) override;
    Status write(const std::function<void(StoreWriter&)>& body) override;

private:
    friend class SqliteTxn;
    void migrate(bool create);
    void migrate_to_v3();
    /// Schema v2: the scope index (`entities_by_scope`, `parent`, `departures`); caller holds a transaction.
    void migrate_to_v2();
    /// The next value of the shared seq counter (entity changes and departures).
    std::int64_t next_seq();
    /// Upserts the row with the next seq (and its parent task); caller holds the lock and a transaction.
    std::int64_t write_row(const EntityRecord& record);
    void save_clock(const Hlc& clock);
    /// Writes the row and bumps the sequence; caller holds the lock and a transaction.
    std::int64_t write_entity(const EntityRecord& record, const Hlc& clock);
    EntityRecord read_entity_row(sql::Query& q);

    std::mutex mutex_;
    sql::Database db_;
    std::string replica_id_;
};

/// Runs `body` and turns a SQLite failure into a `storage` error (or
/// `bad_request` with `conflict_message` for a uniqueness violation).
template <class R, class F>
R guarded(F&& body, const char* conflict_message = nullptr) {
    try {
        return body();
    } catch (const sql::SqliteError& e) {
        if (conflict_message && e.is_constraint()) return Error{ErrorCode::bad_request, conflict_message};
        return Error{ErrorCode::storage, std::string("database error: ") + e.what()};
    } catch (const std::exception& e) {
        return Error{ErrorCode::internal, std::string("unexpected error: ") + e.what()};
    }
}

}  // namespace muster::server
