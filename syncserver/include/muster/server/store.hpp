#pragma once
/// The server's storage interface, with two backends: `SqliteStore` (the
/// embedded default, one machine) and `PgStore` (PostgreSQL, several server
/// instances on one database). It speaks in domain records: no SQL, no
/// driver types.
///
/// Thread-safety: implementations are safe to call from any thread.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
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
    /// When a sync last renewed it (0: never; its idle time counts from `created_ms`).
    std::int64_t last_used_ms = 0;
};

/// What a bearer token stands for, read in one snapshot (one query): every
/// authenticated request needs all of it.
struct TokenSession {
    TokenRecord token;
    std::optional<EntityRecord> member;  ///< absent: the member no longer exists
    std::optional<bool> disabled;        ///< the member's login is disabled (absent: no credentials)
};

/// An admin's order to erase a device's local data (`muster-server device wipe`).
struct DeviceWipe {
    std::string replica_id;
    std::string reason;           ///< shown on the device
    std::string by;               ///< who ordered it (admin CLI: the OS user)
    std::int64_t ordered_ms = 0;
    std::int64_t delivered_ms = 0;  ///< when the device was told (0: not yet)
};

/// One row of a pull: an entity's current state, or a departure (`gone`) of an
/// entity from a unit's scope.
struct ScopeItem {
    std::int64_t seq = 0;
    bool gone = false;
    /// The entity's type, key, scope unit and seq; `fields` is left empty (pulls
    /// read `wire` instead, without parsing). For a departure: its *current*
    /// `unit`, "" if it no longer exists.
    EntityRecord record;
    /// The fields as sent in `changes` (JSON text): versioned `{"f": {"v", "hlc"}}`,
    /// append-only plain values. Empty for a departure.
    std::string wire;
    /// The task a log or task conflict belongs to ("" otherwise).
    std::string parent;
};

/// Which entity types of one unit's scope a pull reads.
struct ScopeSlice {
    std::string unit;
    std::vector<std::string> entities;
    bool departures = false;  ///< also read departures of those types from this unit
};

/// A pull's view of the scope index: every `changed_seq` (and departure seq)
/// greater than `after` inside the slices (or everywhere with `everything`).
struct ScopeQuery {
    bool everything = false;
    std::vector<ScopeSlice> slices;
    std::int64_t after = 0;
    int limit = 500;
};

struct ScopePage {
    std::vector<ScopeItem> items;  ///< ordered by seq, at most `limit`
    bool has_more = false;         ///< more items after the last one
};

/// An inject (a task with `drill` and `release_offset_ms`) and the release the
/// scheduler last recorded for it, if any.
struct InjectRow {
    std::string task;
    std::string unit;
    std::string drill;
    std::int64_t offset_ms = 0;
    /// The offset and drill start of the recorded release (nullopt: never released).
    std::optional<std::int64_t> released_offset_ms;
    std::optional<std::int64_t> released_started_at;
    /// When a sync first sent it to a device of its unit (nullopt: not yet).
    std::optional<std::int64_t> delivered_ms;
};

/// What one applied `set` op wrote, from the op log: the history the entity
/// rows (current state only) no longer hold.
struct FieldChange {
    std::string key;
    nlohmann::json fields = nlohmann::json::object();  ///< the op's plain values
    std::int64_t hlc_ms = 0;
    std::int64_t hlc_c = 0;
};

/// A unit's key and its parent's ("" for a root).
struct UnitParent {
    std::string unit;
    std::string parent;
};

