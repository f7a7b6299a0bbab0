#pragma once
/// Fan-out of committed changes to live listeners (the WebSocket sessions of
/// `/v1/events`). The sync endpoint publishes after its transaction commits;
/// each listener decides whether the event touches its caller's scope and, if
/// so, schedules a coalesced `changed` message.
///
/// Threads: `publish`, `subscribe` and `unsubscribe` may be called from any
/// thread. Listeners must be cheap, must not block (post to their own strand)
/// and must not call back into the feed. Without a poster they run on the
/// publishing thread before `publish` returns. With one (the server gives the
/// I/O threads' executor), `publish` returns at once and they run on the
/// poster's threads, `kChunk` at a time, each chunk posting the next: what a
/// commit sets off on hundreds of sockets then takes turns with the requests
/// that arrive meanwhile (the pull the first `changed` provoked), instead of
/// making them wait for the whole fan-out. A listener may then run once more
/// after `unsubscribe` returns (its event was already on its way), so it must
/// own what it uses (weak pointers to its session, not references).

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace muster::server {

struct ChangeEvent {
    /// The highest `changed_seq` the commit produced (the cursor a client catches up to).
    std::int64_t seq = 0;
    /// Units whose scope the commit touched: the unit of every changed entity,
    /// before and after a move. Empty means "relevant to every caller" (e.g. a unit tree change).
    std::vector<std::string> unit_keys;
    /// False when the commit changed only entities members never see (device
    /// records, conflicts): members' sockets are not told, so a sync that only
    /// refreshed its device record does not send every member of the unit to pull.
    bool members_see = true;
    /// Published by the PostgreSQL change relay: it came from another
    /// instance (or is the relay's own catch-up), and is not sent back out.
    /// (Listeners may run on any thread, so the relay cannot tell by thread.)
    bool relayed = false;
    /// A token revoked by this server (`POST /v1/auth/logout`), as its stored
    /// hash: the socket that holds it closes. No seq: nothing changed in any scope.
    std::string revoked_token{};
    /// Written by another process (an admin command may have revoked tokens,
    /// disabled a member or wiped a device): every socket checks its token again.
    bool recheck_tokens = false;
};

class ChangeFeed {
public:
    using Listener = std::function<void(const ChangeEvent&)>;
    /// Runs a job later on some thread (the server's: `net::post` to its I/O executor).
    using Poster = std::function<void(std::function<void()>)>;
    /// Listeners told per posted job.
    static constexpr std::size_t kChunk = 16;

    /// Registers a listener; the returned id unsubscribes it. Listeners are
    /// told in the order they subscribed.
    std::uint64_t subscribe(Listener listener);
    void unsubscribe(std::uint64_t id);
    void publish(const ChangeEvent& event);
    [[nodiscard]] std::size_t listener_count() const;
    /// From now on `publish` fans out through `poster` (nullptr: synchronously again).
    void set_poster(Poster poster);

private:
    using Snapshot = std::vector<std::shared_ptr<const Listener>>;
    /// Tells listeners [from, from + kChunk) of `listeners`, then posts the rest.
    void fan_out(std::shared_ptr<const Snapshot> listeners, std::shared_ptr<const ChangeEvent> event,
                 std::size_t from);

    mutable std::mutex mutex_;
    std::uint64_t next_id_ = 1;
    std::map<std::uint64_t, std::shared_ptr<const Listener>> listeners_;
    Poster poster_;
};

}  // namespace muster::server
