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
    return out;
}

}  // namespace muster::server
