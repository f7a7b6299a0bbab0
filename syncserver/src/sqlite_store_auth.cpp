// SqliteStore: credentials, tokens, device wipes and login failures.
#include "sqlite_store.hpp"
#include "store_rows.hpp"

namespace muster::server {
namespace {

/// v4: a token's idle timer (renewed by syncs) and admins' device wipe orders.
constexpr const char* kSchemaV4[] = {
    "ALTER TABLE tokens ADD COLUMN last_used_ms INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX tokens_by_device ON tokens(device_replica_id) WHERE device_replica_id IS NOT NULL",
    "CREATE TABLE device_wipes(replica_id TEXT PRIMARY KEY, reason TEXT NOT NULL, ordered_by TEXT NOT NULL,"
    " ordered_ms INTEGER NOT NULL, delivered_ms INTEGER NOT NULL DEFAULT 0)",
    // the first time a sync sent a task to a device of its unit (the report's "delivered")
    "CREATE TABLE deliveries(task TEXT NOT NULL, unit TEXT NOT NULL, replica_id TEXT NOT NULL,"
    " at_ms INTEGER NOT NULL, PRIMARY KEY(task, unit)) WITHOUT ROWID",
};

constexpr const char* kListWipes =
    "SELECT replica_id, reason, ordered_by, ordered_ms, delivered_ms FROM device_wipes"
    " ORDER BY ordered_ms DESC, replica_id";
constexpr const char* kFindWipe =
    "SELECT replica_id, reason, ordered_by, ordered_ms, delivered_ms FROM device_wipes WHERE replica_id = ?1";

CredentialRecord read_credentials(sql::Query& q) {
    return CredentialRecord{q.text(0), q.text(1), q.text(2), q.int64(3) != 0};
}

DeviceWipe read_wipe(sql::Query& q) { return DeviceWipe{q.text(0), q.text(1), q.text(2), q.int64(3), q.int64(4)}; }

}  // namespace

Result<std::optional<CredentialRecord>> SqliteStore::find_credentials(const std::string& login) {
    using R = Result<std::optional<CredentialRecord>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query("SELECT member_key, login, password_hash, disabled FROM credentials WHERE login = ?1");
        q.bind(1, login);
        if (!q.step()) return std::optional<CredentialRecord>{};
        return std::optional<CredentialRecord>{read_credentials(q)};
    });
}

Result<std::vector<CredentialRecord>> SqliteStore::list_credentials() {
    using R = Result<std::vector<CredentialRecord>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query("SELECT member_key, login, password_hash, disabled FROM credentials ORDER BY login");
        std::vector<CredentialRecord> out;
        while (q.step()) out.push_back(read_credentials(q));
        return out;
    });
}

Status SqliteStore::set_password_hash(const std::string& login, const std::string& hash) {
    std::int64_t changed = 0;
    auto done = commit_job([&] {
        db_.query("UPDATE credentials SET password_hash = ?2 WHERE login = ?1").bind(1, login).bind(2, hash).run();
        changed = db_.changes();
    });
    if (done && changed == 0) return no_such_login(login);
    return done;
}

Status SqliteStore::set_disabled(const std::string& login, bool disabled) {
    std::int64_t changed = 0;
    auto done = commit_job([&] {
        db_.query("UPDATE credentials SET disabled = ?2 WHERE login = ?1")
            .bind(1, login)
            .bind(2, std::int64_t{disabled ? 1 : 0})
            .run();
        changed = db_.changes();
    });
    if (done && changed == 0) return no_such_login(login);
    return done;
}

Status SqliteStore::insert_token(const std::string& token_hash, const TokenRecord& token) {
    return commit_job([&] {
        db_.query("INSERT INTO tokens(hash, member_key, created_ms, expires_ms, revoked, device_replica_id)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind_blob(1, token_hash.data(), token_hash.size())
            .bind(2, token.member_key)
            .bind(3, token.created_ms)
            .bind(4, token.expires_ms)
            .bind(5, std::int64_t{token.revoked ? 1 : 0})
            .bind_optional(6, token.device_replica_id)
            .run();
    });
}

Result<std::optional<TokenSession>> SqliteStore::find_session(const std::string& token_hash) {
    using R = Result<std::optional<TokenSession>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query(
            "SELECT t.member_key, t.created_ms, t.expires_ms, t.revoked, t.device_replica_id, t.last_used_ms,"
            " c.disabled, e.entity, e.key, e.fields, e.unit, e.changed_seq"
            " FROM tokens t LEFT JOIN credentials c ON c.member_key = t.member_key"
            " LEFT JOIN entities e ON e.entity = 'member' AND e.key = t.member_key WHERE t.hash = ?1");
        q.bind_blob(1, token_hash.data(), token_hash.size());
        if (!q.step()) return std::optional<TokenSession>{};
        TokenSession session{{q.text(0), q.int64(1), q.int64(2), q.int64(3) != 0, std::nullopt, q.int64(5)},
                             std::nullopt, std::nullopt};
        if (!q.is_null(4)) session.token.device_replica_id = q.text(4);
        if (!q.is_null(6)) session.disabled = q.int64(6) != 0;
        if (!q.is_null(7)) session.member = read_entity_row(q, 7);
        return std::optional<TokenSession>{std::move(session)};
    });
}

