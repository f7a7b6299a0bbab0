#pragma once
/// The client sync engine: pushes the outbox and pulls changes through a
/// `Transport` the embedder implements (Qt in the app, Beast in the simulator,
/// a fake in tests). It knows nothing of HTTP.
///
/// One round = push ≤ `max_push` outbox ops + pull from the cursor, answer
/// applied in one store transaction. `sync_until_idle` repeats while the server
/// says `has_more` or the outbox is non-empty. When an answer says `has_more`,
/// its request pushed nothing and the outbox is empty, `sync_until_idle` sends
/// the next pull (from that answer's cursor) through `Transport::send` before
/// it stores the answer, so the next page is on its way while this one is
/// written; the cursor in the store still moves only with a committed page.
/// Every request's `device.comms` carries the latest comms check in the store;
/// when a round pulls a newer one, `sync_until_idle` runs one more round at
/// once so the answer reaches the server without waiting for the next trigger
/// (at most one such round per call). A failed round changes nothing and
/// schedules a retry with exponential backoff and jitter (1 s → 60 s cap, reset
/// on success or `on_push_event`); `unauthenticated` keeps the outbox and stops
/// in `login_needed` until `on_login`. A request the server refuses as too
/// large (413: many long ops can pass its byte limit before the op count's) is
/// sent again at once with half the ops, down to one; later rounds double the
/// batch back towards `max_push`, so a heavy outbox never stalls the queue.
///
/// Threads: all methods run on the engine's own thread (the app's sync worker);
/// the progress callback is called on that thread.

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>

#include "muster/clock.hpp"
#include "muster/op.hpp"
#include "muster/result.hpp"
#include "muster/store.hpp"

namespace muster {

/// One synchronous round trip. HTTP failures arrive as errors: 401 →
/// `unauthenticated`, 503 / timeouts / resets → `unavailable`, other statuses
/// with their protocol code. Called only from the engine's thread.
///
/// Optionally in two steps, so that a pull of many pages overlaps the network
/// and the server with the device's own work: `send` puts a request on the
/// wire and returns without waiting; the engine then stores the answer before
/// it, and calls `receive` once to wait for this request's answer, which fails
/// as `sync` would. A transport that cannot returns false from `send` (the
/// default): the engine then calls `sync` as usual. The engine sends ahead only
/// requests that push no ops, and never two at once.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<SyncResponse> sync(const SyncRequest& request) = 0;
    virtual bool send(const SyncRequest& request) {
        (void)request;
        return false;
    }
    virtual Result<SyncResponse> receive() { return Error{ErrorCode::internal, "receive() without a request sent"}; }
};

