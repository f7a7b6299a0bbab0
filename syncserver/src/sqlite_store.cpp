#include "sqlite_store.hpp"

#include <filesystem>
#include <system_error>

#include <sodium.h>

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

std::string random_replica_id() {
    unsigned char bytes[8];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

}  // namespace

std::string database_path(const std::string& data_dir) {
    return (fs::path(data_dir) / "muster.db").string();
}

SqliteStore::SqliteStore(const std::string& path, bool create) : db_(path, create) {
    db_.execute("PRAGMA journal_mode=WAL");
    db_.execute("PRAGMA synchronous=FULL");
    // 64 MiB of page cache (taken only as pages are used): SQLite's 2 MiB default
    // made every sync re-read index pages once the database outgrew it.
    db_.execute("PRAGMA cache_size=-65536");
    db_.execute("PRAGMA foreign_keys=ON");
    migrate(create);
    auto q = db_.query("SELECT value FROM meta WHERE key = 'replica_id'");
    if (!q.step()) throw sql::SqliteError(0, "the database has no replica id");
    replica_id_ = q.text(0);
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
        db_.query("INSERT INTO meta(key, value) VALUES ('replica_id', ?1)").bind(1, random_replica_id()).run();
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
    // Later versions: `if (version < 4) { ... PRAGMA user_version = 4 }`, each in its own transaction.
}

Result<Hlc> SqliteStore::last_hlc() {
    return guarded<Result<Hlc>>([&]() -> Result<Hlc> {
        std::lock_guard lock(mutex_);
        auto q = db_.query("SELECT value FROM meta WHERE key = 'hlc'");
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
    return guarded<Result<std::int64_t>>(
        [&]() -> Result<std::int64_t> {
            std::lock_guard lock(mutex_);
            sql::Transaction tx(db_);
            const auto seq = write_entity(record, clock);
            tx.commit();
            return seq;
        },
        "an entity with the same unique field (unit code) already exists");
}

EntityRecord SqliteStore::read_entity_row(sql::Query& q) {
    EntityRecord record;
    record.entity = q.text(0);
    record.key = q.text(1);
    record.fields = nlohmann::json::parse(q.text(2));
    record.unit = q.text(3);
    record.changed_seq = q.int64(4);
    return record;
}

Result<std::optional<EntityRecord>> SqliteStore::get_entity(const std::string& entity, const std::string& key) {
    using R = Result<std::optional<EntityRecord>>;
    return guarded<R>([&]() -> R {
        std::lock_guard lock(mutex_);
        auto q = db_.query("SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = ?1 AND key = ?2");
        q.bind(1, entity).bind(2, key);
        if (!q.step()) return std::optional<EntityRecord>{};
        return std::optional<EntityRecord>{read_entity_row(q)};
    });
}

Result<std::vector<EntityRecord>> SqliteStore::list_entities(const std::string& entity) {
    using R = Result<std::vector<EntityRecord>>;
    return guarded<R>([&]() -> R {
        std::lock_guard lock(mutex_);
        auto q = db_.query(
            "SELECT entity, key, fields, unit, changed_seq FROM entities WHERE entity = ?1 ORDER BY changed_seq");
        q.bind(1, entity);
        std::vector<EntityRecord> out;
        while (q.step()) out.push_back(read_entity_row(q));
        return out;
    });
}

Result<std::optional<EntityRecord>> SqliteStore::find_unit_by_code(const std::string& code) {
    using R = Result<std::optional<EntityRecord>>;
    return guarded<R>([&]() -> R {
        std::lock_guard lock(mutex_);
        auto q = db_.query("SELECT entity, key, fields, unit, changed_seq FROM entities"
                           " WHERE entity = 'unit' AND json_extract(fields, '$.code.v') = ?1");
        q.bind(1, code);
        if (!q.step()) return std::optional<EntityRecord>{};
        return std::optional<EntityRecord>{read_entity_row(q)};
    });
}

Status SqliteStore::create_member(const EntityRecord& member, const CredentialRecord& credentials,
                                  const Hlc& clock) {
    return guarded<Status>(
        [&]() -> Status {
            std::lock_guard lock(mutex_);
            sql::Transaction tx(db_);
            db_.query("INSERT INTO credentials(member_key, login, password_hash, disabled) VALUES (?1, ?2, ?3, ?4)")
                .bind(1, credentials.member_key)
                .bind(2, credentials.login)
                .bind(3, credentials.password_hash)
                .bind(4, std::int64_t{credentials.disabled ? 1 : 0})
                .run();
            write_entity(member, clock);
            tx.commit();
            return {};
        },
        "a member with this login already exists");
}

Result<std::unique_ptr<ServerStore>> create_sqlite_store(const std::string& data_dir) {
    using R = Result<std::unique_ptr<ServerStore>>;
    std::error_code ec;
    const auto path = database_path(data_dir);
    if (fs::exists(path, ec)) {
        return Error{ErrorCode::bad_request, "--data: " + data_dir + " already holds a Muster database; refusing to overwrite it"};
    }
    fs::create_directories(data_dir, ec);
    if (ec) return Error{ErrorCode::io_error, "--data: cannot create " + data_dir + ": " + ec.message()};
    if (sodium_init() < 0) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    return guarded<R>([&]() -> R { return std::unique_ptr<ServerStore>(new SqliteStore(path, true)); });
}

Result<std::unique_ptr<ServerStore>> open_sqlite_store(const std::string& data_dir) {
    std::error_code ec;
    const auto path = database_path(data_dir);
    if (!fs::exists(path, ec)) {
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