Status SqliteStore::revoke_token(const std::string& token_hash) {
    return commit_job([&] {
        db_.query("UPDATE tokens SET revoked = 1 WHERE hash = ?1").bind_blob(1, token_hash.data(), token_hash.size()).run();
    });
}

Result<std::int64_t> SqliteStore::revoke_member_tokens(const std::string& member_key) {
    std::int64_t revoked = 0;
    auto done = commit_job([&] {
        db_.query("UPDATE tokens SET revoked = 1 WHERE member_key = ?1 AND revoked = 0").bind(1, member_key).run();
        revoked = db_.changes();
    });
    if (!done) return done.error();
    return revoked;
}

Status SqliteStore::order_wipe(const DeviceWipe& wipe) {
    return commit_job([&] {
        db_.query("INSERT OR REPLACE INTO device_wipes(replica_id, reason, ordered_by, ordered_ms, delivered_ms)"
                  " VALUES (?1, ?2, ?3, ?4, 0)")
            .bind(1, wipe.replica_id)
            .bind(2, wipe.reason)
            .bind(3, wipe.by)
            .bind(4, wipe.ordered_ms)
            .run();
    });
}

Result<std::vector<DeviceWipe>> SqliteStore::list_wipes() {
    using R = Result<std::vector<DeviceWipe>>;
    return with_reader<R>([&](sql::Database& db) -> R {
        auto q = db.query(kListWipes);
        std::vector<DeviceWipe> out;
        while (q.step()) out.push_back(read_wipe(q));
        return out;
    });
}

Result<std::optional<DeviceWipe>> SqliteStore::find_wipe(const std::string& replica_id) {
    using R = Result<std::optional<DeviceWipe>>;
    return with_reader<R>([&](sql::Database& db) -> R { return find_wipe_in(db, replica_id); });
}

std::optional<DeviceWipe> SqliteStore::find_wipe_in(sql::Database& db, const std::string& replica_id) {
    auto q = db.query(kFindWipe);
    q.bind(1, replica_id);
    if (!q.step()) return std::nullopt;
    return read_wipe(q);
}

std::int64_t SqliteStore::deliver_wipe_in(const std::string& replica_id, std::int64_t at_ms) {
    db_.query("UPDATE device_wipes SET delivered_ms = ?2 WHERE replica_id = ?1 AND delivered_ms = 0")
        .bind(1, replica_id)
        .bind(2, at_ms)
        .run();
    db_.query("UPDATE tokens SET revoked = 1 WHERE device_replica_id = ?1 AND revoked = 0").bind(1, replica_id).run();
    return db_.changes();
}

void SqliteStore::touch_token_in(const std::string& token_hash, std::int64_t at_ms) {
    db_.query("UPDATE tokens SET last_used_ms = ?2 WHERE hash = ?1")
        .bind_blob(1, token_hash.data(), token_hash.size())
        .bind(2, at_ms)
        .run();
}

void SqliteStore::migrate_to_v4() {
    for (const char* statement : kSchemaV4) db_.execute(statement);
}

Status SqliteStore::record_login_failure(const std::string& login, std::int64_t at_ms) {
    return commit_job([&] {
        db_.query("DELETE FROM login_failures WHERE login = ?1 AND at_ms < ?2")
            .bind(1, login)
            .bind(2, at_ms - kLoginFailureRetentionMs)
            .run();
        db_.query("INSERT INTO login_failures(login, at_ms) VALUES (?1, ?2)").bind(1, login).bind(2, at_ms).run();
    });
}

Result<std::int64_t> SqliteStore::count_login_failures(const std::string& login, std::int64_t since_ms) {
    return with_reader<Result<std::int64_t>>([&](sql::Database& db) -> Result<std::int64_t> {
        auto q = db.query("SELECT count(*) FROM login_failures WHERE login = ?1 AND at_ms >= ?2");
        q.bind(1, login).bind(2, since_ms);
        return q.step() ? q.int64(0) : 0;
    });
}

Status SqliteStore::clear_login_failures(const std::string& login) {
    return commit_job([&] { db_.query("DELETE FROM login_failures WHERE login = ?1").bind(1, login).run(); });
}

Status SqliteStore::record_blob_upload(const std::string& hash, const std::string& member_key, std::int64_t at_ms) {
    return commit_job([&] {
        db_.query("INSERT OR IGNORE INTO blob_uploads(hash, member_key, at_ms) VALUES (?1, ?2, ?3)")
            .bind(1, hash)
            .bind(2, member_key)
            .bind(3, at_ms)
            .run();
    });
}

Result<bool> SqliteStore::is_blob_uploader(const std::string& hash, const std::string& member_key) {
    return with_reader<Result<bool>>([&](sql::Database& db) -> Result<bool> {
        auto q = db.query("SELECT 1 FROM blob_uploads WHERE hash = ?1 AND member_key = ?2");
        q.bind(1, hash).bind(2, member_key);
        return q.step();
    });
}

void SqliteStore::migrate_to_v5() {
    // Servers before v5 made this table when they opened their blob store.
    db_.execute("CREATE TABLE IF NOT EXISTS blob_uploads(hash TEXT NOT NULL, member_key TEXT NOT NULL,"
                " at_ms INTEGER NOT NULL, PRIMARY KEY(hash, member_key)) WITHOUT ROWID");
}

}  // namespace muster::server
