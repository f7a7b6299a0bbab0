#pragma once
/// What both store backends derive from an entity record the same way: its
/// parent task, its stored and wire text, the columns PostgreSQL indexes,
/// and how one page of the scope index is picked from per-slice range scans.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
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