/// Exponential backoff with jitter: after the k-th consecutive failure the
/// nominal delay is min(cap, initial · 2^(k−1)); the actual delay is drawn
/// uniformly from [nominal/2, nominal]. Deterministic for a given seed.
class Backoff {
public:
    explicit Backoff(std::uint64_t seed, std::int64_t initial_ms = 1000, std::int64_t cap_ms = 60'000);
    /// Records a failure and returns the delay before the next attempt, in ms.
    std::int64_t next_delay_ms();
    void reset() noexcept { failures_ = 0; }
    [[nodiscard]] int failures() const noexcept { return failures_; }

private:
    std::mt19937_64 rng_;
    std::int64_t initial_ms_;
    std::int64_t cap_ms_;
    int failures_ = 0;
};

/// `wiped`: the server said an admin wiped this device; the engine makes no
/// further attempt (the embedder erases the local data).
enum class SyncState : std::uint8_t { idle, syncing, backing_off, login_needed, wiped };
[[nodiscard]] std::string_view to_string(SyncState state) noexcept;

/// For the UI: how far the current `sync_until_idle` got.
struct SyncProgress {
    std::size_t ops_sent = 0;       ///< ops acknowledged (applied, duplicate or rejected) so far
    std::size_t ops_total = 0;      ///< ops pending when the sync started (plus re-stamped)
    std::size_t changes_received = 0;
};

struct SyncOptions {
    std::size_t max_push = 500;      ///< ops per request (≤ 2000)
    int pull_limit = kDefaultPullLimit;
    std::string app_version;
    std::size_t max_rounds = 1000;   ///< safety stop for `sync_until_idle`
};

struct RoundReport {
    bool ok = false;
    std::optional<Error> error;
    std::size_t pushed = 0;
    ApplyReport applied;
    bool has_more = false;
    std::optional<WipeNotice> wipe = std::nullopt;  ///< the answer said this device is wiped (its acks were applied)
    std::optional<CommsCheck> comms_sent = std::nullopt;  ///< the request's `device.comms`
    bool comms_newer = false;  ///< the pull brought a newer comms check than `comms_sent`
    /// The server did not know the cursor (`stale_cursor`: restored from a
    /// backup): this device forgot what the server had sent and pulled from "".
    bool restarted = false;
};

struct SyncReport {
    bool ok = false;                 ///< ended idle: outbox empty and nothing more to pull
    std::optional<Error> error;      ///< the failure that stopped it
    std::size_t rounds = 0;
    SyncProgress progress;
    std::vector<std::pair<EntityType, std::string>> touched;  ///< entities whose visible state may have changed
    /// Set when the server wiped this device: the rounds stop after applying
    /// that answer's acks; what is still in the outbox was never saved by the server.
    std::optional<WipeNotice> wipe = std::nullopt;
    bool restarted = false;  ///< a round started over from "" (RoundReport::restarted)
};

class SyncEngine {
public:
    /// `store`, `transport` and `clock` must outlive the engine. `seed` drives the jitter.
    SyncEngine(Store& store, Transport& transport, const Clock& clock, std::uint64_t seed, SyncOptions options = {});

    /// One push+pull round. On failure nothing changes in the store.
    RoundReport run_round();
    /// Rounds until idle, a failure, or `max_rounds`. Does not wait for backoff:
    /// a failure returns at once with `next_attempt_ms()` set.
    SyncReport sync_until_idle();

    [[nodiscard]] SyncState state() const noexcept { return state_; }
    /// Wall-clock ms before which no attempt should start (0: now).
    [[nodiscard]] std::int64_t next_attempt_ms() const noexcept { return next_attempt_ms_; }
    /// True when an attempt is due (not in login_needed or wiped, backoff elapsed).
    [[nodiscard]] bool attempt_due() const;
    /// A server `changed` event or the network coming back: retry at once.
    void on_push_event();
    /// New credentials: leave `login_needed`.
    void on_login();
    void set_progress_callback(std::function<void(const SyncProgress&)> callback) { progress_cb_ = std::move(callback); }

private:
    /// A request from the store's state: `ops` to push, pulling from `cursor`.
    Result<SyncRequest> make_request(std::vector<Op> ops, std::string cursor,
                                     std::optional<CommsCheck> comms);
    /// `run_round`, and with `send_ahead` the next pull sent before this answer is stored.
    RoundReport round(bool send_ahead);
    /// Waits for and drops the answer to a request sent ahead, if any.
    void drop_sent_ahead();
    void fail(const Error& error);
    /// The drill with the greatest non-null `comms_check_at` in the store (nullopt: none, or unreadable).
    std::optional<CommsCheck> latest_comms_check();

    Store& store_;
    Transport& transport_;
    const Clock& clock_;
    SyncOptions options_;
    Backoff backoff_;
    SyncState state_ = SyncState::idle;
    std::int64_t next_attempt_ms_ = 0;
    SyncProgress progress_;
    std::function<void(const SyncProgress&)> progress_cb_;
    /// The request sent through `Transport::send` whose answer is not received yet.
    std::optional<SyncRequest> sent_ahead_;
    /// Ops per request now: `max_push`, halved by each 413, doubled back by each round that filled it.
    std::size_t push_limit_ = 0;
    /// The server did not know the cursor (`stale_cursor`): this round asks
    /// from "" and, once the answer is in, replaces what the server had sent.
    bool starting_over_ = false;
};

}  // namespace muster
