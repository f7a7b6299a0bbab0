#pragma once
/// SQLite implementation of ServerStore (internal).
///
/// Writes: one connection, and group commit (group_commit.hpp): a batch of
/// writes runs in ONE transaction, each in a savepoint of its own (a failing
/// job is rolled back alone), committed with one fsync.
///
/// Reads: a small pool of read-only connections (WAL lets them read the last
/// commit while the writer works), so pulls and token checks do not queue
/// behind fsyncs.
///
/// The change sequence is read once per group (under the write lock, so an
/// admin CLI writing beside the server is seen), counted in memory and saved
/// with the commit. Checkpoints (copying the WAL back into the database file, with its
/// own fsync) run on a thread and connection of their own once the WAL holds
/// `kCheckpointPages`, so commits never wait for them.

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "connection_pool.hpp"
#include "group_commit.hpp"
#include "muster/server/store.hpp"
#include "sqlite.hpp"
#include "store_rows.hpp"

namespace muster::server {

/// The seqs earlier restores left behind, from `db`'s meta (none: empty);
/// throws sql::SqliteError when the value is not LostSeqs' JSON.
[[nodiscard]] LostSeqs read_lost_seqs(sql::Database& db);

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

    [[nodiscard]] Result<std::int64_t> take_foreign_seq() override;
    [[nodiscard]] Result<bool> cursor_known(std::int64_t after) override;
    [[nodiscard]] Result<std::int64_t> revocations() override;
    Status read(const std::function<void(StoreReader&)>& body) override;
    Status write(const std::function<void(StoreWriter&)>& body) override;

    /// At most this many jobs share one commit.
    static constexpr std::size_t kMaxGroup = 64;
    /// Read-only connections opened at most.
    static constexpr std::size_t kReaders = 4;
    /// WAL size (pages) that asks for a checkpoint (SQLite's own default)...
    static constexpr int kCheckpointPages = 1000;
    /// ...and the size at which the writer stops to checkpoint itself (the
    /// checkpoint thread is not keeping up).
    static constexpr int kCheckpointInlinePages = 64'000;

    ~SqliteStore() override;
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

private:
    friend class SqliteTxn;
    class Checkpointer;
    /// sqlite3_wal_hook: called after each commit with the WAL's size.
    static int on_wal_commit(void* self, struct sqlite3* db, const char* schema, int pages);
    /// Runs `body` (which uses `db_`) as one job of a group commit; returns once
    /// its commit is durable, or its error (nothing of it was kept).
    Status commit_job(const std::function<void()>& body, const char* conflict_message = nullptr);
    /// The leader's part: one transaction for `batch`, a savepoint per job.
    void run_group(const std::vector<GroupCommit::Job*>& batch);
    /// Borrows a read-only connection for `body(db)`; storage failures become errors.
    template <class R, class F>
    R with_reader(F&& body);
    /// A new read-only connection (the pool's `open`).
    std::unique_ptr<sql::Database> open_reader();

    void migrate(bool create);
    void migrate_to_v3();
    /// Schema v4: token idle timer, device wipes; caller holds a transaction.
    void migrate_to_v4();
    /// Schema v5: the blob uploaders (kept by the blob store's own connection before).
    void migrate_to_v5();
    /// Token and wipe steps of a write transaction (SqliteTxn); caller holds the lock and a transaction.
    void touch_token_in(const std::string& token_hash, std::int64_t at_ms);
    std::int64_t deliver_wipe_in(const std::string& replica_id, std::int64_t at_ms);
    static std::optional<DeviceWipe> find_wipe_in(sql::Database& db, const std::string& replica_id);
    /// Schema v2: the scope index (`entities_by_scope`, `parent`, `departures`); caller holds a transaction.
    void migrate_to_v2();
    /// The counter as the database holds it (caller holds the write lock).
    std::int64_t load_seq();
    /// Records the counter as read from the database (caller holds the lock):
    /// past what this store committed, another process wrote.
    void note_counter(std::int64_t counter);
    std::int64_t load_data_version();
    /// The next value of the shared seq counter (entity changes and departures).
    std::int64_t next_seq() { return ++seq_; }
    /// Upserts the row with the next seq (and its parent task); caller holds the lock and a transaction.
    std::int64_t write_row(const EntityRecord& record);
    void save_clock(const Hlc& clock);
    /// Writes the row and bumps the sequence; caller holds the lock and a transaction.
    std::int64_t write_entity(const EntityRecord& record, const Hlc& clock);

    std::string path_;
    std::mutex mutex_;  ///< the write connection and `seq_`
    sql::Database db_;
    std::int64_t seq_ = 0;  ///< the last seq handed out (saved in meta with each commit)
    /// The counter as this store last committed or looked at it. Written under
    /// the lock; atomic for cursor_known, which reads it without.
    std::atomic<std::int64_t> known_seq_{0};
    LostSeqs lost_;  ///< read once: a restore needs the folder to itself
    std::int64_t foreign_seq_ = 0;  ///< the highest seq another process took, not yet taken
    /// `PRAGMA data_version` of the write connection as last looked at: it
    /// moves with every other connection's commit (never with this one's), so
    /// also with a write that takes no seq (a device wipe order).
    std::int64_t data_version_ = 0;
    std::string replica_id_;

    GroupCommit group_{kMaxGroup};

    ConnectionPool<sql::Database> readers_{kReaders, [this] { return open_reader(); }};

    std::unique_ptr<Checkpointer> checkpointer_;  ///< destroyed first: it uses `path_`
};

/// An entity row of a query selecting (entity, key, fields, unit, changed_seq),
/// those five from column `first` on.
EntityRecord read_entity_row(sql::Query& q, int first = 0);

/// A SQLite failure as an error: `unavailable` when another process held the
/// write lock past the busy timeout (an admin command writing a large unit
/// move beside the server: retry), `storage` otherwise.
Error database_error(const sql::SqliteError& e);

/// Runs `body` and turns a SQLite failure into a `database_error` (or
/// `bad_request` with `conflict_message` for a uniqueness violation).
template <class R, class F>
R guarded(F&& body, const char* conflict_message = nullptr) {
    try {
        return body();
    } catch (const sql::SqliteError& e) {
        if (conflict_message && e.is_constraint()) return Error{ErrorCode::bad_request, conflict_message};
        return database_error(e);
    } catch (const std::exception& e) {
        return Error{ErrorCode::internal, std::string("unexpected error: ") + e.what()};
    }
}

template <class R, class F>
R SqliteStore::with_reader(F&& body) {
    return guarded<R>([&]() -> R { return readers_.with(body); });
}

}  // namespace muster::server
