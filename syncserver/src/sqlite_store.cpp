#include "sqlite_store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <thread>
#include <utility>

#include <sodium.h>

#include "muster/server/crypto.hpp"
#include "muster/server/log.hpp"
#include "store_rows.hpp"

namespace muster::server {
namespace {

namespace fs = std::filesystem;

/// Schema version 1. Each entry is one statement, run through prepare/step.
constexpr const char* kSchemaV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // fields: canonical JSON {"field": {"v": value, "hlc": {"ms","c","r"}}}; unit: scope unit key
    "CREATE TABLE entities(entity TEXT NOT NULL, key TEXT NOT NULL, fields TEXT NOT NULL,"
    " unit TEXT NOT NULL DEFAULT '', changed_seq INTEGER NOT NULL, PRIMARY KEY(entity, key))",
    "CREATE UNIQUE INDEX entities_by_seq ON entities(changed_seq)",
    "CREATE INDEX entities_by_unit ON entities(unit, changed_seq)",
    "CREATE UNIQUE INDEX units_by_code ON entities(json_extract(fields, '$.code.v')) WHERE entity = 'unit'",
    // the op log: dedupe by exact op id (filled by /v1/sync)
    "CREATE TABLE ops(id TEXT PRIMARY KEY, replica_id TEXT NOT NULL, author TEXT NOT NULL,"
    " received_ms INTEGER NOT NULL, op TEXT NOT NULL)",
    "CREATE TABLE credentials(member_key TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE,"
    " password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE tokens(hash BLOB PRIMARY KEY, member_key TEXT NOT NULL, created_ms INTEGER NOT NULL,"
    " expires_ms INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, device_replica_id TEXT)",
    "CREATE INDEX tokens_by_member ON tokens(member_key)",
    "CREATE TABLE login_failures(login TEXT NOT NULL, at_ms INTEGER NOT NULL)",
    "CREATE INDEX login_failures_by_login ON login_failures(login, at_ms)",
};

}  // namespace

/// Copies the WAL back into the database file on a thread and connection of
/// its own (started at the first request), so commits never wait for it.
class SqliteStore::Checkpointer {
public:
    explicit Checkpointer(std::string path) : path_(std::move(path)) {}
    ~Checkpointer() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        cv_.notify_one();
        if (thread_.joinable()) thread_.join();
    }
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    void request() {
        {
            std::lock_guard lock(mutex_);
            wanted_ = true;
            if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
        }
        cv_.notify_one();
    }

private:
    void run() {
        std::unique_ptr<sql::Database> db;
        std::unique_lock lock(mutex_);
        for (;;) {
            cv_.wait(lock, [this] { return stop_ || wanted_; });
            if (stop_) return;
            wanted_ = false;
            lock.unlock();
            try {
                if (!db) {
                    db = std::make_unique<sql::Database>(path_, sql::Database::Mode::read_write);
                    db->execute("PRAGMA synchronous=FULL");
                }
                // PASSIVE: copies what no reader still needs; never blocks the writer.
                const int rc = sqlite3_wal_checkpoint_v2(db->raw(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
                if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
                    log::warn("checkpoint failed", {{"error", sqlite3_errstr(rc)}});
                }
            } catch (const sql::SqliteError& e) {
                log::warn("checkpoint failed", {{"error", e.what()}});
            }
            lock.lock();
        }
    }

    std::string path_;
    std::mutex mutex_;
    std::condition_variable cv_;
    bool wanted_ = false;
    bool stop_ = false;
    std::thread thread_;
};

Error database_error(const sql::SqliteError& e) {
    if (e.is_busy()) return database_locked(e.what());
    return Error{ErrorCode::storage, std::string("database error: ") + e.what()};
}

std::string database_path(const std::string& data_dir) {
    return (fs::path(data_dir) / "muster.db").string();
}

