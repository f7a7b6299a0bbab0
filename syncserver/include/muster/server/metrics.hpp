#pragma once
/// Counters for `GET /metrics` (Prometheus text format). Thread-safe.

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

    /// The exposition text (version 0.0.4).
    [[nodiscard]] std::string render() const;

private:
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, unsigned>, std::uint64_t> requests_;
    std::atomic<std::int64_t> open_connections_{0};
};

}  // namespace muster::server
