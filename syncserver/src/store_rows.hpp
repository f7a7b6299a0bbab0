#pragma once
/// What both store backends derive from an entity record the same way: its
/// parent task, its stored and wire text, the columns PostgreSQL indexes,
/// and how one page of the scope index is picked from per-slice range scans.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "muster/server/store.hpp"

namespace muster::server {

/// How long a login failure counts for the rate limit (older ones are deleted as new ones come).
inline constexpr std::int64_t kLoginFailureRetentionMs = 24LL * 60 * 60 * 1000;
/// The error of a credentials change for a login no member has.
[[nodiscard]] Error no_such_login(const std::string& login);
/// `unavailable`: another writer held the database's write lock past the
/// 5 s a write waits for it; nothing was written. `detail`: the database's words.
[[nodiscard]] Error database_locked(const std::string& detail);

/// The task a log or a task conflict belongs to ("" for anything else).
[[nodiscard]] std::string parent_of(const EntityRecord& record);
/// Canonical JSON text of stored fields.
[[nodiscard]] std::string json_text(const nlohmann::json& value);
/// The wire form of stored fields: versioned `{"f": {"v", "hlc"}}` (authors
/// dropped), append-only plain values.
[[nodiscard]] std::string wire_text(const EntityRecord& record);
/// The server clock as saved with a write ("" or unreadable: nullopt).
[[nodiscard]] std::optional<Hlc> parse_saved_clock(const std::string& text);
/// The blob hashes a log attaches (empty for anything else).
[[nodiscard]] std::vector<std::string> attachment_hashes(const EntityRecord& record);

/// The seqs `restore` left behind. After a backup was taken, the database it
/// replaces went on giving out seqs past the backup's counter (`floor`); the
/// restored one goes on from `start`, so those cursors still held by devices
/// name no point of its history. Kept in meta under `kLostSeqsKey` as JSON
/// `[[floor, start], …]`; absent until the first restore.
struct LostSeqs {
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;  ///< (floor, start), both ends excluded

    [[nodiscard]] bool contains(std::int64_t seq) const;
    /// nullopt: not the JSON above.
    [[nodiscard]] static std::optional<LostSeqs> parse(const std::string& text);
    [[nodiscard]] std::string text() const;
};
inline constexpr const char* kLostSeqsKey = "restores";
/// How far a restore moves the counter past the backup's: more changes than
/// the replaced database could have made since the backup (at 100,000 a
/// second, 348 years of them), and 8,000 restores still keep seqs below 2^53,
/// exact in any JSON reader.
inline constexpr std::int64_t kRestoreSeqGap = std::int64_t{1} << 40;

/// One row a range scan of the scope index found.
struct ScopeCandidate {
    std::int64_t seq = 0;
    bool gone = false;     ///< a departure
    std::int64_t row = 0;  ///< the backend's handle on the entity row (SQLite: rowid)
    std::string entity;
    std::string key;
};

/// Keeps the `limit` lowest seqs of `found`, in order, and turns each into an
/// item with `load` (false: the row is gone; skipped). `has_more` is set when
/// `found` held more than `limit`.
[[nodiscard]] ScopePage pick_scope_page(std::vector<ScopeCandidate>& found, int limit,
                                        const std::function<bool(ScopeCandidate&, ScopeItem&)>& load);

}  // namespace muster::server
