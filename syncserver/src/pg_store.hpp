#pragma once
/// PostgreSQL implementation of ServerStore (internal), for several server
/// instances on one database.
///
/// The change sequence has no gaps a pull could skip: every write
/// transaction first locks the one counter row (`muster_seq`), hands out
/// seqs in memory, saves the counter and commits, and only then releases
/// the lock. So transactions that take seqs commit in seq order, on every
/// instance, and a reader's snapshot that sees seq N sees every seq below it.
/// The same lock makes op deduplication hold across instances: `op_seen`
/// runs after it, when every earlier write is visible.
///
/// Writes of one instance share commits (group_commit.hpp), each job in a
/// savepoint; a commit returns once PostgreSQL has it durably
/// (`synchronous_commit` is never below `on` on the write connection).
/// Reads use a small pool of connections, each read in one REPEATABLE READ
/// snapshot.

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "connection_pool.hpp"
#include "group_commit.hpp"
#include "muster/server/store.hpp"
#include "pg.hpp"
#include "store_rows.hpp"

namespace muster::server {

/// The columns PostgreSQL's `entities` adds to SQLite's: what SQLite's
/// expression indexes read out of `fields` (a unit's code; a task's drill and
/// release offset, as decimal text). NULL where the entity has none.
struct PgIndexedColumns {
    std::optional<std::string> code;
    std::optional<std::string> drill;
    std::optional<std::string> release_offset_ms;
};
[[nodiscard]] PgIndexedColumns pg_indexed_columns(const EntityRecord& record);

/// Drops every table of Muster's schema: undoes `create_pg_store` on a
/// database nothing has written to yet (a failed `migrate`). The caller
/// holds a transaction and has checked that.
void drop_pg_schema(pg::Connection& db);

class PgStore final : public ServerStore {
public:
    /// Connects to `url`; `create` makes the schema in a database without one.
    /// Throws pg::PgError; use create_pg_store / open_pg_store instead.
    PgStore(std::string url, bool create);
    ~PgStore() override;
    PgStore(const PgStore&) = delete;
    PgStore& operator=(const PgStore&) = delete;

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
    [[nodiscard]] Result<std::optional<TokenSession>> find_session(const std::string& token_hash) override;
    Status revoke_token(const std::string& token_hash) override;
    Result<std::int64_t> revoke_member_tokens(const std::string& member_key) override;

    Status order_wipe(const DeviceWipe& wipe) override;
    [[nodiscard]] Result<std::vector<DeviceWipe>> list_wipes() override;
    [[nodiscard]] Result<std::optional<DeviceWipe>> find_wipe(const std::string& replica_id) override;

    Status record_login_failure(const std::string& login, std::int64_t at_ms) override;
    [[nodiscard]] Result<std::int64_t> count_login_failures(const std::string& login,
                                                            std::int64_t since_ms) override;
    Status clear_login_failures(const std::string& login) override;
    Status record_blob_upload(const std::string& hash, const std::string& member_key, std::int64_t at_ms) override;
    [[nodiscard]] Result<bool> is_blob_uploader(const std::string& hash, const std::string& member_key) override;

    [[nodiscard]] Result<bool> cursor_known(std::int64_t after) override;
    Status read(const std::function<void(StoreReader&)>& body) override;
    Status write(const std::function<void(StoreWriter&)>& body) override;

    /// At most this many jobs share one commit.
    static constexpr std::size_t kMaxGroup = 64;
    /// Read connections opened at most.
    static constexpr std::size_t kReaders = 4;

private:
    friend class PgTxn;
    /// Runs `body` (which uses `db_`) as one job of a group commit.
    Status commit_job(const std::function<void()>& body, const char* conflict_message = nullptr);
    void run_group(const std::vector<GroupCommit::Job*>& batch);
    /// A usable write connection (reconnects after a lost one); caller holds `mutex_`.
    pg::Connection& writer();
    template <class R, class F>
    R with_reader(F&& body);
    void migrate(bool create);

    std::int64_t next_seq() { return ++seq_; }
    /// Upserts the row with the next seq; caller holds the lock and a transaction.
    std::int64_t write_row(const EntityRecord& record);
    void save_clock(const Hlc& clock);
    std::int64_t write_entity(const EntityRecord& record, const Hlc& clock);

    std::string url_;
    std::string replica_id_;
    std::mutex mutex_;  ///< the write connection and `seq_`
    std::unique_ptr<pg::Connection> db_;
    std::int64_t seq_ = 0;
    /// The counter as last committed or read here, for cursor_known (no lock).
    std::atomic<std::int64_t> published_seq_{0};
    LostSeqs lost_;  ///< the SQLite database's, copied by `migrate`
    GroupCommit group_{kMaxGroup};

    /// A lost connection is not kept; the next reader connects anew.
    ConnectionPool<pg::Connection> readers_{kReaders, [this] { return std::make_unique<pg::Connection>(url_); },
                                            [](const pg::Connection& c) { return c.ok(); }};
};

}  // namespace muster::server
