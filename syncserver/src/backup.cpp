// `muster-server backup` / `restore`: the database through SQLite's online
// backup API (a consistent snapshot while the server writes), the blob folder
// as a sibling folder `<file>.blobs/` with the same layout.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include "muster/server/admin.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/store.hpp"
#include "sqlite.hpp"
#include "sqlite_store.hpp"

namespace muster::server::admin {
namespace {

namespace fs = std::filesystem;

bool fsync_path(const fs::path& path, bool directory) {
    const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// Copies every page of `from` into `to` (one read transaction: a consistent snapshot).
void copy_database(sql::Database& from, sql::Database& to) {
    sqlite3_backup* backup = sqlite3_backup_init(to.raw(), "main", from.raw(), "main");
    if (!backup) throw sql::SqliteError(sqlite3_errcode(to.raw()), sqlite3_errmsg(to.raw()));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) throw sql::SqliteError(rc, std::string("backup: ") + sqlite3_errstr(rc));
}

/// The restored database goes on past the seqs the replaced one may have
/// given out since the backup: a device holding one of those cursors is told
/// to start over (`stale_cursor`) instead of silently missing every change
/// made under it again.
void skip_lost_seqs(sql::Database& db) {
    auto counter = db.query("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seq'");
    if (!counter.step()) throw sql::SqliteError(SQLITE_CORRUPT, "the backup has no sequence counter");
    const std::int64_t floor = counter.int64(0);
    LostSeqs lost = read_lost_seqs(db);
    const std::int64_t start = floor + kRestoreSeqGap;
    lost.ranges.emplace_back(floor, start);
    sql::Transaction tx(db);
    db.query("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, std::string_view(kLostSeqsKey))
        .bind(2, lost.text())
        .run();
    db.query("UPDATE meta SET value = ?1 WHERE key = 'seq'").bind(1, start - 1).run();  // the next seq is `start`
    tx.commit();
}

/// "ok", or the first problems `PRAGMA integrity_check` reports.
std::string integrity(sql::Database& db) {
    auto q = db.query("PRAGMA integrity_check");
    std::string report;
    for (int rows = 0; rows < 3 && q.step(); ++rows) {
        if (!report.empty()) report += "; ";
        report += q.text(0);
    }
    return report;
}

struct BlobCopy {
    std::size_t total = 0;
    std::size_t copied = 0;
};

bool is_hex(const std::string& name, std::size_t size) {
    return name.size() == size && name.find_first_not_of("0123456789abcdef") == std::string::npos;
}

/// Copies `blobs/ab/cdef…` files from `from` to `to` (same layout; `tmp/` and
/// anything else skipped). A file already there with the same size is kept:
/// blobs never change, so repeated backups copy only new ones.
Result<BlobCopy> copy_blobs(const fs::path& from, const fs::path& to) {
    BlobCopy result;
    std::error_code ec;
    if (!fs::is_directory(from, ec)) return result;
    for (const auto& dir : fs::directory_iterator(from, ec)) {
        const auto prefix = dir.path().filename().string();
        if (!dir.is_directory() || !is_hex(prefix, 2)) continue;
        const auto target_dir = to / prefix;
        fs::create_directories(target_dir, ec);
        if (ec) return Error{ErrorCode::io_error, "cannot create " + target_dir.string() + ": " + ec.message()};
        bool changed = false;
        for (const auto& file : fs::directory_iterator(dir.path(), ec)) {
            const auto name = file.path().filename().string();
            if (!file.is_regular_file() || !is_hex(name, 62)) continue;
            ++result.total;
            const auto target = target_dir / name;
            if (fs::exists(target) && fs::file_size(target, ec) == file.file_size()) continue;
            const auto part = target_dir / (name + ".part");
            fs::copy_file(file.path(), part, fs::copy_options::overwrite_existing, ec);
            if (ec || !fsync_path(part, false)) {
                return Error{ErrorCode::io_error, "cannot copy " + file.path().string() + ": " + ec.message()};
            }
            fs::rename(part, target, ec);
            if (ec) return Error{ErrorCode::io_error, "cannot write " + target.string() + ": " + ec.message()};
            ++result.copied;
            changed = true;
        }
        if (changed) fsync_path(target_dir, true);
    }
    fsync_path(to, true);
    return result;
}

/// Checks that `db` is a Muster database this build can open; the error names `option`.
Status check_muster_database(sql::Database& db, const std::string& option, const std::string& path) {
    int version = 0;
    {
        auto q = db.query("PRAGMA user_version");
        if (q.step()) version = static_cast<int>(q.int64(0));
    }
    if (version < 1) return Error{ErrorCode::bad_request, option + ": '" + path + "' is not a Muster database"};
    if (version > kStoreSchemaVersion) {
        return Error{ErrorCode::bad_request, option + ": '" + path + "' has schema version " + std::to_string(version) +
                                                 ", newer than this server (" + std::to_string(kStoreSchemaVersion) + ")"};
    }
    const auto report = integrity(db);
    if (report != "ok") {
        // One line: the first problem SQLite names, and how many more it found.
        std::string first = report.substr(0, report.find('\n'));
        const auto lines = std::count(report.begin(), report.end(), '\n') + (report.back() == '\n' ? 0 : 1);
        if (lines > 1) first += "; and " + std::to_string(lines - 1) + " more";
        return Error{ErrorCode::bad_request, option + ": '" + path + "' is damaged (integrity_check: " + first + ")"};
    }
    return {};
}

}  // namespace

Result<BackupSummary> backup(const std::string& data_dir, const std::string& to_file) {
    std::error_code ec;
    auto db = resolve_database(data_dir);
    if (!db) return db.error();
    if (db->kind == DatabaseUrl::Kind::postgresql) {
        return Error{ErrorCode::bad_request, "--data: " + data_dir +
                                                 " uses a PostgreSQL database: back it up with PostgreSQL's own tools"
                                                 " (pg_dump, or base backups with WAL archiving) and copy the blobs"
                                                 " folder (docs/deploy.md)"};
    }
    const auto database = database_path(db->sqlite_dir);
    if (!fs::exists(database, ec)) return Error{ErrorCode::bad_request, "--data: no database in '" + data_dir + "'"};
    if (to_file.empty()) return Error{ErrorCode::bad_request, "--to: must name a file"};
    const fs::path target = fs::absolute(to_file, ec);
    if (fs::exists(target, ec)) {
        return Error{ErrorCode::bad_request, "--to: '" + to_file + "' already exists; choose a new file name"};
    }
    if (!fs::is_directory(target.parent_path(), ec)) {
        return Error{ErrorCode::bad_request, "--to: the folder of '" + to_file + "' does not exist"};
    }
    const auto part = target.string() + ".part-" + random_hex(4);
    try {
        {
            sql::Database from(database, false);
            sql::Database to(part, true);
            copy_database(from, to);
            to.execute("PRAGMA journal_mode=DELETE");  // one self-contained file
            if (const auto report = integrity(to); report != "ok") {
                throw sql::SqliteError(SQLITE_CORRUPT, "the copy fails integrity_check: " + report);
            }
        }
        if (!fsync_path(part, false)) throw sql::SqliteError(SQLITE_IOERR, "cannot sync " + part);
    } catch (const sql::SqliteError& e) {
        fs::remove(part, ec);
        return Error{ErrorCode::storage, std::string("backup failed: ") + e.what()};
    }
    fs::rename(part, target, ec);
    if (ec) {
        fs::remove(part, ec);
        return Error{ErrorCode::io_error, "--to: cannot write '" + to_file + "': " + ec.message()};
    }
    fsync_path(target.parent_path(), true);

    BackupSummary summary{target.string(), target.string() + ".blobs", 0, 0};
    auto blobs = copy_blobs(fs::path(data_dir) / "blobs", summary.blobs_dir);
    if (!blobs) return blobs.error();
    summary.blobs_total = blobs->total;
    summary.blobs_copied = blobs->copied;
    return summary;
}

Result<RestoreSummary> restore(const std::string& data_dir, const std::string& from_file, bool force) {
    std::error_code ec;
    if (from_file.empty() || !fs::is_regular_file(from_file, ec)) {
        return Error{ErrorCode::bad_request, "--from: no backup file '" + from_file + "'"};
    }
    if (data_dir.empty()) return Error{ErrorCode::bad_request, "--data: must name a folder"};
    if (fs::exists(database_url_path(data_dir), ec)) {
        return Error{ErrorCode::bad_request, "--data: " + data_dir +
                                                 " uses a database named in database.url; restore that database with"
                                                 " its own tools (docs/deploy.md)"};
    }
    if (fs::exists(data_dir, ec)) {
        if (!fs::is_directory(data_dir, ec)) return Error{ErrorCode::bad_request, "--data: '" + data_dir + "' is not a folder"};
        if (!fs::is_empty(data_dir, ec) && !force) {
            return Error{ErrorCode::bad_request,
                         "--data: '" + data_dir + "' is not empty; use --force to replace its database"};
        }
    }
    try {
        sql::Database from(from_file, false);
        if (auto st = check_muster_database(from, "--from", from_file); !st) return st.error();
    } catch (const sql::SqliteError& e) {
        return Error{ErrorCode::bad_request, "--from: '" + from_file + "' is not a readable Muster backup (" + e.what() + ")"};
    }

    fs::create_directories(data_dir, ec);
    if (ec) return Error{ErrorCode::io_error, "--data: cannot create '" + data_dir + "': " + ec.message()};
    // Held to the end: no server may run on the database being replaced.
    auto alone = DataFolderLock::take(data_dir, DataFolderLock::Mode::restore);
    if (!alone) return alone.error();

    const auto database = database_path(data_dir);
    const auto part = database + ".restore-" + random_hex(4);
    try {
        sql::Database from(from_file, false);
        {
            sql::Database to(part, true);
            copy_database(from, to);
            skip_lost_seqs(to);
            to.execute("PRAGMA journal_mode=WAL");
            if (auto st = check_muster_database(to, "--from", from_file); !st) throw sql::SqliteError(SQLITE_CORRUPT, st.error().message);
        }
        if (!fsync_path(part, false)) throw sql::SqliteError(SQLITE_IOERR, "cannot sync " + part);
    } catch (const sql::SqliteError& e) {
        fs::remove(part, ec);
        return Error{ErrorCode::storage, std::string("restore failed: ") + e.what()};
    }
    // The old WAL must go first: replayed onto the new file it would corrupt it.
    fs::remove(database + "-wal", ec);
    fs::remove(database + "-shm", ec);
    fs::rename(part, database, ec);
    if (ec) {
        fs::remove(part, ec);
        return Error{ErrorCode::io_error, "--data: cannot write '" + database + "': " + ec.message()};
    }
    fsync_path(data_dir, true);

    RestoreSummary summary;
    auto blobs = copy_blobs(from_file + ".blobs", fs::path(data_dir) / "blobs");
    if (!blobs) return blobs.error();
    summary.blobs = blobs->copied;
    auto store = open_sqlite_store(data_dir);  // the server's own checks (and migrations) on the result
    if (!store) return store.error();
    return summary;
}

}  // namespace muster::server::admin