SqliteStore::SqliteStore(const std::string& path, bool create) : path_(path), db_(path, create) {
    db_.execute("PRAGMA journal_mode=WAL");
    db_.execute("PRAGMA synchronous=FULL");
    // 64 MiB of page cache (taken only as pages are used): SQLite's 2 MiB default
    // made every sync re-read index pages once the database outgrew it.
    db_.execute("PRAGMA cache_size=-65536");
    db_.execute("PRAGMA foreign_keys=ON");
    // Savepoint (statement) journals in memory: each job of a group runs in a
    // savepoint, and a file-backed sub-journal cost a pwrite per page touched.
    db_.execute("PRAGMA temp_store=MEMORY");
    migrate(create);
    auto q = db_.query("SELECT value FROM meta WHERE key = 'replica_id'");
    if (!q.step()) throw sql::SqliteError(0, "the database has no replica id");
    replica_id_ = q.text(0);
    seq_ = load_seq();
    known_seq_ = seq_;
    lost_ = read_lost_seqs(db_);
    data_version_ = load_data_version();
    checkpointer_ = std::make_unique<Checkpointer>(path_);
    sqlite3_wal_hook(db_.raw(), &SqliteStore::on_wal_commit, this);  // replaces SQLite's auto-checkpoint
}

std::int64_t SqliteStore::load_seq() {
    auto q = db_.query("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seq'");
    if (!q.step()) throw sql::SqliteError(0, "the database has no sequence counter");
    return q.int64(0);
}

