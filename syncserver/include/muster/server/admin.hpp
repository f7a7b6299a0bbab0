#pragma once
/// The admin operations behind the command line. The CLI parses and prints;
/// these do the work, so tests call exactly the same code. Errors name the
/// command-line option at fault (`--code: ...`).

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "muster/result.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/directory.hpp"

namespace muster::server::admin {

/// Creates the folder and a new database; refuses an existing database.
/// Returns the new server replica id.
[[nodiscard]] Result<std::string> init(const std::string& data_dir, const std::string& db = {});

Result<Unit> add_unit(const std::string& data_dir, const std::string& code, const std::string& name,
                      const std::string& parent_code);

struct UnitRow {
    Unit unit;
    std::string parent_code;  ///< "" for a root unit
};
[[nodiscard]] Result<std::vector<UnitRow>> list_units(const std::string& data_dir);

/// After a command wrote: on PostgreSQL, tells the running instances (through
/// their change relay) to have every socket sync. A SQLite server notices
/// another process's writes by itself (nothing is sent).
Status announce_change(const std::string& data_dir);

/// Moves unit `code` under `parent_code`; refuses a cycle (the new parent is
/// the unit itself or one of its descendants). A running server picks the
/// new tree up for sync at once and for `/v1/events` within a few seconds.
Result<Unit> move_unit(const std::string& data_dir, const std::string& code, const std::string& parent_code);

struct BackupSummary {
    std::string database;         ///< the backup file
    std::string blobs_dir;        ///< `<file>.blobs`, the blob folder's copy
    std::size_t blobs_total = 0;  ///< blobs in the backup
    std::size_t blobs_copied = 0; ///< of those, copied this time (the rest were already there)
};
/// Copies the database with SQLite's online backup API (a consistent snapshot;
/// safe while `serve` runs) to `to_file` (refused if it exists), then the blob
/// folder to the sibling folder `<to_file>.blobs/` (incremental: blobs
/// already there are kept). The database copy is self-contained (no WAL).
Result<BackupSummary> backup(const std::string& data_dir, const std::string& to_file);

struct RestoreSummary {
    std::size_t blobs = 0;  ///< blobs copied into the data folder
};
/// Restores a `backup` into `data_dir`: checks `from_file` (`PRAGMA
/// integrity_check`, a Muster schema this build reads), refuses a non-empty
/// `data_dir` unless `force` (then its database is replaced and blobs are
/// merged), copies the database and `<from_file>.blobs/` if present, and
/// checks the result again. Stop the server on `data_dir` first.
Result<RestoreSummary> restore(const std::string& data_dir, const std::string& from_file, bool force);

/// One table `migrate` copied: what both databases hold after the copy.
struct MigratedTable {
    std::string name;        ///< the table (`meta`: the replica id, server clock and seq counter)
    std::int64_t rows = 0;
    std::string sha256;      ///< hex SHA-256 over its rows in key order (equal on both sides)
};
struct MigrateSummary {
    std::string data_dir;    ///< the folder that now uses the PostgreSQL database
    std::string database;    ///< its URL with the password redacted
    std::vector<MigratedTable> tables;
    std::int64_t elapsed_ms = 0;
};
/// Moves a deployment from its own SQLite file to a PostgreSQL database.
/// `from` is `sqlite:DIR`: a data folder whose database is its own SQLite
/// file (no `database.url`). `to` is a `postgresql://` URL of an existing
/// database without Muster's schema; the schema is made there, then every
/// table is copied with its values unchanged (seqs, replica id, server clock
/// and seq counter included: devices keep their cursors and tokens) in ONE
/// PostgreSQL transaction, from one SQLite read snapshot. Before COMMIT each
/// table's row count and SHA-256 are compared on both sides; any difference
/// rolls everything back (and drops the schema made) and names the table.
/// On success the folder records the new database (`database.url`); its
/// SQLite file is kept as it was, as the fallback. Stop the server on the
/// folder first (nothing checks). `progress` (may be null) gets a line per
/// 10,000 rows of a long table. Errors name `--from` or `--to`.
Result<MigrateSummary> migrate(const std::string& from, const std::string& to, std::ostream* progress = nullptr);

/// Checks the password rules (non-empty, at most 1024 bytes, no newline).
[[nodiscard]] Status check_password(const std::string& password);

Result<Member> add_member(const std::string& data_dir, const std::string& login, const std::string& name,
                          const std::string& unit_code, const std::string& role, const std::string& password,
                          const HashCost& cost);

struct MemberRow {
    Member member;
    std::string unit_code;
};
[[nodiscard]] Result<std::vector<MemberRow>> list_members(const std::string& data_dir);

Status set_password(const std::string& data_dir, const std::string& login, const std::string& password,
                    const HashCost& cost);
/// Disables the member and revokes their tokens; returns the number revoked.
Result<std::int64_t> disable_member(const std::string& data_dir, const std::string& login);
/// Revokes every token of the member; returns the number revoked.
Result<std::int64_t> revoke_tokens(const std::string& data_dir, const std::string& login);

/// A device that has synced (its `device` entity), with any wipe ordered for it.
struct DeviceRow {
    std::string replica_id;
    std::string member_login;  ///< "" if the member is gone
    std::int64_t last_sync_ms = 0;
    std::int64_t pending = 0;  ///< unsent changes it reported at its last sync
    std::string app_version;
    std::optional<DeviceWipe> wipe;
};
/// Every device, most recently synced first.
[[nodiscard]] Result<std::vector<DeviceRow>> list_devices(const std::string& data_dir);
/// Orders a device's wipe: at its next sync the server keeps what it sends,
/// tells it to erase its local data with `reason`, and revokes its tokens; a
/// sign-in from it is refused after that. `not_found` (naming --replica) for a
/// device that never synced.
Status wipe_device(const std::string& data_dir, const std::string& replica_id, const std::string& reason,
                   const std::string& by);

struct DemoLogin {
    std::string login;
    std::string role;
    std::string unit_code;
};
struct DemoSummary {
    std::vector<DemoLogin> logins;
    std::string password;
    std::string drill_key;
    std::vector<std::string> task_keys;
};
/// Initialises a fresh folder with demo units, members (all with password
/// `muster-demo`), a planned drill and its injects.
Result<DemoSummary> seed_demo(const std::string& data_dir, const HashCost& cost, const std::string& db = {});

/// What `drill import` may override in the file (empty / nullopt: the file's).
struct DrillImportOptions {
    std::string unit;  ///< code or path of the unit that runs the drill
    std::string title;
    std::optional<bool> prestage;
    /// Before a delivery note in a task's instructions; empty: "Delivery: ".
    std::string delivery_prefix;
    bool dry_run = false;  ///< check and plan, write nothing
};
struct DrillImportSummary {
    std::string drill_key;  ///< "" on a dry run
    std::string title;
    std::string unit;  ///< the owning unit's code or path as resolved
    bool prestage = false;
    std::size_t injects = 0;
    std::int64_t last_offset_ms = 0;
    std::map<std::string, std::size_t> injects_per_target;  ///< target as written → count
};
/// Imports a MSEL file (CSV or JSON, by extension or content; at most
/// `kMaxScenarioFileBytes`) as a planned drill with one task per inject, in
/// one transaction. Every problem in the file is reported at once (line and
/// column) and nothing is written while any remain.
inline constexpr std::size_t kMaxScenarioFileBytes = 4 * 1024 * 1024;
Result<DrillImportSummary> import_drill(const std::string& data_dir, const std::string& file,
                                        const DrillImportOptions& options);

}  // namespace muster::server::admin
