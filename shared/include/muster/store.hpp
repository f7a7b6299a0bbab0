#pragma once
/// The device's local store: one SQLite file (WAL) per account.
///
/// Holds, per entity, the *visible* state (what the UI shows: the server's state
/// with this device's pending ops merged on top) and the *confirmed* state (what
/// the server has acknowledged or sent), the outbox of ops not yet acked, the
/// rejected ops (kept with their reason), the pull cursor, the device's replica
/// id, hlc state and clock offset to the server.
///
/// Invariants:
/// - visible = confirmed ⊔ (every outbox op), per-field LWW; recomputed for an
///   entity whenever one of its ops leaves the outbox without being applied.
/// - Every local write is one transaction that updates state and appends to the
///   outbox together; a sync result is applied in one transaction.
/// - Hlcs handed out by the store only increase, except during clock-skew
///   recovery (see `HlcClock::rewind_to`).
///
/// Threads: a Store is one SQLite connection; use it from one thread at a time.
/// Several Stores may open the same file (WAL lets readers run beside a writer),
/// and several may write: each write transaction starts with `BEGIN IMMEDIATE`
/// and re-reads the meta row (op counter, hlc, cursor, clock offset) inside it,
/// so two connections never hand out the same op id or lose each other's cursor.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/clock.hpp"
#include "muster/hlc.hpp"
#include "muster/op.hpp"
#include "muster/result.hpp"
#include "muster/state.hpp"

namespace muster {

namespace detail {
struct StoreImpl;
}

/// The schema version this build writes (`PRAGMA user_version`). Version 1 was
/// the first; 2 added `meta.last_sync_ms`; 3 stores state per field and the
/// outbox as columns.
inline constexpr int kStoreSchemaVersion = 3;

struct StoreOptions {
    /// Seeds replica id generation for a new database (tests, simulations).
    /// nullopt: seeded from std::random_device.
    std::optional<std::uint64_t> seed;
    /// `PRAGMA synchronous=FULL` (survives power loss) instead of NORMAL
    /// (survives a killed process).
    bool full_sync = false;
    /// Upper bound of SQLite's page cache for this connection, KiB (memory is
    /// taken only as pages are used). Large batches (a first pull, an import)
    /// otherwise spill pages to the WAL mid-transaction.
    int cache_kib = 16 * 1024;
    /// The replica id a NEW database takes (default: a fresh random one). The
    /// app gives each account store its own and signs in with the store's id,
    /// so the server's device record and the ops agree. Ignored for an existing
    /// database: its ops already carry its own id. Must pass `is_replica_id`.
    std::optional<std::string> replica_id = std::nullopt;
    /// Non-empty: the database is encrypted with this raw 256-bit key, as 64
    /// lowercase hex digits (SQLCipher builds only, `store_encryption_available`;
    /// ignored for ":memory:"). A wrong key, or an unencrypted file, fails with
    /// `storage` and `kStoreLockedMessage`, the file untouched.
    std::string key_hex = {};
};

/// The message of the error a wrong key gives (see StoreOptions::key_hex).
inline constexpr const char* kStoreLockedMessage = "the device database could not be unlocked";
/// True when this build of the core links SQLCipher (muster_core_cipher).
[[nodiscard]] bool store_encryption_available() noexcept;

/// One local change, before it becomes an op.
struct LocalWrite {
    OpKind kind = OpKind::set;
    EntityType entity = EntityType::task;
    std::string key;
    nlohmann::json fields = nlohmann::json::object();  ///< empty for delete
};

struct RejectedOp {
    Op op;
    Error error;
    std::int64_t at_ms = 0;  ///< device wall clock when it was rejected
};

/// Equality filter on plain values for `list` (`{"unit": "<key>", "status": "open"}`).
using Filter = std::vector<std::pair<std::string, nlohmann::json>>;

/// Where `Store::latest` continues: the last entity of the previous page.
struct LatestAfter {
    nlohmann::json value;  ///< its value of the ordering field
    std::string key;
};

/// What one applied sync result did.
struct ApplyReport {
    std::size_t applied = 0;      ///< acks applied or duplicate (removed from the outbox)
    std::size_t rejected = 0;     ///< moved to the rejected list
    std::size_t restamped = 0;    ///< re-stamped after `clock_skew`, still in the outbox
    std::size_t changes = 0;      ///< changes received (including gone)
    std::vector<std::pair<EntityType, std::string>> touched;  ///< entities whose visible state may have changed
};

class Store {
public:
    /// Opens or creates the database at `path` (":memory:" for tests) and
    /// migrates it to the current version. Refuses a database written by a newer
    /// version with `version_too_new` and leaves the file untouched; other
    /// failures are `storage`. `wall` must outlive the store.
    static Result<Store> open(const std::string& path, const Clock& wall, const StoreOptions& options = {});

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    // ---- identity and clocks ----
    [[nodiscard]] const std::string& replica_id() const;
    /// The hlc clock (wall clock + server offset). Stamps taken from it directly
    /// are not persisted until the next write.
    [[nodiscard]] HlcClock& clock();
    [[nodiscard]] std::int64_t clock_offset_ms() const;