/// Reads inside one consistent snapshot (see `ServerStore::read`).
/// Methods throw on storage failure; `read`/`write` turn that into an error.
class StoreReader {
public:
    virtual ~StoreReader() = default;
    [[nodiscard]] virtual std::optional<EntityRecord> get(const std::string& entity, const std::string& key) = 0;
    [[nodiscard]] virtual std::vector<EntityRecord> list(const std::string& entity) = 0;
    /// Every unit with its parent: the unit tree, without reading whole records.
    [[nodiscard]] virtual std::vector<UnitParent> unit_parents() = 0;
    /// Logs and conflicts that belong to task `task_key`.
    [[nodiscard]] virtual std::vector<EntityRecord> children(const std::string& task_key) = 0;
    /// One page of the scope index. Index-driven: per (unit, entity) range scans
    /// of at most `limit + 1` rows each, merged by seq.
    [[nodiscard]] virtual ScopePage scope_page(const ScopeQuery& query) = 0;
    /// Logs whose `attachments` list `hash` (index-driven).
    [[nodiscard]] virtual std::vector<EntityRecord> logs_with_attachment(const std::string& hash) = 0;
    /// Every inject with its recorded release (index-driven: injects only).
    [[nodiscard]] virtual std::vector<InjectRow> injects() = 0;
    /// The wipe ordered for this device, if any.
    [[nodiscard]] virtual std::optional<DeviceWipe> device_wipe(const std::string& replica_id) = 0;
    /// Every applied `set` op on an entity type whose key is in `keys`, in
    /// the order applied. A scan of the op log: for reports, not for syncs.
    [[nodiscard]] virtual std::vector<FieldChange> set_history(const std::string& entity,
                                                               const std::set<std::string>& keys) = 0;
};

/// Writes inside one transaction (see `ServerStore::write`).
class StoreWriter : public StoreReader {
public:
    /// A hint before a batch of ops: the op ids it will ask `op_seen` about
    /// and the entities (type, key) it will `get`. A backend whose every
    /// statement is a round trip (PostgreSQL) reads them in two queries; the
    /// answers are the same either way. SQLite ignores it.
    virtual void prefetch(const std::vector<std::string>& op_ids,
                          const std::vector<std::pair<std::string, std::string>>& entities) {
        (void)op_ids;
        (void)entities;
    }
    /// Holds the unit tree against other writers until this transaction ends,
    /// for a write that reads the tree and then changes it (a unit move: two at
    /// once could each pass the cycle check and together make a cycle). SQLite
    /// has one writer at a time already; PostgreSQL takes a transaction lock.
    virtual void lock_unit_tree() {}
    /// True when an op with exactly this id was applied before (the op log).
    [[nodiscard]] virtual bool op_seen(const std::string& op_id) = 0;
    /// Remembers an applied op forever (dedupe).
    virtual void record_op(const std::string& op_id, const std::string& replica_id, const std::string& author,
                           std::int64_t received_ms, const std::string& op_json) = 0;
    /// Inserts or replaces an entity and gives it the next seq (returned). The
    /// parent task of a log / task conflict is derived from its fields.
    virtual std::int64_t put(const EntityRecord& record) = 0;
    /// Records that an entity left `from_unit`'s scope; returns the departure's seq.
    virtual std::int64_t depart(const std::string& entity, const std::string& key, const std::string& from_unit) = 0;
    /// Gives an existing entity the next seq (returned) without changing it;
    /// nothing else, not a task's logs (see `bump_seq`).
    virtual std::int64_t reseq(const std::string& entity, const std::string& key) = 0;
    /// Gives an entity the next seq without changing it (0 if it does not
    /// exist); for a task, its logs and conflicts get new seqs too, after it.
    /// Returns the last seq given.
    std::int64_t bump_seq(const std::string& entity, const std::string& key);
    /// Records that the inject `task` was released for this offset and drill start.
    virtual void record_release(const std::string& task, std::int64_t offset_ms, std::int64_t started_at,
                                std::int64_t at_ms) = 0;
    /// The server clock to persist with this transaction.
    virtual void set_clock(const Hlc& clock) = 0;
    /// The server clock the last write saved, by this process or another
    /// instance on the same database (nullopt: none yet). Writes are
    /// serialised, so observing it first keeps every instance's stamps after
    /// every earlier write's, whatever their wall clocks say.
    [[nodiscard]] virtual std::optional<Hlc> saved_clock() = 0;
    /// Records that these tasks reached a device of `unit` at `at_ms`; a
    /// task's first delivery to a unit is kept, later ones change nothing.
    virtual void record_deliveries(const std::vector<std::string>& tasks, const std::string& unit,
                                   const std::string& replica_id, std::int64_t at_ms) = 0;
    /// Renews a token's idle timer (`TokenRecord::last_used_ms`).
    virtual void touch_token(const std::string& token_hash, std::int64_t at_ms) = 0;
    /// Records that the device was told to wipe, and revokes every token
    /// issued to it; returns how many were live.
    virtual std::int64_t deliver_wipe(const std::string& replica_id, std::int64_t at_ms) = 0;
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
    [[nodiscard]] virtual Result<std::optional<TokenSession>> find_session(const std::string& token_hash) = 0;
    /// The token alone (`find_session`'s first part).
    [[nodiscard]] Result<std::optional<TokenRecord>> find_token(const std::string& token_hash) {
        auto session = find_session(token_hash);
        if (!session) return session.error();
        if (!*session) return std::optional<TokenRecord>{};
        return std::optional<TokenRecord>{std::move((*session)->token)};
    }
    virtual Status revoke_token(const std::string& token_hash) = 0;
    /// Revokes every token of a member; returns how many were live.
    virtual Result<std::int64_t> revoke_member_tokens(const std::string& member_key) = 0;

