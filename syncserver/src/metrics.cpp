#include "muster/server/metrics.hpp"

namespace muster::server {
namespace {

/// Escapes a label value (backslash, quote, newline).
std::string label(const std::string& value) {
    std::string out;
    for (const char c : value) {
        if (c == '\\' || c == '"') out.push_back('\\');
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

void Metrics::count_request(const std::string& route, unsigned status) {
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
}

void Metrics::count_ops(std::uint64_t applied, std::uint64_t duplicate, std::uint64_t rejected) noexcept {
    ops_applied_ += applied;
    ops_duplicate_ += duplicate;
    ops_rejected_ += rejected;
}

void Metrics::observe_sync_seconds(double seconds) {
    std::lock_guard lock(mutex_);
    ++sync_count_;
    sync_sum_ += seconds;
    for (std::size_t i = 0; i < kSyncBuckets.size(); ++i) {
        if (seconds <= kSyncBuckets[i]) {
            ++sync_buckets_[i];
            break;
        }
    }
}

void Metrics::render_sync(std::string& out) const {
    out += "# HELP muster_sync_ops_total Ops received by /v1/sync, by ack status.\n";
    out += "# TYPE muster_sync_ops_total counter\n";
    out += "muster_sync_ops_total{status=\"applied\"} " + std::to_string(ops_applied_.load()) + "\n";
    out += "muster_sync_ops_total{status=\"duplicate\"} " + std::to_string(ops_duplicate_.load()) + "\n";
    out += "muster_sync_ops_total{status=\"rejected\"} " + std::to_string(ops_rejected_.load()) + "\n";
    out += "# HELP muster_sync_duration_seconds Time to answer /v1/sync.\n";
    out += "# TYPE muster_sync_duration_seconds histogram\n";
    std::lock_guard lock(mutex_);
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kSyncBuckets.size(); ++i) {
        cumulative += sync_buckets_[i];
        std::string le = std::to_string(kSyncBuckets[i]);
        le.erase(le.find_last_not_of('0') + 1);
        if (le.back() == '.') le.pop_back();
        out += "muster_sync_duration_seconds_bucket{le=\"" + le + "\"} " + std::to_string(cumulative) + "\n";
    }
    out += "muster_sync_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(sync_count_) + "\n";
    out += "muster_sync_duration_seconds_sum " + std::to_string(sync_sum_) + "\n";
    out += "muster_sync_duration_seconds_count " + std::to_string(sync_count_) + "\n";
}

std::string Metrics::render() const {
    std::string out;
    out += "# HELP muster_http_requests_total HTTP requests answered, by route pattern and status.\n";
    out += "# TYPE muster_http_requests_total counter\n";
    {
        std::lock_guard lock(mutex_);
        for (const auto& [key, count] : requests_) {
            out += "muster_http_requests_total{route=\"" + label(key.first) + "\",status=\"" +
                   std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
        }
    }
    out += "# HELP muster_open_connections HTTP connections currently open.\n";
    out += "# TYPE muster_open_connections gauge\n";
    out += "muster_open_connections " + std::to_string(open_connections_.load()) + "\n";
    out += "# HELP muster_open_websockets WebSocket connections (/v1/events) currently open.\n";
    out += "# TYPE muster_open_websockets gauge\n";
    out += "muster_open_websockets " + std::to_string(open_websockets_.load()) + "\n";
    out += "# HELP muster_connections_refused_total Connections closed at accept: too many open from their address.\n";
    out += "# TYPE muster_connections_refused_total counter\n";
    out += "muster_connections_refused_total " + std::to_string(refused_connections_.load()) + "\n";
    render_sync(out);
    return out;
}

}  // namespace muster::server