LostSeqs read_lost_seqs(sql::Database& db) {
    auto q = db.query("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, std::string_view(kLostSeqsKey));
    if (!q.step()) return {};
    auto parsed = LostSeqs::parse(q.text(0));
    if (!parsed) throw sql::SqliteError(SQLITE_CORRUPT, std::string("meta '") + kLostSeqsKey + "' is not readable");
    return std::move(*parsed);
}

void SqliteStore::note_counter(std::int64_t counter) {
    const std::int64_t known = known_seq_;
    if (counter > known) foreign_seq_ = std::max(foreign_seq_, counter);
    known_seq_ = std::max(known, counter);
}

Result<bool> SqliteStore::cursor_known(std::int64_t after) {
    if (lost_.contains(after)) return false;
    if (after <= known_seq_) return true;
    // Past what this process has seen: another one (a server sharing the
    // folder) may have given it out. The counter as last committed:
    return with_reader<Result<bool>>([&](sql::Database& db) -> Result<bool> {
        auto q = db.query("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seq'");
        if (!q.step()) return Error{ErrorCode::storage, "the database has no sequence counter"};
        return after <= q.int64(0);
    });
}

Result<std::int64_t> SqliteStore::revocations() {
    return with_reader<Result<std::int64_t>>([](sql::Database& db) -> Result<std::int64_t> {
        // A wipe order may replace an earlier one for the same device: its time counts too.
        auto q = db.query(
            "SELECT (SELECT count(*) FROM tokens WHERE revoked = 1) + (SELECT count(*) FROM credentials WHERE disabled = 1)"
            " + (SELECT count(*) + coalesce(sum(ordered_ms), 0) FROM device_wipes)");
        if (!q.step()) return Error{ErrorCode::storage, "the revocations could not be counted"};
        return q.int64(0);
    });
}

std::int64_t SqliteStore::load_data_version() {
    auto q = db_.query("PRAGMA data_version");
    if (!q.step()) throw sql::SqliteError(0, "PRAGMA data_version answered nothing");
    return q.int64(0);
}

Result<std::int64_t> SqliteStore::take_foreign_seq() {
    return guarded<Result<std::int64_t>>([&]() -> Result<std::int64_t> {
        std::lock_guard lock(mutex_);
        note_counter(load_seq());  // outside a transaction: the newest commit, whoever made it
        // A commit that took no seq (a device wipe order) is still another
        // process's write: announced at the current counter.
        if (const auto version = load_data_version(); version != data_version_) {
            data_version_ = version;
            foreign_seq_ = std::max(foreign_seq_, known_seq_.load());
        }
        return std::exchange(foreign_seq_, 0);
    });
}

SqliteStore::~SqliteStore() {
    checkpointer_.reset();
    sqlite3_wal_hook(db_.raw(), nullptr, nullptr);
}

int SqliteStore::on_wal_commit(void* self, sqlite3* db, const char* schema, int pages) {
    if (pages >= kCheckpointInlinePages) {
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= kCheckpointPages) {
        static_cast<SqliteStore*>(self)->checkpointer_->request();
    }
    return SQLITE_OK;
}

std::unique_ptr<sql::Database> SqliteStore::open_reader() {
    auto reader = std::make_unique<sql::Database>(path_, sql::Database::Mode::read_only);
    reader->execute("PRAGMA cache_size=-16384");
    // Sorts and temporary b-trees (a report's GROUP BY, an ORDER BY no
    // index serves) in memory, as on the writer, not in temp files.
    reader->execute("PRAGMA temp_store=MEMORY");
    return reader;
}

Status SqliteStore::commit_job(const std::function<void()>& body, const char* conflict_message) {
    return group_.submit(body, conflict_message, [this](const std::vector<GroupCommit::Job*>& batch) { run_group(batch); });
}

void SqliteStore::run_group(const std::vector<GroupCommit::Job*>& batch) {
    std::lock_guard lock(mutex_);
    try {
        sql::Transaction tx(db_);
        // Another process (the admin CLI beside a running server) may have
        // written since the last group: the counter is read under the write lock.
        seq_ = load_seq();
        note_counter(seq_);
        const std::int64_t seq_at_start = seq_;
        GroupCommit::run_each(
            batch, seq_,
            [&](GroupCommit::Job& job) {
                return guarded<Status>(
                    [&]() -> Status {
                        sql::Savepoint savepoint(db_);
                        (*job.body)();
                        savepoint.release();
                        return {};
                    },
                    job.conflict_message);
            },
            // Some failures (disk full, I/O) end the whole transaction, not just the savepoint.
            [&] { return sqlite3_get_autocommit(db_.raw()) == 0; },
            [](const std::string& message) { return sql::SqliteError(0, "the transaction was rolled back: " + message); });
        if (seq_ != seq_at_start) {
            db_.query("UPDATE meta SET value = ?1 WHERE key = 'seq'").bind(1, seq_).run();
        }
        tx.commit();
        known_seq_ = seq_;
    } catch (const std::exception& e) {  // the next group reads the counter again
        const auto* sqlite = dynamic_cast<const sql::SqliteError*>(&e);
        const Error error = sqlite != nullptr ? database_error(*sqlite)
                                              : Error{ErrorCode::storage, std::string("database error: ") + e.what()};
        for (auto* job : batch) {
            if (job->result) job->result = error;
        }
    }
}

void SqliteStore::migrate(bool create) {
    int version = 0;
    {
        auto q = db_.query("PRAGMA user_version");
        if (q.step()) version = static_cast<int>(q.int64(0));
    }
    if (version > kStoreSchemaVersion) {
        throw sql::SqliteError(-1, "the database has schema version " + std::to_string(version) +
                                       ", newer than this server understands (" +
                                       std::to_string(kStoreSchemaVersion) + "); upgrade muster-server");
    }
    if (version == 0 && !create) throw sql::SqliteError(-2, "the file is not a Muster database");
    if (version == 0) {
        sql::Transaction tx(db_);
        for (const char* statement : kSchemaV1) db_.execute(statement);
        // 8 random bytes: a replica id of 16 hex chars.
        db_.query("INSERT INTO meta(key, value) VALUES ('replica_id', ?1)").bind(1, random_hex(8)).run();
        db_.query("INSERT INTO meta(key, value) VALUES ('seq', '0')").run();
        db_.query("INSERT INTO meta(key, value) VALUES ('hlc', '')").run();
        db_.execute("PRAGMA user_version = 1");
        tx.commit();
        version = 1;
    }
    if (version < 2) {
        sql::Transaction tx(db_);
        migrate_to_v2();
        db_.execute("PRAGMA user_version = 2");
        tx.commit();
    }
    if (version < 3) {
        sql::Transaction tx(db_);
        migrate_to_v3();
        db_.execute("PRAGMA user_version = 3");
        tx.commit();
    }
    if (version < 4) {
        sql::Transaction tx(db_);
        migrate_to_v4();
        db_.execute("PRAGMA user_version = 4");
        tx.commit();
    }
    if (version < 5) {
        sql::Transaction tx(db_);
        migrate_to_v5();
        db_.execute("PRAGMA user_version = 5");
        tx.commit();
    }
    // Later versions: `if (version < 6) { ... PRAGMA user_version = 6 }`, each in its own transaction.
}

Result<Hlc> SqliteStore::last_hlc() {
    return with_reader<Result<Hlc>>([&](sql::Database& db) -> Result<Hlc> {
        auto q = db.query("SELECT value FROM meta WHERE key = 'hlc'");
        if (!q.step() || q.text(0).empty()) return Hlc{0, 0, replica_id_};
        auto parsed = nlohmann::json::parse(q.text(0), nullptr, false);
        if (parsed.is_discarded()) return Error{ErrorCode::storage, "the stored server clock is corrupt"};
        return hlc_from_json(parsed);
    });
}

std::int64_t SqliteStore::write_entity(const EntityRecord& record, const Hlc& clock) {
    const std::int64_t seq = write_row(record);
    save_clock(clock);
    return seq;
}

Result<std::int64_t> SqliteStore::put_entity(const EntityRecord& record, const Hlc& clock) {
    std::int64_t seq = 0;
    auto done = commit_job([&] { seq = write_entity(record, clock); },
                           "an entity with the same unique field (unit code) already exists");
    if (!done) return done.error();
    return seq;
}

EntityRecord read_entity_row(sql::Query& q, int first) {
    EntityRecord record;
    record.entity = q.text(first);
    record.key = q.text(first + 1);
    record.fields = nlohmann::json::parse(q.text(first + 2));
    record.unit = q.text(first + 3);
    record.changed_seq = q.int64(first + 4);
    return record;
}

Result<std::optional<EntityRecord>> SqliteStore::get_entity(const std::string& entity, const std::string& key) {
    using R = Result<std::optional<EntityRecord>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = ?1 AND key = ?2");
        q.bind(1, entity).bind(2, key);
        if (!q.step()) return std::optional<EntityRecord>{};
        return std::optional<EntityRecord>{read_entity_row(q)};
    });
}