    /// Orders a device wipe (replacing an earlier order for the same device).
    virtual Status order_wipe(const DeviceWipe& wipe) = 0;
    /// Every wipe ever ordered, newest first.
    [[nodiscard]] virtual Result<std::vector<DeviceWipe>> list_wipes() = 0;
    [[nodiscard]] virtual Result<std::optional<DeviceWipe>> find_wipe(const std::string& replica_id) = 0;

    /// Login failures, for the rate limit (durable, so a restart does not reset it).
    virtual Status record_login_failure(const std::string& login, std::int64_t at_ms) = 0;
    [[nodiscard]] virtual Result<std::int64_t> count_login_failures(const std::string& login,
                                                                    std::int64_t since_ms) = 0;
    virtual Status clear_login_failures(const std::string& login) = 0;

    /// Remembers that `member_key` uploaded the blob `hash` (kept once).
    virtual Status record_blob_upload(const std::string& hash, const std::string& member_key, std::int64_t at_ms) = 0;
    [[nodiscard]] virtual Result<bool> is_blob_uploader(const std::string& hash, const std::string& member_key) = 0;

    /// The highest seq that writers outside this store object (another
    /// process on the same database: the admin command line beside a running
    /// server) committed since the last call; the current seq if they only
    /// wrote what takes none (a device wipe order); or 0. Nobody is told of those
    /// writes otherwise. SQLite only; a PostgreSQL server answers 0 (its other
    /// instances, and the admin command line, announce their writes through
    /// the change relay: `admin::announce_change`).
    [[nodiscard]] virtual Result<std::int64_t> take_foreign_seq() { return std::int64_t{0}; }
    /// A figure that changes whenever a token is revoked, a member disabled or
    /// a device wiped, by any process: a server sharing a SQLite folder checks
    /// it when another process has written, and only then has every event
    /// socket check its token again. PostgreSQL answers 0 (admin commands say
    /// so in their announcement: PgChangeRelay).
    [[nodiscard]] virtual Result<std::int64_t> revocations() { return std::int64_t{0}; }
    /// Whether `after` (a pull cursor, > 0) names a point of this database's
    /// history: not past the last seq given out (by any process), and not one
    /// of the seqs a `restore` left behind (store_rows.hpp: LostSeqs). A device
    /// holding such a cursor would wait forever for changes it never gets.
    [[nodiscard]] virtual Result<bool> cursor_known(std::int64_t after) = 0;

    /// Runs `body` over one read snapshot. Must not call other methods of this store.
    virtual Status read(const std::function<void(StoreReader&)>& body) = 0;
    /// Runs `body` in ONE transaction committed with `synchronous=FULL` (durable
    /// when this returns ok); any exception or storage failure rolls it all back.
    /// Must not call other methods of this store.
    virtual Status write(const std::function<void(StoreWriter&)>& body) = 0;
};

