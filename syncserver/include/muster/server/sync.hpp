#pragma once
/// `POST /v1/sync`: push (acks) and pull (changes) in one round trip.
///
/// `SyncService::run` does the work behind the HTTP handler, with no sockets:
/// every accepted op of the request (and the caller's `device` entity) is
/// written in ONE store transaction, committed durably before any ack is
/// returned; then one page of the caller's scope is read. Merge rules come
/// from core (`apply_op`), the write rules from core's `permissions.hpp`; this
/// layer looks up the facts (existence, scope, inject state) they need.

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "muster/clock.hpp"
#include "muster/codec.hpp"
#include "muster/result.hpp"
#include "muster/server/auth.hpp"
#include "muster/server/change_feed.hpp"
#include "muster/server/directory.hpp"

namespace muster::server {

class Router;
struct Services;
struct WireChange;

/// What one sync did, besides its response.
struct SyncOutcome {
    /// The response body (`acks`, `changes`, `cursor`, `has_more`, `server_time_ms`), JSON text.
    std::string body;
    /// Set when the request's commit changed entities (publish it on the ChangeFeed).
    std::optional<ChangeEvent> event;
    std::size_t applied = 0;
    std::size_t duplicate = 0;
    std::size_t rejected = 0;
    std::size_t forbidden = 0;  ///< of the rejected: out of the caller's scope or role (audited)
    /// A `device.comms` answer naming this drill was not recorded: unknown or
    /// outside the caller's scope (audited; the sync itself goes on).
    std::optional<std::string> comms_denied_drill;
    /// Set when an admin wiped the caller's device: the answer says so and
    /// carries no changes, and the device's tokens are revoked.
    std::optional<std::string> wipe_reason;
};

/// A device entity is rewritten when something it reports changed, or when its
/// `last_sync_at` is older than this (so pull-only syncs do not make a change,
/// and a `changed` event, every time).
inline constexpr std::int64_t kDeviceRefreshMs = 60'000;
/// A clock offset change smaller than this is not worth a device rewrite.
inline constexpr std::int64_t kDeviceOffsetSlackMs = 1'000;

/// The pull cursor as a seq: "" → 0; otherwise a decimal int64 ≥ 0 (nullopt when malformed).
[[nodiscard]] std::optional<std::int64_t> parse_cursor(const std::string& cursor);

class SyncService {
public:
    /// `directory` owns the store and the server's HlcClock; both outlive this.
    SyncService(Directory& directory, const Clock& wall);

    /// Runs one sync for `caller`. `received_ms` is the server's wall time when
    /// the request arrived (for the device's clock offset). Errors are storage
    /// or internal failures only (nothing was committed): op problems are acks.
    [[nodiscard]] Result<SyncOutcome> run(const Caller& caller, const DecodedSyncRequest& request,
                                          std::int64_t after_seq, std::int64_t received_ms);

private:
    /// A pull with nothing to write (no ops, a device record that says what
    /// the report says and is fresh, no wipe waiting, a token not due for
    /// renewal) is answered from one read snapshot, without queueing behind
    /// the writer's group commits. nullopt: the request needs the write path.
    /// `role` is the caller's, already parsed by `run`.
    [[nodiscard]] std::optional<Result<SyncOutcome>> try_pull_only(const Caller& caller, Role role,
                                                                   const DecodedSyncRequest& decoded,
                                                                   std::int64_t after_seq, std::int64_t received_ms);
    /// Records the first time each task of the page reached a device of its
    /// own unit (the report's "delivered"); remembers what it recorded, so
    /// later pulls of the same tasks write nothing.
    void record_deliveries(const Caller& caller, const std::string& device_key, const std::vector<WireChange>& changes);

    Directory& directory_;
    const Clock& wall_;
    std::mutex delivered_mutex_;
    std::unordered_set<std::string> delivered_;  ///< "task unit" pairs already recorded
    /// `delivered_` is cleared past this size (a miss only costs an INSERT OR IGNORE).
    static constexpr std::size_t kDeliveredCacheMax = 200'000;
};

/// POST /v1/sync (runs on `services.workers`; 503 `unavailable` when they are saturated).
void register_sync_routes(Router& router, Services& services);

}  // namespace muster::server