    // ---- local writes (one transaction each; returns the op put in the outbox) ----
    /// Sets fields; `base` is filled with the hlcs of the local values overwritten.
    Result<Op> write_set(EntityType entity, const std::string& key, nlohmann::json fields);
    Result<Op> write_append(EntityType entity, const std::string& key, nlohmann::json fields);
    Result<Op> write_delete(EntityType entity, const std::string& key);
    /// Several writes in one transaction (all or nothing).
    Result<std::vector<Op>> write_batch(const std::vector<LocalWrite>& writes);

    // ---- sync ----
    /// The oldest `max` outbox ops, in order.
    Result<std::vector<Op>> outbox_batch(std::size_t max);
    [[nodiscard]] std::string cursor() const;
    /// Applies a server answer in one transaction: drops acked ops, moves
    /// rejected ones to the rejected list, re-stamps ops refused with
    /// `clock_skew`, merges the changes, stores the cursor, the server clock
    /// offset (`received_wall_ms` = raw wall clock when the answer arrived) and
    /// the last sync time. On failure nothing changes.
    Result<ApplyReport> apply_sync_result(const SyncResponse& response, std::int64_t received_wall_ms);
    /// As `apply_sync_result`, for the answer to a pull from "" after the
    /// server said it does not know this device's cursor (`stale_cursor`: its
    /// database was restored from a backup). In the same transaction it first
    /// forgets what the server sent before: every confirmed value and the
    /// cursor. What this device has not had acked stays: the outbox, the
    /// refused ops, and the visible values of the queued ops. So nothing only
    /// the old history had lingers here, and until the answer has arrived the
    /// device keeps showing what it had. `touched` also lists every entity that
    /// was stored. On failure nothing changes.
    Result<ApplyReport> replace_with_sync_result(const SyncResponse& response, std::int64_t received_wall_ms);

    // ---- queries ----
    /// Visible state; nullopt when missing or deleted.
    Result<std::optional<EntityState>> get(EntityType entity, const std::string& key);
    /// Visible state including tombstones (nullopt only when unknown).
    Result<std::optional<EntityState>> get_raw(EntityType entity, const std::string& key);
    /// Live (not deleted) entities of a type matching every filter, by key.
    Result<std::vector<EntityState>> list(EntityType entity, const Filter& filter = {});
    /// Live entities of a type that have `field`, largest visible value of it
    /// first (ties: larger key first), at most `limit` — e.g. the newest logs by
    /// `at`. `after` continues from the last entity of a previous page, so a
    /// caller that filters can read page by page. Reads only the ordering
    /// field's rows, then each entity returned (not the whole type). Values of
    /// mixed types order as SQLite does (numbers < text < other JSON).
    Result<std::vector<EntityState>> latest(EntityType entity, const std::string& field, std::size_t limit,
                                            const std::optional<LatestAfter>& after = std::nullopt);
    /// Ops in the outbox (written here, not yet acked). A failed count is an
    /// error, never 0: "nothing waiting" must be true when it is said.
    Result<std::int64_t> pending_count();
    /// Wall-clock time the oldest pending op was written; nullopt when none.
    /// `after_n`: only ops after this one of the replica's counter (those not
    /// in a batch being sent).
    Result<std::optional<std::int64_t>> oldest_pending_ms(std::uint64_t after_n = 0);
    Result<std::vector<RejectedOp>> rejected();
    /// Removes a rejected op from the list (the user has seen it).
    Status dismiss_rejected(const std::string& op_id);
    [[nodiscard]] std::optional<std::int64_t> last_sync_ms() const;
    /// SHA-256 over the canonical JSON of every entity's visible state
    /// (tombstones included), sorted by entity and key.
    Result<std::string> canonical_hash();
    /// Every visible state (tombstones included), sorted.
    Result<std::vector<EntityState>> all_states();

private:
    explicit Store(std::unique_ptr<detail::StoreImpl> impl);
    /// `apply_sync_result`, after forgetting the server's state first with `replace`.
    Result<ApplyReport> apply_answer(const SyncResponse& response, std::int64_t received_wall_ms, bool replace);
    std::unique_ptr<detail::StoreImpl> impl_;
};

/// A 16-hex-char replica id from a seeded generator.
[[nodiscard]] std::string make_replica_id(std::uint64_t seed);
/// A lowercase random (v4-shaped) UUID from a caller's random 128 bits.
[[nodiscard]] std::string make_uuid(std::uint64_t hi, std::uint64_t lo);
/// A lowercase time-ordered UUID (version 7, RFC 9562): the 48-bit Unix time in
/// ms (clamped to 0..2^48-1), then 74 of the caller's random bits. The app and
/// the server key every entity they create so: keys made close in time sort
/// together, so a store (the server's, a device's on its first pull) appends
/// entities made together to the same pages of its key-ordered tables instead of
/// scattering them over random pages. The time in a key is no secret: the
/// entity's field stamps carry it too.
[[nodiscard]] std::string make_uuid_v7(std::int64_t unix_ms, std::uint64_t hi, std::uint64_t lo);

/// For tests and tools: creates (or migrates) a database at `path` up to
/// exactly schema `version` (0..kStoreSchemaVersion) without opening a Store.
Status create_store_at_version(const std::string& path, int version, std::uint64_t seed);

}  // namespace muster