/// The SQLite database file inside a data folder.
[[nodiscard]] std::string database_path(const std::string& data_dir);

/// Where a deployment's database is: `sqlite:DIR` (the file DIR/muster.db) or
/// a `postgresql://` (or `postgres://`) connection URI.
struct DatabaseUrl {
    enum class Kind : std::uint8_t { sqlite, postgresql };
    Kind kind = Kind::sqlite;
    std::string sqlite_dir;  ///< for sqlite
    std::string url;         ///< as given (for postgresql: the libpq URI)
};

/// Parses a `--db` value; errors name `--db`.
[[nodiscard]] Result<DatabaseUrl> parse_database_url(const std::string& text);

/// The file in a data folder that names its database when that is not the
/// folder's own SQLite file (written by `init --db` and `migrate`, mode 0600).
[[nodiscard]] std::string database_url_path(const std::string& data_dir);

/// The data folder's serve lock (the file `serve.lock` in it). Every `serve`
/// holds it shared while it runs; `restore` and `migrate`, which change the
/// database under a running server, need it alone. Taken at once or refused, never waited for;
/// the kernel lets go of it when the process ends, even by kill -9.
class DataFolderLock {
public:
    /// `serve` shares the lock; `restore` and `migrate` (which change the
    /// database under a server) need it alone.
    enum class Mode : std::uint8_t { serve, restore, migrate };
    /// Errors name `--data`: a server serves the folder (restore, migrate), a
    /// restore or migration is changing it (serve), or the lock file cannot be made.
    [[nodiscard]] static Result<DataFolderLock> take(const std::string& data_dir, Mode mode);
    DataFolderLock(DataFolderLock&& other) noexcept;
    DataFolderLock& operator=(DataFolderLock&& other) noexcept;
    DataFolderLock(const DataFolderLock&) = delete;
    DataFolderLock& operator=(const DataFolderLock&) = delete;
    ~DataFolderLock();

private:
    explicit DataFolderLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

/// Makes the data folder `data_dir` use the database `url` names (writes its
/// `database.url`, mode 0600), even when the folder has its own SQLite file,
/// which stays in place unused. For `migrate`, once the copy has committed.
/// Errors name `--to` for a bad URL, `--data` for a folder it cannot write.
Status record_database_url(const std::string& data_dir, const std::string& url);

/// The database of the data folder `data_dir`: what its `database.url`
/// names, else its own SQLite file. `db` (a `--db` value, may be empty) must
/// agree with the folder's record; a folder with no record takes it.
[[nodiscard]] Result<DatabaseUrl> resolve_database(const std::string& data_dir, const std::string& db = {});

/// Creates a new store for the data folder `data_dir` (created if missing) in
/// the database `db` names (default: the folder's own SQLite file) and
/// records a non-default choice in the folder; refuses (bad_request) a
/// database that already holds Muster's schema.
[[nodiscard]] Result<std::unique_ptr<ServerStore>> create_store(const std::string& data_dir, const std::string& db = {});
/// Opens the store of an existing data folder (see `resolve_database`),
/// migrating an older schema; refuses a newer one (`version_too_new`) and a
/// folder without a database (`bad_request`).
[[nodiscard]] Result<std::unique_ptr<ServerStore>> open_store(const std::string& data_dir);

/// The backends' own factories (`create_store`/`open_store` choose between them).
[[nodiscard]] Result<std::unique_ptr<ServerStore>> create_sqlite_store(const std::string& data_dir);
[[nodiscard]] Result<std::unique_ptr<ServerStore>> open_sqlite_store(const std::string& data_dir);
[[nodiscard]] Result<std::unique_ptr<ServerStore>> create_pg_store(const std::string& url);
[[nodiscard]] Result<std::unique_ptr<ServerStore>> open_pg_store(const std::string& url);

/// The schema version this build writes (SQLite's `user_version`).
inline constexpr int kStoreSchemaVersion = 5;
/// The PostgreSQL schema version this build writes (`muster_meta.schema_version`).
inline constexpr int kPgSchemaVersion = 1;

}  // namespace muster::server
