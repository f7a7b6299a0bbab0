// Store schema versions. Each migration takes version N-1 to N; never edit a
// shipped one, add the next.
#include <array>
#include <random>

#include "store_impl.hpp"

namespace muster {
namespace {

constexpr std::array<const char*, kStoreSchemaVersion> kMigrations{
    // 1: the first shipped schema.
    R"sql(
CREATE TABLE meta(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  replica_id TEXT NOT NULL,
  next_op INTEGER NOT NULL,
  hlc_ms INTEGER NOT NULL, hlc_c INTEGER NOT NULL,
  seen_ms INTEGER NOT NULL, seen_c INTEGER NOT NULL, seen_r TEXT NOT NULL,
  clock_offset_ms INTEGER NOT NULL,
  cursor TEXT NOT NULL);
CREATE TABLE entities(
  entity TEXT NOT NULL, key TEXT NOT NULL,
  state TEXT NOT NULL,       -- visible: confirmed + pending ops
  confirmed TEXT,            -- as acknowledged / sent by the server; NULL if never
  deleted INTEGER NOT NULL,
  PRIMARY KEY (entity, key)) WITHOUT ROWID;
-- n is the op's counter (its id is "<replica_id>-<n>"), so it orders the queue
-- and finds an acked op. No other index: the outbox stays small and is scanned
-- by entity only when an op is rejected or re-stamped.
CREATE TABLE outbox(
  n INTEGER PRIMARY KEY, id TEXT NOT NULL,
  entity TEXT NOT NULL, key TEXT NOT NULL, op TEXT NOT NULL, created_ms INTEGER NOT NULL);
CREATE TABLE rejected(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL, op TEXT NOT NULL,
  code TEXT NOT NULL, message TEXT NOT NULL, at_ms INTEGER NOT NULL);
)sql",
    // 2: when the device last synced, for the UI.
    R"sql(
ALTER TABLE meta ADD COLUMN last_sync_ms INTEGER;
)sql",
};

}  // namespace

std::string make_replica_id(std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    static constexpr char kHex[] = "0123456789abcdef";
    const std::uint64_t bits = rng();
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[static_cast<std::size_t>(i)] = kHex[(bits >> (60 - 4 * i)) & 0xF];
    return out;
}

std::string make_uuid(std::uint64_t hi, std::uint64_t lo) {
    hi = (hi & ~0xF000ULL) | 0x4000ULL;                     // version 4
    lo = (lo & ~(0xC000ULL << 48)) | (0x8000ULL << 48);     // variant 10
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 32; ++i) {
        const std::uint64_t word = i < 16 ? hi : lo;
        out += kHex[(word >> (60 - 4 * (i % 16))) & 0xF];
        if (i == 7 || i == 11 || i == 15 || i == 19) out += '-';
    }
    return out;
}

Status migrate_store(sql::Db& db, int from, int to, std::uint64_t seed) {
    sql::Transaction tx(db);
    if (auto s = tx.begin(); !s) return s;
    for (int v = from + 1; v <= to; ++v) {
        if (auto s = db.exec(kMigrations[static_cast<std::size_t>(v - 1)]); !s) {
            return Error{ErrorCode::storage, "migration to version " + std::to_string(v) + " failed: " + s.error().message};
        }
        if (v == 1) {
            auto insert = db.prepare(
                "INSERT INTO meta(id, replica_id, next_op, hlc_ms, hlc_c, seen_ms, seen_c, seen_r, clock_offset_ms, "
                "cursor) VALUES (1, ?, 1, 0, 0, 0, 0, '', 0, '')");
            if (!insert) return insert.error();
            if (auto s = insert->bind(1, make_replica_id(seed)).run(); !s) return s;
        }
    }
    if (auto s = db.exec("PRAGMA user_version = " + std::to_string(to)); !s) return s;  // an integer, not user data
    return tx.commit();
}

Status create_store_at_version(const std::string& path, int version, std::uint64_t seed) {
    if (version < 0 || version > kStoreSchemaVersion) return Error{ErrorCode::bad_request, "no such schema version"};
    auto db = sql::Db::open(path);
    if (!db) return db.error();
    auto current = db->query_int("PRAGMA user_version");
    if (!current) return current.error();
    if (*current > version) return Error{ErrorCode::bad_request, "database is already newer"};
    return migrate_store(*db, static_cast<int>(*current), version, seed);
}

}  // namespace muster
