#pragma once
/// The unit hierarchy as live listeners need it: which callers a change
/// touching some units concerns. Used by `/v1/events` to decide, on the
/// publishing thread, whether a commit is worth a `changed` message.

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "muster/server/directory.hpp"
#include "muster/server/scope.hpp"

namespace muster::server {

/// An immutable snapshot of the unit tree, as `/v1/events` asks it.
class UnitHierarchy {
public:
    UnitHierarchy() = default;
    explicit UnitHierarchy(const std::vector<Unit>& units);

    [[nodiscard]] bool contains(const std::string& unit) const { return tree_.contains(unit); }

    /// Whether a change touching `unit_keys` is in the scope of a caller with
    /// `role` in `caller_unit`: member → their unit and its ancestors;
    /// coordinator / evaluator → also their subtree; admin → everything. Empty
    /// `unit_keys` concerns everyone. A unit this snapshot does not know
    /// (added after it was taken) concerns everyone: an extra `changed` only
    /// costs the client one sync, a missing one costs freshness.
    [[nodiscard]] bool concerns(const std::string& role, const std::string& caller_unit,
                                const std::vector<std::string>& unit_keys) const;

private:
    UnitTree tree_;
};

/// The current UnitHierarchy, shared by every WebSocket session. Reading is a
/// mutex-guarded pointer copy (cheap, any thread). Reloading goes through
/// `schedule_reload`, which the owner runs off the publishing thread so a
/// publisher holding storage locks never waits on a storage read.
class UnitHierarchyCache {
public:
    using Loader = std::function<Result<std::vector<Unit>>()>;
    /// `post` runs a job later on some other thread (the server's control strand).
    using Poster = std::function<void(std::function<void()>)>;

    UnitHierarchyCache(Loader loader, std::chrono::milliseconds max_age);

    /// Loads now, on the calling thread (startup).
    Status load();
    [[nodiscard]] std::shared_ptr<const UnitHierarchy> get() const;
    /// Sets where reloads run; until set, `request_reload` does nothing.
    void set_poster(Poster poster);
    /// Asks for a reload (at most one queued at a time).
    void request_reload();
    /// Called for every published change: reloads when the change may have
    /// moved units (empty `unit_keys`), names a unit the snapshot lacks, or the
    /// snapshot is older than `max_age` (units moved by the CLI meanwhile).
    void note_change(const std::vector<std::string>& unit_keys);

private:
    Loader loader_;
    std::chrono::milliseconds max_age_;
    mutable std::mutex mutex_;
    std::shared_ptr<const UnitHierarchy> tree_ = std::make_shared<UnitHierarchy>();
    std::chrono::steady_clock::time_point loaded_at_{};
    Poster poster_;
    std::atomic<bool> reload_queued_{false};
};

}  // namespace muster::server