Result<std::vector<EntityRecord>> SqliteStore::list_entities(const std::string& entity) {
    using R = Result<std::vector<EntityRecord>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query(
            "SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = ?1 ORDER BY changed_seq");
        q.bind(1, entity);
        std::vector<EntityRecord> out;
        while (q.step()) out.push_back(read_entity_row(q));
        return out;
    });
}

Result<std::optional<EntityRecord>> SqliteStore::find_unit_by_code(const std::string& code) {
    using R = Result<std::optional<EntityRecord>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query("SELECT entity, key, fields, unit, changed_seq FROM entities"
                           " WHERE entity = 'unit' AND json_extract(fields, '$.code.v') = ?1");
        q.bind(1, code);
        if (!q.step()) return std::optional<EntityRecord>{};
        return std::optional<EntityRecord>{read_entity_row(q)};
    });
}

Status SqliteStore::create_member(const EntityRecord& member, const CredentialRecord& credentials,
                                  const Hlc& clock) {
    return commit_job(
        [&] {
            db_.query("INSERT INTO credentials(member_key, login, password_hash, disabled) VALUES (?1, ?2, ?3, ?4)")
                .bind(1, credentials.member_key)
                .bind(2, credentials.login)
                .bind(3, credentials.password_hash)
                .bind(4, std::int64_t{credentials.disabled ? 1 : 0})
                .run();
            write_entity(member, clock);
        },
        "a member with this login already exists");
}

Result<std::unique_ptr<ServerStore>> create_sqlite_store(const std::string& data_dir) {
    using R = Result<std::unique_ptr<ServerStore>>;
    std::error_code ec;
    const auto path = database_path(data_dir);
    if (fs::exists(path, ec)) {
        return Error{ErrorCode::bad_request, "--data: " + data_dir + " already holds a database (" + path +
                                                 "); refusing to overwrite it"};
    }
    fs::create_directories(data_dir, ec);
    if (ec) return Error{ErrorCode::io_error, "--data: cannot create " + data_dir + ": " + ec.message()};
    if (sodium_init() < 0) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    return guarded<R>([&]() -> R { return std::unique_ptr<ServerStore>(new SqliteStore(path, true)); });
}

Result<std::unique_ptr<ServerStore>> open_sqlite_store(const std::string& data_dir) {
    std::error_code ec;
    const auto path = database_path(data_dir);
    const bool exists = fs::exists(path, ec);
    if (ec) return Error{ErrorCode::io_error, "--data: cannot read " + data_dir + ": " + ec.message()};
    if (!exists) {
        return Error{ErrorCode::bad_request, "--data: " + data_dir +
                                                 " holds no Muster database (run `muster-server init --data " +
                                                 data_dir + "` first)"};
    }
    if (sodium_init() < 0) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    try {
        return std::unique_ptr<ServerStore>(new SqliteStore(path, false));
    } catch (const sql::SqliteError& e) {
        const auto code = e.code() == -1 ? ErrorCode::version_too_new : ErrorCode::storage;
        return Error{code, "--data: " + path + ": " + e.what()};
    }
}

}  // namespace muster::server
