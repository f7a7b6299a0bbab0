#pragma once
/// Fan-out of committed changes to live listeners (the WebSocket sessions of
/// `/v1/events`). The sync endpoint publishes after its transaction commits;
/// each listener decides whether the event touches its caller's scope and, if
/// so, schedules a coalesced `changed` message.
///
/// Threads: `publish`, `subscribe` and `unsubscribe` may be called from any
/// thread. Listeners run synchronously on the publishing thread, must be cheap
/// and must not block (post to their own strand) and must not call back into
/// the feed.

#include <cstdint>
#include <functional>
#include <map>
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
};

class ChangeFeed {
public:
    using Listener = std::function<void(const ChangeEvent&)>;

    /// Registers a listener; the returned id unsubscribes it.
    std::uint64_t subscribe(Listener listener);
    void unsubscribe(std::uint64_t id);
    void publish(const ChangeEvent& event);
    [[nodiscard]] std::size_t listener_count() const;

private:
    mutable std::mutex mutex_;
    std::uint64_t next_id_ = 1;
    std::map<std::uint64_t, Listener> listeners_;
};

}  // namespace muster::server
