#pragma once
/// Counters for `GET /metrics` (Prometheus text format). Thread-safe.

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace muster::server {

class Metrics {
public:
    /// Counts one answered request by route pattern ("unmatched" for 404s) and status.
    void count_request(const std::string& route, unsigned status);
    void connection_opened() noexcept { ++open_connections_; }
    void connection_closed() noexcept { --open_connections_; }
    [[nodiscard]] std::int64_t open_connections() const noexcept { return open_connections_.load(); }
    /// A connection closed at accept: its address had `max_connections_per_ip` open.
    void connection_refused() noexcept { ++refused_connections_; }
    /// `/v1/events` sockets (also counted as connections).
    void websocket_opened() noexcept { ++open_websockets_; }
    void websocket_closed() noexcept { --open_websockets_; }
    [[nodiscard]] std::int64_t open_websockets() const noexcept { return open_websockets_.load(); }

    /// Counts the acks of one sync.
    void count_ops(std::uint64_t applied, std::uint64_t duplicate, std::uint64_t rejected) noexcept;
    /// Records one /v1/sync duration (request received → response handed to the transport).
    void observe_sync_seconds(double seconds);

    /// The exposition text (version 0.0.4).
    [[nodiscard]] std::string render() const;

private:
    void render_sync(std::string& out) const;

    mutable std::mutex mutex_;
    std::map<std::pair<std::string, unsigned>, std::uint64_t> requests_;
    std::atomic<std::int64_t> open_connections_{0};
    std::atomic<std::int64_t> open_websockets_{0};
    std::atomic<std::uint64_t> refused_connections_{0};

    // /v1/sync
    std::atomic<std::uint64_t> ops_applied_{0};
    std::atomic<std::uint64_t> ops_duplicate_{0};
    std::atomic<std::uint64_t> ops_rejected_{0};
    /// Upper bounds (seconds) of the sync latency histogram buckets; +Inf is implied.
    static constexpr std::array<double, 11> kSyncBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    std::array<std::uint64_t, kSyncBuckets.size()> sync_buckets_{};  ///< guarded by mutex_, not cumulative
    std::uint64_t sync_count_ = 0;                                   ///< guarded by mutex_
    double sync_sum_ = 0;                                            ///< guarded by mutex_
};

}  // namespace muster::server
